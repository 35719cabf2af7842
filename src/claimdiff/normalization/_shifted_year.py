"""A yearly date placed a stretch of time from the reference: "Thanksgiving in 9
months", "Diwali in five years", "Christmas 2 years ago", "Easter a year from now".

The stretch moves the reference; the date is the one of the year that moved
reference falls in: "Thanksgiving in a year", read in February 2013, is
Thanksgiving 2014 (as "Thanksgiving next year" is), "Thanksgiving 3 months ago"
Thanksgiving 2012. A date on the wrong side of the reference ("Thanksgiving 3
months ago" read in June 2024: March 2024 falls in 2024, whose Thanksgiving is
still ahead) is the one a year further that way. Only a date that takes a year
("Thanksgiving", "June 12") is read so; the phrase with the year must read whole.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.normalization._calendar import add_duration
from claimdiff.normalization._durations import amount_in_units
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_shifted_year"]

_FORMS = re.compile(r"(?P<x>.+?)\s+(?:in\s+(?P<ahead>.+)|(?P<span>.+?)\s+(?P<dir>from\s+now|hence"
                    r"|ago|from\s+today))", re.IGNORECASE)


def read_shifted_year(text: str, reference: int | None,
                      whole: Callable[[str], Value | None]) -> Value | None:
    """The phrase as a yearly date a stretch from the reference, or `None`."""
    m = _FORMS.fullmatch(text.strip())
    if m is None or reference is None:
        return None
    length = whole(m["ahead"] or m["span"])
    if length is None or length.kind is not Kind.DURATION \
            or not math.isfinite(length.core.hi):
        return None
    core, _, unit = amount_in_units(length)
    sign = -1 if (m["dir"] or "").lower() == "ago" else 1
    moved = add_duration(float(reference), sign * (core.lo + core.hi) / 2, unit)
    year = date.fromordinal(int(moved)).year
    if re.search(r"\d{4}", m["x"]) or not 1 <= year <= 9999:
        return None  # the date has its year already
    value = whole(f"{m['x']} {year}")
    if value is None or value.kind is not Kind.DATE:
        return None
    # "ago" looks back and "in" ahead: a date on the wrong side of the reference is
    # the year's before (after) it ("Thanksgiving 3 months ago" read in June).
    if sign * (value.core.lo - reference) < 0 and 1 <= year + sign <= 9999:
        year += sign
        value = whole(f"{m['x']} {year}")
        if value is None or value.kind is not Kind.DATE:
            return None
    return replace(value, text=text.strip(), steps=(
        *value.steps, f"{length.render()} {'before' if sign < 0 else 'after'} the reference "
        f"falls in {year}: the one of {year}"))
