"""An unnamed day of a named period: "a January day", "that January day in 2011", "one
summer evening", "a day in March 2020".

The day is some day of the period, not named: the core is the whole period, at the
granularity of a day, and the TIMEX3 value is the period's with its day unknown
(`2011-01-XX`; `2011-01-XXTEV` for an evening), as TimeML writes an underspecified day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._temporal_en import MONTHS, SEASONS
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_day_in"]

_MON = "|".join(sorted((re.escape(m.rstrip(".")) for m in MONTHS if len(m) > 3), key=len,
                       reverse=True))
_SEASON = "|".join(sorted(SEASONS, key=len, reverse=True))
_YEAR = r"(?:,?\s+(?:in\s+|of\s+)?(?P<y>\d{4}))?"
_PART = {"day": "", "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_DAY_OF = re.compile(rf"(?:(?:a|an|one|that|this|some)\s+)?(?P<period>{_MON}|{_SEASON})\s+"
                     rf"(?P<part>day|morning|afternoon|evening|night){_YEAR}", re.IGNORECASE)
_DAY_IN = re.compile(rf"(?:a|one|some)\s+(?P<part>day|morning|afternoon|evening|night)\s+in\s+"
                     rf"(?P<period>(?:{_MON}|{_SEASON})){_YEAR}", re.IGNORECASE)


def read_day_in(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """"a January day": some day of January (placed as "January" is), or `None`."""
    m = _DAY_OF.fullmatch(text.strip()) or _DAY_IN.fullmatch(text.strip())
    if m is None:
        return None
    period = read(f"{m['period']} {m['y']}" if m["y"] else m["period"])
    if period is None or period.kind is not Kind.DATE or period.sub_day or period.mod \
            or not period.timex or period.core.hi <= period.core.lo:
        return None
    part = m["part"].lower()
    # A month's day is written `2011-01-XX` (and its part of the day after it); a
    # season's day has no TIMEX3 form finer than the season.
    timex = (f"{period.timex}-XX{_PART[part]}" if re.fullmatch(r"\d{4}-\d\d", period.timex)
             else period.timex)
    return replace(period, text=text.strip(), granularity="day", timex=timex, steps=(
        *period.steps, f"some {part} of it, which one unsaid"))
