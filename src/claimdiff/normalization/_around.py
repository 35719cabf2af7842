"""An approximate date: "around 2015", "circa 1990", "about June 2020", "around Christmas",
"around the beginning of next week", "the end of around March".

The approximator on a date says the writer is not sure of it to its own precision,
as "about 40" is not sure to the unit: the core stays the date, and the support
widens by half its unit at each end (at least a day), the rule of a bare amount's
support (n ± u/2) applied to the written date. So "around 2015" holds July 2014 to
June 2016 and "around June 12" June 11 to 13. TIMEX3 `mod` APPROX; the value stays
the date's. A clock time has its own hedges (`_clock.py`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._calendar import DAYS_PER_UNIT
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_around"]

_AROUND = re.compile(r"(?:(?:at|in|on)\s+)?(?P<hedge>around|about|approximately|roughly|circa|"
                     r"c\.|ca\.|some\s*time\s+around|sometime\s+around)\s+(?P<rest>\S.*)",
                     re.IGNORECASE)


# "the beginning of around next week": the hedge inside a part's "of" is on the whole.
_INSIDE = re.compile(r"(?P<pre>\S.*?\bof)\s+(?P<hedge>around|about|approximately|roughly)\s+"
                     r"(?P<rest>\S.*)", re.IGNORECASE)
# A part of a period ("the beginning of next week", "late 2015") may be hedged too.
_PART_MODS = (None, "START", "MID", "END")


def read_around(text: str, whole: Callable[[str], Value | None]) -> Value | None:
    """The phrase as an approximator on a date, or `None`."""
    m = _AROUND.fullmatch(text.strip())
    if m is None and (m := _INSIDE.fullmatch(text.strip())) is not None:
        inner = whole(f"{m['pre']} {m['rest']}")
    elif m is not None:
        inner = whole(m["rest"])
    else:
        return None
    if (inner is None or inner.kind is not Kind.DATE or inner.sub_day
            or inner.mod not in _PART_MODS
            or not (math.isfinite(inner.core.lo) and math.isfinite(inner.core.hi))):
        return None
    unit = DAYS_PER_UNIT.get(inner.granularity or "day", inner.core.hi - inner.core.lo + 1) \
        if inner.mod is None else inner.core.hi - inner.core.lo + 1  # a part: its own length
    margin = max(1, math.ceil(unit / 2))
    support = Interval(inner.support.lo - margin, inner.support.hi + margin)
    return replace(inner, text=text.strip(), support=support, mod="APPROX", steps=(
        *inner.steps, f"{m['hedge'].lower()!r} on a date: the support widens by half its "
        f"unit, {margin} days, at each end"))
