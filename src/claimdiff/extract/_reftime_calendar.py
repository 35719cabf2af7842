"""Calendar arithmetic of the reference-time rules (`_reftime`): days of a reference
time, periods moved by calendar units, TIMEX3 values of a grain."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimdiff.errors import ClaimdiffError
from claimdiff.extract import _reftime_en as en
from claimdiff.normalization import Value, normalize, period_timex

__all__ = ["DAYS", "day_of", "deictic_value", "first_day", "render", "shift", "short_year",
           "year_part"]

DAYS = {"day": 1, "morning": 1, "afternoon": 1, "evening": 1, "night": 1, "week": 7,
        "weekend": 7, "month": 30.44, "quarter": 91.31, "year": 365.25, "decade": 3652.5}
"""The length of a unit in days (on average, for units of the calendar)."""
_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}
_SHORT_YEAR = re.compile(r"'?(?P<yy>\d\d)")
_LONG_YEAR_BEFORE = re.compile(r"(?P<cc>1[0-9]|20)\d\d\s*[-–/]\s*$")


def first_day(ref: Value) -> date:
    """The first day of a reference time: its TIMEX3 day when it names one (a reading
    counted in days may start a fraction of a day early), else its core's first day."""
    if ref.timex and re.match(r"\d{4}-\d\d-\d\d", ref.timex):
        return date.fromisoformat(ref.timex[:10])
    return date.fromordinal(int(ref.core.lo))


def day_of(ref: Value) -> Value:
    """The day a reference time falls on (a time of day names its day)."""
    if ref.granularity == "day":
        return ref
    return normalize(first_day(ref).isoformat())


def shift(lo: float, hi: float, n: int, unit: str) -> tuple[float, float]:
    """An interval of days moved by `n` units (calendar months for months and longer)."""
    if unit in _MONTHS:
        months = n * _MONTHS[unit]
        return float(_add_months(int(lo), months, start=True)), \
            float(_add_months(int(hi), months, start=False))
    return lo + n * DAYS[unit], hi + n * DAYS[unit]


def _add_months(ordinal: int, months: int, *, start: bool) -> int:
    d = date.fromordinal(ordinal)
    y, m = divmod(d.month - 1 + months, 12)
    first = date(d.year + y, m + 1, 1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    last = (nxt - timedelta(days=1)).day
    day = min(d.day, last) if start or d.day < 28 else last
    return first.replace(day=day).toordinal()


def render(lo: float, g: str, like: str) -> str | None:
    """A TIMEX3 value of grain `g` for the period starting on day `lo` (a season keeps the
    season code of `like`, the reference's own value)."""
    if g == "season":
        return f"{date.fromordinal(int(lo)).year}{like[4:]}"
    return period_timex(int(lo), "day" if g == "time" else g)


def short_year(text: str, start: int, phrase: str) -> Value | None:
    """The second year of a pair written short ("the expedition of 1957-58"): the
    century of the first."""
    m = _SHORT_YEAR.fullmatch(phrase)
    before = _LONG_YEAR_BEFORE.search(text, max(0, start - 12), start) if m else None
    if m is None or before is None:
        return None
    first = int(text[before.start():before.start() + 4])
    year = int(before["cc"]) * 100 + int(m["yy"])
    year += 100 if year < first else 0
    value = normalize(str(year))
    return replace(value, text=phrase, steps=(f"the second year of a pair: {year}",
                                              *value.steps))


def deictic_value(phrase: str, day: date) -> Value | None:
    """`phrase` read as said on `day`; `None` when it cannot be read."""
    try:
        return normalize(phrase, reference=day)
    except (ClaimdiffError, ValueError, OverflowError):
        return None


_YEAR_GRAINS = re.compile(r"\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?")


def year_part(phrase: str, forward: bool, day: date, ref: Value | None) -> Value | None:
    """A part of a year that names its year first ("last year's second half", "this
    year's first quarter"), or a half with no year ("in the second half"): of the year
    of the reference time `ref` when that one is a year or a part of one, else of the
    year of writing `day`, the half begun by then in a sentence that looks back, the one
    not yet over in one that looks ahead."""
    if m := en.POSSESSIVE_PART.fullmatch(phrase):
        deictic = f"the {m['part']} of {m['owner']}"
    elif m := en.HALF.fullmatch(phrase):
        half = 1 if m["ord"].lower() == "first" else 2
        if ref is not None and ref.timex and _YEAR_GRAINS.fullmatch(ref.timex):
            year = int(ref.timex[:4])
        elif forward:
            year = day.year + (half == 1 and day.month > 6)
        else:
            year = day.year - (half == 2 and day.month < 7)
        deictic = f"the {m['ord']} half of {year}"
    else:
        return None
    value = deictic_value(deictic, day)
    return replace(value, text=phrase, steps=(f"read as {deictic!r}", *value.steps)) \
        if value is not None else None
