"""Dates that name their weekday, read only when the weekday falls on the date.

A date with its weekday after it or in parentheses ("June 3 (Monday)", "Jul 18, Fri"), and
a numeric date whose weekday picks its reading ("Tuesday 6/4": June 4 when that is a
Tuesday and 6 April is not; refused when both or neither reading falls on it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._period_names import MONTH_NAMES as _MONTH_NAMES
from claimdiff.normalization._period_names import WD as _WD
from claimdiff.normalization._period_names import WD_LAST as _WD_LAST
from claimdiff.normalization._period_parts import whole_days
from claimdiff.normalization._temporal_en import WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_weekday_checked"]

_I = re.IGNORECASE
# (A closing parenthesis at the end may have been cleaned off already.)
# (A weekday is a whole word: "the night of ..." holds no "th".)
_WD_FIRST = re.compile(rf"(?P<wd>{_WD})(?!\w)\.?,?\s*\(?(?P<d>[^()]*\d[^()]*?)\)?", _I)
_NUMERIC = re.compile(r"(?:on\s+)?(?P<a>\d{1,2})\s*(?P<s>[/.-])\s*(?P<b>\d{1,2})"
                      r"(?:(?P=s)(?P<y>\d{4}|\d{2}))?")


def _readings(d: str, ref: int | None) -> list[str]:
    """The date `d` as written, or both readings of an ambiguous numeric date."""
    m = _NUMERIC.fullmatch(d.strip())
    if m is None:
        return [d]
    a, b = int(m["a"]), int(m["b"])
    year = m["y"] or ""
    if len(year) == 2 and ref is not None:
        now = date.fromordinal(ref).year
        year = str(2000 + int(year) if 2000 + int(year) <= now + 10 else 1900 + int(year))
    tail = f", {year}" if year else ""
    out = []
    for month, day in ((a, b), (b, a)):
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(f"{_MONTH_NAMES[month - 1]} {day}{tail}")
    return list(dict.fromkeys(out))


def read_weekday_checked(phrase: str, ref: int | None,
                         read: Callable[[str], Value | None]) -> Value | None:
    """A date with its weekday before or after it, or in parentheses: "June 3 (Monday)",
    "Jul 18, Fri", "Tuesday 6/4". The weekday must fall on the date; it picks the reading
    of a numeric date that reads both day-month and month-day."""
    text = phrase.strip()
    m = _WD_FIRST.fullmatch(text) or _WD_LAST.fullmatch(text)
    if m is None:
        return None
    if re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?", m["d"].strip(), _I):
        return None  # "Monday the 1st": the weekday picks the month (`_shorthand.py`)
    wd = WEEKDAYS[m["wd"].lower()]
    found = []
    for reading in _readings(m["d"], ref):
        try:
            value = read(reading)
        except (NormalizationError, ValueError):
            continue
        days = whole_days(value) if value is not None and not value.sub_day else None
        if value is not None and value.sub_day and value.kind is Kind.DATE \
                and date.fromordinal(int(value.core.lo)).weekday() == wd:
            found.append(value)
        elif value is not None and days is not None and days[0] == days[1] \
                and date.fromordinal(days[0]).weekday() == wd:
            found.append(value)
    if len(found) != 1:
        return None
    value = found[0]
    return replace(value, text=text,
                   steps=(*value.steps, f"{m['wd']}: the weekday falls on it"))
