"""Figures a report gives twice, or again rounded: a repeat pairs with its first mention's
partner or none.

A headline's "Seventeen dead" and the text's "killing seventeen passengers" are one figure,
and so are "8,412,306 residents" and "a population of 8.4 million";
"today" and "this morning" in one report are one day told twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from claimdiff.measure._closeness import same_day
from claimdiff.measure._forward import roles_apart
from claimdiff.measure._holder import distinct_holders
from claimdiff.measure._lexicon_en import GENERIC, periods_differ
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
    things: dict[tuple[str, str, int], list[int]] = {}  # earlier figures, by thing and size
    for k, m in enumerate(ms):
        day = one_day(m)
        if m.value is not None and (m.classed and m.measured is not None or day is not None):
            at = first.setdefault(
                (m.dimension, m.measured, m.value.core if day is None else day), k)
            if at != k:
                (out if day is None else days)[k] = at
                continue
        size = _size(m)
        if day is None and size is not None:  # a figure said again rounded
            near = (j for step in (-1, 0, 1)
                    for j in things.get((m.dimension, m.measured or "", size + step), ()))
            said = next((j for j in sorted(near) if restated(ms[j], m)), None)
            if said is not None:
                out[k] = out.get(said, said)
            things.setdefault((m.dimension, m.measured or "", size), []).append(k)
    return out, days


def _size(m: Measurement) -> int | None:
    """A figure's size in steps of a tenth on a log scale (two readings one inside the other,
    each within a tenth of its figure, are at most a step apart); `None` for no figure."""
    v = m.value
    if m.measured is None or v is None or not v.core.bounded or v.core.lo <= 0:
        return None
    return math.floor(math.log((v.core.lo + v.core.hi) / 2) / _STEP)


_STEP = math.log(1.1)


def restated(first: Measurement, later: Measurement) -> bool:
    """`later` gives `first`'s figure again, rounded ("8,412,306 residents", "a population of
    8.4 million"): the same thing counted (one measured class, neither generic), one figure
    inside the other's reading, both readings around one figure, nothing telling them apart
    (a period, a role, a holder)."""
    va, vb = first.value, later.value
    if va is None or vb is None or first.dimension != later.dimension \
            or first.measured is None or first.measured != later.measured \
            or first.measured in GENERIC or not (first.classed or later.classed) \
            or va.kind is Kind.DATE or not (va.core.bounded and vb.core.bounded):
        return False
    if not (_around_one(va.core) and _around_one(vb.core)):
        return False
    inside = vb.core.contains(va.core) or va.core.contains(vb.core)
    return inside and not periods_differ(first.period, later.period) \
        and not roles_apart(first, later) and not distinct_holders(first.subject, later.subject)


def _around_one(iv: Interval) -> bool:
    """A reading around one figure (at most a tenth of it wide), not a vague amount."""
    size = abs(iv.lo + iv.hi) / 2
    return size > 0 and iv.width <= 0.1 * size


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


__all__ = ["day_twins", "days_told_twice", "one_day", "one_day_of", "repeats", "restated"]
