"""Parts of any period, and periods next to a date, read through the whole reader.

`read_period_part`: "the second half of the 20th century", "the first decade of the
century", "the third month of 2024", "the second week of next month", "the last year of
the decade": the period is read whole, then cut by calendar arithmetic (halves and
quarters in whole months when the period is whole months, in days otherwise; the n-th
week is days 7n-6 .. 7n of the period, as for a month; "last" counts from its end).

`read_neighbor`: "the day before June 3", "the week after Christmas 2023" (the seven days
next to it), "the weekend before Easter" (the nearest Saturday and Sunday wholly before
it), "the month before March 2024", "the year after 2019" (calendar units next to a
period named whole), "Christmas week" (the Monday-to-Sunday week holding the day), "Labor
Day weekend" (the weekend a Monday closes or a Thursday or Friday opens).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import month_span, span_timex
from claimdiff.normalization._context import date_value, iso
from claimdiff.normalization._temporal_en import WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_neighbor", "read_period_part", "whole_days"]

_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_I = re.IGNORECASE

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
             "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
             "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "last": -1, "final": -1,
             "penultimate": -2, "next to last": -2}
# Counted from the end: "the second last day", "the 3rd to last week" (Duckling's
# "<ordinal> last <cycle> of <time>").
_ORDINALS |= {f"{k}{to} last": -n for k, n in list(_ORDINALS.items()) if 1 < n <= 12
              for to in ("", " to")}
_ORD = "|".join(sorted((re.escape(o) for o in _ORDINALS), key=len, reverse=True))
_PART = re.compile(rf"(?:the\s+)?(?P<n>{_ORD})\s+(?P<u>half|quarter|decade|year|month|week|day)"
                   rf"\s+(?:of|in)\s+(?P<rest>\S.*)", _I)
# "the first night of Hanukkah", "the last evening of the festival month": a night of a period.
_NIGHT = re.compile(rf"(?:the\s+)?(?P<n>{_ORD})\s+(?P<u>night|evening)\s+(?:of|in)\s+"
                    rf"(?P<rest>\S.*)", _I)
# "the decade", "the month" after "of": the reference's, as "of the year" is.
_THE_UNIT = re.compile(r"^the\s+(?=(?:year|month|week|quarter|decade|century)$)", _I)


def _month_index(day: int) -> tuple[int, bool, bool]:
    """The day's month as `year * 12 + month - 1`, and whether the day starts / ends it."""
    d = date.fromordinal(day)
    first, last = month_span(d.year, d.month)
    return d.year * 12 + d.month - 1, day == first, day == last


