"""A time counted forward from the moment of writing: "in 2 minutes", "in half an
hour", "two hours from now", and, in a sentence about the future, "in 7 days";
"after 2 hours" is any time from that point on (Duckling's `after <duration>`;
"within 90 days" stays the span: news writes it as a deadline another report gives
as "three months", and a date would not pair with that).

"In" before a duration is a point ahead of the reference in an assistant's or a
schedule's language ("the polls close in two hours") and a span looking back in a
news summary ("the biggest drop in two weeks"; TimeML annotates the duration). The
two differ in the unit: a wait of minutes or hours is a point (no news sums up
"the biggest rise in two hours"), days and longer stay durations unless the
sentence looks forward (`Context.future`). "From now" and "hence" always count
forward. The point is the reference moment plus the duration, end by end; when the
reference is only a day, every moment of that day is a start, so the reading is
as wide as the day plus the duration's slack.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from claimdiff.normalization._business_days import BUSINESS
from claimdiff.normalization._calendar import add_duration
from claimdiff.normalization._context import Context, date_value
from claimdiff.normalization._durations import amount_in_units
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["MARKS", "read_from_now", "reference_time", "unmarked"]

_IN = re.compile(r"in\s+(?P<span>\S.*)", re.IGNORECASE)
# "after 2 hours", "sometime after 3 days": the point "in" names, opened.
_OPENED = re.compile(r"(?:(?:any|some)\s*times?\s+)?after\s+(?P<span>\S.*)", re.IGNORECASE)
_RANGED = re.compile(r"\S\s*(?:-|–|\bto\b|\bor\b)\s*\S", re.IGNORECASE)
_FROM_NOW = re.compile(r"(?P<span>\S.*?)\s+(?:from\s+(?:right\s+)?now|hence)", re.IGNORECASE)
# A duration no longer than this many days is a wait, not a look back.
_WAIT = 1.0
_GRAINS = ("second", "minute", "hour")


# A wait written with a unit mark: "in 1h", "in 1/2 h", "in 15'" (minutes), 'in 30"'.
MARKS = re.compile(r"^(?P<n>\d+(?:[./]\d+)?)\s*(?P<mark>h|'|’|\"|”)$")
_HOURS_MINUTES = re.compile(r"^(?P<h>\d{1,2})\s*h\s*(?P<m>[0-5]\d)(?:\s*m(?:in)?)?$",
                            re.IGNORECASE)
_MARK_UNITS = {"h": "hours", "'": "minutes", "’": "minutes", '"': "seconds", "”": "seconds"}


def unmarked(m: re.Match[str]) -> str:
    """The unit mark written out: "15'" -> "15 minutes"."""
    return f"{m['n']} {_MARK_UNITS[m['mark']]}"


def reference_time(reference: object) -> float | None:
    """The reference's time of day as a fraction of the day, when it was given with one."""
    if isinstance(reference, str) and "T" in reference:
        try:
            reference = datetime.fromisoformat(reference.strip())
        except ValueError:
            return None
    if isinstance(reference, datetime):
        return (reference.hour * 3600 + reference.minute * 60 + reference.second) / 86400
    return None


def _is_time_span(value: Value) -> bool:
    return (value.kind is Kind.DURATION or value.kind is Kind.QUANTITY
            and value.dimension == "time") and math.isfinite(value.support.hi)


def _calendar_day(span: Value, reference: int) -> float | None:
    """The day a whole number of months or years after `reference`, for an unhedged count
    of months or years ("a month", "3 years"); `None` otherwise."""
    if span.kind is not Kind.DURATION or span.mod is not None \
            or not re.fullmatch(r"P\d+[MY]", span.timex or ""):
        return None
    core, _, unit = amount_in_units(span)
    n = round((core.lo + core.hi) / 2)
    if unit not in ("month", "year") or not math.isclose((core.lo + core.hi) / 2, n):
        return None
    return add_duration(float(reference), n, unit)


def read_from_now(text: str, ctx: Context, ref_time: float | None,
                  read: Callable[[str], Value | None]) -> Value | None:
    """`text` as a point counted forward from the reference, or `None`."""
    phrase = text.strip()
    if (opened := _OPENED.fullmatch(phrase)) is not None:
        return _opened(phrase, opened, ctx, ref_time, read)
    m = _FROM_NOW.fullmatch(phrase)
    counted = m is not None
    m = m or _IN.fullmatch(phrase)
    if m is None or ctx.reference is None or BUSINESS.search(m["span"]):
        return None
    # "in 1h30": hours and minutes written together.
    span_text = _HOURS_MINUTES.sub(r"\g<h> hours \g<m> minutes", m["span"])
    span = read(MARKS.sub(unmarked, span_text))
    if span is None or not _is_time_span(span):
        return None
    if span.support.hi > _WAIT and (not counted or ref_time is None) and ctx.future is not True:
        # "in two weeks": a span looking back, unless the sentence looks ahead; a range of
        # spans ("in 2-3 weeks"), which the grammar does not read after "in", is the span.
        return replace(span, text=phrase, steps=(
            "'in' before days or more, looking back: the span", *span.steps)) \
            if not counted and span.kind is Kind.DURATION and _RANGED.search(m["span"]) else None
    # Whole days count from the reference day ("in 7 days"); a span down to the hour
    # ("1 day 7 hrs from now") from the moment of writing, when it is known.
    by_day = span.support.hi > _WAIT and not (
        counted and ref_time is not None and span.granularity in ("hour", "minute", "second"))
    if by_day:
        start, end = float(ctx.reference), float(ctx.reference)
    elif ref_time is None:
        start, end = float(ctx.reference), ctx.reference + 1.0
    else:
        start = end = ctx.reference + ref_time
    core = Interval(start + span.core.lo, end + span.core.hi, span.core.lo_open,
                    span.core.hi_open or end > start)
    support = Interval(start + span.support.lo, end + span.support.hi, span.support.lo_open,
                       span.support.hi_open or end > start)
    if by_day and (day := _calendar_day(span, ctx.reference)) is not None:
        # "in a month", "a year from now": the same day of the month a whole number of
        # calendar units on, not a count of average days.
        core = Interval(day, day)
        support = support.hull(core)
    if by_day:
        grain = "day"
    elif span.granularity in _GRAINS:
        grain = str(span.granularity)
    else:  # a quantity of time ("a sec"): its granularity is a number of days
        grain = ("second" if span.support.hi < 1 / 1440
                 else "minute" if span.support.hi < 1 / 24 else "hour")
    when = "the reference day" if end > start or ref_time is None else "the reference moment"
    return date_value(phrase, core, support, timex=None, granularity=grain,
                      mod=span.mod, steps=(*span.steps,
                                           f"counted forward from {when}: {span.render()} later"))


def _opened(phrase: str, m: re.Match[str], ctx: Context, ref_time: float | None,
            read: Callable[[str], Value | None]) -> Value | None:
    """"after 2 hours": from the point "in 2 hours" on."""
    point = read_from_now(f"in {m['span']}", ctx, ref_time, read)
    if point is None or point.kind is not Kind.DATE or point.mod is not None:
        return None
    return replace(point, text=phrase, core=Interval(point.core.lo, math.inf),
                   support=Interval(point.support.lo, math.inf), mod="AFTER",
                   steps=(*point.steps, "after: from that point on"))
