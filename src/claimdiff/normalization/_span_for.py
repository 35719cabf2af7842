"""A start and a length: "4pm for 30 mins", "from 18th Dec for 10 days", "for two
hours from 9am", "for a week starting Monday".

The phrase is a span that begins with its start (a date or time, read whole) and
lasts its duration (read whole): the core runs from the start's first moment for
the duration's written amount; the support from the start's support to its latest
start plus the longest duration. Whole days count inclusively ("10 days from
December 18" is December 18-27), so the support reaches one day more, the reading
of those who count the last day too. TIMEX3 has no span value: the start's value
is kept, as for date ranges.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from claimdiff.normalization._calendar import add_duration
from claimdiff.normalization._context import date_value
from claimdiff.normalization._durations import amount_in_units
from claimdiff.normalization._from_now import MARKS as _MARKS
from claimdiff.normalization._from_now import unmarked as _unmarked
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_span_for"]

_FORMS = (
    re.compile(r"(?:from\s+|starting\s+(?:from\s+|at\s+|on\s+)?)?(?P<start>.+?)"
               r"\s*,?\s+for\s+(?:(?:the\s+)?next\s+)?(?P<length>.+)", re.IGNORECASE),
    re.compile(r"for\s+(?P<length>.+?)\s*,?\s+(?:starting\s+(?:from\s+|at\s+|on\s+)?|from\s+"
               r"|beginning\s+(?:on\s+|at\s+)?)(?P<start>.+)", re.IGNORECASE),
)


def read_span_for(text: str, whole: Callable[[str], Value | None]) -> Value | None:
    """The phrase as a start and a length, or `None`. `whole` reads a part whole."""
    if " for " not in f" {text.lower()} ":
        return None
    for form in _FORMS:
        m = form.fullmatch(text.strip())
        if m is None:
            continue
        start, length = whole(m["start"]), whole(_MARKS.sub(_unmarked, m["length"]))
        if (start is None or length is None or start.kind is not Kind.DATE
                or length.kind is not Kind.DURATION
                or not (math.isfinite(start.core.lo) and math.isfinite(length.support.hi))):
            continue
        return _span(text.strip(), start, length)
    return None


def _span(text: str, start: Value, length: Value) -> Value:
    core_amount, support_amount, unit = amount_in_units(length)
    middle = (core_amount.lo + core_amount.hi) / 2
    first = start.core.lo
    # A period ("March", "2020") starts at its first day; a day or a time may start
    # anywhere in its support ("4pm" is 3:45 to 4:15).
    one_day = start.sub_day or start.core.hi <= start.core.lo
    latest = start.support.hi if one_day else first
    if start.sub_day:  # fractional days, end-exclusive
        core = Interval(first, add_duration(first, middle, unit), hi_open=True)
        support = Interval(start.support.lo, add_duration(latest, support_amount.hi, unit),
                           hi_open=True)
    else:  # whole days, both ends inside
        core = Interval(first, math.ceil(add_duration(first, middle, unit)) - 1)
        support = Interval(start.support.lo,
                           math.floor(add_duration(latest, support_amount.hi, unit)))
    return date_value(text, core, support.hull(core), timex=start.timex,
                      granularity=start.granularity, steps=(
                          *start.steps, f"from {start.render()} for {length.render()}: "
                          "a span from the start for the length"))
