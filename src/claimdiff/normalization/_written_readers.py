"""Readers of written forms the temporal rules leave unread.

`read_counted_amounts` ("1 month 21 days ago", "2 years, 1 month and 21 days from now":
each amount counted on the calendar from the reference, the largest first),
`read_days_of_week` ("Friday to Sunday last week", "this week from Tue to Thur": those days
of the week named) and `read_clock_span` (a span between two clock times). The words they
share with the rewrites come from `_written_forms`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from claimdiff.normalization._calendar import add_duration
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value
from claimdiff.normalization._written_forms import CARDINAL as _CARDINAL
from claimdiff.normalization._written_forms import WD as _WD
from claimdiff.normalization._written_forms import WEEKDAY_FORMS as _WEEKDAY_FORMS
from claimdiff.normalization._written_forms import WEEKDAY_NAMES as _WEEKDAY_NAMES
from claimdiff.normalization._written_forms import said_number as _said_number

__all__ = ["read_clock_span", "read_counted_amounts", "read_days_of_week"]

_UNIT = r"(?P<u>years?|yrs?|months?|weeks?|days?)"
_AMOUNT = rf"(?P<n>\d{{1,3}}|an?|{_CARDINAL})\s+{_UNIT}"
_AMOUNT_RE = re.compile(_AMOUNT, re.IGNORECASE)
_UNIT_WORD = (r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|d|hours?|hrs?|h|minutes?|mins?|m"
              r"|seconds?|secs?|s)(?![a-z])")
_BARE_AMOUNT = rf"(?:\d{{1,3}}\s*|(?:an?|{_CARDINAL})\s+){_UNIT_WORD}"
_AMOUNT_RE = re.compile(rf"\b(?:(?P<n>\d{{1,3}})\s*|(?P<w>an?|{_CARDINAL})\s+)(?P<u>{_UNIT_WORD})",
                        re.IGNORECASE)
_COUNTED = re.compile(rf"(?P<amounts>{_BARE_AMOUNT}(?:(?:\s*,\s*|\s+)(?:and\s+)?{_BARE_AMOUNT})*)"
                      r"\s+(?P<way>ago|from\s+now|from\s+today|hence)", re.IGNORECASE)
_CALENDAR_UNITS = ("year", "month", "week", "day")
# The unit a written unit names ("mo" is a month, "m" a minute: it counts back from a moment).
_UNIT_NAMES = {"y": "year", "yr": "year", "mo": "month", "w": "week", "wk": "week", "d": "day",
               "h": "hour", "hr": "hour", "m": "minute", "min": "minute", "s": "second",
               "sec": "second"}
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}


def _unit_name(written: str) -> str:
    w = written.lower().rstrip("s") or "s"
    for full in ("year", "month", "week", "day", "hour", "minute", "second"):
        if w == full:
            return full
    return _UNIT_NAMES.get(w, _UNIT_NAMES.get(written.lower(), ""))


def read_counted_amounts(phrase: str, ctx: Context) -> Value | None:
    """"1 month 21 days ago", "2 years, 1 month and 21 days from now", "15 hours 29 min
    ago", "1d 21h 25m ago": the time that many calendar years, months, weeks and days,
    then hours, minutes and seconds, back or ahead of the reference (largest unit first,
    as a calendar counts: 23 November less a month is 23 October, less 21 days 2 October).
    Hours and shorter count from the moment of writing, or from any moment of the
    reference day when only the day is known."""
    m = _COUNTED.fullmatch(phrase.strip())
    if m is None or ctx.reference is None:
        return None
    parts = list(_AMOUNT_RE.finditer(m["amounts"]))
    if len(parts) == 1 and re.fullmatch(r"(?:year|month|week|day)s?", parts[0]["u"],
                                        re.IGNORECASE):
        return None  # "three months ago": the grammar's reading, with its looseness
    amounts: list[tuple[int, str]] = []
    for part in parts:
        said_n = part["n"] or part["w"]
        n = 1 if said_n.lower() in ("a", "an") else _said_number(said_n)
        unit = _unit_name(part["u"])
        if n is None or not unit:
            return None
        amounts.append((n, unit))
    order = [*_CALENDAR_UNITS, *_SECONDS]
    if len({u for _, u in amounts}) != len(amounts):
        return None  # "2 days 3 days ago" is no count
    sign = -1 if m["way"].lower() == "ago" else 1
    moved = float(ctx.reference) + (ctx.ref_time or 0.0)
    seconds = 0
    for n, unit in sorted(amounts, key=lambda a: order.index(a[1])):
        if unit in _SECONDS:
            seconds += n * _SECONDS[unit]
        else:
            moved = add_duration(moved, sign * n, unit)
    said = " ".join(f"{n} {u}{'s' if n > 1 else ''}" for n, u in amounts)
    steps = (f"{said} {m['way'].lower()} from {iso(ctx.reference)}",)
    if not seconds:
        day = int(moved)
        return date_value(phrase.strip(), (day, day), timex=iso(day), granularity="day",
                          steps=(f"{steps[0]}: {iso(day)}",))
    moved += sign * seconds / 86400
    finest = sorted(amounts, key=lambda a: order.index(a[1]))[-1][1]
    if ctx.ref_time is not None:
        return date_value(phrase.strip(), Interval(moved, moved), timex=None,
                          granularity=finest, steps=steps)
    return date_value(phrase.strip(), Interval(moved, moved + 1, hi_open=True), timex=None,
                      granularity=finest, steps=(*steps, "from any moment of that day"))


_DAYS_IN_WEEK = re.compile(
    rf"(?:(?P<w1>(?:the\s+)?(?:this|next|last|previous|coming|current)\s+week),?\s+)?"
    rf"(?:from\s+|between\s+)?(?P<a>{_WD})\.?\s*(?:-|–|to|till|til|until|through|and)\s*"
    rf"(?P<b>{_WD})\.?(?:,?\s+(?:of\s+)?(?P<w2>(?:the\s+)?(?:this|next|last|previous|coming|"
    rf"current)\s+week))?", re.IGNORECASE)


def read_days_of_week(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"Friday to Sunday last week", "this week from Tue to Thur", "next week between
    Wednesday and Friday": those days of the week `read` names."""
    m = _DAYS_IN_WEEK.fullmatch(phrase.strip())
    if m is None or bool(m["w1"]) == bool(m["w2"]):
        return None
    week = read(m["w1"] or m["w2"])
    if week is None or week.kind is not Kind.DATE or not all(
            map(math.isfinite, (week.core.lo, week.core.hi))):
        return None
    first, last = int(week.core.lo), int(week.core.hi)
    wd_a, wd_b = _WEEKDAY_FORMS[m["a"].lower()], _WEEKDAY_FORMS[m["b"].lower()]
    days = {date.fromordinal(d).weekday(): d for d in range(first, last + 1)}
    if wd_a not in days or wd_b not in days or days[wd_a] > days[wd_b]:
        return None
    a, b = days[wd_a], days[wd_b]
    return date_value(phrase.strip(), (a, b), timex=None, granularity="day",
                      steps=(*week.steps, f"{_WEEKDAY_NAMES[wd_a]} to {_WEEKDAY_NAMES[wd_b]} "
                             f"of {week.render()}: {iso(a)} to {iso(b)}"))


