"""A figure said with a span back in time right after it: "₹3,100 a quintal *a month
earlier*", "48,000 jobs *two years ago*", "£51 million *the year before last*" are earlier
figures, not the report's own (as a fronted "A year earlier," is, `_window.earlier`). A
change's base is no such figure: in "6 per cent above the level a year earlier" and "up 12%
from a year earlier" the figure is the change."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.normalization._roles_en import SMALL_NUMBERS

__all__ = ["said_earlier"]

_SPANS = lex.keyed("day week fortnight month quarter year decade")
_BACK = frozenset(("earlier", "ago", "before"))
_PER = frozenset(("a", "an", "per"))
_COMPARING = lex.CHANGE | lex.keyed("above below higher lower than compared against over under")
"""Words in the value's phrase that make it a change from the span's level."""


def said_earlier(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The words right after the value at `toks[first:last]` are a span back in time ("a
    month earlier", "two years ago"), after its unit's "a quintal" or "per tonne" if any;
    not when the value's phrase compares ("6 per cent *above* the level")."""
    if any(t.key in _COMPARING for t in toks[first:last]):
        return False
    k = last
    if k + 1 < len(toks) and toks[k].text.lower() in _PER and toks[k + 1].text.isalpha() \
            and toks[k + 1].key not in _SPANS:
        k += 2  # "₹3,100 a quintal a month earlier"
    if k + 2 < len(toks) and toks[k].text.lower() == "the" and toks[k + 1].key in _SPANS \
            and toks[k + 2].text.lower() == "before":
        return True  # "£51 million the year before (last)", "the month before"
    return k + 2 < len(toks) and (toks[k].text.lower() in SMALL_NUMBERS
                                  or toks[k].text.isdigit()) \
        and toks[k + 1].key in _SPANS and toks[k + 2].text.lower() in _BACK
