"""Numeric dates: `25/06/2024`, `06/25/2024`, `2024/06/12`, `12.06.2024`.

Day-month-year and month-day-year are both in wide use, so a numeric date is
read only when one order is possible: a first or second number above 12 is
the day (`25/06/2024`, `06/25/2024`), equal numbers read the same either way
(`06/06/2024`), and a year written first is year-month-day. Anything else
(`12/06/2024`: 12 June or December 6) raises `NormalizationError` saying so;
it never guesses.
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._context import Context, date_value
from claimdiff.normalization._value import Value


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_numeric(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """A numeric date with one possible reading; raises for an ambiguous one."""
    if m["y0"]:
        day = _date(int(m["y0"]), int(m["m0"]), int(m["d0"]))
        why = "year first: year, month, day"
    else:
        a, b, y = int(m["n1"]), int(m["n2"]), int(m["ny"])
        dmy, mdy = _date(y, b, a), _date(y, a, b)
        if dmy is not None and mdy is not None and dmy != mdy:
            raise NormalizationError(
                f"{text!r} is ambiguous: day-month-year reads {dmy.isoformat()}, "
                f"month-day-year reads {mdy.isoformat()}; write the month in words or "
                "the date as YYYY-MM-DD", text=text)
        day = dmy or mdy
        why = ("day-month-year (the first number is above 12)" if day is dmy and a > 12 else
               "month-day-year (the second number is above 12)" if day is mdy and b > 12 else
               "day and month are equal: one reading")
    if day is None:
        return None
    n = day.toordinal()
    return date_value(text, (n, n), timex=day.isoformat(), granularity="day",
                      steps=(f"numeric date, {why}",))
