"""The nearest of a yearly date's occurrences to a day: "the closest Christmas to today",
"the second nearest Easter to June 1, 2020", "the nearest Halloween"; and of a weekday's:
"the closest Monday to October 5th", "the second nearest Friday to Christmas".

Each occurrence is the date read with a year (three years either side of the anchor's);
they are ranked by their distance from the anchor (the reference, unless `to ...` names
another day), ties to the earlier, and the nth nearest is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.normalization._context import date_value, iso
from claimdiff.normalization._temporal_en import WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_nearest"]

_RANKS = {"": 1, "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
          "fourth": 4, "4th": 4}
_NEAREST = re.compile(r"(?:the\s+)?(?:(?P<n>first|1st|second|2nd|third|3rd|fourth|4th)\s+)?"
                      r"(?:closest|nearest)\s+(?P<x>\S.*?)(?:\s+to\s+(?P<a>\S.*))?",
                      re.IGNORECASE)


def read_nearest(text: str, reference: int | None,
                 read: Callable[[str], Value | None]) -> Value | None:
    """"the closest Christmas to today": the occurrence nearest the anchor, or `None`."""
    m = _NEAREST.fullmatch(text.strip())
    if m is None or re.search(r"\d{4}", m["x"]):
        return None
    anchor = read(m["a"]) if m["a"] else None
    if m["a"] and (anchor is None or anchor.kind is not Kind.DATE):
        return None
    center = anchor.core.lo if anchor is not None else reference
    if center is None:
        return None
    n = _RANKS[(m["n"] or "").lower()]
    x = m["x"].lower()
    weekday = WEEKDAYS.get(x.removesuffix("s"), WEEKDAYS.get(x.rstrip(".") + "."))
    if weekday is not None:
        # That weekday's days around the anchor, nearest first, ties to the earlier.
        c = int(center)
        days = sorted((d for d in range(c - 7 * n - 7, c + 7 * n + 8)
                       if date.fromordinal(d).weekday() == weekday),
                      key=lambda d: (abs(d - c), d))
        return date_value(text.strip(), (days[n - 1], days[n - 1]), timex=iso(days[n - 1]),
                          granularity="day", steps=(
                              f"the {_nth(n)} nearest {m['x']} to "
                              f"{date.fromordinal(c).isoformat()}",))
    year = date.fromordinal(int(center)).year
    found = []
    for y in range(year - 3, year + 4):
        value = read(f"{m['x']} {y}")
        if value is None or value.kind is not Kind.DATE or value.sub_day:
            return None
        found.append((abs(value.core.lo - center), value.core.lo, value))
    found.sort(key=lambda t: (t[0], t[1]))
    chosen = found[n - 1][2]
    return replace(chosen, text=text.strip(), steps=(
        *chosen.steps, f"the {_nth(n)} nearest to {date.fromordinal(int(center)).isoformat()}"))


def _nth(n: int) -> str:
    return f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
