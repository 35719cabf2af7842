"""A clock time restated in another zone: "3 p.m. (1400 GMT)", "11:30 IST (06:00 GMT)".

The two must name one moment (they differ by a zone's offset, whole quarter hours), or the
phrase is not read. The restatement says the report's own zone when the first time has
none written, and which half of the day a time without a.m. or p.m. is in.
"""

from __future__ import annotations

import math
from dataclasses import replace

from claimdiff.normalization._clock_parse import DAY, parse_clock, timex_of
from claimdiff.normalization._context import Context, iso
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Value

__all__ = ["restated"]

_BOTH = "no a.m. or p.m.: both readings"


def restated(text: str, value: Value, first: str, second: str, ctx: Context) -> Value | None:
    """`value`, the reading of `first`, restated as `second`; `None` when the two disagree."""
    other = parse_clock(second)
    if other is None or other.zone is None or len(other.minutes) != 1:
        return None
    own = parse_clock(first)
    if _BOTH in value.steps:
        if own is None or own.zone is None or ctx.utc_offset is not None:
            return None  # two readings the restatement cannot choose between here
        same = [t for t in own.minutes
                if (t - own.zone - other.minutes[0] + other.zone) % DAY == 0]
        if len(same) != 1:
            return None
        value = _at(value, same[0])
    written = round((value.core.lo % 1) * DAY)
    if (written - other.minutes[0]) % 15:
        return None
    # The two say the report's own zone: "3 p.m. (1400 GMT)" is written in UTC+1.
    zone = round(written - other.minutes[0] + other.zone + DAY // 2) % DAY - DAY // 2
    if own is not None and own.zone is not None and ctx.utc_offset is None and own.zone != zone:
        return None  # "4.30 pm IST (1200 GMT)": two different moments
    return replace(value, text=text.strip(), zone=value.zone if ctx.utc_offset is not None
                   else zone, steps=(
        *value.steps, f"restated as {second.strip()!r}: the same moment in another zone"))


def _at(value: Value, minutes: float) -> Value:
    """The one reading, at `minutes` of the value's day, of a time read both ways."""
    day = math.floor(value.core.lo)
    point = Interval(day + minutes / DAY, day + (minutes + 1) / DAY, hi_open=True)
    return replace(value, core=point, support=point, timex=iso(day) + timex_of(minutes, False),
                   steps=tuple(s for s in value.steps if s != _BOTH))
