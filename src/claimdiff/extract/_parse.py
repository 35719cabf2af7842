"""One sentence parsed for extraction: tokens, clauses, hosts and subjects of verbs.

`Sentence` finds, for a verb, the noun phrase it is said of: a `by` agent, a noun
phrase before it outside prepositional phrases, the subject of a clause opened by
"after"/"before" ("after the first units departed"), a relative clause's
antecedent (also "a war in which ..."), the previous clause's subject or object.
"""

from __future__ import annotations

from bisect import bisect_right
from types import ModuleType

from claimdiff.extract import _lexicon_en
from claimdiff.extract._clauses import Clause, Tok, split_clauses, tokenize
from claimdiff.extract._found import Found
from claimdiff.extract._phrases import NP, event_of, is_entity, is_light, np_at, np_ending, of_chain


class Sentence:
    """One sentence, tokenized and cut into clauses, with its values."""

    def __init__(self, text: str, start: int, end: int, values: list[Found],
                 lex: ModuleType = _lexicon_en) -> None:
        self.text, self.lex, self.values = text, lex, values
        self.toks = tokenize(text, start, end, [(f.start, f.end) for f in values], lex)
        self.clauses = split_clauses(self.toks, lex)
        self._subjects: dict[tuple[int, int], NP | None] = {}
        self._hosts: dict[int, int] = {}
        self._clause_los = [c.lo for c in self.clauses]
        self.first_np: dict[int, NP | None] = {}
        """The first noun phrase of each verbless clause, by clause index (see `_verbless`)."""
        self._first_tok: dict[int, int] = {}
        for i, t in enumerate(self.toks):
            if t.value >= 0:
                self._first_tok.setdefault(t.value, i)

    def first_token(self, n: int) -> int | None:
        """Index of the first token of value number `n`."""
        return self._first_tok.get(n)

    def clause_of(self, tok: int) -> int:
        """Index of the clause holding token `tok` (clauses run in order: bisection)."""
        i = bisect_right(self._clause_los, tok) - 1
        if 0 <= i < len(self.clauses) and self.clauses[i].lo <= tok < self.clauses[i].hi:
            return i
        return next(i for i, c in enumerate(self.clauses) if c.lo <= tok < c.hi)

    def host(self, ci: int) -> int:
        """The clause a value of clause `ci` belongs to: itself when it has a verb; else
        the nearest earlier clause with a verb that is not one of saying; else the next."""
        if ci not in self._hosts:
            self._hosts[ci] = self._host(ci)
        return self._hosts[ci]

    def _host(self, ci: int) -> int:
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
        if earlier and c.kind == "rel" and toks[c.lo].tag == "REL" and _finite(toks, v, self.lex):
            # "The earthquake that struck the region ... has claimed 19 lives": the relative
            # clause ended; the second finite verb is its antecedent's
            return self._inherited(ci)
        start = earlier[-1] + 1 if earlier else c.lo
        if earlier and _reduced_relative(toks, v) and toks[v - 1].tag in ("W", "CAP"):
            np = np_ending(toks, v, start)
            if np is not None:
                return np
        j = start
        while j < v:
            own = self._subordinate(j, v)
            if own is not None:  # "after the first units departed": its own subject
                return self._resolve(ci, own)
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

    def _subordinate(self, j: int, v: int) -> NP | None:
        """The subject of a clause opened by "after"/"before"/... at token `j` whose verb is `v`."""
        toks = self.toks
        if toks[j].tag != "PREP" or toks[j].low not in self.lex.SUBORDINATORS:
            return None
        np = np_at(toks, j + 1, v)
        if np is None or toks[np[0]].tag == "VAL":
            return None
        k = np[1]
        while k < v and toks[k].tag in ("AUX", "ADV", "NEG"):
            k += 1
        return np if k == v else None

    def _inherited(self, ci: int) -> NP | None:
        c = self.clauses[ci]
        toks = self.toks
        if c.kind == "rel":
            k = c.lo - 1
            while k >= 0 and toks[k].tag == "P":
                k -= 1
            np = np_ending(toks, k + 1, 0)
            start = np[0] if np is not None else k + 1
            while np is None and start > 0 and toks[start - 1].value >= 0:
                start -= 1  # "the flood of 2010 that ..."
            if start >= 2 and toks[start - 1].low == "of":
                # "the earthquake of magnitude 7 that struck": the head of the `of` chain
                np = np_ending(toks, start - 1, 0) or np
            return np
        opening = c.kind == "part" and all(k.kind == "frag" for k in self.clauses[:ci])
        if ci > 0 and (c.kind == "main" or opening):
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

    def setting(self, ci: int, v: int) -> NP | None:
        """What a passive whose subject is a count happened in: the antecedent of "in which",
        or an event phrase after the verb ("were killed in the war"); else `None`."""
        c, toks = self.clauses[ci], self.toks
        if c.kind == "rel" and toks[c.lo].tag == "PREP":
            return self._inherited(ci)
        # "23 people died when a quake shook ...": the when-clause may be a clause of its own
        nxt = self.clauses[ci + 1] if ci + 1 < len(self.clauses) else None
        end = nxt.hi if nxt is not None and toks[nxt.lo].low in ("when", "as") else c.hi
        for k in range(v + 1, end - 1):
            if toks[k].low in ("when", "as") and toks[k + 1].tag in ("DET", "VAL", "W", "CAP"):
                np = np_at(toks, k + 1, end)
                if np is not None and np[1] < end and toks[np[1]].tag in ("V", "AUX"):
                    return np
        for k in range(v + 1, c.hi - 1):
            if toks[k].tag == "PREP" and toks[k].low in ("in", "during", "by"):
                np = np_at(toks, k + 1, c.hi)
                if np is not None and event_of(toks, np, self.lex) is not None:
                    return np
        return None

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


def _finite(toks: list[Tok], v: int, lex: ModuleType) -> bool:
    """Whether the verb at `v` is finite through an auxiliary right before it ("has claimed")."""
    k = v - 1
    while k >= 0 and toks[k].tag in ("ADV", "NEG"):
        k -= 1
    return k >= 0 and toks[k].tag == "AUX" and toks[k].lemma in ("have", "will", "can", "may",
                                                               "must", "do")


def _reduced_relative(toks: list[Tok], v: int) -> bool:
    t = toks[v]
    return (t.low.endswith("ed") or t.low in _lexicon_en.IRREGULAR) and v > 0 \
        and toks[v - 1].tag != "AUX"


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
