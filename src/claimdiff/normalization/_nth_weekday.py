"""A weekday counted from a date: "the Monday after Easter", "the third Tuesday after
Christmas 2014", "the last Friday before the election", "2nd Sunday after June 3".

The date is read whole; its days are counted strictly after its end (or before its
start), and the n-th such weekday is the value. A date known to a day gives one day;
a fuzzy one (its support wider than its core) gives the days its core and its support
lead to, the core's reading as core.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from claimdiff.normalization._context import date_value, iso
from claimdiff.normalization._temporal_en import WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_nth_weekday"]

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "next": 1, "last": 1}
_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_PHRASE = re.compile(rf"(?:the\s+)?(?:(?P<n>{'|'.join(_NTH)})\s+)?(?P<wd>{_WD})\s+"
                     rf"(?P<dir>after|before|following|preceding)\s+(?P<x>\S.*)", re.IGNORECASE)


def _count(edge: int, weekday: int, n: int, sign: int) -> int:
    """The n-th `weekday` strictly after (sign +1) or before (-1) the day `edge`."""
    step = (weekday - date.fromordinal(edge).weekday()) * sign % 7 or 7
    return edge + sign * (step + 7 * (n - 1))


def read_nth_weekday(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """The phrase as the n-th weekday after or before a date, or `None`."""
    m = _PHRASE.fullmatch(text.strip())
    if m is None or m["x"].strip().lower() in ("next", "last", "this"):
        return None  # "Friday after next": `_shorthand.py`
    word = (m["n"] or "first").lower()
    sign = 1 if m["dir"].lower() in ("after", "following") else -1
    if (word == "last" and sign > 0) or (word == "next" and sign < 0):
        return None  # "the last Friday after X" says nothing
    anchor = read(m["x"])
    if anchor is None or anchor.kind is not Kind.DATE or anchor.sub_day or not all(
            math.isfinite(x) for x in (anchor.core.lo, anchor.core.hi, anchor.support.lo,
                                       anchor.support.hi)):
        return None
    n, weekday = _NTH[word], WEEKDAYS[m["wd"].lower()]
    # A day-grid interval [lo, hi] holds the days ceil(lo) .. floor(hi): count from its
    # last day (after) or its first (before), in the core and in the support.
    if sign > 0:
        core_edge, loose_edge = math.floor(anchor.core.hi), math.floor(anchor.support.hi)
    else:
        core_edge, loose_edge = math.ceil(anchor.core.lo), math.ceil(anchor.support.lo)
    day, loose = _count(core_edge, weekday, n, sign), _count(loose_edge, weekday, n, sign)
    return date_value(text.strip(), (day, day), (min(day, loose), max(day, loose)), timex=iso(day),
                      granularity="day", steps=(
                          *anchor.steps, f"weekday {n} of its name {m['dir'].lower()} "
                          f"{anchor.render()}: {iso(day)}"))
