"""How close two readings are, for pairing: on one time line, as figures, as days.

`closeness` is 1 for readings that overlap and less as they grow apart; `same_reading`
and `same_day` say two reports give one and the same figure or day; `apart` how many
times larger one quantity is than the other.
"""

from __future__ import annotations

import math
from dataclasses import replace

from claimdiff.measure._model import Measurement
from claimdiff.normalization import Interval, Kind, Value

DATE_DAYS = 7.0
"""Dates this many days apart are no longer close."""
CLOCK_MINUTES = 720.0
"""Times of day this many minutes apart, either way round the clock, are no longer close."""
_DAY_MINUTES = 1440.0


def mid(iv: Interval) -> float:
    if math.isinf(iv.lo):
        return iv.hi
    if math.isinf(iv.hi):
        return iv.lo
    return (iv.lo + iv.hi) / 2


def closeness(a: Measurement, b: Measurement) -> float:
    """1 when the readings overlap, less as they grow apart; 0 for open-ended readings."""
    va, vb = a.value, b.value
    if va is None or vb is None:
        return 0.0
    if va.kind is Kind.DATE:
        va, vb = _timeline(va, vb)
        # days: "since 2018" overlaps everything after it and says nothing about closeness
        if not (va.core.bounded and vb.core.bounded):
            return 0.0
        wide = max(va.core.width, vb.core.width)
        if wide > 62 and min(va.core.width, vb.core.width) > 62 and wide < 400:
            # two years ("in 2022", "three years ago") are close when they overlap; two
            # years apart are mostly two periods ("this year", "last year")
            return 1.0 if va.core.overlaps(vb.core) else 0.0
        if wide > 62:
            return 0.0
        return max(0.0, 1.0 - abs(mid(va.core) - mid(vb.core)) / DATE_DAYS)
    if _loose(va).overlaps(_loose(vb)) and (
            not (_open(va) or _open(vb)) or va.core.overlaps(vb.core)):
        # "at least 38" overlaps 112 too: open readings are as close as their cores
        return _against_spread(va, vb) if va.kind in (Kind.QUANTITY, Kind.DURATION) else 1.0
    if va.kind not in (Kind.QUANTITY, Kind.DURATION):
        return 0.0
    if va.dimension == "time of day":
        return _clock_closeness(va, vb)
    x, y = abs(mid(va.core)), abs(mid(vb.core))
    if not (math.isfinite(x) and math.isfinite(y)) or max(x, y) == 0:
        return 0.0
    return min(x, y) / max(x, y)


_TOLERANCE = math.log(1.25)
"""Figures within a quarter of each other count as fully close against a spread reading."""


def _against_spread(va: Value, vb: Value) -> float:
    """How close two overlapping readings are when one spreads over many figures ("hundreds",
    "for months", "dozens"): the mean closeness of the other's figure to every figure the
    spread one allows, each figure within a quarter counted fully. "HUNDREDS" allows 620 and
    allows 200 and 999 as much, so it is less close to 620 than "around 700" is; a reading
    around one figure ("about 2,300", "half") stays fully close to what it overlaps."""
    if va.dimension == "time of day" or not (va.core.bounded and vb.core.bounded) \
            or min(va.core.lo, vb.core.lo) <= 0:
        return 1.0  # a share of nothing, a temperature below zero: no ratios to take
    spread = [v for v in (va, vb) if _names_no_figure(v)]
    if not spread:
        for bound, other in ((va, vb), (vb, va)):
            if _ceiling(bound) and not _ceiling(other):
                # the other's highest figure under the ceiling: "from $85 to $450" reaches it
                below = math.log(bound.core.hi / min(other.core.hi, bound.core.hi))
                return 1.0 if below <= _TOLERANCE else math.exp(_TOLERANCE - below)
        return 1.0  # a figure, a bound or a range names the figures it allows
    wide, narrow = (va.core, vb.core) if spread[0] is va else (vb.core, va.core)
    if len(spread) == 2 and _spread(vb.core) > _spread(va.core):
        wide, narrow = narrow, wide
    span = _spread(wide)
    if span <= 0:
        return 1.0
    at = math.log(math.sqrt(narrow.lo * narrow.hi) / wide.lo)  # the other's figure
    if at < 0:
        inside = _close_within(span - at) - _close_within(-at)
    elif at > span:
        inside = _close_within(at) - _close_within(at - span)
    else:
        inside = _close_within(at) + _close_within(span - at)
    return min(1.0, inside / span)


