"""`compare_values`: two phrases or values, one verdict, one checkable sentence.

Cores overlap -> `agree`; only supports overlap -> `compatible` (the same fact
at different precision); supports disjoint -> `conflict`; different
dimensions (a date against a count, km against kg) -> `incomparable`. Every
test is an overlap test, so the verdict does not depend on the order.

Two scores ("7-2", "5-4 vote", `Value.sides`) compare side by side (`_score_sides`).

A set ("every month", `Kind.SET`) names no interval of time: it agrees with
the same set (the same TIMEX3 value) and is incomparable with anything else; two
sets in the duration form whose periods overlap ("every 15 minutes", "every quarter
of an hour", "six times a day") agree or are compatible; other sets are left to a
person ("every month" against "every Sunday", "every 15 minutes" against "every 30").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claimdiff.compare._score_sides import compare_sides, count_against_sides
from claimdiff.compare._stated_ends import compare_stated_ends
from claimdiff.compare._zones import in_utc, one_unzoned, zone_name
from claimdiff.normalization import Interval, Kind, Value, normalize
from claimdiff.normalization._api import DateLike
from claimdiff.normalization._sets import recurrence_key
from claimdiff.verdicts import Verdict

_NAMES = {"date": "date", "time": "duration", "count": "count", "score": "score"}


@dataclass(frozen=True)
class ValueComparison:
    """The verdict on two values, with a sentence a person can check."""

    verdict: Verdict
    explanation: str
    a: Value
    b: Value

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: verdict, explanation and both values."""
        return {"verdict": self.verdict.value, "explanation": self.explanation,
                "a": self.a.to_dict(), "b": self.b.to_dict()}


def _dimension(value: Value) -> str:
    if value.kind is Kind.DATE:
        return "date"
    if value.kind is Kind.DURATION:
        return "time"
    return value.dimension or "count"


def _describe(value: Value) -> str:
    dim = _dimension(value)
    name = _NAMES.get(dim, dim.split(":")[0])
    return f"a {name}" if name[0] not in "aeiou" else f"an {name}"


def _overlap(value: Value, interval: Interval) -> str:
    """An interval rendered in the terms of `value` (dates, units): the finer of the two
    values, so that a day against a time of day shows hours, not two rounded days."""
    return value.render(interval)


def _compare_sets(va: Value, vb: Value, ta: str, tb: str) -> ValueComparison:
    """A recurrence agrees only with the same recurrence, and conflicts with one of the
    same unit at another frequency; nothing else is compared."""
    periods = va.kind is vb.kind and all((v.timex or "").startswith("P") for v in (va, vb))
    if periods and _near(va.support, vb.support):
        # one period in other words ("every 15 minutes", "every quarter of an hour"); two
        # periods apart are a conflict only as the same recurrence (below): "every 15
        # minutes" against "every 30" is as often two services (peak, off-peak) as one
        return _compare_periods(va, vb, ta, tb)
    if va.kind is vb.kind and recurrence_key(va) == recurrence_key(vb):
        if va.core != vb.core:  # "twice a week" and "once a week" share TimeML's P1W
            return ValueComparison(Verdict.CONFLICT, f"{ta} recurs {va.render()} and {tb} "
                                   f"{vb.render()} ({va.timex}).", va, vb)
        return ValueComparison(Verdict.AGREE, f"{ta} and {tb} both recur {va.render()} "
                               f"({va.timex}).", va, vb)
    what = [f"{t} recurs {v.render()} ({v.timex})" if v.kind is Kind.SET
            else f"{t} is {_describe(v)}" for t, v in ((ta, va), (tb, vb))]
    return ValueComparison(Verdict.INCOMPARABLE,
                           f"{what[0]} and {what[1]}; a recurrence is compared only with "
                           "the same recurrence.", va, vb)


def _compare_periods(va: Value, vb: Value, ta: str, tb: str) -> ValueComparison:
    """Two recurrences each said by its length whose loosest periods overlap ("every 15
    minutes", "every quarter of an hour", "six times a day"): one period or near it."""
    ra, rb = va.render(), vb.render()
    if _near(va.core, vb.core):
        return ValueComparison(Verdict.AGREE, f"{ta} recurs {ra} and {tb} {rb}: one "
                               "period.", va, vb)
    return ValueComparison(Verdict.COMPATIBLE, f"{ta} recurs {ra} and {tb} {rb}; their "
                           "loosest periods overlap.", va, vb)


def _near(a: Interval, b: Interval) -> bool:
    """Two periods overlap, a point's rounding aside (4 hours and a sixth of a day)."""
    slack = 1e-9 * max(abs(a.hi), abs(b.hi), 1e-9)
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack


_UNIT_NAME = {"person": "people", "household": "households"}


def _measured_things(va: Value, vb: Value) -> tuple[str, str] | None:
    """The two measured things, when both values name one and they differ (dead, injured)."""
    from claimdiff.measure import count_unit, measured_class

    na, nb = _noun(va), _noun(vb)
    if not (na and nb):
        return None
    ua, ub = count_unit(na), count_unit(nb)
    if ua is not None and ub is not None and ua != ub:  # residents and families
        return f"{na} ({_UNIT_NAME[ua]})", f"{nb} ({_UNIT_NAME[ub]})"
    ca, cb = measured_class(na), measured_class(nb)
    if ca is None or cb is None or ca == cb:
        return None
    return (f"{na} ({ca})" if ca != na.lower() else na,
            f"{nb} ({cb})" if cb != nb.lower() else nb)


def _noun(v: Value) -> str | None:
    """The value's noun, or the last word of its phrase when the reading took that word as
    a direction ("2 loss" reads as a fall of 2) and it still names a measured thing."""
    if v.noun or not v.dimension.startswith("change"):
        return v.noun
    from claimdiff.measure import measured_class

    words = [w for w in v.text.split() if w.isalpha()]
    return words[-1] if words and measured_class(words[-1]) is not None else None