_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
_MERIDIEM = r"(?:[ap]\.?\s?m\.?)"
_CLOCK_SPAN = re.compile(rf"(?:from\s+|between\s+)?(?P<a>{_CLOCK}\s*{_MERIDIEM}|(?:[01]?\d|2[0-3]):"
                         rf"[0-5]\d)\s*(?:-|–|to|until|till|and)\s*(?P<b>{_CLOCK})\s*"
                         rf"(?P<bm>{_MERIDIEM})?", re.IGNORECASE)


def _minutes(clock: str, meridiem: str | None) -> int | None:
    h, _, mm = clock.replace(".", ":").partition(":")
    hour, minute = int(h), int(mm or 0)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
    return hour * 60 + minute


def read_clock_span(phrase: str, ctx: Context) -> Value | None:
    """A clock range whose end is past midnight or has no "am"/"pm" of its own: "11pm to
    3am", "10 p.m. to 2 a.m.", "22:00 - 02:00", "11pm-3" (the end is the first such hour
    after the start, on the reference day or the next)."""
    m = _CLOCK_SPAN.fullmatch(phrase.strip())
    if m is None or ctx.reference is None:
        return None
    a = re.fullmatch(rf"(?P<c>{_CLOCK})\s*(?P<m>{_MERIDIEM})?", m["a"], re.IGNORECASE)
    if a is None or (start := _minutes(a["c"], a["m"])) is None:
        return None
    end = _minutes(m["b"], m["bm"])
    if end is None:
        return None
    if m["bm"] or end >= 13 * 60 or ":" in m["a"] and not a["m"]:
        candidates = [end, end + 1440]  # its own half of the day, or a 24-hour clock
    else:
        candidates = [end + shift for shift in (0, 720, 1440, 2160)]
    after = [c for c in candidates if c > start]
    if not after:
        return None
    end = min(after)
    day = ctx.reference
    lo, hi = day + start / 1440, day + (end + 1) / 1440
    return date_value(phrase.strip(), Interval(lo, hi, hi_open=True), timex=None,
                      granularity="minute",
                      steps=(f"{m['a']} to {m['b']}{m['bm'] or ''}: {start // 60:02d}:"
                             f"{start % 60:02d} on {iso(day)} to {end % 1440 // 60:02d}:"
                             f"{end % 60:02d}" + (" the next day" if end >= 1440 else ""),))