def _months(first: int, last: int) -> tuple[int, int]:
    """The days of months `first` .. `last` (indices as `_month_index`)."""
    return (month_span(first // 12, first % 12 + 1)[0], month_span(last // 12, last % 12 + 1)[1])


def _cut(lo: int, hi: int, n: int, unit: str) -> tuple[int, int] | None:
    """The n-th `unit` (from the end when n < 0) of the days `lo` .. `hi`, or `None`."""
    start, whole_start, _ = _month_index(lo)
    end, _, whole_end = _month_index(hi)
    months = end - start + 1 if whole_start and whole_end else 0
    if unit in ("half", "quarter"):
        k = 2 if unit == "half" else 4
        i = n - 1 if n > 0 else k + n
        if not 0 <= i < k:
            return None
        if months and months % k == 0:
            size = months // k
            return _months(start + i * size, start + (i + 1) * size - 1)
        length = hi - lo + 1
        return lo + math.floor(length * i / k), lo + math.floor(length * (i + 1) / k) - 1
    if unit in ("year", "decade"):
        size = 12 if unit == "year" else 120
        if not months or months % size or months // size < abs(n) or start % 12:
            return None
        count = months // size
        i = n - 1 if n > 0 else count + n
        return _months(start + i * size, start + (i + 1) * size - 1)
    if unit == "month":
        if not months or months < abs(n) or months == 1:
            return None
        i = start + (n - 1 if n > 0 else months + n)
        return _months(i, i)
    size = 7 if unit == "week" else 1
    length = hi - lo + 1
    if length < size * abs(n) or length <= size:
        return None
    return (lo + size * (n - 1), lo + size * n - 1) if n > 0 else (
        hi + 1 + size * n, hi + size * (n + 1))


def read_period_part(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"the second half of the 20th century", "the third month of 2024": see the module."""
    m = _PART.fullmatch(phrase.strip())
    if m is None:
        return _night_of(phrase, read)
    period = read(_THE_UNIT.sub("this ", m["rest"].strip()))
    if period is None or period.kind is not Kind.DATE or period.sub_day or period.mod \
            or not (math.isfinite(period.core.lo) and math.isfinite(period.core.hi)) \
            or period.core.lo != int(period.core.lo) or period.core.hi != int(period.core.hi):
        return None
    n, unit = _ORDINALS[m["n"].lower()], m["u"].lower()
    span = _cut(int(period.core.lo), int(period.core.hi), n, unit)
    if span is None and unit == "day":
        raise _too_few(phrase, period)  # "the ninth day of Hanukkah": no rank of a day instead
    if span is None:
        return None
    return date_value(phrase.strip(), span, timex=span_timex(span),
                      granularity="day" if unit in ("day", "week") else "month",
                      steps=(*period.steps, f"its {m['n'].lower()} {unit}: {iso(span[0])} to "
                             f"{iso(span[1])}"))


def _too_few(phrase: str, period: Value) -> NormalizationError:
    """The refusal of a day or night a period does not have (never half-read as a rank)."""
    return NormalizationError(f"cannot read {phrase.strip()!r}: {period.text!r} has "
                              f"{int(period.core.hi - period.core.lo) + 1} days")


def _night_of(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"the first night of Hanukkah": the night (or evening) of the period's n-th day; of a
    holiday that begins at sundown (its eve in the support: Jewish, Islamic), the night
    before it, as the first night of Hanukkah is the eve of its first day."""
    m = _NIGHT.fullmatch(phrase.strip())
    if m is None:
        return None
    period = read(m["rest"].strip())
    days = whole_days(period)
    if period is None or days is None:
        return None
    n = _ORDINALS[m["n"].lower()]
    if abs(n) > days[1] - days[0] + 1:
        raise _too_few(phrase, period)
    day = days[0] + n - 1 if n > 0 else days[1] + n + 1
    if period.support.lo == days[0] - 1:  # the holiday's eve: its days begin at sundown
        day -= 1
    night = read(f"the {m['u'].lower()} of {iso(day)}")
    if night is None:
        return None
    return replace(night, text=phrase.strip(), steps=(
        *period.steps, f"its {m['n'].lower()} {m['u'].lower()}: that of {iso(day)}",
        *night.steps[-1:]))


_NEIGHBOR = re.compile(r"(?:the\s+)?(?P<u>day|week|weekend|month|year)\s+(?P<dir>before|after|"
                       r"preceding|following|prior\s+to)\s+(?P<rest>\S.*)", _I)
_COUNT_FIRST = re.compile(r"\s*(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|a\s+few|several|a\s+couple)\s*(?:-|–|to|or|and)\s",
                          _I)
# Not "Saturday from next week": a week named by "next", "last" is no day's week.
_OF_DAY = re.compile(r"(?:the\s+)?(?P<rest>\S.*?)(?<!\bnext)(?<!\blast)(?<!\bthis)(?<!\bcoming)"
                     r"(?<!\bpast)(?<!\bfollowing)(?<!\bprevious)\s+(?P<u>week|weekend)", _I)
_UNIT_GRAIN = {"month": "month", "year": "year"}


def whole_days(value: Value | None) -> tuple[int, int] | None:
    """The days a date covers (its core), or `None` for a time of day, an open or a hedged
    date."""
    if value is None or value.kind is not Kind.DATE or value.sub_day or value.mod \
            or not (math.isfinite(value.core.lo) and math.isfinite(value.core.hi)) \
            or value.core.lo != int(value.core.lo) or value.core.hi != int(value.core.hi):
        return None
    return int(value.core.lo), int(value.core.hi)


def _weekend_on_or_after(day: int) -> tuple[int, int]:
    sat = day + (5 - date.fromordinal(day).weekday()) % 7
    return sat, sat + 1


def read_neighbor(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"the day before June 3", "the week after Christmas", "the weekend before Easter",
    "the month before March 2024", "Christmas week", "Labor Day weekend"."""
    text = phrase.strip()
    if m := _NEIGHBOR.fullmatch(text):
        anchor = read(m["rest"])
        days = whole_days(anchor)
        if days is None or anchor is None:
            return None
        lo, hi = days
        unit, after = m["u"].lower(), m["dir"].lower() in ("after", "following")
        if unit == "day":
            span = (hi + 1, hi + 1) if after else (lo - 1, lo - 1)
        elif unit == "week":  # the seven days next to it
            span = (hi + 1, hi + 7) if after else (lo - 7, lo - 1)
        elif unit == "weekend":  # the nearest Saturday and Sunday wholly on that side
            if after:
                span = _weekend_on_or_after(hi + 1)
            else:
                sat = _weekend_on_or_after(lo - 7)[0]
                span = (sat, sat + 1) if sat + 1 < lo else (sat - 7, sat - 6)
        else:  # the calendar month or year before or after one that is named whole
            if anchor.granularity != _UNIT_GRAIN[unit]:
                return None
            first, last = date.fromordinal(lo), date.fromordinal(hi)
            if unit == "year":
                y = last.year + 1 if after else first.year - 1
                span = (date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
            else:
                i = last.year * 12 + last.month if after else first.year * 12 + first.month - 2
                span = _months(i, i)
        return date_value(text, span, timex=iso(span[0]) if span[0] == span[1] else None,
                          granularity="day", steps=(*anchor.steps, f"the {unit} "
                                                    f"{'after' if after else 'before'} it: "
                                                    f"{iso(span[0])} to {iso(span[1])}"))
    if m := _OF_DAY.fullmatch(text):
        if re.fullmatch(rf"(?:this|next|last|past|coming|previous|that|the|a|one|every|each|"
                        rf"any|same|following|(?:(?:this|next|last)\s+)?(?:{_WD})\.?|today|"
                        rf"tomorrow|yesterday|tonight)", m["rest"].strip(), _I):
            return None  # "Monday week", "tomorrow week": a week from that day (British)
        if _COUNT_FIRST.match(m["rest"]):
            return None  # "five to six week", "2-3 week": a count of weeks, no day's week
        anchor = read(m["rest"])
        days = whole_days(anchor)
        if days is None or anchor is None or days[0] != days[1]:
            return None
        day = days[0]
        if m["u"].lower() == "week":
            mon = day - date.fromordinal(day).weekday()
            span = (mon, mon + 6)
            support = span
        else:  # the weekend that holds it or that it opens or closes (a Friday, a Monday)
            wd = date.fromordinal(day).weekday()
            if wd in (0, 3, 4):  # a Monday ends it; a Thursday or Friday opens it
                sat = day - 2 if wd == 0 else day + 5 - wd
            elif wd in (5, 6):
                sat = day - (wd - 5)
            else:
                return None
            span = (min(day, sat), max(day, sat + 1))
            support = (sat - 1, sat + 2)
        return date_value(text, span, support, timex=None, granularity="day",
                          steps=(*anchor.steps, f"its {m['u'].lower()}: {iso(span[0])} to "
                                 f"{iso(span[1])}"))
    return None

