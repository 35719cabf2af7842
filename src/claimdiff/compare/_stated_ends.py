"""Two dates bounded on the same side state their ends: "until 2030" against "until 2032".

"Until 2030" reads as every day up to the end of 2030, and "until 2032" contains it, so
the overlap test of `compare_values` would call the two in agreement. But a report that
says a term runs "until 2030", a deal "since 2017" or a refund "by 30 November" states
that end as its fact, and another report's "until 2032", "since 2019" or "by 31 December"
is another end. So two dates open on the same side are compared by the ends they state,
each end read at the precision it was written in ("until June 2030" lies in "until 2030").
Only ends the calendar names are compared so: a weekday's week comes from its sentence's tense.
"""

from __future__ import annotations

import math
import re
from datetime import date

from claimdiff.normalization import Interval, Kind, Value
from claimdiff.normalization._calendar import Span, months_span, week_span, years_span
from claimdiff.verdicts import Verdict

__all__ = ["compare_stated_ends"]

_ENDING = frozenset({"BEFORE", "ON_OR_BEFORE"})
_STARTING = frozenset({"AFTER", "ON_OR_AFTER"})


# An end named by the calendar ("2030", "Nov. 30", "last March"); a weekday or "the weekend"
# is placed by the tense of its sentence, and a misplaced one must not become a conflict.
_CALENDAR = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
                       re.IGNORECASE)


# A time limit: "within 28 days" states the limit, as "until Nov. 30" states an end.
_WITHIN = re.compile(r"^\s*within\b", re.IGNORECASE)


def _side(value: Value) -> str | None:
    if value.kind is Kind.DURATION and value.mod == "EQUAL_OR_LESS" \
            and _WITHIN.match(value.text) and value.core.bounded:
        return "limit"
    if value.mod == "EQUAL_OR_LESS" and value.kind in (Kind.QUANTITY, Kind.DURATION) \
            and value.core.bounded and value.support.lo == 0 < value.core.lo:
        return "maximum"  # reaching down to nothing; a temperature reaches on below zero
    if value.kind is not Kind.DATE or value.sub_day or not _CALENDAR.search(value.text):
        return None
    if value.mod in _ENDING and math.isfinite(value.core.hi):
        return "end"
    if value.mod in _STARTING and math.isfinite(value.core.lo):
        return "start"
    return None


def _granule(day: float, granularity: str) -> Span:
    """The first and last ordinal days of the period of `granularity` holding `day`."""
    d = date.fromordinal(int(day))
    span = {"year": 1, "decade": 10, "century": 100}.get(granularity)
    if span is not None:
        first = d.year - d.year % span
        return years_span(first, min(first + span - 1, 9999))
    if granularity in ("month", "quarter"):
        months = 3 if granularity == "quarter" else 1
        m0 = d.month - (d.month - 1) % months
        return months_span(d.year, m0, m0 + months - 1)
    if granularity == "week":
        return week_span(int(day))
    return int(day), int(day)


def _stated_end(value: Value, side: str) -> Interval:
    """The days the value's stated end may fall on: its written period, widened to the
    support's end when the reading left two ("by Friday": this Friday or the next)."""
    if side == "limit":
        return value.core
    if side == "maximum":  # "up to 500": 400 … 500, and the rounding's reach above
        return Interval(value.core.lo, value.support.hi)
    if side == "end":
        lo, _ = _granule(value.core.hi, value.granularity)
        return Interval(min(lo, value.support.hi), value.support.hi)
    _, hi = _granule(value.core.lo, value.granularity)
    return Interval(value.support.lo, max(hi, value.support.lo))


def compare_stated_ends(va: Value, vb: Value, ta: str, tb: str) -> tuple[Verdict, str] | None:
    """The verdict on two dates open on the same side, by the ends they state; `None`
    when the two are not both such dates (the overlap test decides them)."""
    side = _side(va)
    if side is None or _side(vb) != side:
        return None
    ea, eb = _stated_end(va, side), _stated_end(vb, side)
    ra, rb = va.render(ea), vb.render(eb)
    article = "an" if side == "end" else "a"
    if ea.overlaps(eb):
        if ra == rb:
            return Verdict.AGREE, f"{ta} and {tb} state the same {side}, {ra}."
        sides = "maxima" if side == "maximum" else f"{side}s"
        return Verdict.AGREE, f"{ta} and {tb} state {sides} that meet ({ra} and {rb})."
    why = {"limit": "a time limit states its bound",
           "maximum": "each states the most there is"}.get(
               side, f"a date open on one side states its {side}")
    return Verdict.CONFLICT, (f"{ta} states {article} {side} in {ra} and {tb} one in {rb}: "
                              f"{why}, and these do not meet.")
