"""Approximators follow the granularity of the figure they hedge (`_hedges.approx_slack`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.normalization._hedges import Hedge, approx_slack, granularity, hedge_interval, step
from claimdiff.normalization._quantity import parse_quantity

APPROXIMATORS = ["about", "around", "some", "roughly", "approximately"]
numbers = st.integers(min_value=1, max_value=10**9)


def _round(n: int, place: int) -> int:
    """n rounded half up to a multiple of `place`."""
    return (n + place // 2) // place * place


@given(n=numbers, hedge=st.sampled_from(APPROXIMATORS))
def test_a_hedged_figure_holds_what_the_bare_figure_holds(n: int, hedge: str) -> None:
    bare, hedged = parse_quantity(f"{n:,}"), parse_quantity(f"{hedge} {n:,}")
    assert bare is not None and hedged is not None
    assert hedged.support.contains(bare.support)
    assert hedged.core.contains(bare.core)


@given(n=numbers, hedge=st.sampled_from(["almost", "nearly"]))
def test_almost_holds_the_lower_half_of_the_bare_figure(n: int, hedge: str) -> None:
    value = parse_quantity(f"{hedge} {n:,}")
    assert value is not None
    assert value.support.lo <= n - granularity(f"{n}") / 2
    assert value.support.hi == n


@given(n=numbers, places=st.integers(min_value=1, max_value=9),
       hedge=st.sampled_from(APPROXIMATORS + ["almost"]))
def test_a_rounder_figure_is_never_read_tighter(n: int, places: int, hedge: str) -> None:
    rounder = _round(n, 10**places)
    if rounder == 0 or rounder == n:
        return
    fine, rough = parse_quantity(f"{hedge} {n:,}"), parse_quantity(f"{hedge} {rounder:,}")
    assert fine is not None and rough is not None
    assert rough.support.width >= fine.support.width, (n, rounder)
    assert rough.core.width >= fine.core.width, (n, rounder)


@given(n=numbers, k=st.sampled_from([1, 2]))
def test_the_slack_lies_between_the_rounding_and_the_relative_reading(n: int, k: int) -> None:
    u = granularity(str(n))
    slack = approx_slack(n, u, k)
    assert u / 2 <= slack <= max(u / 2, k * 0.10 * n)
    assert slack <= max(u / 2, k * step(n, u))


def test_a_figure_ending_in_five_stands_on_the_half_step() -> None:
    assert step(2500, 100) == 500
    assert step(45, 1) == 5
    assert step(0.15, 0.01) == 0.05
    assert step(2300, 100) == 100
    assert step(150, 10) == 50


def test_a_range_end_keeps_its_own_roundness() -> None:
    # "about 25-40 min" is read to the minute, but its 40 is as round as written
    _, support = hedge_interval(40, 1, Hedge.APPROX, scale=10)
    assert support.hi == 48
    _, support = hedge_interval(40, 1, Hedge.APPROX)
    assert support.hi == 42
