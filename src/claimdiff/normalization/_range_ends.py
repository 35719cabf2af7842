"""The end of a range read before its start, rolled forward to where the writer means it.

"Monday to Friday" read on a Wednesday: each weekday alone is the last one, so the end
falls before the start; the end is the Friday after the start. So too with a time of
day on each weekday ("from Monday 9am to Wednesday 5pm", "Tuesday 3pm to Thursday
noon"), and a clock time alone after a time of day is the next one after the start
("from 8pm tonight until 2am", "from midnight to 6am": the night's); a period named
without its year is the next one after the start ("from Q1 to Q3", "from October to
March").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Value

__all__ = ["roll_end"]

_WEEKDAY_END = re.compile(r"^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+(?:at\s+)?\S+"
                          r"(?:\s*[ap]\.?m\.?)?)?\s*$", re.IGNORECASE)
_CLOCK_END = re.compile(r"^\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|h)|\d{1,2}:\d\d|noon|"
                        r"midnight|midday)\s*$", re.IGNORECASE)


def _shifted(value: Value, days: int) -> Value:
    by = Interval.point(days)
    return replace(value, core=value.core + by, support=value.support + by)


def roll_end(start: Value, end: Value, end_text: str,
             read_forward: Callable[[str], Value | None]) -> Value:
    """`end` moved a week (a weekday) or a day (a clock time alone) when it falls before
    `start` and the move puts it after; a period without its year read forward ("from Q1
    to Q3", "from October to March"); otherwise `end` as read."""
    if end.core.hi > start.core.lo:
        return end
    if end.core.hi - end.core.lo > 1:
        ahead = read_forward(end_text)
        return ahead if ahead is not None and ahead.core.lo > start.core.hi \
            and ahead.core.lo - start.core.hi < 366 else end
    gap = start.core.lo - end.core.hi
    if gap < 7 and _WEEKDAY_END.match(end_text):
        return _shifted(end, 7)
    # A night's span, not a day less two hours ("from 3pm to 1pm" is no range).
    if gap < 1 and end.sub_day and _CLOCK_END.match(end_text) \
            and end.core.hi + 1 - start.core.lo <= 0.5:
        return _shifted(end, 1)
    return end
