"""Multiples read as ratios (docs/normalization.md, "Multiples: a ratio, not a count")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.compare import compare_values
from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize
from claimdiff.normalization._multiples import ratio_between

# phrase, a ratio the core holds, one the support must not hold
CASES = [
    ("doubled", 2, 2.5), ("has more than doubled", 2.5, 1.9), ("nearly tripled", 2.8, 3.1),
    ("halved", 0.5, 0.7), ("almost halved", 0.55, 0.45), ("quadrupled", 4, 5),
    ("three times as many", 3, 4), ("twice as much as", 2, 3), ("half as many", 0.5, 0.7),
    ("2.5 times higher", 2.5, 4), ("a threefold increase", 3, 4.5), ("tenfold", 10, 12),
    ("a fourfold decrease", 0.25, 0.5), ("rose fivefold", 5, 7),
    ("increased by a factor of 3", 3, 5), ("cut by a factor of 10", 0.1, 0.2),
    ("by a factor of about 3", 3, 4), ("x3", 3, 4), ("3x", 3, 2), ("a doubling", 2, 3),
    ("one and a half times", 1.5, 2), ("about three times the size of", 3, 4),
]


@pytest.mark.parametrize(("phrase", "inside", "outside"), CASES)
def test_multiple_is_a_ratio(phrase: str, inside: float, outside: float) -> None:
    value = normalize(phrase)
    assert (value.dimension, value.unit) == ("ratio", "×"), value.steps
    assert value.core.contains_point(inside), (value.core, value.steps)
    assert not value.support.contains_point(outside), (value.support, value.steps)


def test_n_times_more_holds_both_readings() -> None:
    # "three times more": 3 as commonly meant, 4 read literally (the base and three times it)
    value = normalize("three times more")
    assert value.core.contains_point(3) and not value.core.contains_point(4)
    assert value.support.contains_point(4)


def test_a_change_factor_is_no_count() -> None:
    assert compare_values("doubled", "2 people").verdict == "incomparable"
    assert compare_values("three times as many", "3").verdict == "incomparable"


def test_levels_give_the_ratio_a_multiple_states() -> None:
    rose = ratio_between(normalize("23"), normalize("46"))  # "rose from 23 to 46"
    assert compare_values(normalize("doubled"), rose).verdict in ("agree", "compatible")
    assert compare_values(normalize("tripled"), rose).verdict == "conflict"
    assert compare_values(normalize("halved"), ratio_between(normalize("46"), normalize("23"))
                          ).verdict in ("agree", "compatible")


def test_ratio_of_different_dimensions_is_refused() -> None:
    with pytest.raises(ValueError):
        ratio_between(normalize("20 km"), normalize("40 kg"))


@pytest.mark.parametrize("phrase", ["doubled zqxv", "three times zqxv", "a zqxv fourfold rise",
                                    "stabbed three times"])
def test_half_read_multiples_are_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)


@given(n=st.integers(2, 999))
def test_rise_and_fall_mirror(n: int) -> None:
    up, down = normalize(f"a {n}-fold increase"), normalize(f"a {n}-fold decrease")
    assert up.core.contains_point(n) and down.core.contains_point(1 / n)
    assert down.core.lo * up.core.hi == pytest.approx(1)
