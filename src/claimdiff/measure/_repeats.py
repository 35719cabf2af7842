"""Figures a report gives twice: a repeat pairs with its first mention's partner or none.

A headline's "Seventeen dead" and the text's "killing seventeen passengers" are one figure;
"today" and "this morning" in one report are one day told twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from claimdiff.measure._model import Measurement
from claimdiff.normalization import Interval, Kind


def repeats(ms: Sequence[Measurement]) -> tuple[dict[int, int], dict[int, int]]:
    """Measurements repeating an earlier one of their source (the same measured thing, the
    same reading: a headline's "Seventeen dead" and the text's "seventeen passengers" killed),
    each with the index of the first: a repeat is no figure of its own to pair. Second, days
    named again ("yesterday", "early on Sunday"): maybe one event's day told twice, maybe two
    events of one day, so such a repeat pairs on its own, and when it finds no partner, with
    its first mention's."""
    first: dict[tuple[str, str | None, Interval | int], int] = {}
    out: dict[int, int] = {}
    days: dict[int, int] = {}
    for k, m in enumerate(ms):
        day = one_day(m)
        if m.value is None or not (m.classed and m.measured is not None or day is not None):
            continue
        at = first.setdefault((m.dimension, m.measured, m.value.core if day is None else day), k)
        if at != k:
            (out if day is None else days)[k] = at
    return out, days



def one_day(m: Measurement) -> int | None:
    """The day a date names, when it names one day or a part of one ("on Tuesday", "this
    morning", "last night"): "today" and "this morning" in one report are one day told twice."""
    v = m.value
    if v is None or v.kind is not Kind.DATE or not v.core.bounded or v.core.width >= 1.5:
        return None
    if v.core.width >= 1 and v.support != v.core:
        return None
    day = math.floor(v.core.lo)
    return day if v.core.hi <= day + 1 + 1e-9 or v.core.width >= 1 else None



def day_twins(days: dict[int, int], taken: dict[int, int]) -> dict[int, int]:
    """Of a day told twice in one report, the mention left unpaired goes with the partner
    of the one paired, the first or the repeat alike."""
    out: dict[int, int] = {}
    for k, at in days.items():
        if k not in taken:
            out[k] = at
        elif at not in taken:
            out[at] = k
    return out


__all__ = ["day_twins", "one_day", "repeats"]
