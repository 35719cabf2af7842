"""Dates relative to an anchor: `almost nine months after September 19, 2023`,
`three weeks before X`, `four years ago`, `two days later`.

The result is the anchor interval plus (or minus) the duration interval, end by
end (a Minkowski sum): the earliest reading adds the shortest duration to the
earliest anchor day, the latest adds the longest to the latest. Months and
longer are added on the calendar (`add_months`), shorter units as days.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date

from claimdiff.normalization._calendar import add_duration, iso_week_label
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._durations import amount_in_units, amounts_of, duration_value
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

_SUB_DAY = ("second", "minute", "hour")
_RANK = ["day", "week", "month", "quarter", "season", "year", "decade", "century"]


def shift_interval(anchor: Interval, amount: Interval, unit: str, sign: int) -> Interval:
    """`anchor + amount` (sign +1) or `anchor - amount` (sign -1), end by end."""
    if sign > 0:
        lo = add_duration(anchor.lo, amount.lo, unit)
        hi = add_duration(anchor.hi, amount.hi, unit)
        lo_open, hi_open = anchor.lo_open or amount.lo_open, anchor.hi_open or amount.hi_open
    else:
        lo = add_duration(anchor.lo, -amount.hi, unit)
        hi = add_duration(anchor.hi, -amount.lo, unit)
        lo_open, hi_open = anchor.lo_open or amount.hi_open, anchor.hi_open or amount.lo_open
    if lo == hi:
        lo_open = hi_open = False
    return Interval(lo, hi, lo_open, hi_open)


def label(day: float, granularity: str) -> str | None:
    """The TIMEX3 value of the `granularity`-sized period holding `day`."""
    if not math.isfinite(day):
        return None
    d = date.fromordinal(int(math.floor(day)))
    if granularity in ("day", "hour", "minute", "second"):
        return d.isoformat()
    if granularity in ("week", "fortnight"):
        return iso_week_label(d.toordinal())
    if granularity in ("month", "quarter", "season"):
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def _moment_label(t: float, unit: str) -> str:
    """TIMEX3 of a moment at the written unit: `2018-03-16T18`, `...T18:49`."""
    day = math.floor(t)
    seconds = round((t - day) * 86400)
    h, rest = divmod(seconds, 3600)
    stamp = f"{date.fromordinal(day).isoformat()}T{h:02d}"
    if unit == "hour":
        return stamp
    stamp += f":{rest // 60:02d}"
    return stamp if unit == "minute" else stamp + f":{rest % 60:02d}"


def relative_value(
    text: str, anchor: Value, duration: Value | None, sign: int, steps: list[str]
) -> Value:
    """The date `duration` after (`sign` +1) or before (-1) `anchor`; without a
    duration, any time after / before it (TIMEX3 mod `AFTER` / `BEFORE`)."""
    if anchor.kind is not Kind.DATE:
        raise ValueError("anchor is not a date")
    if duration is None:
        if sign > 0:
            core = Interval(anchor.core.hi, math.inf, lo_open=True)
            support = Interval(anchor.support.lo, math.inf)
        else:
            core = Interval(-math.inf, anchor.core.lo, hi_open=True)
            support = Interval(-math.inf, anchor.support.hi)
        steps.append(f"{'after' if sign > 0 else 'before'} {anchor.render()}")
        return date_value(text, core, support, timex=anchor.timex, granularity=anchor.granularity,
                          mod="AFTER" if sign > 0 else "BEFORE", steps=tuple(steps))
    core_amount, support_amount, unit = amount_in_units(duration)
    core = shift_interval(anchor.core, core_amount, unit, sign)
    support = shift_interval(anchor.support, support_amount, unit, sign).hull(core)
    steps.append(f"{'+' if sign > 0 else '-'} {duration.text!r} "
                 f"({duration.render()}) {'after' if sign > 0 else 'before'} "
                 f"{anchor.render()}, end by end")
    coarse = max(anchor.granularity, duration.granularity,
                 key=lambda g: _RANK.index(g) if g in _RANK else 0)
    # A bare duration from a dated anchor is dated as finely as the anchor
    # ("two years after June 10, 2020" -> 2022-06-10); hedged ones more coarsely.
    exact = duration.mod is None and "X" not in (duration.timex or "X")
    timex = None
    if math.isfinite(core.lo) and math.isfinite(core.hi):
        middle = (core.lo + core.hi) / 2
        if anchor.granularity not in _SUB_DAY and duration.granularity not in _SUB_DAY:
            middle = round(middle)  # whole days; a time of day stays on its day (13:00)
        if exact:
            timex = label(middle, anchor.granularity)
        elif label(core.lo, coarse) == label(core.hi, coarse):
            timex = label(middle, coarse)
    return date_value(text, core, support, timex=timex, granularity=coarse,
                      mod=duration.mod, steps=tuple(steps))


def resolve_ago(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`four years ago`, `about six years ago`: back from the reference."""
    amounts = amounts_of(m)
    if amounts is None:
        return None
    ref = ctx.ref(text)
    duration = duration_value(text, amounts, [])
    anchor = date_value(iso(ref), (ref, ref), timex=iso(ref), granularity="day")
    if amounts[0].unit in _SUB_DAY:
        # "an hour ago" counts back from the moment of writing, or from any moment of
        # the reference day when only the day is known.
        t = ctx.ref_time
        moment = Interval(ref + t, ref + t) if t is not None else Interval(ref, ref + 1,
                                                                           hi_open=True)
        anchor = replace(anchor, core=moment, support=moment)
    value = relative_value(text, anchor, duration, -1, [])
    unit = amounts[0].unit
    timex: str | None = "PAST_REF"
    if amounts[0].number is not None and unit in _SUB_DAY:
        # A moment is labelled only when the moment of writing is known.
        timex = None if ctx.ref_time is None else _moment_label(
            add_duration(ref + ctx.ref_time, -amounts[0].number, unit), unit)
    elif amounts[0].number is not None:
        point = add_duration(ref, -amounts[0].number * (2 if unit == "fortnight" else 1),
                             "week" if unit == "fortnight" else unit)
        timex = label(point, unit)
    return date_value(text, value.core, value.support, timex=timex, granularity=unit,
                      mod=value.mod, steps=value.steps)
