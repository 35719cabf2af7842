"""News quantities whose writing carries more than its digits: an ambiguous ton or gallon, a bound
said as a round figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.normalization import normalize

# Avoirdupois: a pound is 0.45359237 kg; the short ton 2,000 lb, the long ton 2,240 lb.
_SHORT, _LONG = 2000 * 0.45359237, 2240 * 0.45359237


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99_000))
def test_tons_hold_metric_short_and_long(n: int) -> None:
    value = normalize(f"{n:,} tons")
    assert value.dimension == "mass"
    for kilograms in (1000.0, _SHORT, _LONG):
        assert value.support.contains_point(n * kilograms), (kilograms, value.support)
    assert value.core.contains_point(n * 1000.0)  # the tonne most of the world means


def test_tonne_is_metric_only() -> None:
    value = normalize("15,000 tonnes")
    assert not value.support.contains_point(15_000 * _SHORT)
    assert claimdiff.compare_values("15,000 tons", "15,000-tonne").verdict.value in (
        "agree", "compatible")


# US and imperial measures of volume, in cubic metres.
_US_IMPERIAL = {"gallons": (0.003785411784, 0.00454609), "pints": (0.000473176473, 0.00056826125),
                "quarts": (0.000946352946, 0.0011365225),
                "fl oz": (2.95735295625e-5, 2.84130625e-5)}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99_000), st.sampled_from(sorted(_US_IMPERIAL)))
def test_us_and_imperial_measures_are_both_held(n: int, unit: str) -> None:
    """A gallon, quart, pint or fluid ounce is US or imperial as the writer's country has
    it: the US measure in the core, both in the support."""
    value = normalize(f"{n:,} {unit}")
    us, imperial = _US_IMPERIAL[unit]
    assert value.dimension == "volume"
    assert value.core.contains_point(n * us)
    for cubic_metres in (us, imperial):
        assert value.support.contains_point(n * cubic_metres), (unit, value.support)


def test_an_imperial_gallon_is_no_conflict_but_a_far_figure_is() -> None:
    # 500 imperial gallons are 2,273 litres; 500 US gallons 1,893.
    assert claimdiff.compare_values("2,270 litres", "500 gallons").verdict.value == "compatible"
    assert claimdiff.compare_values("1,890 litres", "500 gallons").verdict.value in (
        "agree", "compatible")
    assert claimdiff.compare_values("4,000 litres", "500 gallons").verdict.value == "conflict"
    # 30 miles per imperial gallon are 25 per US gallon.
    assert claimdiff.compare_values("25 mpg", "30 mpg").verdict.value == "compatible"
    assert claimdiff.compare_values("25 mpg", "45 mpg").verdict.value == "conflict"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=99), st.sampled_from(["up to", "as many as"]))
def test_a_round_bound_carries_its_rounding(tens: int, word: str) -> None:
    n = tens * 10  # "up to 280": a figure rounded to tens, standing for up to 285
    place = 10 ** (len(str(n)) - len(str(n).rstrip("0")))  # 280 -> 10, 300 -> 100
    reach = min(place / 2, 0.05 * n)
    value = normalize(f"{word} {n} km")
    assert value.support.contains_point(1000 * (n + reach) - 1e-6)
    assert not value.support.contains_point(1000 * (n + reach) + 1)


def test_stated_bounds_stay_exact() -> None:
    for phrase in ("at most 280 km", "no more than 280 km", "≤ 280 km"):
        assert normalize(phrase).support.hi == 280_000


def test_up_to_a_speed_is_compatible_with_its_conversion() -> None:
    # 175 mph is 281.6 km/h: past 280, within its rounding
    verdict = claimdiff.compare_values("up to 280km/h", "175 mph").verdict.value
    assert verdict in ("agree", "compatible")
    assert claimdiff.compare_values("up to 280km/h", "190 mph").verdict.value == "conflict"


def test_a_decimal_comma_only_where_it_is_nothing_else() -> None:
    assert normalize("3,5 million").core.contains_point(3_500_000)
    assert normalize("1.234,5").core.contains_point(1234.5)
    assert normalize("1,250").core.contains_point(1250)  # a thousands group, not 1.25
    assert normalize("12,34,567").core.contains_point(1_234_567)  # Indian grouping


def test_a_score_is_twenty() -> None:
    assert normalize("two-score").core.contains_point(40)
    assert normalize("fourscore and seven").core.contains_point(87)
    assert normalize("scores of people").support.hi == float("inf")  # vague, no score


def test_a_price_per_unit_of_measure_compares_across_units() -> None:
    per_kilo = normalize("€1.42 a kilo")
    assert per_kilo.dimension == "currency:EUR/kg"
    # 0.644 € a pound is 1.42 € a kilogram (a pound is 0.45359237 kg)
    assert claimdiff.compare_values("€1.42 a kilo", "€0.644 per pound").verdict.value in (
        "agree", "compatible")
    assert normalize("$2 a share").dimension == "currency:USD/share"


def test_or_between_neighbouring_numbers_is_a_range() -> None:
    from claimdiff.errors import NormalizationError

    value = normalize("four or five people")
    assert (value.core.lo, value.core.hi) == (4, 5)
    assert normalize("two or three hundred").core.contains_point(250)
    try:
        normalize("10 or 1,000")
    except NormalizationError:
        pass
    else:
        raise AssertionError("'10 or 1,000' was read")
    # two years are either year (a date), never a range of counts
    assert normalize("2019 or 2020").kind.value == "date"


def test_something_past_a_round_number() -> None:
    value = normalize("forty-something")
    assert value.support.lo == 40 and value.support.hi == 50
    assert not value.core.contains_point(40)


def test_and_joins_number_words_only_after_a_scale_word() -> None:
    between = normalize("between twenty and thirty people")
    assert (between.core.lo, between.core.hi) == (20, 30)
    assert normalize("a hundred and one").core.contains_point(101)
    # "ninety and one quarter" is 90¼, not 91 quarters of a year
    value = normalize("ninety and one quarter")
    assert value.dimension == "count" and value.core.contains_point(90.25)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=500), st.sampled_from(["kg", "g", "lb"]))
def test_a_dash_written_onto_a_mass_is_no_minus(n: int, unit: str) -> None:
    """No mass is below zero: "the -57kg category" is 57 kg. A net length ("-5 yards"), a
    mass said apart from its sign and a temperature keep their sign."""
    value = normalize(f"-{n}{unit}")
    assert value.core.lo >= 0
    assert value.core == normalize(f"{n}{unit}").core
    assert normalize(f"-{n} yards").core.hi < 0
    assert normalize(f"minus {n} kg").core.hi < 0
    assert normalize(f"-{n}°C").core.hi < 0


@pytest.mark.parametrize("scale", [("thousand", 1e3), ("million", 1e6), ("billion", 1e9)])
@pytest.mark.parametrize("part", [("quarter", 4), ("third", 3)])
def test_the_part_of_a_scale_word_is_read_whole(part: tuple[str, int],
                                                scale: tuple[str, float]) -> None:
    """"the quarter of a million dollars on offer" is a quarter of a million, never a
    million read from its last words."""
    from claimdiff.normalization._quantity import read_quantities

    text = f"The winners took part of the {part[0]} of a {scale[0]} dollars on offer."
    (found,) = [v for _, v in read_quantities(text, phrase=False)]
    assert found.text.startswith(f"the {part[0]} of a {scale[0]}")
    assert found.core.contains_point(scale[1] / part[1])
