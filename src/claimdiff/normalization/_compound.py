"""Phrases made of two or more readable parts joined by commas and "and".

* Bounds: "more than ten and at most twenty", "at most 100 and at least 20":
  each part is a bounded quantity of the same dimension; the phrase states the
  range where both hold, which is its core and its support.
* Compound durations: "1 year, 1 month and 21 days", "2 hours and 30 minutes":
  each part a plain duration; the phrase is their sum, every part but the last
  taken as exact (a finer part says the coarser ones are not rounded).

Every part must be read whole, or the phrase is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_compound"]

_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_BOUNDS = {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
_DATE_PART = re.compile(r"^P(?P<date>[^T]*)(?:T(?P<time>.*))?$")


def _parts(text: str) -> list[str]:
    return [p for p in _JOIN.split(text.strip()) if p]


def read_compound(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """The phrase read as joined bounds or a sum of durations, or `None`.

    `read` reads one part (`None` or an error when it cannot)."""
    parts = _parts(text)
    if len(parts) < 2:
        return None
    values = [read(p) for p in parts]
    if any(v is None for v in values):
        return None
    got = [v for v in values if v is not None]
    if all(v.kind is Kind.QUANTITY and v.mod in _BOUNDS for v in got) and len(got) == 2:
        return _both_bounds(text, got[0], got[1])
    if all(v.kind is Kind.DURATION and v.mod is None for v in got):
        return _sum(text, got)
    return None


def _both_bounds(text: str, a: Value, b: Value) -> Value | None:
    if (a.dimension, a.unit) != (b.dimension, b.unit):
        return None
    # Two bounds state a range outright: what both allow is the core and the support.
    both = a.support.intersection(b.support)
    if both is None:
        return None
    return replace(a, text=text, core=both, support=both, mod=None,
                   noun=a.noun or b.noun,
                   steps=(*a.steps, *b.steps,
                          f"'{a.text}' and '{b.text}': both hold, so the intersection"))


def _sum(text: str, values: list[Value]) -> Value:
    # The finer parts say the coarser ones are not rounded ("1 year and 21 days" is
    # not 0.5-1.5 years plus 21 days): every part but the last counts as exact.
    core, support = values[-1].core, values[-1].support
    for v in values[:-1]:
        exact = Interval.point((v.core.lo + v.core.hi) / 2)
        core, support = core + exact, support + exact
    dates: list[str] = []
    times: list[str] = []
    for v in values:
        m = _DATE_PART.match(v.timex or "")
        if m is None:
            dates, times = [], []
            break
        dates.append(m["date"])
        times.append(m["time"] or "")
    timex = None
    if dates:
        timex = "P" + "".join(dates) + ("T" + "".join(times) if any(times) else "")
    return replace(values[-1], text=text, core=core, support=support, timex=timex,
                   steps=(*[s for v in values for s in v.steps],
                          "the parts of a compound duration add up"))
