"""Figures a report gives twice: a repeat pairs with its first mention's partner or none.

A headline's "Seventeen dead" and the text's "killing seventeen passengers" are one figure;
"today" and "this morning" in one report are one day told twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from claimdiff.measure._closeness import same_day
from claimdiff.measure._model import Measurement, MeasurementPair
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


def one_day_of(a: Measurement, b: Measurement) -> bool:
    """Two mentions of one report naming parts of one day: "yesterday morning" and "last
    night" (a night is the day of its evening), "on Sunday" and "after 7pm on Sunday"; or
    two that overlap ("at the weekend", "on Sunday")."""
    if same_day(a, b):
        return True
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is not Kind.DATE or vb.kind is not Kind.DATE:
        return False
    va, vb = va.on_timeline(), vb.on_timeline()
    return all(v.core.bounded and v.core.width < 1.5 for v in (va, vb)) \
        and math.floor(va.core.lo) == math.floor(vb.core.lo)


def days_told_twice(ma: Sequence[Measurement], mb: Sequence[Measurement],
                    scored: list[tuple[float, float, str, str, int, int, str]],
                    kept: list[MeasurementPair]) -> list[MeasurementPair]:
    """A day a report names twice ("yesterday morning", "last night") meets the other
    report's mention of that day in both mentions, also when the one mention was given to
    another day: a mention paired with no mention of its own day goes with the partner of
    its report's other mention of that day too (the pair scoring over the threshold)."""
    on_day = [p for p in kept if same_day(ma[p.a], mb[p.b])]
    if not on_day:
        return []
    by_a: dict[int, list[int]] = {}
    by_b: dict[int, list[int]] = {}
    for p in on_day:
        by_a.setdefault(p.a, []).append(p.b)
        by_b.setdefault(p.b, []).append(p.a)
    done = {(p.a, p.b) for p in kept}
    out: list[MeasurementPair] = []
    for _, neg, _, _, i, j, why in scored:
        if (i, j) in done or not same_day(ma[i], mb[j]):
            continue
        lent = (i not in by_a and any(k != i and one_day_of(ma[i], ma[k])
                                      for k in by_b.get(j, ()))) \
            or (j not in by_b and any(k != j and one_day_of(mb[k], mb[j])
                                      for k in by_a.get(i, ())))
        if lent:
            done.add((i, j))
            out.append(MeasurementPair(i, j, round(min(-neg, 1.0), 4), why))
    return out


__all__ = ["day_twins", "days_told_twice", "one_day", "one_day_of", "repeats"]
