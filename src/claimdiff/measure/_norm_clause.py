"""A figure inside the clause a norm opens with "that": "the national *standard that*
patients begin treatment within 62 days" states the standard, not a wait anyone had; so do
"the government's *pledge that* every home gets broadband within 3 years" and "a *cap that*
no fare exceeds £3"."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok, verb

__all__ = ["norm_clause"]

_NORMS = frozenset(("target", "limit"))
"""Roles of the nouns whose "that"-clause states what is to be (a standard, a pledge, a
cap), not what is."""
_REACH = 10
"""How many words before the figure the "that" may stand."""
_MARKS = frozenset(",;:()[]—–\"“”")
_AUXILIARIES = frozenset(("be", "have", "will", "would", "can", "could", "may", "might",
                          "should", "must", "shall"))


def norm_clause(toks: Sequence[Tok], first: int) -> str | None:
    """The role of a norm noun right before a "that" which opens the clause the figure at
    `toks[first]` stands in, within `_REACH` words with no clause mark between ("standard
    that ... within 62 days": `target`); `None` for any other figure."""
    for k in range(first - 1, max(first - _REACH, 1) - 1, -1):
        if toks[k].text in _MARKS:
            return None
        if toks[k].text.lower() == "that":
            role = lex.ROLE_OF.get(toks[k - 1].key)
            nxt = toks[k + 1]
            if nxt.key in _AUXILIARIES or verb(nxt.text, noun_too=False):
                return None  # "the plan that will cost $14.8 million": the plan's own figure
            return role if role in _NORMS and toks[k - 1].text.isalpha() \
                and toks[k - 1].text.islower() else None  # not "The Connacht Standard that"
    return None
