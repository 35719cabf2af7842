"""One atomic draft claim per value: subject, predicate, object, quote and span.

For each value found in a sentence: the clause holding it (a clause without a
verb lends its values to the clause it qualifies), the verb nearest before it,
the subject of that verb (`_parse.Sentence`), and the predicate built from the
verb. A count that is the subject of a passive ("some 6,500 people were killed")
makes a claim about what it happened in ("a war in which ..."); a value in a
verbless apposition ("Pashinyan, in power since 2018, ...") one about the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import ModuleType

from claimdiff.extract import _lexicon_en
from claimdiff.extract._clause_parts import apposition as _apposition
from claimdiff.extract._clause_parts import attribute as _attribute
from claimdiff.extract._clause_parts import attribution as _attribution
from claimdiff.extract._clause_parts import auxiliaries as _auxiliaries
from claimdiff.extract._clause_parts import leading as _leading
from claimdiff.extract._clause_parts import mood as _mood
from claimdiff.extract._clause_parts import passive as _passive
from claimdiff.extract._clause_parts import value_np as _value_np
from claimdiff.extract._clause_parts import verb_after_value as _verb_after_value
from claimdiff.extract._clause_parts import verb_for as _verb_for
from claimdiff.extract._clauses import Tok
from claimdiff.extract._found import Found
from claimdiff.extract._measures import modified as measured
from claimdiff.extract._parse import Sentence
from claimdiff.extract._phrases import (
    NP,
    event_of,
    head,
    is_entity,
    is_light,
    name,
    np_at,
    np_ending,
    of_chain,
    with_of,
)
from claimdiff.extract._predicate import build, past


@dataclass(frozen=True)
class Draft:
    """What extraction found for one value, before it becomes a `Claim`."""

    subject: str
    predicate: str
    object: str | None
    found: Found
    quote: tuple[int, int]
    attribution: str | None = None
    denied: bool = False
    """The verb is negated ("did not intervene", "never reached")."""
    mood: str | None = None
    """`future`, `conditional` or `modal` for a verb after a modal ("will strike")."""


@dataclass
class Memory:
    """What earlier sentences said: the last actor of each event, the last subject."""

    actors: dict[str, str] = field(default_factory=dict)
    last_subject: str | None = None
    cause: str | None = None
    """The last subject that struck, killed or injured: what later bare counts happened in."""


def draft_claims(text: str, start: int, end: int, values: list[Found], memory: Memory,
                 lex: ModuleType = _lexicon_en) -> list[Draft]:
    """A draft for each value in the sentence `text[start:end]`."""
    if not values:
        return []
    s = Sentence(text, start, end, values, lex)
    toks = s.toks
    out: list[Draft] = []
    for n, found in enumerate(values):
        first = s.first_token(n)
        if first is None:
            continue
        own = s.clause_of(first)
        appos = _apposition(text, s, own, first)
        if appos is not None:  # "Nikol Pashinyan, in power since 2018, agreed ..."
            out.append(Draft(appos[0], appos[1], None, found, (appos[2], found.end),
                             _attribution(text, s)))
            continue
        ci = s.host(own)
        if ci == own and own > 0 and _leading(toks, s.clauses[own], first):
            ci = s.host_before(own)
        c = s.clauses[ci]
        if not c.verbs:
            out.append(_verbless(text, s, ci, first, found, memory))
            continue
        modified = measured(text, toks, first, found, lex)
        if modified is not None:
            out.append(Draft(modified[0], modified[1], None, found,
                             (min(found.prep_start, modified[2]), max(found.end, modified[3])),
                             _attribution(text, s)))
            continue
        v = _verb_for(toks, c, first if ci == own else c.hi)
        subj = s.subject(ci, v)
        after = _verb_after_value(toks, c, first)
        patient = False
        if after is not None and ci == own:  # "1,960 servicemen had left": the value is the subject
            v, patient = after, _passive(toks, first, after, lex) or (
                toks[after].lemma in lex.UNACCUSATIVE)
            # "some 6,500 people were killed": the claim is about the war they were killed in
            subj = s.setting(ci, v) if patient else _value_np(toks, first, after)
        agent = subj is not None and s.by_agent(c, v) == subj
        nxt = s.clauses[ci + 1] if ci + 1 < len(s.clauses) else None
        denied, mood = _mood(toks, v, c.lo, lex)
        pred = build(toks, v, c.hi, subject_np=subj, value_noun=_noun(found),
                     next_clause=(nxt.lo, nxt.hi) if nxt is not None else None,
                     subject_event=_chain_event(toks, subj, c.hi, lex), agent=agent,
                     modal=mood is not None, lex=lex)
        lasting = _lasting(text, toks, found, pred.object, lex)
        if lasting is not None:  # "declared a state of emergency for 30 days"
            out.append(Draft(lasting, past(lex.LAST_PREDICATE, lex), None, found,
                             (toks[pred.object[0]].start if pred.object else found.start,
                              found.end), _attribution(text, s), denied, mood))
            continue
        subject = _subject_name(text, toks, subj, pred.event, memory, c.hi, lex)
        if patient and subj is None:
            # a count with no named setting: the last cause named, else the counted noun
            subject = (memory.cause if pred.text in lex.CAUSE_PREDICATES else None) \
                or _noun(found) or subject
        elif subj is not None and all(toks[k].value >= 0 for k in range(*subj)):
            subject = _noun(found) or subject  # "Approximately 3,000 dwellings sustained damage"
        if subject is not None and " " not in subject:
            subject = lex.NOUN_CLASSES.get(subject.lower(), subject)  # houses, dwellings: homes
        if agent and subj is not None:
            before = np_ending(toks, v, c.lo)
            pred = replace(pred, object=before)
        if pred.text in lex.CAUSE_PREDICATES and subject is not None and subj is not None \
                and not all(toks[k].value >= 0 for k in range(*subj)):
            memory.cause = subject  # what killed, injured or struck: the setting of later counts
        attribute = _attribute(text, toks, first, lex)
        if attribute is not None:  # "at a depth of 35 kilometres"
            pred = replace(pred, text=f"{past(lex.MEASURE_PREDICATE, lex)} {attribute}",
                           object=None)
        if pred.event is not None and subject is not None and subj is not None \
                and event_of(toks, subj, lex) is None:
            memory.actors[pred.event] = subject
        named = _named_in_apposition(toks, pred.object) if pred.object is not None else None
        obj = (name(text, toks, named or with_of(toks, pred.object, lex), lex)
               if pred.object is not None else None)
        lo = min(toks[_auxiliaries(toks, v, c.lo) if mood else v].start, found.prep_start)
        if subj is not None and toks[subj[0]].start >= toks[c.lo].start:
            lo = min(lo, toks[subj[0]].start)
        hi = max(found.end, toks[v].end)
        if pred.object is not None:
            hi = max(hi, toks[pred.object[1] - 1].end)
        if subj is not None and subj[1] < len(toks):  # a setting after the verb: "when fire swept"
            hi = max(hi, toks[subj[1]].end if toks[subj[1]].tag == "V" else toks[subj[1] - 1].end)
        out.append(Draft(subject or "?", pred.text, obj, found, (lo, hi),
                         _attribution(text, s), denied, mood))
        if subject:
            memory.last_subject = subject
    return out


def _lasting(text: str, toks: list[Tok], found: Found, obj: NP | None,
             lex: ModuleType) -> str | None:
    """The state a duration says the length of: "declared a state of emergency for 30 days",
    "imposed a curfew for a period of one month" (the object, a state that lasts)."""
    if obj is None or found.kind is None or found.kind.value != "duration":
        return None
    if head(toks, obj).low not in lex.STATE_NOUNS or toks[obj[1] - 1].end > found.start:
        return None
    obj = with_of(toks, obj, lex)
    between = text[toks[obj[1] - 1].end:found.start].lower().split()
    if between[:1] != ["for"] or between[1:] not in ([], ["a", "period", "of"]):
        return None
    return name(text, toks, obj, lex)


def _verbless(text: str, s: Sentence, ci: int, first: int, found: Found,
              memory: Memory) -> Draft:
    """A claim for a value whose clause has no known verb ("Voters cast a ballot on March 10"
    with "cast" unknown): the clause's first noun phrase as subject, the word after it as the
    verb when a phrase follows it, else `was` with the phrase."""
    toks, c, lex = s.toks, s.clauses[ci], s.lex
    if ci not in s.first_np:  # once a clause: a clause of many values stays linear
        j = c.lo
        while j < c.hi and toks[j].tag not in ("DET", "W", "CAP", "NUM", "VAL", "PRON"):
            j += 1
        s.first_np[ci] = np_at(toks, j, c.hi)
    np = s.first_np[ci]
    if np is None or all(toks[k].value >= 0 for k in range(*np)):
        subject = memory.last_subject or "?"
        pred = "was"
        lo = found.prep_start
    else:
        subject = name(text, toks, np, lex)
        pred = "was"
        k = np[1]
        if k < c.hi and toks[k].tag == "W" and toks[k].text.isalpha() and k + 1 < c.hi \
                and toks[k + 1].tag in ("DET", "W", "CAP", "NUM", "PREP", "VAL", "PRON"):
            pred = past(toks[k].low, lex)
            if toks[k].low.endswith("s") and not toks[k].low.endswith("ss"):
                pred = past(toks[k].low[:-1], lex)
        lo = toks[np[0]].start
    return Draft(subject, pred, None, found, (min(lo, found.prep_start), found.end),
                 _attribution(text, s))


def _noun(found: Found) -> str | None:
    return found.value.noun if found.value is not None else None


def _subject_name(text: str, toks: list[Tok], np: NP | None, event: str | None,
                  memory: Memory, hi: int, lex: ModuleType) -> str | None:
    if np is None:
        return memory.last_subject
    np = _named_in_apposition(toks, np) or np
    chain = of_chain(toks, np, hi)
    # a light head passes to its `of` complement, never to a place ("an explosion in the city")
    while len(chain) > 1 and is_light(toks, chain[0], lex) and toks[chain[1][0] - 1].low == "of":
        chain = chain[1:]
    own = event_of(toks, chain[0], lex)
    if own is None:
        return _partitive(toks, chain[0], event, memory, lex) or name(text, toks, chain[0], lex)
    if any(toks[k].tag == "CAP" and toks[k].low.endswith(("'s", "’s")) for k in range(*chain[0])):
        subject = name(text, toks, chain[0], lex)  # "Russia's peacekeeping mission"
    else:
        # the `of` agent ("the pullout of the Russian peacekeepers"), not a place ("in ...")
        agent = next((p for p in chain[1:] if is_entity(toks, p) and toks[p[0] - 1].low == "of"),
                     None)
        if agent is None:
            return memory.actors.get(own, name(text, toks, chain[0], lex))
        subject = name(text, toks, agent, lex)
    memory.actors[own] = subject
    if event is not None:
        memory.actors[event] = subject
    return subject


def _named_in_apposition(toks: list[Tok], np: NP) -> NP | None:
    """The name a description stands beside ("the factory's owner, Karim Benali, ..."):
    a claim names who, not what they are; `None` when there is no such name."""
    if any(t.tag == "CAP" and not t.low.endswith(("'s", "’s")) for t in toks[np[0]:np[1]]):
        return None  # the phrase already holds a name
    k = np[1]
    while k + 1 < len(toks) and toks[k].low == "of":  # "the owner of the factory, Karim ..."
        tail = np_at(toks, k + 1, len(toks))
        if tail is None:
            break
        k = tail[1]
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    j = k + 1
    while j < len(toks) and toks[j].tag == "CAP" and toks[j].value < 0:
        j += 1
    if j == k + 1 or j >= len(toks) or toks[j].text not in (",", "—", "–", "("):
        return None
    return (k + 1, j)


def _partitive(toks: list[Tok], np: NP, event: str | None, memory: Memory,
               lex: ModuleType) -> str | None:
    """The actor of an event named through its first or last part: "the first units
    departed" (the actor last named for the event), "the last Russian troops" ("Russian
    troops"); `None` when the phrase has no phase adjective."""
    if event is None or event not in lex.PHASED_EVENTS or not any(
            toks[k].low in lex.PHASE_ADJECTIVES for k in range(*np)):
        return None
    rest = [t for t in toks[np[0]:np[1]]
            if t.low not in lex.PHASE_ADJECTIVES and t.tag in ("W", "CAP")]
    if not rest:
        return None
    if any(t.tag == "CAP" for t in rest):
        return " ".join(t.text for t in rest)
    return memory.actors.get(event, " ".join(t.text for t in rest))


def _chain_event(toks: list[Tok], np: NP | None, hi: int, lex: ModuleType) -> str | None:
    if np is None:
        return None
    for p in of_chain(toks, np, hi):
        event = event_of(toks, p, lex)
        if event is not None:
            return event
        if not is_light(toks, p, lex):
            return None
    return None
