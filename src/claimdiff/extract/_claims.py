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
from claimdiff.extract._clauses import Clause, Tok
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
from claimdiff.extract._values import Found


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


def _attribute(text: str, toks: list[Tok], first: int, lex: ModuleType) -> str | None:
    """The measured property a value is given as ("at a depth of 35 km": `depth`), or `None`."""
    if first >= 2 and toks[first - 1].low == "of" and toks[first - 2].low in lex.ATTRIBUTE_NOUNS:
        return toks[first - 2].low
    return None


def _auxiliaries(toks: list[Tok], v: int, lo: int) -> int:
    """The first of the auxiliaries right before the verb at `v`: a quote keeps its modal
    ("would meet union leaders on Tuesday" looks forward, "meet ... on Tuesday" does not)."""
    k = v
    while k - 1 >= lo and toks[k - 1].tag in ("AUX", "ADV", "NEG"):
        k -= 1
    return k


def _mood(toks: list[Tok], v: int, lo: int, lex: ModuleType) -> tuple[bool, str | None]:
    """Whether the verb at `v` is negated, and the mood its modal gives it (`None` when there
    is no modal): the auxiliaries, adverbs and negations right before it, and a negation right
    after an auxiliary standing as the main verb ("are not on strike")."""
    denied, mood = False, None
    k = v - 1
    while k >= lo and toks[k].tag in ("AUX", "ADV", "NEG"):
        low = toks[k].low
        denied = denied or toks[k].tag == "NEG" or low in lex.NEGATED_AUXILIARIES
        mood = lex.MODALS.get(low, mood)
        k -= 1
    if toks[v].low in lex.AUXILIARIES:
        denied = denied or toks[v].low in lex.NEGATED_AUXILIARIES or (
            v + 1 < len(toks) and toks[v + 1].tag == "NEG")
        mood = mood if toks[v].lemma not in ("will", "can", "may", "must") else None
    return denied and toks[v].low not in ("no",), mood


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


def _attribution(text: str, s: Sentence) -> str | None:
    for c in s.clauses:
        if c.report:
            v = c.verbs[0] if c.verbs else c.lo
            np = np_at(s.toks, v + 1, c.hi) if v + 1 < c.hi else None
            if np is None or not is_entity(s.toks, np):
                np = np_ending(s.toks, v, c.lo)
            if np is not None:
                return name(text, s.toks, np, s.lex)
    return None


def _leading(toks: list[Tok], c: Clause, first: int) -> bool:
    """Whether a value opens its clause before any verb ("..., almost nine months after")."""
    return not any(v < first for v in c.verbs) and all(
        toks[k].tag in ("PREP", "ADV", "P") for k in range(c.lo, first))


def _verb_for(toks: list[Tok], c: Clause, first: int) -> int:
    """The verb a value belongs to: the nearest before it, passing over participles
    that only describe a noun ("the villages concerned") unless the value follows them."""
    before = [k for k in c.verbs if k < first]
    for k in reversed(before):
        # A participle after a noun and without an object of its own describes the noun.
        reduced = k > c.lo and toks[k - 1].tag in ("W", "CAP", "VAL") and k != before[0] \
            and toks[k].low.endswith(("ed", "en")) \
            and not (k + 1 < c.hi and toks[k + 1].tag in ("DET", "CAP", "W", "NUM", "VAL"))
        if not reduced or first - k <= 2:
            return k
    return before[0] if before else c.verbs[0]


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


def _apposition(text: str, s: Sentence, ci: int, first: int) -> tuple[str, str, int] | None:
    """A value in a verbless apposition after a name ("Nikol Pashinyan, in power since
    2018, agreed"): a claim about the name (subject, predicate, start), not about the verb
    that follows."""
    toks, clauses = s.toks, s.clauses
    c = clauses[ci]
    if c.kind != "frag" or ci == 0 or ci + 1 >= len(clauses) or not clauses[ci + 1].verbs:
        return None
    prev = clauses[ci - 1]
    np = np_at(toks, prev.lo, prev.hi)
    if prev.kind != "frag" or np is None or np[1] != prev.hi or not is_entity(toks, np) \
            or toks[prev.lo].tag == "PREP":
        return None
    words = [t for t in toks[c.lo:first] if t.value < 0]
    while words and words[-1].tag == "PREP":
        words.pop()
    if not words or any(t.tag not in ("W", "PREP", "DET") for t in words):
        return None
    state = " ".join(t.low for t in words)
    idiom = s.lex.STATE_IDIOMS.get(state)
    return (name(text, toks, np, s.lex), past(idiom, s.lex) if idiom else state,
            toks[np[0]].start)


def _passive(toks: list[Tok], first: int, v: int, lex: ModuleType) -> bool:
    """Whether a form of "be" stands between a value and its past participle."""
    past = toks[v].low.endswith(("ed", "en")) or toks[v].low in lex.IRREGULAR
    return past and any(toks[k].tag == "AUX" and toks[k].lemma == "be" for k in range(first, v))


def _value_np(toks: list[Tok], first: int, v: int) -> NP:
    """A value and its counted noun before their verb ("1,960 servicemen | had left")."""
    k = first
    while k < v and (toks[k].value == toks[first].value or toks[k].tag in ("W", "CAP")):
        k += 1
    return (first, k)


def _verb_after_value(toks: list[Tok], c: Clause, first: int) -> int | None:
    """The verb right after a quantity that opens a subject ("2,000 soldiers have left")."""
    k = first
    while k < c.hi and toks[k].value == toks[first].value:
        k += 1
    while k < c.hi and k - first < 4 and toks[k].tag == "W":
        k += 1  # the counted noun
    while k < c.hi and toks[k].tag in ("AUX", "ADV", "NEG"):
        k += 1
    opens = all(toks[v].lemma in _lexicon_en.REPORTING for v in c.verbs if v < first)
    if opens and k < c.hi and toks[k].tag == "V" and toks[k - 1].tag in ("AUX", "VAL", "W") \
            and toks[first - 1].tag != "PREP":
        return k
    return None
