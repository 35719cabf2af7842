"""Resolvers for the long periods: years, decades, centuries and the turn of a century.

Same contract as `_dates` (a match and the context in, a `Value` or `None` out); parts of
a period ("early 2024", "the late 1990s") are read by `_dates.apply_part`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimdiff.normalization._calendar import year_span, years_span
from claimdiff.normalization._context import Context, date_value, to_interval
from claimdiff.normalization._dates import apply_part, part_of, short_year, word
from claimdiff.normalization._temporal_en import (
    CENTURY_WORDS,
    DECADE_WORDS,
    ORDINAL_WORDS,
    TURN_UNITS,
)
from claimdiff.normalization._value import Value

__all__ = ["resolve_century", "resolve_decade", "resolve_turn", "resolve_year"]


def resolve_turn(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the turn of the century`: around the latest century boundary up to the
    reference year (a convention): core Y-1 .. Y+1, support Y-5 .. Y+5, APPROX."""
    size = TURN_UNITS[word(m, "turn") or ""]
    ref_year = date.fromordinal(ctx.ref(text)).year
    y = ref_year // size * size
    spread = 1 if size == 100 else 10
    return date_value(text, years_span(y - spread, y + spread),
                      years_span(y - 5 * spread, y + 5 * spread), timex=f"{y:04d}",
                      granularity="year", mod="APPROX",
                      steps=(f"the turn of the {word(m, 'turn')}: around {y}, the latest "
                             f"boundary up to {ref_year}",))


def resolve_year(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`2018`, `in 2018`, `early 2024`, `fiscal 2013`, `'58`."""
    if m["year"]:
        y = int(m["year"])
        steps = [f"year {y}"]
    else:
        steps = []
        y = short_year(int(m["yy"]), ctx, text, steps)
    return apply_part(text, year_span(y), part_of(m), timex=f"{y:04d}", granularity="year",
                      steps=steps)


def resolve_decade(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the 1990s`, `the '90s`, `the early 2000s`, `the nineties`, `the nineteen-eighties`."""
    if m["dec"]:
        start = int(m["dec"])
    elif m["cw"]:
        start = CENTURY_WORDS[word(m, "cw") or ""] + DECADE_WORDS[word(m, "decw") or ""]
    else:
        dd = int(m["dd"] or m["dd2"]) if m["dd"] or m["dd2"] \
            else DECADE_WORDS[word(m, "decw") or ""]
        ref_year = date.fromordinal(ctx.ref(text)).year
        start = max(c for c in (1900 + dd, 2000 + dd) if c <= ref_year) \
            if 1900 + dd <= ref_year else 1900 + dd
    value = apply_part(text, years_span(start, start + 9), part_of(m),
                       timex=f"{start // 10:03d}", granularity="decade",
                       steps=[f"decade {start}-{start + 9}"])
    if m["dec"] and start % 100 == 0 and part_of(m) is None:
        # "the 1800s" is as often the century as its first decade: the decade is what
        # is literally written (the core), the century the loosest fair reading.
        century = to_interval(years_span(start, start + 99))
        value = replace(value, support=value.support.hull(century),
                        steps=(*value.steps, f"or the century {start}-{start + 99}"))
    return value


def resolve_century(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the 20th century` -> `19` (1900-1999; support to 2000 for the strict reading)."""
    raw = (m["cen"] or "").lower()
    n = ORDINAL_WORDS.get(raw) or int(re.sub(r"\D", "", raw))
    first = (n - 1) * 100
    if first < 1:
        return None
    mod = part_of(m)
    steps = [f"century {n}: years {first}-{first + 99}"]
    if mod is not None:
        return apply_part(text, years_span(first, first + 99), mod,
                          timex=f"{n - 1:02d}", granularity="century", steps=steps)
    return date_value(text, years_span(first, first + 99), years_span(first, first + 100),
                      timex=f"{n - 1:02d}", granularity="century", steps=tuple(steps))