def _ceiling(v: Value) -> bool:
    """A bound from above ("within a year", "under 50 per cent", "up to $450", "nearly a
    third"): it names its ceiling, and a figure far below it is no figure its writer named."""
    return v.mod in ("LESS_THAN", "EQUAL_OR_LESS")


def _names_no_figure(v: Value) -> bool:
    """A vague amount of no number ("hundreds of", "dozens", "for months", "hours"): unhedged,
    its support open above, since "hundreds" may be any number of hundreds."""
    return v.mod is None and v.core.bounded and not v.support.bounded


def _spread(iv: Interval) -> float:
    """How many times its smallest figure the largest is, on a log scale."""
    return math.log(iv.hi / iv.lo)


def _close_within(d: float) -> float:
    """The summed closeness of the figures up to `d` (on a log scale) away from one figure:
    full within the tolerance, falling as the ratio beyond it."""
    return min(d, _TOLERANCE) + max(0.0, 1.0 - math.exp(_TOLERANCE - d))


def _clock_closeness(va: Value, vb: Value) -> float:
    """Two times of day by the minutes between them round the clock: minutes after midnight
    start at an hour of no meaning, so "03:15" and "about 5am" are as close as "15:15" and
    "about 5pm", and "11.40pm" and "2.15am" closer than either pair."""
    x, y = mid(va.core), mid(vb.core)
    if not (math.isfinite(x) and math.isfinite(y)):
        return 0.0
    gap = abs(x - y) % _DAY_MINUTES
    return max(0.0, 1.0 - min(gap, _DAY_MINUTES - gap) / CLOCK_MINUTES)


def _open(v: Value) -> bool:
    """A reading whose support runs beyond its core to no end ("at least 38") or down to
    nothing ("under 50 per cent", "within 18 months"): as close as its core, not as all it
    allows (14 hours is "within 18 months", but no figure of it)."""
    return not v.support.bounded or v.support.lo <= 0 < v.core.lo


_LOOSE = 0.20
"""An approximated figure reaches this share of its size either way, for pairing."""


def _loose(v: Value) -> Interval:
    """The support, or for an approximated figure ("about 2,300") n +- 20 %, if wider.

    The figure's granularity narrows "about n" for the verdict (`_hedges.approx_slack`);
    which figures are compared is decided as loosely as ever, so a rephrased figure
    ("some 3,200") stays the partner a nearer figure of another thing does not take.
    """
    if v.mod != "APPROX" or v.kind not in (Kind.QUANTITY, Kind.DURATION) \
            or not v.core.bounded or (v.dimension or "").startswith("temperature"):
        return v.support
    n = mid(v.core)
    return v.support.hull(Interval.around(n, _LOOSE * abs(n)))


def _timeline(va: Value, vb: Value) -> tuple[Value, Value]:
    """Two dates on one time line: whole days as spans when either is a time of day."""
    if va.sub_day or vb.sub_day:
        return _on_its_day(va.on_timeline()), _on_its_day(vb.on_timeline())
    return va, vb


def _on_its_day(v: Value) -> Value:
    """A time before or after a clock time on a named day lies in that day: "before 11 a.m.
    on Tuesday" is Tuesday's first eleven hours, "after 5am on Thursday" the rest of it."""
    if v.granularity not in ("hour", "minute", "second"):
        return v
    core, support = _day_of(v.core), _day_of(v.support)
    if not (support.lo <= core.lo and core.hi <= support.hi):
        support = Interval(min(support.lo, core.lo), max(support.hi, core.hi))
    return replace(v, core=core, support=support)


