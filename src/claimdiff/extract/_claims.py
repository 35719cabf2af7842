"""One atomic draft claim per value: subject, predicate, object, quote and span.

For each value found in a sentence: the clause holding it (a clause without a
verb lends its values to the clause it qualifies), the verb nearest before it,
the subject of that verb (a noun phrase before it; a relative clause's
antecedent; the previous clause's subject for participle and coordinated
clauses; the `by` agent of a passive), and the predicate built from the verb.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
from claimdiff.extract._predicate import build
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
        agent = self._by_agent(c, v)
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
        for k in range(ci - 1, -1, -1):
            prev = self.clauses[k]
            if prev.verbs and not prev.report:
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

    def _by_agent(self, c: Clause, v: int) -> NP | None:
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
        ci = s.host(s.clause_of(first))
        c = s.clauses[ci]
        if not c.verbs:
            continue
        before = [k for k in c.verbs if k < first or ci != s.clause_of(first)]
        v = before[-1] if before and ci == s.clause_of(first) else c.verbs[0]
        subj = s.subject(ci, v)
        nxt = s.clauses[ci + 1] if ci + 1 < len(s.clauses) else None
        pred = build(toks, v, c.hi, subject_np=subj, value_noun=_noun(found),
                     next_clause=(nxt.lo, nxt.hi) if nxt is not None else None, lex=lex)
        subject = _subject_name(text, toks, subj, pred.event, memory, c.hi, lex)
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
