"""Hypothesis properties: interval algebra, core inside support, symmetry, monotone anchors."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.compare import compare_values
from claimdiff.normalization import Interval, normalize
from claimdiff.normalization._calendar import add_months

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(finite), draw(finite)))
    if a == b:
        return Interval.point(a)
    return Interval(a, b, draw(st.booleans()), draw(st.booleans()))


@given(intervals(), intervals())
def test_intersection_commutes_and_lies_in_both(x: Interval, y: Interval) -> None:
    both = x.intersection(y)
    assert both == y.intersection(x)
    if both is not None:
        assert x.contains(both) and y.contains(both)
    assert x.overlaps(y) == (both is not None) == y.overlaps(x)


@given(intervals(), intervals())
def test_hull_holds_both(x: Interval, y: Interval) -> None:
    hull = x.hull(y)
    assert hull == y.hull(x)
    assert hull.contains(x) and hull.contains(y)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
hedges = st.sampled_from(["", "about ", "almost ", "more than ", "at least ", "less than ",
                          "up to ", "nearly ", "exactly "])
units = st.sampled_from(["days", "weeks", "months", "years", "decades"])
parts = st.sampled_from(["", "early ", "mid-", "late ", "the end of ", "the beginning of "])


@st.composite
def phrases(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["day", "month", "year", "duration", "relative", "season",
                                 "range", "set"]))
    d = draw(days)
    duration = f"{draw(hedges)}{draw(st.integers(1, 40))} {draw(units)}"
    if kind == "day":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if kind == "month":
        return f"{draw(parts)}{MONTHS[d.month - 1]} {d.year}"
    if kind == "year":
        return f"{draw(parts)}{d.year}"
    if kind == "season":
        return f"{draw(st.sampled_from(['', 'early ', 'late ']))}" \
               f"{draw(st.sampled_from(['spring', 'summer', 'fall', 'winter']))} {d.year}"
    if kind == "duration":
        return duration
    if kind == "range":
        # years are read up to 2099
        later = min(d + timedelta(days=draw(st.integers(0, 4000))), date(2098, 12, 31))
        return draw(st.sampled_from([
            f"from {d.year} to {later.year + 1}", f"between {d.year} and {later.year + 1}",
            f"{MONTHS[d.month - 1]} {d.year}–{MONTHS[later.month - 1]} {later.year}",
            f"from {MONTHS[d.month - 1]} {d.day}, {d.year} to {later.isoformat()}"]))
    if kind == "set":
        return f"every {draw(st.sampled_from(['', 'other ', 'two ']))}" \
               f"{draw(st.sampled_from(['day', 'week', 'month', 'year']))}"
    return f"{duration} {draw(st.sampled_from(['after', 'before']))} " \
           f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


@settings(max_examples=300, deadline=None)
@given(phrases(), days)
def test_core_inside_support(phrase: str, reference: date) -> None:
    value = normalize(phrase, reference=reference)
    assert value.support.contains(value.core)


@settings(max_examples=200, deadline=None)
@given(phrases(), phrases())
def test_compare_is_symmetric(a: str, b: str) -> None:
    assert compare_values(a, b).verdict is compare_values(b, a).verdict


@settings(max_examples=200, deadline=None)
@given(days, st.integers(1, 28), st.integers(0, 11))
def test_a_range_holds_both_its_ends(reference: date, day: int, months: int) -> None:
    start = date(reference.year - 1, 1 + months, day)
    later = date(reference.year, 1 + (months + 3) % 12, min(day + 1, 28))
    phrase = (f"from {MONTHS[start.month - 1]} {start.day}, {start.year} to "
              f"{MONTHS[later.month - 1]} {later.day}, {later.year}")
    value = normalize(phrase, reference=reference)
    for end in (start, later):
        assert value.core.contains_point(end.toordinal())
    assert value.core.lo == start.toordinal() and value.core.hi == later.toordinal()


@settings(max_examples=300, deadline=None)
@given(days, st.integers(0, 400), st.sampled_from(["after", "before"]),
       st.sampled_from(["almost nine months", "two days", "about three weeks", "a year",
                        "more than 18 months", "six and a half months"]))
def test_later_anchor_never_gives_an_earlier_result(
    anchor: date, shift: int, direction: str, duration: str
) -> None:
    later = anchor + timedelta(days=shift)
    phrase = f"{duration} {direction} the event"
    first = normalize(phrase, anchors={"the event": anchor.isoformat()})
    second = normalize(phrase, anchors={"the event": later.isoformat()})
    assert first.core.lo <= second.core.lo and first.core.hi <= second.core.hi
    assert first.support.lo <= second.support.lo and first.support.hi <= second.support.hi


@given(st.integers(700000, 760000), st.floats(-500, 500, allow_nan=False),
       st.floats(-500, 500, allow_nan=False), st.floats(0, 0.999))
def test_add_months_is_monotone(day: int, m1: float, m2: float, frac: float) -> None:
    lo, hi = sorted((m1, m2))
    assert add_months(day + frac, lo) <= add_months(day + frac, hi)
    assert add_months(day, lo) <= add_months(day + frac, lo)