def _day_of(iv: Interval) -> Interval:
    if math.isinf(iv.lo) and math.isfinite(iv.hi):
        start = math.ceil(iv.hi) - 1
        return Interval(start, iv.hi, hi_open=iv.hi_open) if start < iv.hi else iv
    if math.isinf(iv.hi) and math.isfinite(iv.lo):
        return Interval(iv.lo, math.floor(iv.lo) + 1, lo_open=iv.lo_open, hi_open=True)
    return iv


def same_reading(a: Measurement, b: Measurement) -> bool:
    """Both give one and the same figure ("$91.20", "£1.6bn" and "£1.6 billion"; "about $90m"
    and "$90 million", a hedge around one number): two reports rarely give one figure for
    two different things."""
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is Kind.DATE or not va.core.bounded \
            or not vb.core.bounded:
        return False
    if va.core == vb.core or (math.isclose(va.core.lo, vb.core.lo, rel_tol=1e-9)
                              and math.isclose(va.core.hi, vb.core.hi, rel_tol=1e-9)):
        return True  # "20 million litres" read in cubic metres is 20,000.000000000004
    if _narrow(va.core) and _narrow(vb.core) and math.isclose(
            mid(va.core), mid(vb.core), rel_tol=1e-9):
        return True  # "about $90m" and "$90 million": a hedge around one number
    # one figure in two units ("187 km", "116 miles"): both precise, overlapping
    return bool(va.unit) and va.unit == vb.unit and _precise(va) \
        and _precise(vb) and va.core.overlaps(vb.core)


def _narrow(iv: Interval) -> bool:
    """A reading around one number ("about $90m"), not a vague one ("several"); a bound, open
    at an end ("just over 40 per cent" is 40 to 50), only when it nearly names its figure
    ("more than 32 hours"): the middle of a wider one is no figure anyone said."""
    return iv.width <= (_BOUND if iv.lo_open or iv.hi_open else 0.25) * abs(mid(iv))


_BOUND = 0.1


def _precise(v: Value) -> bool:
    """A reading as narrow as a figure written to three digits or more: within 1% of its size."""
    size = abs(mid(v.core))
    return size > 0 and v.core.width <= _PRECISE * size


_PRECISE = 0.01


def same_day(a: Measurement, b: Measurement) -> bool:
    """Both name one and the same day: in two reports of one story, mostly one event's day."""
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is not Kind.DATE or vb.kind is not Kind.DATE:
        return False
    va, vb = _timeline(va, vb)
    return (va.core.bounded and vb.core.bounded and va.core.width < 1.5
            and vb.core.width < 1.5 and va.core.overlaps(vb.core))


def apart(a: Measurement, b: Measurement) -> float:
    """How many times larger one quantity is than the other (1 when not comparable so)."""
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is not Kind.QUANTITY or vb.kind is not Kind.QUANTITY \
            or va.dimension == "time of day":
        return 1.0  # "12:01 a.m." is no 360th of "6 a.m."
    x, y = abs(mid(va.core)), abs(mid(vb.core))
    if not (math.isfinite(x) and math.isfinite(y)) or min(x, y) == 0:
        return 1.0
    return max(x, y) / min(x, y)


def nearest_apart(a: Measurement, b: Measurement) -> float:
    """How many times larger one quantity is than the other at their nearest ends ("fewer
    than one in 20" reaches 5 %, 1.6 times below "8 per cent"); 1 when their cores meet or
    they are not comparable so (times of day, signs that differ, nothing read)."""
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is not Kind.QUANTITY or vb.kind is not Kind.QUANTITY \
            or va.dimension == "time of day" or va.core.overlaps(vb.core):
        return 1.0
    low, high = (va.core, vb.core) if va.core.hi < vb.core.lo else (vb.core, va.core)
    if low.hi <= 0 or not math.isfinite(high.lo):
        return 1.0
    return high.lo / low.hi


on_one_timeline = _timeline

__all__ = ["DATE_DAYS", "apart", "closeness", "mid", "nearest_apart", "on_one_timeline",
           "same_day", "same_reading"]
