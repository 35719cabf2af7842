"""Two measurements set face to face in one dimension, as they are or by a second reading.

`bridge` (in `_bridge`) gives a value its second reading; here `facing` decides which
reading two measurements meet in ("for nine years" against "since 2017" as two lengths),
`bridge_candidates` finds the pairs of two dimensions a second reading joins, and the
guards keep two scales apart: a change's size against a multiple's level, a length up to
now against one running on from now, a level against a reference read back as a level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimdiff.measure._bridge import AMOUNT, FROM_NOW, SIZE, TERM, TO_NOW
from claimdiff.measure._model import Measurement
from claimdiff.measure._phrases import founded_thing
from claimdiff.measure._spans import RUNS_ON
from claimdiff.measure._what import dimension_of
from claimdiff.normalization import Interval, Kind, Value
from claimdiff.normalization._roles_change import LEVEL_AGAINST


def bridged(m: Measurement) -> Measurement | None:
    """`m` read in the dimension of its second reading, or `None` when it has none."""
    if m.bridge is None:
        return None
    dim = dimension_of(m.bridge)
    keep = dim in ("percent", "count") and m.dimension not in ("age", "date", "duration") \
        or bool(m.bridge.steps) and m.bridge.steps[-1] == AMOUNT
    # a state's end "due" in 2029 is planned, as any length running on from now is
    role = None if m.role == "target" and _ahead(m.bridge) else m.role
    return replace(m, dimension=dim, value=m.bridge, bridge=None, role=role,
                   measured=m.measured if keep else None,
                   measured_words=m.measured_words if keep else None,
                   classed=m.classed if keep else False, lasting=None)


def _ahead(v: Value | None) -> bool:
    """`v` is a length from the report's day to a date a state ends at."""
    return v is not None and bool(v.steps) and FROM_NOW in v.steps[-1]


def ends_alike(a: Measurement, b: Measurement) -> bool:
    """One is an agreed term ("a four-year term", "a 35-year concession") and the other the
    length up to the date a state ends at ("will serve until 2030"): both say when it ends."""
    return any(_ahead(x.value) and y.value is not None and bool(y.value.steps)
               and TERM in y.value.steps[-1] for x, y in ((a, b), (b, a)))


def facing(a: Measurement, b: Measurement) -> tuple[Measurement, Measurement] | None:
    """`a` and `b` read in one dimension: as they are, else one by its second reading."""
    if (levels := _levels(a, b)) is not None:
        return levels
    if (levels := _levels(b, a)) is not None:
        return levels[1], levels[0]
    if _sized_level(a, b) or _sized_level(b, a):
        return None
    if _dated_start(a) and _dated_start(b):  # "laid in 2009", "commissioned in 2019": two
        return bridged(a) or a, bridged(b) or b  # dates, told apart as any two dates are
    if a.dimension == b.dimension:
        return a, b
    if a.bridge is not None and dimension_of(a.bridge) == b.dimension:
        x, y = bridged(a) or a, b
    elif b.bridge is not None and dimension_of(b.bridge) == a.dimension:
        x, y = a, bridged(b) or b
    else:
        return None
    if _onward(x, y) or _onward(y, x):
        return None
    return x, y


def _dated_start(m: Measurement) -> bool:
    """`m` is a thing's age read from the year it began ("built in 1968"): a date as said."""
    return m.dimension == "age" and m.bridge is not None and m.bridge.kind is Kind.DATE \
        and founded_thing(m.value)


def _sized_level(size: Measurement, other: Measurement) -> bool:
    """`size` is a change's size ("40% above average" as 40%) and `other` a multiple read as
    the level it states ("1.4 times the average" as 140%): a rise of 40% is the level 140%,
    so the two figures are on two scales and never compared."""
    v, w = size.value, other.value
    if v is None or w is None or not v.steps or SIZE not in v.steps[-1]:
        return False
    return _MULTIPLE.search(w.text) is not None


def _levels(stated: Measurement, other: Measurement) -> tuple[Measurement, Measurement] | None:
    """`stated` a level against a reference read as a change's size ("62% of the average",
    38% below it) and `other` a level ("62%", "three times the average"): both as levels."""
    v, w = stated.value, other.value
    if v is None or w is None or other.dimension != "percent" or not v.steps \
            or SIZE not in v.steps[-1] or (w.steps and SIZE in w.steps[-1]):
        return None
    step = next((x for x in v.steps if LEVEL_AGAINST in x), None)
    if step is None:
        return None
    up = "a change up" in step

    def level(iv: Interval) -> Interval:
        return Interval(100 + iv.lo, 100 + iv.hi, iv.lo_open, iv.hi_open) if up else \
            Interval(100 - iv.hi, 100 - iv.lo, iv.hi_open, iv.lo_open)

    value = replace(v, core=level(v.core), support=level(v.support),
                    steps=(*v.steps, "the level it states"))
    return replace(stated, value=value), other


_MULTIPLE = re.compile(r"(?i)\b(?:times|twice|thrice)\b|fold\b")


def _onward(span: Measurement, other: Measurement) -> bool:
    """`span` lasts up to now and `other` is a length running on from now: "has coached the
    club since 2022" is no three-year ban, and "will run for three years" no state begun."""
    v = span.value
    return v is not None and bool(v.steps) and TO_NOW in v.steps[-1] and (
        bool(other.near & RUNS_ON) or other.modality is not None)


def bridge_candidates(ma: Sequence[Measurement],
                      mb: Sequence[Measurement]) -> list[tuple[int, int]]:
    """The pairs of `ma` and `mb` of two dimensions that one's second reading joins."""
    return sorted({*_joined(ma, mb), *((i, j) for j, i in _joined(mb, ma))})


def _joined(ms: Sequence[Measurement], others: Sequence[Measurement]) -> list[tuple[int, int]]:
    """The pairs (in `ms`, in `others`) that a second reading of the first joins: each is
    looked up among the others of its bridge's dimension, never scanned against them all."""
    by_dimension: dict[str, list[int]] = {}
    for j, m in enumerate(others):
        by_dimension.setdefault(m.dimension, []).append(j)
    return [(i, j) for i, m in enumerate(ms) if m.bridge is not None
            for j in by_dimension.get(dimension_of(m.bridge), ())
            if others[j].dimension != m.dimension]


__all__ = ["bridge_candidates", "bridged", "ends_alike", "facing"]
