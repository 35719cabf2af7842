"""A range of two dates the grammar's range rule does not read: "from mid-April to June 12",
"between Christmas Eve and Boxing Day", each end any phrase the temporal reader reads."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._context import Context
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._range_ends import roll_end
from claimdiff.normalization._temporal_en import RANGE_LEADS, RANGE_LINKS
from claimdiff.normalization._value import Kind, Value

Reader = Callable[[str, Context], "Value | None"]
"""Reads one end of the range in a context (the temporal reader, one level deeper)."""

# The lead may be unsaid ("Christmas Eve to Boxing Day", Duckling's `<datetime> - <datetime>`);
# "and" links only after "between".
_RANGE_SPLIT = re.compile(
    rf"(?:(?P<lead>{'|'.join(RANGE_LEADS)})\s+)?(?P<rest>.+)", re.IGNORECASE)
_RANGE_LINK = re.compile(rf"\s+(?P<link>{'|'.join(RANGE_LINKS)})\s+", re.IGNORECASE)


_MAX_LINKS = 4


def any_range(text: str, ctx: Context, read: Reader) -> Value | None:
    """`from mid-April to June 12`: a range whose two ends are any readable dates
    (the grammar's range rule reads only days, months, seasons and years), each end read by
    `read` (the temporal reader one level deeper)."""
    m = _RANGE_SPLIT.fullmatch(text)
    if m is None:
        return None
    rest = m["rest"]
    # Each link tried reads both sides again: a few links, a range inside a range end
    # at most, or "between 2018 and between 2018 and ..." takes exponential time.
    for link in list(_RANGE_LINK.finditer(rest))[:_MAX_LINKS]:
        if (link["link"].lower() == "and") != ((m["lead"] or "").lower() == "between"):
            continue
        a = read(rest[:link.start()], ctx)
        b = read(rest[link.end():], ctx)
        if a is None or b is None or a.kind is not Kind.DATE or b.kind is not Kind.DATE:
            continue
        b = roll_end(a, b, rest[link.end():], lambda end: read(
            end, replace(ctx, future=True)))  # "Monday to Friday" on a Wednesday
        if b.core.hi < a.core.lo or b.core.hi == a.core.lo and (
                a.core.lo_open or b.core.hi_open):
            continue
        # Each end keeps its own edge: "to Wednesday morning" ends where the morning does.
        core = Interval(a.core.lo, b.core.hi, lo_open=a.core.lo_open, hi_open=b.core.hi_open)
        if not a.support.hull(b.support).contains(core):
            continue
        return replace(a, text=text, core=core,
                       support=a.support.hull(b.support), mod=None,
                       steps=(*a.steps, *b.steps,
                              f"a range from {a.render()} to {b.render()}"))
    return None


__all__ = ["Reader", "any_range"]
