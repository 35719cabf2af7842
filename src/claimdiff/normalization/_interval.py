"""Numeric intervals with open or closed ends: the algebra under every value.

Dates are held as proleptic ordinal days (`date.toordinal()`), durations as
days, quantities as numbers in their canonical unit. Unbounded ends are
`-inf` / `inf`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of reals `lo .. hi`, each end open or closed.

    An interval is never empty: `lo < hi`, or `lo == hi` with both ends closed.
    """

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def __post_init__(self) -> None:
        if math.isnan(self.lo) or math.isnan(self.hi):
            raise ValueError("interval bound is NaN")
        if self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open)):
            raise ValueError(f"empty interval {self!r}")

    @classmethod
    def point(cls, x: float) -> Interval:
        """The one-point interval `[x, x]`."""
        return cls(x, x)

    @classmethod
    def around(cls, x: float, half_width: float) -> Interval:
        """The closed interval `[x - half_width, x + half_width]`."""
        return cls(x - half_width, x + half_width)

    @property
    def width(self) -> float:
        """`hi - lo` (infinite when unbounded)."""
        return self.hi - self.lo

    @property
    def bounded(self) -> bool:
        """Both ends finite."""
        return math.isfinite(self.lo) and math.isfinite(self.hi)

    def contains_point(self, x: float) -> bool:
        """Whether `x` lies in the interval."""
        above = x > self.lo or (x == self.lo and not self.lo_open)
        below = x < self.hi or (x == self.hi and not self.hi_open)
        return above and below

    def contains(self, other: Interval) -> bool:
        """Whether `other` is a subset of this interval."""
        lo_ok = other.lo > self.lo or (other.lo == self.lo and (other.lo_open or not self.lo_open))
        hi_ok = other.hi < self.hi or (other.hi == self.hi and (other.hi_open or not self.hi_open))
        return lo_ok and hi_ok

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one point."""
        return self.intersection(other) is not None

    def intersection(self, other: Interval) -> Interval | None:
        """The common part, or `None` when disjoint."""
        if self.lo > other.lo or (self.lo == other.lo and self.lo_open):
            lo, lo_open = self.lo, self.lo_open
        else:
            lo, lo_open = other.lo, other.lo_open
        if self.hi < other.hi or (self.hi == other.hi and self.hi_open):
            hi, hi_open = self.hi, self.hi_open
        else:
            hi, hi_open = other.hi, other.hi_open
        if lo > hi or (lo == hi and (lo_open or hi_open)):
            return None
        return Interval(lo, hi, lo_open, hi_open)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        if self.lo < other.lo or (self.lo == other.lo and not self.lo_open):
            lo, lo_open = self.lo, self.lo_open
        else:
            lo, lo_open = other.lo, other.lo_open
        if self.hi > other.hi or (self.hi == other.hi and not self.hi_open):
            hi, hi_open = self.hi, self.hi_open
        else:
            hi, hi_open = other.hi, other.hi_open
        return Interval(lo, hi, lo_open, hi_open)

    def __add__(self, other: Interval) -> Interval:
        """Minkowski sum: `{a + b}`; an end is open when either summand's is."""
        return Interval(
            self.lo + other.lo,
            self.hi + other.hi,
            self.lo_open or other.lo_open,
            self.hi_open or other.hi_open,
        )

    def scale(self, factor: float) -> Interval:
        """Every point multiplied by `factor > 0`."""
        if factor <= 0:
            raise ValueError("scale factor must be positive")
        return Interval(self.lo * factor, self.hi * factor, self.lo_open, self.hi_open)

    def __str__(self) -> str:
        left = "(" if self.lo_open else "["
        right = ")" if self.hi_open else "]"
        return f"{left}{self.lo:g}, {self.hi:g}{right}"
