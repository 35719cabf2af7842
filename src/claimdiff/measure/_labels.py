"""Designators: a noun naming one of a series by a letter or a number after it ("a *Band A*
bill", "*Zone 2* fares", "*Tier 3* rules", "*Terminal 5*").

Two figures whose sentences put one such noun with two different designators, and neither
with the other's, are of two members of the series: a Band A bill is no Band D bill.
"""

from __future__ import annotations

import re

__all__ = ["designated_apart", "designators"]

_NOUNS = ("band", "zone", "tier", "group", "phase", "category", "class", "grade", "type",
          "level", "terminal", "platform", "gate", "ward", "block", "line", "route", "flight",
          "lot", "division", "league", "pool", "section", "unit", "wave", "stage", "round")
_DESIGNATOR = re.compile(
    r"(?i:\b(" + "|".join(_NOUNS) + r")\s+)([A-Z]|[IVX]{1,4}|\d{1,3})(?![\w%.,:'’-]*\w)")
"""The noun, then one capital letter, a roman numeral or a number of up to three digits
standing alone (not "Group 4.5%", "Band A's", "round 12,000")."""


def designators(sentence: str, own: tuple[int, int] = (0, 0)) -> frozenset[tuple[str, str]]:
    """The (noun, designator) pairs a sentence writes, the noun lower-cased, except one that
    overlaps `own`, the value's span: "platform 7" as the value is the figure compared, not
    the member of a series its figure is of."""
    return frozenset((m.group(1).lower(), m.group(2).upper())
                     for m in _DESIGNATOR.finditer(sentence)
                     if not (m.start() < own[1] and own[0] < m.end()))


def designated_apart(a: frozenset[tuple[str, str]],
                     b: frozenset[tuple[str, str]]) -> tuple[str, str, str] | None:
    """A noun both sentences designate, each only by designators the other does not write
    ("Band A" against "Band D"), as (noun, one's, other's); `None` if none."""
    for noun in sorted({n for n, _ in a} & {n for n, _ in b}):
        xs, ys = {d for n, d in a if n == noun}, {d for n, d in b if n == noun}
        if not xs & ys:
            return noun, "/".join(sorted(xs)), "/".join(sorted(ys))
    return None
