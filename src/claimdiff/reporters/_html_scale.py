"""Axes for the HTML report: value bounds as numbers, linear or log scales, readable ticks.

A date is its proleptic ordinal day; an inclusive day range `[lo, hi]` covers
`[lo, hi + 1)` on the axis, so a single day is one day wide and its mark sits
on the middle of that day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

LAST_DAY = date.max.toordinal()
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(text: Any) -> int | None:
    """The ordinal of an ISO date (`None` for anything else)."""
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def number(value: Any) -> float | None:
    """A finite number bound (`None` for open or unreadable bounds)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def bounds(reading: dict[str, Any] | None, which: str) -> tuple[float | None, float | None]:
    """`(lo, hi)` of a reading's `core` or `support` on its axis; `None` ends are open.

    Dates give `[lo, hi + 1)` in days, other kinds their numbers.
    """
    pair = (reading or {}).get(which)
    if not isinstance(pair, (list, tuple)) or len(pair) != 2:
        return None, None
    if (reading or {}).get("kind") == "date":
        lo, hi = day(pair[0]), day(pair[1])
        return (None if lo is None else float(lo), None if hi is None else float(hi + 1))
    return number(pair[0]), number(pair[1])


@dataclass(frozen=True)
class Scale:
    """Maps axis values to x positions between `x0` and `x1`."""

    lo: float
    hi: float
    x0: float
    x1: float
    log: bool = False

    def _t(self, v: float) -> float:
        return math.log10(v) if self.log else v

    def x(self, v: float) -> float:
        """The x position of `v`, clamped to the axis."""
        if self.log and v <= 0:
            return self.x0
        a, b = self._t(self.lo), self._t(self.hi)
        frac = 0.0 if b == a else (self._t(v) - a) / (b - a)
        return self.x0 + max(0.0, min(1.0, frac)) * (self.x1 - self.x0)


def make_scale(values: list[float], x0: float, x1: float, *, kind: str | None,
               allow_log: bool = True) -> Scale:
    """A scale covering `values` with a margin; log when positive values span 2+ decades."""
    if not values:
        values = [0.0, 1.0]
    lo, hi = min(values), max(values)
    if allow_log and kind != "date" and lo > 0 and hi / lo >= 100:
        # exponents clamped: 10 ** -324 underflows to 0, whose logarithm does not exist
        return Scale(10 ** max(math.floor(math.log10(lo)), -300),
                     10 ** min(math.ceil(math.log10(hi)), 300), x0, x1, log=True)
    pad = (hi - lo) * 0.04 or (abs(hi) * 0.1 if hi else 1.0)
    if kind == "date":  # within the calendar Python can name (years 1 to 9999)
        pad = max(pad, 3.0)
        return Scale(max(lo - pad, 1.0), min(hi + pad, float(LAST_DAY)), x0, x1)
    return Scale(lo - pad, hi + pad, x0, x1)


def date_label(ordinal: int) -> str:
    """`12 Jun 2024` (days beyond the calendar are its first or last day)."""
    d = date.fromordinal(min(max(ordinal, 1), LAST_DAY))
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _month_ticks(lo: float, hi: float, step: int) -> list[tuple[float, str, str]]:
    start = date.fromordinal(min(max(int(lo), 1), LAST_DAY))
    y, m = start.year, start.month
    out = []
    if step >= 12:  # whole years: round ones (1990, 1995), not the first year seen
        years = step // 12
        y, m = max(1, y - y % years), 1
    while y <= 9999:
        m0 = (m - 1) // step * step + 1 if step < 12 else 1
        d = date(y, m0, 1)
        if d.toordinal() > hi:
            break
        if d.toordinal() >= lo:
            label = str(y) if m0 == 1 and step >= 12 else f"{_MONTHS[m0 - 1]} {y}"
            out.append((float(d.toordinal()), label, d.isoformat()))
        if step >= 12:
            y += step // 12
            continue
        m = m0 + step
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return out


def date_ticks(scale: Scale, most: int = 12) -> list[tuple[float, str, str]]:
    """`(axis value, label, ISO date)` ticks: days, weeks, months, quarters or years.

    At most `most` of them: every second (third, ...) one when there are more.
    """
    ticks = _date_ticks(scale)
    step = -(-len(ticks) // most) if most > 0 else 1
    return ticks[::step]


def _date_ticks(scale: Scale) -> list[tuple[float, str, str]]:
    span = scale.hi - scale.lo
    if span <= 21:
        step = 2 if span > 10 else 1
        first = math.ceil(scale.lo)
        return [(float(o), date_label(o), date.fromordinal(o).isoformat())
                for o in range(first, int(scale.hi) + 1, step)]
    if span <= 120:
        first = math.ceil(scale.lo)
        first += (7 - date.fromordinal(first).weekday()) % 7  # Mondays
        return [(float(o), date_label(o), date.fromordinal(o).isoformat())
                for o in range(first, int(scale.hi) + 1, 7)]
    for months, limit in ((1, 400), (3, 1100), (6, 2200), (12, 7300), (60, 36600)):
        if span <= limit:
            return _month_ticks(scale.lo, scale.hi, months)
    return _month_ticks(scale.lo, scale.hi, 120)


def number_ticks(scale: Scale) -> list[tuple[float, str]]:
    """`(value, label)` ticks: powers of ten on a log scale, 1-2-5 steps otherwise."""
    if scale.log:
        a, b = round(math.log10(scale.lo)), round(math.log10(scale.hi))
        stride = max(1, math.ceil((b - a) / 12))  # at most about a dozen labels
        return [(10.0 ** k, fmt_number(10.0 ** k)) for k in range(a, b + 1, stride)]
    span = scale.hi - scale.lo
    if not math.isfinite(span):
        return []  # an axis wider than a float: no tick can be placed on it
    raw = span / 6 if span / 6 > 0 else (span or 1.0)  # a subnormal span / 6 is 0
    mag = 10 ** max(math.floor(math.log10(raw)), -300)  # no underflow to a zero step
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.ceil(scale.lo / step) * step
    n = int((scale.hi - first) // step) + 1
    return [(first + i * step, fmt_number(first + i * step)) for i in range(max(n, 0))]


def fmt_number(v: float) -> str:
    """A short, stable label: `1,960`, `2.5`, `1.2e+09`."""
    if v != 0 and (abs(v) >= 1e9 or abs(v) < 1e-3):
        return f"{v:.2g}"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.3f}".rstrip("0").rstrip(".")


__all__ = ["Scale", "bounds", "date_label", "date_ticks", "day", "fmt_number", "make_scale",
           "number", "number_ticks"]
