"""A stretch of time ending or starting now: "the past two weeks", "over the last
three years", "the next few days", "in the coming 24 hours", "2 upcoming months".

News means the rolling window (the two weeks up to the day of writing); a
calendar reading is as common ("the last two weeks" read on a Tuesday: the two
whole weeks before this one; "the next three months": March to May read in
February, Duckling's). The core is the rolling window for the longest core
amount; the support holds the support's amount and the calendar reading too.
The value is a date interval, so "in the past two weeks" holds "on June 3"; its
TIMEX3 value stays the duration's (`P2W`), as TimeML annotates such phrases.
A bare unit ("last week", "next month") is the calendar unit as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.normalization._calendar import DAYS_PER_UNIT, add_duration, week_span
from claimdiff.normalization._context import Context, date_value
from claimdiff.normalization._durations import amount_in_units
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_window"]

_BACK = {"last", "past"}
# "previous" and "following" count from the event just told ("rain had fallen in the
# previous 48 hours"), not from the time of writing: they stay durations.
_WORDS = r"last|past|next|coming|upcoming"
_FORMS = (
    re.compile(rf"(?:(?:in|over|during|for|within|throughout)\s+)?(?:the\s+)?(?P<dir>{_WORDS})"
               r"\s+(?P<span>\S+.*)", re.IGNORECASE),
    re.compile(rf"(?:the\s+)?(?P<n>\S+(?:\s+of)?)\s+(?P<dir>{_WORDS})\s+(?P<unit>[a-z]+)",
               re.IGNORECASE),
)
_SUB_DAY = {"second", "minute", "hour"}


_REST = re.compile(r"(?:(?:for|during|in|over|through|throughout)\s+)?(?:the\s+)?(?:rest|remainder)"
                   r"\s+of\s+(?:the\s+|this\s+|(?:the\s+)?current\s+)?"
                   r"(?P<unit>week|month|quarter|year)", re.IGNORECASE)
# "earlier this year", "later in the month": the part before or after the time of writing.
_NOW_PART = re.compile(r"(?P<dir>earlier|later)\s+(?:this|in\s+the|the)\s+"
                       r"(?P<unit>week|month|quarter|year)", re.IGNORECASE)
# "year to date", "so far this year", "this month so far": from the unit's start to now.
_UNITS = "week|month|quarter|year"
_TO_DATE = re.compile(rf"(?:in\s+|for\s+)?(?:the\s+)?(?P<unit>{_UNITS})[\s-]to[\s-]date"
                      rf"|(?P<ytd>YTD|MTD|QTD)|(?:so\s+far\s+)?this\s+(?P<unit2>{_UNITS})"
                      rf"(?:\s+so\s+far|\s+to\s+date)|so\s+far\s+this\s+(?P<unit3>{_UNITS})",
                      re.IGNORECASE)
# "the 12 months to June", "in the year to March", "the three months to September 2024"
# (British news): the stretch that ends with the named month.
_TO_END = re.compile(r"(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?P<span>\S.*?)\s+"
                     r"(?:to|through|thru|ending(?:\s+in)?|ended)\s+(?P<end>\S.*)", re.IGNORECASE)
_ABBREVIATED = {"ytd": "year", "mtd": "month", "qtd": "quarter"}
_WHOLE = re.compile(r"(?:all|the\s+whole|the\s+entire)\s+(?P<unit>day|week|month|quarter|year)"
                    r"|the\s+(?P<the>week|month)", re.IGNORECASE)


def read_window(text: str, ctx: Context, ref_time: float | None,
                read: Callable[[str], Value | None]) -> Value | None:
    """The phrase as a window ending (or starting) at the reference, or `None`."""
    if (m := _WHOLE.fullmatch(text.strip())) is not None:
        # "all week", "the whole month", "all year", "the week": the one holding the
        # reference ("all day" is today).
        unit = (m["unit"] or m["the"]).lower()
        value = read("today" if unit == "day" else f"this {unit}")
        return None if value is None else replace(value, text=text.strip())
    if (m := _TO_DATE.fullmatch(text.strip())) is not None and ctx.reference is not None:
        unit = (m["unit"] or m["unit2"] or m["unit3"]
                or _ABBREVIATED[(m["ytd"] or "").lower()]).lower()
        whole = read(f"this {unit}")
        if whole is None or whole.kind is not Kind.DATE:
            return None
        return date_value(text.strip(), Interval(whole.core.lo, ctx.reference), timex=whole.timex,
                          granularity="day", steps=(*whole.steps, "to date: up to the reference"))
    if (m := _TO_END.fullmatch(text.strip())) is not None and not m["span"].lower().startswith(
            ("from ", "between ")):
        value = _to_end(text.strip(), m["span"], m["end"], read)
        if value is not None:
            return value
    if (m := _NOW_PART.fullmatch(text.strip())) is not None and ctx.reference is not None:
        whole = read(f"this {m['unit'].lower()}")
        ref, later = ctx.reference, m["dir"].lower() == "later"
        if whole is not None and whole.kind is Kind.DATE and whole.core.lo < ref < whole.core.hi:
            # "earlier this year" is before the time of writing, "later this month" after
            # it (the core); the support holds the day of writing.
            core = Interval(ref + 1, whole.core.hi) if later else Interval(whole.core.lo, ref - 1)
            support = Interval(ref, whole.core.hi) if later else Interval(whole.core.lo, ref)
            return date_value(text.strip(), core, support, timex=whole.timex, granularity="day",
                              mod="END" if later else "START", steps=(
                                  *whole.steps, f"{m['dir'].lower()} than "
                                  f"{date.fromordinal(ref)} in it"))
    if (m := _REST.fullmatch(text.strip())) is not None and ctx.reference is not None:
        unit = m["unit"].lower()
        whole = read(f"this {unit}")
        if whole is None or whole.kind is not Kind.DATE:
            return None
        ref = ctx.reference
        return date_value(text.strip(), Interval(ref, whole.core.hi), timex=whole.timex,
                          granularity="day",
                          steps=(*whole.steps, f"the rest of it: from {date.fromordinal(ref)}"))
    for form in _FORMS:
        m = form.fullmatch(text.strip())
        if m is None:
            continue
        span = m["span"] if "span" in m.groupdict() else f"{m['n']} {m['unit']}"
        if "unit" in m.groupdict() and not m["unit"].lower().endswith("s") \
                and re.search(r"\d\s*[-–]\s*\d", m["n"]):
            continue  # "1-2 last month": days of last month ("2 upcoming day" is two days)
        if re.fullmatch(r"(?:second|minute|hour)s?", span, re.IGNORECASE):
            span = f"1 {span}"  # "the next hour", "the last minute": no calendar hour meant
        if len(span.split()) < 2 and not re.match(r"\d", span):
            return None  # "last week": the calendar week
        length = read(span)
        if (length is None or length.kind is not Kind.DURATION or ctx.reference is None
                or not math.isfinite(length.support.hi) or length.noun is not None):
            return None  # "the last two weeks of June", "of talks": not a window up to now
        return _window(text.strip(), ctx, ref_time, length, m["dir"].lower() not in _BACK)
    return None


def _to_end(text: str, span: str, end_text: str,
            read: Callable[[str], Value | None]) -> Value | None:
    """"the 12 months to June": the stretch of `span` that ends with `end_text`'s end."""
    if span.lower() in ("year", "quarter", "month", "week", "fortnight"):
        span = f"a {span}"
    length, end = read(span), read(end_text)
    if (length is None or end is None or length.kind is not Kind.DURATION or length.noun is not None
            or end.kind is not Kind.DATE or end.sub_day or "X" in (length.timex or "X")
            or not math.isfinite(end.core.hi)):
        return None
    core_amount, support_amount, unit = amount_in_units(length)
    last = end.core.hi
    middle = (core_amount.lo + core_amount.hi) / 2
    core = Interval(math.floor(add_duration(last + 1, -middle, unit)), last)
    support = Interval(min(core.lo, math.floor(add_duration(last + 1, -support_amount.hi, unit))),
                       end.support.hi)
    return date_value(text, core, support, timex=length.timex, granularity="day", steps=(
        *end.steps, f"{length.render()} to the end of {end.render()}"))


