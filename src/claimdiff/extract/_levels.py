"""A change from one level to another is two values, not a range.

"Contributions will rise from 7.5% to 8.1%" states the level left and the level
reached; read as one range (7.5 % … 8.1 %) it would be compatible with any
figure between, and "8.4 per cent" elsewhere could never conflict with it. The
quantity scanner joins "from a to b" into a range (what a plain "from 10 to 15
people" is, and what NewsQuant's annotation asks); here, when a change verb
governs the "from", the range is read again as its two ends, each a value of
its own. Ends of two dimensions ("from 208 pounds to 193") stay one range: the
bare end alone would read as a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimdiff.normalization import Value
from claimdiff.normalization._change_en import change_from
from claimdiff.normalization._quantity import parse_quantity, scan_quantities

__all__ = ["change_levels"]

_FROM = re.compile(r"from\s+", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)


def change_levels(
    text: str, found: Iterable[tuple[int, int, Value]]
) -> Iterator[tuple[int, int, Value]]:
    """`found` (spans of `text` and their readings) with every "from a to b" range a
    change verb governs given as its two ends."""
    for s, e, value in found:
        ends = _ends(text, s, e) if _FROM.match(text, s) else None
        yield from ends or [(s, e, value)]


def _ends(text: str, s: int, e: int) -> list[tuple[int, int, Value]] | None:
    start = _FROM.match(text, s)
    if start is None or not change_from(text, start.end()):
        return None
    tos = list(_TO.finditer(text, start.end(), e))
    if not tos:
        return None
    mid = tos[-1]
    left = _one(text, start.end(), mid.start())
    right = _one(text, mid.end(), e)
    if left is None or right is None or left[2].dimension != right[2].dimension:
        return None
    return [left, right]


def _one(text: str, s: int, e: int) -> tuple[int, int, Value] | None:
    """The first quantity read in `text[s:e]`, with its span in `text`; a bare number word
    ("sixty-seven"), which running text never reads alone, read as the whole phrase."""
    got = scan_quantities(text[s:e])
    if got:
        a, b, value = got[0]
        return s + a, s + b, value
    whole = parse_quantity(text[s:e])
    return None if whole is None else (s, e, whole)
