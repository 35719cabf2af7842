"""Figures alone in their order of magnitude, as evidence that two of them are one.

A report of a story gives many counts and sums, but seldom two of one dimension within
ten times of each other, so when "£2.4 million" is the only sum of millions among the sums
of one report and "£3.8m" the only one in the other, they are most likely the one sum both
tell, even with no word of their sentences in common (a report's only sum says nothing
so). Dates, clock times and ordinals fill every report and have their own evidence (the
event they date), and a round word for a number ("a year", "a decade", "a dozen") is no
figure a writer chose.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence

from claimdiff.measure._closeness import mid
from claimdiff.measure._model import Measurement
from claimdiff.normalization import Kind

W_ALONE = 0.05
"""The weight of two figures each alone in its order of magnitude in its report."""
BAND = 10.0
"""Figures of one dimension this many times apart or more are not neighbours."""
NEAR = 3.0
"""Two figures alone are one figure told twice only this near: "2,000 tonnes" spilled and
"300 tonnes" recovered are two."""
_KINDS = (Kind.QUANTITY, Kind.DURATION)
_ARTICLE = re.compile(r"(?i)\b(?:a|an)\b")


def alone(ms: Sequence[Measurement], twins: Mapping[int, int]) -> frozenset[int]:
    """The indices of `ms` whose figure is the only one of its dimension within `BAND` times
    of it among others of it in the report, and is written as a number ("38 nurses",
    "Forty-seven", not "a year"). A repeat, an index in `twins`, counts with its first
    mention; the only figure of a dimension is alone among none ("each ticket cost $40"
    and "raised $55 in total" are two)."""
    sizes: dict[str, list[tuple[int, float]]] = {}
    for k, m in enumerate(ms):
        x = _size(m)
        if x is not None and k not in twins:
            sizes.setdefault(m.dimension, []).append((k, x))
    out = set()
    for xs in sizes.values():
        if len(xs) < 2:
            continue  # the only figure of its dimension: alone among none says nothing
        xs.sort(key=lambda kx: kx[1])  # a figure's nearest neighbours are beside it in order
        for n, (k, x) in enumerate(xs):
            if (n == 0 or x >= BAND * xs[n - 1][1]) and (
                    n + 1 == len(xs) or xs[n + 1][1] >= BAND * x) and _numbered(ms[k].phrase):
                out.add(k)
    return frozenset(out)


def both_alone(i: int, j: int, alone_a: Collection[int], alone_b: Collection[int],
               a: Measurement, b: Measurement) -> bool:
    """`a` (index `i`) and `b` (index `j`) are each alone in their report and within `NEAR`
    times of each other."""
    if i not in alone_a or j not in alone_b:
        return False
    x, y = _size(a), _size(b)
    return x is not None and y is not None and max(x, y) < NEAR * min(x, y)


def _size(m: Measurement) -> float | None:
    v = m.value
    if v is None or v.kind not in _KINDS or m.dimension in ("ordinal", "ratio"):
        return None
    x = abs(mid(v.core))
    return x if math.isfinite(x) and x > 0 else None


def _numbered(phrase: str) -> bool:
    """A figure written with a number, not a round word with an article ("a year")."""
    return any(c.isdigit() for c in phrase) or not _ARTICLE.search(phrase)


__all__ = ["BAND", "NEAR", "W_ALONE", "alone", "both_alone"]