def _unit_start(day: int, unit: str) -> int:
    d = date.fromordinal(day)
    if unit == "week":
        return week_span(day)[0]
    if unit == "month":
        return date(d.year, d.month, 1).toordinal()
    if unit == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1).toordinal()
    if unit in ("year", "decade", "century"):
        return date(d.year, 1, 1).toordinal()
    return day


def _window(text: str, ctx: Context, ref_time: float | None, length: Value,
            ahead: bool) -> Value:
    core_amount, support_amount, unit = amount_in_units(length)
    ref = int(ctx.reference or 0)
    sign = 1 if ahead else -1
    middle = (core_amount.lo + core_amount.hi) / 2
    # The written amount ("two weeks") as core; a vague one ("a few days") its longest.
    reach = core_amount.hi if "X" in (length.timex or "X") else middle
    if unit in _SUB_DAY:  # fractional days, from the reference moment (or its day)
        grain = DAYS_PER_UNIT[unit]
        lo, hi = (ref + ref_time, ref + ref_time) if ref_time is not None else (ref, ref + 1.0)
        if ahead:  # the calendar's: from the next whole unit ("next 3 hours" at 4:30: 5-8)
            edge = (math.floor(hi / grain + 1e-9) + 1) * grain
            core = Interval(lo, hi + reach * grain)
            support = Interval(lo, max(hi + support_amount.hi * grain, edge + middle * grain))
        else:
            edge = math.floor(lo / grain + 1e-9) * grain
            core = Interval(lo - reach * grain, hi)
            support = Interval(min(lo - support_amount.hi * grain, edge - middle * grain), hi)
        return _value(text, core, support, length, ahead)
    far_core = add_duration(ref, sign * reach, unit)
    far_support = add_duration(ref, sign * support_amount.hi, unit)
    start = _unit_start(ref, unit)
    if ahead:  # the next whole units after the current one
        first = add_duration(start, 1, unit) if unit != "day" else ref + 1
        calendar = (first, add_duration(first, middle, unit) - 1)
        core = Interval(ref, math.floor(far_core))
        support = Interval(ref, max(math.floor(far_support), calendar[1]))
    else:  # the last whole units before the current one
        calendar = (add_duration(start, -middle, unit), start - 1)
        core = Interval(math.ceil(far_core), ref)
        support = Interval(min(math.ceil(far_support), calendar[0]), ref)
    return _value(text, core, support, length, ahead)


def _value(text: str, core: Interval, support: Interval, length: Value, ahead: bool) -> Value:
    value = date_value(text, core, support, timex=length.timex,
                       granularity=str(length.granularity or "day"), mod=length.mod,
                       steps=(*length.steps, f"{length.render()} {'from' if ahead else 'up to'} "
                              "the reference: the rolling window as core, the calendar's whole "
                              "units too in the support"))
    return replace(value, support=value.support.hull(value.core))
