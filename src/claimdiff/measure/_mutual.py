"""Two figures each other's clear best partner, as evidence that they are one figure.

A planted contradiction ("1,900 hectares burnt" against "about 4,500 hectares") loses the
closeness a rephrasing has, and when its sentences share few words its score stays under
the threshold though nothing else in either report is a rival. When each of the two is the
other's best candidate, ahead of its runner-up by a clear margin on both sides, and the two
share some evidence besides their closeness (the measured thing, a word of their sentences,
the event), they are paired from a lower score. Not for dates, clock times or ordinals,
which fill every report and have their own evidence (the event they date); not for two
figures naming two different things ("14 projects", "25 jobs") or more than three times
apart ("2,000 tonnes" spilled and "300 tonnes" recovered are two).
"""

from __future__ import annotations

import math

from claimdiff.measure._closeness import mid
from claimdiff.measure._model import Measurement
from claimdiff.measure._score import terms
from claimdiff.normalization import Kind

FLOOR = 0.2
"""The lowest score a pair of clear best partners is kept at."""
MARGIN = 0.3
"""How far ahead of each figure's runner-up its partner must score."""
NEAR = 3.0
"""Clear best partners are one figure only this near."""
_OWN_EVIDENCE = frozenset({"date", "time of day", "ordinal"})
_KINDS = (Kind.QUANTITY, Kind.DURATION)


class Best:
    """Each figure's best and runner-up score among its candidates, kept as they are scored
    (constant work per candidate)."""

    def __init__(self) -> None:
        self._a: dict[int, tuple[float, float, int]] = {}
        self._b: dict[int, tuple[float, float, int]] = {}

    def add(self, i: int, j: int, s: float) -> None:
        """Count the candidate (`i`, `j`) scored `s`."""
        _keep(self._a, i, j, s)
        _keep(self._b, j, i, s)

    def clear(self, i: int, j: int, s: float) -> bool:
        """(`i`, `j`), scored `s`, is each figure's best candidate by `MARGIN` at least."""
        return _ahead(self._a.get(i), j, s) and _ahead(self._b.get(j), i, s)


def _keep(best: dict[int, tuple[float, float, int]], k: int, other: int, s: float) -> None:
    top = best.get(k)
    if top is None:
        best[k] = (s, -math.inf, other)
    elif s > top[0]:
        best[k] = (s, top[0], other)
    elif s > top[1]:
        best[k] = (top[0], s, top[2])


def _ahead(top: tuple[float, float, int] | None, other: int, s: float) -> bool:
    return top is not None and top[2] == other and top[0] == s and s - top[1] >= MARGIN


def one_figure(a: Measurement, b: Measurement) -> bool:
    """`a` and `b` may be one figure told twice when each is the other's clear best partner:
    of one dimension with no evidence of its own, naming no two different things, and
    within `NEAR` times of each other."""
    if a.dimension != b.dimension or a.dimension in _OWN_EVIDENCE:
        return False
    if a.measured and b.measured and a.measured != b.measured:
        return False
    x, y = _size(a), _size(b)
    return x is not None and y is not None and max(x, y) <= NEAR * min(x, y)


def shared_evidence(a: Measurement, b: Measurement, idf: dict[str, float]) -> bool:
    """`a` and `b` share something beyond how close they are: the measured thing, a word of
    their sentences, their event."""
    x, _ = terms(a, b, idf, reason=False)
    return bool(x.measured or x.context or x.near or x.event)


def _size(m: Measurement) -> float | None:
    v = m.value
    if v is None or v.kind not in _KINDS:
        return None
    x = abs(mid(v.core))
    return x if math.isfinite(x) and x > 0 else None


__all__ = ["FLOOR", "MARGIN", "NEAR", "Best", "one_figure", "shared_evidence"]
