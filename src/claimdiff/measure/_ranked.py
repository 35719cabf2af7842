"""A count of the few ranked first of a group: "the 14 districts *with the highest* burden",
"the ten *poorest* districts", "the *top* 20 clubs", "the five districts *worst* hit". A
definite number with a superlative in its noun phrase picks a subgroup out of a whole ("all
38 districts"), so the two are two figures, never one in conflict."""

from __future__ import annotations

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok, verb
from claimdiff.measure._what import content
from claimdiff.measure._window_periods import superlative as _superlative

_REACH = 6
"""How far after the number its noun phrase may run: "the 14 districts with the highest
burden of disease"."""
_BEFORE = lex.keyed("top bottom")
"""Ranks said before the number: "the *top* 20 clubs"."""
_DEFINITE = lex.keyed("the these those its their")
_RESTRICTING = lex.keyed("with that which who where")
_ENDS = frozenset(",;:()[]—–.\"“”")


def ranked(toks: list[Tok], first: int, last: int) -> frozenset[str]:
    """The words that rank a counted subgroup (the superlative and the noun after it, folded
    like context), or nothing: the number must follow a definite word ("the 14", "its five";
    "all 38" and "14 districts" pick nothing out), and the superlative stand in its noun
    phrase, before the clause's comma or verb."""
    k = first - 1
    rank: list[Tok] = []
    if k >= 0 and toks[k].key in _BEFORE:
        rank, k = [toks[k]], k - 1
    if k < 0 or toks[k].key not in _DEFINITE:
        return frozenset()
    if rank:  # the counted noun says nothing the other figure's does not
        return content(rank) or frozenset({"top"})
    restricted = False  # "with the highest", "that were worst hit": the phrase goes on
    for n in range(first + 1, min(last + _REACH, len(toks))):
        t = toks[n]
        if t.text in _ENDS or t.text[0].isdigit():
            return frozenset()
        if _superlative(t.text):  # "highest *burden*"; not the counted noun ("poorest villages")
            said = [t, *_noun_after(toks, n + 1)] if n >= last else [t]
            return content(said) or frozenset({"top"})
        if t.key in _RESTRICTING:
            restricted = True
        elif not restricted and n >= last and verb(t.text, noun_too=False):
            return frozenset()  # "the 14 districts *recorded* the most cases": the predicate's
    return frozenset()


def _noun_after(toks: list[Tok], k: int) -> list[Tok]:
    """The word a superlative ranks by, right after it ("highest *burden*"), if any."""
    return [t for t in toks[k:k + 1] if t.text.isalpha() and t.key not in lex.STOP]


__all__ = ["ranked"]
