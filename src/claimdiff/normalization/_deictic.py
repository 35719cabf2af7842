"""Resolvers for dates read from the reference: weekdays, `yesterday`,
`last week`, `this month`, `now`, `the past`.

Weekdays take the latest such day on or before the reference (news reports
the past; HeidelTime's news mode does the same for past-tense sentences);
`last`/`next` move strictly before/after it.
"""

from __future__ import annotations

import math
import re
from datetime import date

from claimdiff.normalization._calendar import (
    iso_week_label,
    month_span,
    months_span,
    week_span,
    year_span,
    years_span,
)
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._dates import apply_part, clock_timex, part_of, word
from claimdiff.normalization._durations import Amount, duration_value
from claimdiff.normalization._hedges import Hedge, hedge_interval
from claimdiff.normalization._interval import INF, Interval
from claimdiff.normalization._temporal_en import DEICTIC_DAYS, PARTS_OF_DAY, SHIFTS, WEEKDAYS
from claimdiff.normalization._value import Value


def resolve_weekday(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`on Wednesday`, `last Friday`, `Sunday night`."""
    ref = ctx.ref(text)
    wd = WEEKDAYS[word(m, "wd") or ""]
    shift = SHIFTS.get(word(m, "shift") or "", None)
    back = (date.fromordinal(ref).weekday() - wd) % 7
    if shift is None and ctx.future:
        day, why = ref + (wd - date.fromordinal(ref).weekday()) % 7, "future tense: the first from"
    elif shift is None or shift == 0 and back == 0:
        day, why = ref - back, "the latest such day on or before"
    elif shift < 0:
        day, why = ref - (back or 7), "the latest such day before"
    elif shift > 0:
        day, why = ref + ((wd - date.fromordinal(ref).weekday()) % 7 or 7), "the first after"
    elif week_span(ref)[0] + wd < ref and ctx.future:
        # "this Monday" said on a Tuesday about what is coming: the coming Monday.
        day, why = ref + (wd - date.fromordinal(ref).weekday()) % 7, "future tense: the first from"
    else:
        day = week_span(ref)[0] + wd
        why = "the one in the week of"
    timex = iso(day) + _pod(m)
    clock = m.group("clock") or m.group("clock0")
    if clock:
        timex = iso(day) + clock_timex(clock)
    steps = [f"weekday: {why} {iso(ref)}"]
    last = day
    if shift is None and ctx.future and back == 0:
        # "will meet on Tuesday" written on a Tuesday: today (news names today's weekday
        # too) or, as one who means today says "today", next week's.
        last = day + 7
        steps.append(f"named on its own weekday about what is coming: support to {iso(last)}")
    if shift is not None and shift > 0 and day <= week_span(ref)[1]:
        # "next Wednesday" said on a Tuesday is tomorrow, or the Wednesday of next week.
        last = day + 7
        steps.append(f"'next' may also mean the one of next week: support to {iso(last)}")
    return date_value(text, (day, day), (day, last), timex=timex, granularity="day",
                      steps=tuple(steps))


def _pod(m: re.Match[str]) -> str:
    key = word(m, "pod") or word(m, "pod2")
    return "T" + PARTS_OF_DAY[key] if key else ""


def resolve_deictic(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`yesterday`, `today`, `tomorrow`, `tonight`, `this morning`, `last night`."""
    ref = ctx.ref(text)
    key = word(m, "deictic")
    if key is not None:
        offset = DEICTIC_DAYS[key]
        pod = _pod(m) or ("TNI" if key == "tonight" else "")
    else:
        offset = -1 if word(m, "this") == "last" else 0
        pod = _pod(m)
    day = ref + offset
    return date_value(text, (day, day), timex=iso(day) + pod, granularity="day",
                      steps=(f"{offset:+d} days from {iso(ref)}",))


# A weekend is Saturday and Sunday; it starts on Friday evening for many (Duckling's
# reading), so its support holds the Friday.
FRIDAY_NIGHT = "Saturday and Sunday, the support from the Friday (its evening starts it)"
_SPAN_SHIFTS = {"next", "following", "coming", "past", "last", "previous"}


def resolve_relunit(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`last week`, `this month`, `next year`, `the end of the year`, `early this year`."""
    shift_word = word(m, "shift")
    mod = part_of(m)
    unit = (word(m, "unit") or "")
    if unit == "weekend" and shift_word is None and mod is None:
        # "the weekend", "over the weekend": the latest Saturday-Sunday begun by
        # the reference (news reports the past).
        ref = ctx.ref(text)
        saturday = ref - (date.fromordinal(ref).weekday() - 5) % 7
        return date_value(text, (saturday, saturday + 1), (saturday - 1, saturday + 1),
                          timex=iso_week_label(saturday) + "-WE", granularity="weekend",
                          steps=(f"the weekend: the latest begun by {iso(ref)}; {FRIDAY_NIGHT}",))
    if shift_word is None and mod is None:
        return None  # a bare "year" is a duration word, not a date
    if unit in ("decade", "century") and shift_word in _SPAN_SHIFTS and mod is None \
            and text.lower().startswith("the "):
        # "the next decade", "the past century": a span of that length from now
        # (TimeML reads it as a duration), not the calendar decade.
        amount = Amount(*hedge_interval(1, 1, Hedge.BARE), unit, 1, Hedge.BARE)
        return duration_value(text, [amount], [f"'{shift_word} {unit}': a span of one {unit}"])
    ref = ctx.ref(text)
    shift = SHIFTS.get(shift_word or "this", 0)
    r = date.fromordinal(ref)
    steps = [f"{shift_word or 'this'} {unit}: {shift:+d} from the {unit} of {iso(ref)}"]
    if unit == "week":
        span = week_span(ref + 7 * shift)
        return apply_part(text, span, mod, timex=iso_week_label(span[0]), granularity="week",
                          steps=steps)
    if unit == "weekend":
        monday = week_span(ref + 7 * shift)[0]
        if shift == 1 and r.weekday() < 5:
            # "next weekend" said on a weekday splits as "next Wednesday" does: the
            # coming one, or the one of next week; the core is the first after the
            # reference, the support reaches the other.
            return date_value(text, (monday - 2, monday - 1), (monday - 3, monday + 6),
                              timex=iso_week_label(monday - 7) + "-WE", granularity="weekend",
                              steps=(*steps, "said on a weekday: the coming weekend, or next "
                                     "week's (in the support)", FRIDAY_NIGHT))
        span = (monday + 5, monday + 6)
        return date_value(text, span, (monday + 4, monday + 6),
                          timex=iso_week_label(monday) + "-WE", granularity="weekend",
                          steps=(*steps, FRIDAY_NIGHT))
    if unit == "month":
        index = r.year * 12 + r.month - 1 + shift
        y, mo = divmod(index, 12)
        return apply_part(text, month_span(y, mo + 1), mod, timex=f"{y:04d}-{mo + 1:02d}",
                          granularity="month", steps=steps)
    if unit == "quarter":
        index = r.year * 4 + (r.month - 1) // 3 + shift
        y, q = divmod(index, 4)
        return date_value(text, months_span(y, 3 * q + 1, 3 * q + 3), timex=f"{y:04d}-Q{q + 1}",
                          granularity="quarter", steps=tuple(steps))
    if unit == "year":
        y = r.year + shift
        return apply_part(text, year_span(y), mod, timex=f"{y:04d}", granularity="year",
                          steps=steps)
    if unit == "decade":
        start = (r.year // 10 + shift) * 10
        return apply_part(text, years_span(start, start + 9), mod, timex=f"{start // 10:03d}",
                          granularity="decade", steps=steps)
    start = (r.year // 100 + shift) * 100
    return apply_part(text, years_span(start, start + 99), mod, timex=f"{start // 100:02d}",
                      granularity="century", steps=steps)


def resolve_present(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`now`, `currently`: the reference day, TIMEX3 `PRESENT_REF`."""
    ref = ctx.ref(text)
    return date_value(text, (ref, ref), timex="PRESENT_REF", granularity="day",
                      steps=(f"the present: the reference day {iso(ref)}",))


def resolve_pastref(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the past`, `recently`: any time before the reference, TIMEX3 `PAST_REF`."""
    ref = ctx.ref(text)
    return date_value(text, Interval(-INF, ref, hi_open=True), Interval(-INF, ref),
                      timex="PAST_REF", granularity="", steps=(f"before {iso(ref)}",))


def resolve_futureref(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the future`: any time after the reference, TIMEX3 `FUTURE_REF`."""
    ref = ctx.ref(text)
    return date_value(text, Interval(ref, math.inf, lo_open=True), Interval(ref, INF),
                      timex="FUTURE_REF", granularity="", steps=(f"after {iso(ref)}",))
