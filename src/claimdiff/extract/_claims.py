"""One atomic draft claim per value: subject, predicate, object, quote and span.

For each value found in a sentence: the clause holding it (a clause without a
verb lends its values to the clause it qualifies), the verb nearest before it,
the subject of that verb (a noun phrase before it; a relative clause's
antecedent; the previous clause's subject for participle and coordinated
clauses; the `by` agent of a passive), and the predicate built from the verb.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import ModuleType

from claimdiff.extract import _lexicon_en
from claimdiff.extract._clauses import Clause, Tok, split_clauses, tokenize
from claimdiff.extract._phrases import (
    NP,
    event_of,
    is_entity,
    is_light,
    name,
    np_at,
    np_ending,
    of_chain,
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


@dataclass
class Memory:
    """What earlier sentences said: the last actor of each event, the last subject."""

    actors: dict[str, str] = field(default_factory=dict)
    last_subject: str | None = None


class Sentence:
    """One sentence, tokenized and cut into clauses, with its values."""

    def __init__(self, text: str, start: int, end: int, values: list[Found],
                 lex: ModuleType = _lexicon_en) -> None:
        self.text, self.lex, self.values = text, lex, values
        self.toks = tokenize(text, start, end, [(f.start, f.end) for f in values], lex)
        self.clauses = split_clauses(self.toks, lex)
        self._subjects: dict[tuple[int, int], NP | None] = {}

    def clause_of(self, tok: int) -> int:
        """Index of the clause holding token `tok`."""
        return next(i for i, c in enumerate(self.clauses) if c.lo <= tok < c.hi)

    def host(self, ci: int) -> int:
        """The clause a value of clause `ci` belongs to: itself when it has a verb; else
        the nearest earlier clause with a verb that is not one of saying; else the next."""
        c = self.clauses[ci]
        if c.kind != "frag":
            return ci
        if ci == 0 or all(k.kind == "frag" for k in self.clauses[:ci]):
            for k in range(ci + 1, len(self.clauses)):
                if self.clauses[k].kind != "frag":
                    return k
            return ci
        for k in range(ci - 1, -1, -1):
            if self.clauses[k].kind != "frag" and not self.clauses[k].report:
                return k
        return ci

    def subject(self, ci: int, v: int) -> NP | None:
        """The noun phrase the verb at token `v` of clause `ci` is said of."""
        key = (ci, v)
        if key not in self._subjects:
            self._subjects[key] = None  # no cycles
            self._subjects[key] = self._subject(ci, v)
        return self._subjects[key]

    def _subject(self, ci: int, v: int) -> NP | None:
        toks, c = self.toks, self.clauses[ci]
        agent = self.by_agent(c, v)
        if agent is not None:
            return agent
        earlier = [k for k in c.verbs if k < v]
        start = earlier[-1] + 1 if earlier else c.lo
        if earlier and _reduced_relative(toks, v) and toks[v - 1].tag in ("W", "CAP"):
            np = np_ending(toks, v, start)
            if np is not None:
                return np
        j = start
        while j < v:
            if toks[j].tag == "PREP":
                j += 1
                while j < v and toks[j].tag in ("DET", "W", "CAP", "NUM", "VAL"):
                    j += 1
                continue
            np = np_at(toks, j, v)
            if np is not None and not all(toks[k].tag == "VAL" for k in range(*np)):
                return self._resolve(ci, np)
            j += 1
        if earlier:
            return self.subject(ci, earlier[0])
        return self._inherited(ci)

    def _inherited(self, ci: int) -> NP | None:
        c = self.clauses[ci]
        toks = self.toks
        if c.kind == "rel":
            k = c.lo - 1
            while k >= 0 and toks[k].tag == "P":
                k -= 1
            return np_ending(toks, k + 1, 0)
        if ci > 0 and c.kind == "main":
            # "The withdrawal, which began ..., was agreed": the subject stands before the
            # interruption, in the first clause without a verb.
            k = ci - 1
            while k > 0 and self.clauses[k - 1].kind in ("frag", "rel", "part"):
                k -= 1
            first = self.clauses[k]
            if first.kind == "frag" and toks[first.lo].tag != "PREP":
                return np_at(toks, first.lo, first.hi)
        first_tok = toks[c.lo]
        # "..., seized in the 1990s" is passive; "..., killed 40 villagers" is not.
        passive = c.kind == "part" and not first_tok.low.endswith("ing") and not (
            c.lo + 1 < c.hi and toks[c.lo + 1].tag in ("DET", "CAP", "W", "NUM", "VAL"))
        for k in range(ci - 1, -1, -1):
            prev = self.clauses[k]
            if prev.verbs and not prev.report:
                if passive:  # "the villages ..., seized in the 1990s": what was seized
                    obj = _object_of(toks, prev)
                    if obj is not None:
                        return obj
                return self.subject(k, prev.verbs[0])
        return None

    def _resolve(self, ci: int, np: NP) -> NP | None:
        toks = self.toks
        if np[1] - np[0] == 1 and toks[np[0]].low in self.lex.SUBJECT_PRONOUNS:
            for k in range(ci - 1, -1, -1):
                prev = self.clauses[k]
                if prev.verbs:
                    return self.subject(k, prev.verbs[0])
            return np
        return np

    def host_before(self, ci: int) -> int:
        """The nearest earlier clause with a verb that is not one of saying (else `ci`)."""
        for k in range(ci - 1, -1, -1):
            if self.clauses[k].kind != "frag" and not self.clauses[k].report:
                return k
        return ci

    def by_agent(self, c: Clause, v: int) -> NP | None:
        """The `by` agent of a past participle ("controlled ... by Armenian separatists")."""
        toks = self.toks
        if not toks[v].low.endswith("ed") and toks[v].low not in self.lex.IRREGULAR:
            return None
        for k in range(v + 1, c.hi - 1):
            if toks[k].tag == "V":
                return None
            if toks[k].low == "by" and toks[k + 1].tag != "VAL":
                np = np_at(toks, k + 1, c.hi)
                if np is not None and is_entity(toks, np):
                    return np
        return None


def _reduced_relative(toks: list[Tok], v: int) -> bool:
    t = toks[v]
    return (t.low.endswith("ed") or t.low in _lexicon_en.IRREGULAR) and v > 0 \
        and toks[v - 1].tag != "AUX"


def draft_claims(text: str, start: int, end: int, values: list[Found], memory: Memory,
                 lex: ModuleType = _lexicon_en) -> list[Draft]:
    """A draft for each value in the sentence `text[start:end]`."""
    if not values:
        return []
    s = Sentence(text, start, end, values, lex)
    toks = s.toks
    out: list[Draft] = []
    for n, found in enumerate(values):
        first = next((i for i, t in enumerate(toks) if t.value == n), None)
        if first is None:
            continue
        own = s.clause_of(first)
        ci = s.host(own)
        if ci == own and own > 0 and _leading(toks, s.clauses[own], first):
            ci = s.host_before(own)
        c = s.clauses[ci]
        if not c.verbs:
            continue
        modified = _modified(text, toks, first, found, lex)
        if modified is not None:
            out.append(Draft(modified[0], modified[1], None, found,
                             (min(found.prep_start, modified[2]), max(found.end, modified[3])),
                             _attribution(text, s)))
            continue
        v = _verb_for(toks, c, first if ci == own else c.hi)
        subj = s.subject(ci, v)
        after = _verb_after_value(toks, c, first)
        if after is not None and ci == own:  # "1,960 servicemen had left": the value is the subject
            v, subj = after, np_at(toks, first, after) or (first, after)
        agent = subj is not None and s.by_agent(c, v) == subj
        nxt = s.clauses[ci + 1] if ci + 1 < len(s.clauses) else None
        pred = build(toks, v, c.hi, subject_np=subj, value_noun=_noun(found),
                     next_clause=(nxt.lo, nxt.hi) if nxt is not None else None,
                     subject_event=_chain_event(toks, subj, c.hi, lex), agent=agent, lex=lex)
        subject = _subject_name(text, toks, subj, pred.event, memory, c.hi, lex)
        if agent and subj is not None:
            before = np_ending(toks, v, c.lo)
            pred = replace(pred, object=before)
        if pred.event is not None and subject is not None and subj is not None \
                and event_of(toks, subj, lex) is None:
            memory.actors[pred.event] = subject
        obj = name(text, toks, pred.object, lex) if pred.object is not None else None
        lo = min(toks[v].start, found.prep_start)
        if subj is not None and toks[subj[0]].start >= toks[c.lo].start:
            lo = min(lo, toks[subj[0]].start)
        hi = max(found.end, toks[v].end)
        if pred.object is not None:
            hi = max(hi, toks[pred.object[1] - 1].end)
        out.append(Draft(subject or "?", pred.text, obj, found, (lo, hi),
                         _attribution(text, s)))
        if subject:
            memory.last_subject = subject
    return out


def _noun(found: Found) -> str | None:
    return found.value.noun if found.value is not None else None


def _subject_name(text: str, toks: list[Tok], np: NP | None, event: str | None,
                  memory: Memory, hi: int, lex: ModuleType) -> str | None:
    if np is None:
        return memory.last_subject
    chain = of_chain(toks, np, hi)
    while len(chain) > 1 and is_light(toks, chain[0], lex):
        chain = chain[1:]
    own = event_of(toks, chain[0], lex)
    if own is not None:
        agent = next((p for p in chain[1:] if is_entity(toks, p)), None)
        if agent is not None:
            return name(text, toks, agent, lex)
        return memory.actors.get(own, name(text, toks, chain[0], lex))
    return name(text, toks, chain[0], lex)


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


def _object_of(toks: list[Tok], c: Clause) -> NP | None:
    """The main object of a clause: the first phrase after its last verb, past light nouns."""
    j = c.verbs[-1] + 1
    while j < c.hi and toks[j].tag in ("ADV", "PREP", "P"):
        j += 1
    np = np_at(toks, j, c.hi)
    if np is None:
        return None
    chain = of_chain(toks, np, c.hi)
    while len(chain) > 1 and (is_light(toks, chain[0]) or event_of(toks, chain[0]) is not None):
        chain = chain[1:]
    return chain[0]


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


def _modified(text: str, toks: list[Tok], first: int, found: Found,
              lex: ModuleType) -> tuple[str, str, int, int] | None:
    """A value that describes a noun: "a six-week war" (the war lasted six weeks),
    "three decades of conflict", "a 12.7 km long border section" (it measures 12.7 km)."""
    last = first
    while last + 1 < len(toks) and toks[last + 1].value == toks[first].value:
        last += 1
    j = last + 1
    if j >= len(toks) or found.kind is None:
        return None
    measure = toks[last].low in lex.DIMENSION_ADJECTIVES
    if found.kind.value == "duration" and toks[j].low == "of":
        j += 1
    elif not (found.kind.value == "duration" and "-" in found.text or measure):
        return None
    np = np_at(toks, j, len(toks))
    if np is None:
        return None
    predicate = lex.MEASURE_PREDICATE if measure else lex.LAST_PREDICATE
    return (name(text, toks, np, lex), past(predicate, lex), toks[np[0]].start,
            toks[np[1] - 1].end)

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