def _share_more_than_an_edge(a: Interval, b: Interval) -> bool:
    """Two loosest readings that meet only at an edge ("€2 million" up to 2.5 million, "€3m"
    from 2.5 million) are two rounded figures side by side, not one figure told loosely;
    a reading that is one point still meets an interval at its edge. Spans of time keep
    their edges: "four years" and "five years" both round four and a half."""
    common = a.intersection(b)
    return common is not None and (common.hi > common.lo or a.lo == a.hi or b.lo == b.hi)


def _at_the_half_step(fine: Value, rounded: Value) -> bool:
    """`fine`, a bare figure written finer than the bare round figure `rounded`, stands at
    or past the half step its rounding ends at ("£250,000" against "£200,000", which holds
    150,000 up to, not including, 250,000: 250,000 rounds up to 300,000). Only `fine`'s own
    slack reaches back into the round figure's, so the two are two figures."""
    if fine.mod or rounded.mod or not (fine.support.bounded and rounded.support.bounded):
        return False
    if fine.support.width >= rounded.support.width:
        return False
    said = (fine.core.lo + fine.core.hi) / 2
    return not rounded.support.lo <= said < rounded.support.hi


def compare_values(
    a: Value | str,
    b: Value | str,
    *,
    reference: DateLike = None,
    anchors: Mapping[str, Value | str] | None = None,
) -> ValueComparison:
    """Compare two values (or phrases, read with `normalize`).

    Raises `NormalizationError` when a phrase cannot be read.
    """
    va = a if isinstance(a, Value) else normalize(a, reference=reference, anchors=anchors)
    vb = b if isinstance(b, Value) else normalize(b, reference=reference, anchors=anchors)
    ta, tb = f'"{va.text}"', f'"{vb.text}"'
    if Kind.SET in (va.kind, vb.kind):
        return _compare_sets(va, vb, ta, tb)
    if _dimension(va) != _dimension(vb) or (va.unit or "") != (vb.unit or ""):
        what_a, what_b = _describe(va), _describe(vb)
        if what_a == what_b:
            what_a, what_b = f"{what_a} in {va.unit}", f"{what_b} in {vb.unit}"
        return ValueComparison(Verdict.INCOMPARABLE,
                               f"{ta} is {what_a} and {tb} is {what_b}; "
                               "they cannot be compared.", va, vb)
    if va.sides is not None and vb.sides is not None:  # two scores: side by side
        verdict, why = compare_sides(va.sides, vb.sides, ta, tb)
        return ValueComparison(verdict, why, va, vb)
    if va.sides is not None or vb.sides is not None:  # a score's side as a count
        verdict, why = count_against_sides(va, vb, ta, tb)
        return ValueComparison(verdict, why, va, vb)
    things = _measured_things(va, vb)
    if things is not None:
        return ValueComparison(Verdict.INCOMPARABLE,
                               f"{ta} counts {things[0]} and {tb} counts {things[1]}: "
                               "different measured things are never compared.", va, vb)
    ends = compare_stated_ends(va, vb, ta, tb)
    if ends is not None:
        return ValueComparison(ends[0], ends[1], va, vb)
    moved = in_utc(va, vb)
    va, vb = moved or (va, vb)
    if va.sub_day or vb.sub_day:  # a time of day against whole days: days are spans
        va, vb = va.on_timeline(), vb.on_timeline()
    ra, rb = va.render(), vb.render()
    nouns = ""
    if va.noun and vb.noun and va.noun.lower() != vb.noun.lower():
        nouns = f" (counting {va.noun} and {vb.noun} alike)"
    if moved:
        nouns += " (both moved to UTC)"
    common = va.core.intersection(vb.core)
    if common is not None:
        if va.core == vb.core:
            text = f"{ta} and {tb} both read as {ra}{nouns}."
        elif va.core.contains(vb.core):
            text = f"{ta} reads as {ra} and contains {rb}{nouns}."
        elif vb.core.contains(va.core):
            text = f"{tb} reads as {rb} and contains {ra}{nouns}."
        else:
            text = (f"{ta} reads as {ra} and {tb} as {rb}; they overlap on "
                    f"{_overlap(vb if vb.sub_day and not va.sub_day else va, common)}"
                    f"{nouns}.")
        return ValueComparison(Verdict.AGREE, text, va, vb)
    sa, sb = va.render(va.support), vb.render(vb.support)
    if va.support.overlaps(vb.support) if Kind.QUANTITY not in (va.kind, vb.kind) \
            else _share_more_than_an_edge(va.support, vb.support) and not (
                _at_the_half_step(va, vb) or _at_the_half_step(vb, va)):
        text = (f"{ta} reads as {ra} and {tb} as {rb}, which do not overlap; their loosest "
                f"readings ({sa} and {sb}) do, so they differ in precision{nouns}.")
        return ValueComparison(Verdict.COMPATIBLE, text, va, vb)
    if one_unzoned(va, vb):
        zoned, plain = (ta, tb) if va.zone is not None else (tb, ta)
        return ValueComparison(
            Verdict.INCOMPARABLE,
            f"{zoned} is written in {zone_name(va.zone if va.zone is not None else vb.zone or 0)}"
            f" and {plain} in its report's local time, which is not given: the two clocks "
            "may differ, so the times are not compared.", va, vb)
    text = (f"{ta} reads as {ra} and {tb} as {rb}; even their loosest readings, "
            f"{sa} and {sb}, do not overlap{nouns}.")
    return ValueComparison(Verdict.CONFLICT, text, va, vb)
