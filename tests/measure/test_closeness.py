"""How close two readings are: a reading open at one end ("at least 38", "under 50 per cent",
"within 18 months") is as close as its core, not as everything it allows."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement
from claimdiff.measure._closeness import closeness, same_reading
from claimdiff.measure._what import dimension_of
from claimdiff.normalization import normalize


def _m(phrase: str) -> Measurement:
    value = normalize(phrase)
    return Measurement("s", "c", "value", phrase, dimension_of(value), value=value)


@pytest.mark.parametrize(("a", "b", "low", "high"), [
    # cores that meet: as close as can be
    ("under 40 per cent", "less than two-fifths", 1.0, 1.0),
    ("within three weeks", "20 days", 1.0, 1.0),
    ("at least 38", "38", 1.0, 1.0),
    ("12 to 15", "14", 1.0, 1.0),
    # an open end allows a figure its core does not come near
    ("under 40 per cent", "15%", 0.3, 0.5),
    ("within 18 months", "six hours", 0.0, 0.01),
    ("at least 38", "112", 0.3, 0.4),
])
def test_an_open_reading_is_as_close_as_its_core(a: str, b: str, low: float,
                                                 high: float) -> None:
    assert low <= closeness(_m(a), _m(b)) <= high


@pytest.mark.parametrize(("a", "b"), [
    # one hedged figure in two units: the conversion's rounding is no second figure
    ("an estimated 7 million litres", "some 7,000 cubic metres"),
    ("about 4 kilometres", "roughly 4,000 metres"),
    ("around 2.5 tonnes", "about 2,500 kg"),
])
def test_one_figure_in_two_units_is_the_same_figure(a: str, b: str) -> None:
    assert same_reading(_m(a), _m(b))


@pytest.mark.parametrize(("a", "b", "same"), [
    # a hedge around one number is that number
    ("about $90m", "$90 million", True),
    ("roughly 3 in 10", "about three in ten", True),
    # a bound is no figure: its core's middle only happens to be another figure
    ("45%", "just over 40 per cent", False),
    ("three-quarters", "just over two-thirds", False),
])
def test_a_bound_is_no_hedge_around_one_figure(a: str, b: str, same: bool) -> None:
    assert same_reading(_m(a), _m(b)) is same


def test_a_bound_that_nearly_names_its_figure_is_that_figure() -> None:
    assert same_reading(_m("more than 41 hours"), _m("41 and a half hours"))
