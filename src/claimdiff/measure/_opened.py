"""A figure that opens a clause of its own after a subordinating word: in "Anglers
demanded an inquiry *after* around 48,000 salmon escaped" the figure is the subject of
"escaped", and "demanded", the main clause's verb, says nothing of it (no figure sought).
Without a verb after its noun the word is a preposition of the figure's own clause ("rose
*after* 12 months", "the target *since* 2019") and the words before it still qualify it."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure._holder import Tok, verb
from claimdiff.measure._lexicon_en import keyed

__all__ = ["opens_clause"]

_OPENERS = keyed("after before since when because once until although though whereas unless")
"""Words that open a clause; "as" and "if" are left out: "as many as", "if any"."""


def opens_clause(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The figure at `toks[first:last]` follows a clause-opening word and its noun is followed
    by a verb: the subject of that clause, not a figure of the words before the opener."""
    if first == 0 or toks[first - 1].key not in _OPENERS:
        return False
    for j in range(max(last, first + 1), min(last + 4, len(toks))):
        t, before = toks[j], toks[j - 1]
        if not t.text[:1].isalpha():
            return False  # a comma or another figure: no clause of its own in reach
        if before.text[:1].isalpha() and not verb(before.text, noun_too=False) \
                and verb(t.text, noun_too=False):
            return True
    return False
