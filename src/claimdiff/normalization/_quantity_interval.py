"""The intervals of a quantity reading: core, support and granularity in its written unit.

Hedged numbers, ranges and vague amounts ("thousands of") become intervals here;
counts are narrowed to the whole numbers they hold (`whole_counts`); ranges of a
time unit become durations (`range_duration`). `_quantity.to_value` puts them together.
"""

from __future__ import annotations

import math

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization._hedges import ROUNDED_BOUNDS, Hedge, hedge_interval
from claimdiff.normalization._interval import INF, Interval
from claimdiff.normalization._quantity_read import Reading
from claimdiff.normalization._value import Value

__all__ = ["affine", "interval_of", "range_duration", "show_interval", "whole_counts"]

def interval_of(
    r: Reading, floor: float | None, steps: list[str]
) -> tuple[Interval, Interval, float]:
    """Core, support and granularity of a reading in its written unit.

    Raises `ValueError` when the hedge leaves nothing at or above `floor`
    ("fewer than 0 people").
    """
    rounded = " ".join((r.hedge_word or "").lower().split()) in ROUNDED_BOUNDS
    if r.vague:
        core, support, u = _vague_interval(r.vague)
        steps.append(f"{r.vague!r} is a vague amount: core {core}, support {support}")
    elif len(r.numbers) == 2:
        a, b = sorted(r.numbers, key=lambda n: n.value)
        # The finer end shows the precision of the whole range ("5-10 W" is read to 1 W).
        u = min(a.granularity, b.granularity)
        ca, sa = hedge_interval(a.value, u, r.hedge, floor=floor, rounded=rounded,
                                scale=a.granularity)
        cb, sb = hedge_interval(b.value, u, r.hedge, floor=floor, rounded=rounded,
                                scale=b.granularity)
        if r.hedge is Hedge.BARE:
            core = Interval(a.value, b.value)
            support = Interval(a.value - u / 2, b.value + u / 2)
            if floor is not None and support.lo < floor <= core.lo:
                support = Interval(floor, support.hi)
        else:
            core, support = ca.hull(cb), sa.hull(sb)
        steps.append(f"a range: core [{a.value:g}, {b.value:g}], support widened by u/2")
    else:
        n = r.numbers[0]
        u = n.granularity
        core, support = hedge_interval(n.value, u, r.hedge, floor=floor, rounded=rounded)
    if rounded and r.hedge in (Hedge.AT_MOST, Hedge.AT_LEAST):
        steps.append(f"{r.hedge_word!r} gives a rounded figure: the support reaches past it "
                     "by its rounding")
    return core, support, u


def range_duration(
    text: str, r: Reading, core: Interval, support: Interval, steps: list[str]
) -> Value | None:
    """A range of a time unit ("two to three weeks", "8-10 days") as a duration `Value`.

    `core` and `support` are in the written unit; the temporal reader's helpers
    (`_durations.Amount`, `duration_value`) scale them to days and write the TIMEX3
    value of the range's start ("P2W"). `None` when the unit is no calendar unit
    (milliseconds, "h"): the range is then kept as a quantity in days.
    """
    from claimdiff.normalization._durations import Amount, duration_value
    from claimdiff.normalization._temporal_en import UNITS as TIME_UNITS

    assert r.unit is not None
    low = r.unit.lower()
    name = TIME_UNITS.get(low) or TIME_UNITS.get(low.removesuffix("s"))
    if name is None:
        return None
    first = min(n.value for n in r.numbers)
    steps.append(f"a range of {name}s is a duration" if len(r.numbers) == 2
                 else f"an amount of {name}s is a duration")
    amount = Amount(core, support, name, first, r.hedge)
    return duration_value(text[r.start:r.end], [amount], steps)


def whole_counts(core: Interval, support: Interval) -> tuple[Interval, Interval]:
    """`core` and `support` narrowed to the whole numbers they hold, closed at both ends.

    "More than 10" (core `(10, 20]`, support `(10, ∞)`) becomes `[11, 20]` and
    `[11, ∞)`. An interval holding no whole number ("about 0.5") is kept as it
    is, and the support is widened back over the core if that keeps it out.
    """
    whole_core = _whole(core) or core
    whole_support = _whole(support) or support
    if not whole_support.contains(whole_core):
        whole_support = whole_support.hull(whole_core)
    return whole_core, whole_support


def _whole(iv: Interval) -> Interval | None:
    """The smallest closed interval holding every integer of `iv`, or `None` if it holds none."""
    lo, hi = _integral(iv.lo), _integral(iv.hi)
    if math.isfinite(lo):
        lo = lo + 1 if iv.lo_open and lo.is_integer() else math.ceil(lo)
    if math.isfinite(hi):
        hi = hi - 1 if iv.hi_open and hi.is_integer() else math.floor(hi)
    if lo > hi:
        return None
    return Interval(float(lo), float(hi))


def _integral(x: float) -> float:
    """`x`, or the integer it misses only by float rounding (2969999.9999999995 → 2970000)."""
    if math.isfinite(x) and abs(x - round(x)) <= 1e-9 * max(1.0, abs(x)):
        return float(round(x))
    return x


def show_interval(iv: Interval) -> str:
    """`iv` in interval notation for a `steps` line: "[11, ∞)", "[6.3, 7)"."""
    lo = "-∞" if math.isinf(iv.lo) else f"{iv.lo:g}"
    hi = "∞" if math.isinf(iv.hi) else f"{iv.hi:g}"
    left = "(" if iv.lo_open or math.isinf(iv.lo) else "["
    right = ")" if iv.hi_open or math.isinf(iv.hi) else "]"
    return f"{left}{lo}, {hi}{right}"


def affine(iv: Interval, factor: float, offset: float) -> Interval:
    lo = iv.lo * factor + offset if math.isfinite(iv.lo) else iv.lo
    hi = iv.hi * factor + offset if math.isfinite(iv.hi) else iv.hi
    return Interval(lo, hi, iv.lo_open, iv.hi_open)


def _vague_interval(vague: str) -> tuple[Interval, Interval, float]:
    """Core, support and granularity of a vague amount ("thousands of" → [2000, 9999])."""
    if vague in en.VAGUE_FIXED:
        (clo, chi), (slo, shi) = en.VAGUE_FIXED[vague]
        return Interval(clo, chi), Interval(slo, INF if shi is None else shi), 1.0
    few = next((f for f in ("several", "a few", "a couple of", "a couple")
                if vague.startswith(f + " ")), None)
    if few is not None:  # "several hundred", "a few dozen": the vague amount times the scale
        scale = math.prod(12.0 if w == "dozen" else en.SCALE_WORDS[w]
                          for w in vague[len(few):].split())
        (clo, chi), (slo, shi) = en.VAGUE_FIXED[few]
        return (Interval(clo * scale, chi * scale),
                Interval(slo * scale, INF if shi is None else shi * scale), scale)
    words = vague.replace(" of", "").split()
    scale = en.VAGUE_PLURAL_SCALES[words[-1]]
    mult = en.VAGUE_MULTIPLIERS[words[0]] if len(words) == 2 else 1.0
    if mult == 12.0:  # "dozens of thousands": dozens' own [24, 99]
        return Interval(24 * scale, 99 * scale), Interval(12 * scale, INF), scale
    unit = mult * scale
    return Interval(2 * unit, 10 * unit - 1), Interval(unit, INF), unit
