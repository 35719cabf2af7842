"""Measures written every way: degrees without a scale, units, money."""

from __future__ import annotations

import pytest

from claimdiff import compare_values
from claimdiff.normalization import normalize
from claimdiff.normalization._quantity import scan_quantities


@pytest.mark.parametrize("phrase, celsius", [
    ("45°", 45), ("45 degrees", 45), ("45 deg.", 45), ("-2°", -2), ("- 2 degrees", -2),
    ("2 degrees below zero", -2), ("2 below zero", -2), ("10°F below zero", -23.33),
])
def test_a_degree_without_a_scale_is_a_temperature(phrase: str, celsius: float) -> None:
    value = normalize(phrase)
    assert value.dimension == "temperature"
    assert value.support.contains_point(celsius), (phrase, value.support)


def test_a_bare_degree_holds_both_scales_in_its_support() -> None:
    value = normalize("45 degrees")
    assert value.core.contains_point(45) and not value.core.contains_point(7.2)
    assert value.support.contains_point(7.2)  # 45 °F
    assert compare_values(value, normalize("45°C")).verdict == "agree"
    assert compare_values(value, normalize("45°F")).verdict == "compatible"
    assert compare_values(value, normalize("60°C")).verdict == "conflict"


@pytest.mark.parametrize("phrase, lo, hi", [
    ("between 30 and 40 degrees", 30, 40), ("from 30 degrees to 40 degrees", 30, 40),
])
def test_a_range_of_bare_degrees(phrase: str, lo: float, hi: float) -> None:
    value = normalize(phrase)
    assert value.dimension == "temperature" and (value.core.lo, value.core.hi) == (lo, hi)


def test_bounds_of_bare_degrees_stay_open() -> None:
    assert normalize("over 40 degrees").support.hi == float("inf")
    assert normalize("less than 40 degrees").support.lo == float("-inf")


def test_a_degree_before_a_noun_or_in_running_text_is_no_temperature() -> None:
    assert normalize("a 45 degree angle").dimension == "count"
    found = scan_quantities("The car turned 180 degrees.")
    assert [v.dimension for _, _, v in found] == ["count"]


@pytest.mark.parametrize("phrase, minutes", [
    ("one and quarter hour", 75), ("one and a quarter hour", 75), ("one and one quarter hour", 75),
    ("one and a quarter of hour", 75), ("one and three quarters of hours", 105),
    ("one and three quarter hour", 105), ("five and half min", 5.5), ("5 and an half minute", 5.5),
    ("2 and a quarter hours", 135), ("1 hour fifteen seconds", 60.25), ("1/2h", 30),
    ("1/2 hr", 30), ("15.5 min", 15.5), ("two and a third hours", 140),
])
def test_mixed_numbers_compounds_and_short_units_are_durations(phrase: str,
                                                               minutes: float) -> None:
    value = normalize(phrase)
    assert value.kind.value == "duration"
    assert value.support.contains_point(minutes / 1440), (phrase, value.support)


@pytest.mark.parametrize("phrase", ["one and two halves hours", "two and a half of zorbly"])
def test_a_mixed_number_that_is_no_part_is_refused(phrase: str) -> None:
    from claimdiff.errors import NormalizationError

    with pytest.raises(NormalizationError):
        normalize(phrase)


@pytest.mark.parametrize("phrase, amount, code", [
    ("42 Kuwaiti dinars", 42, "KWD"), ("42 Lebanese Pounds", 42, "LBP"),
    ("42 egyptianpound", 42, "EGP"), ("42 Saudiriyal", 42, "SAR"), ("42 qatari riyals", 42, "QAR"),
    ("10 Indian rupees", 10, "INR"), ("UAH 3.04", 3.04, "UAH"), ("KWD42", 42, "KWD"),
    ("3.14US$", 3.14, "USD"), ("20Rs", 20, "INR"), ("42 LE", 42, "EGP"), ("Rp 10", 10, "IDR"),
    ("3 RMB", 3, "CNY"), ("42 leva", 42, "BGN"), ("10 ¢", 0.1, "USD"),
    ("14 dollars 50", 14.5, "USD"), ("10c", 0.1, "USD"), ("5 kyat", 5, "MMK"),
    ("10 NIS", 10, "ILS"), ("20 kronor", 20, "SEK"),
    # a code that is also a word, before a figure that is plainly money; local dollar signs
    ("PHP 287.4 million", 287.4e6, "PHP"), ("PHP 12,500,000", 12.5e6, "PHP"),
    ("TRY 4.5 billion", 4.5e9, "TRY"), ("P2.8 million", 2.8e6, "PHP"),
    ("J$150 million", 150e6, "JMD"), ("TT$2.5 billion", 2.5e9, "TTD"),
    ("NT$30,000", 30000, "TWD"), ("EC$12.50", 12.5, "XCD"),
])
def test_currencies_by_sign_code_and_name(phrase: str, amount: float, code: str) -> None:
    value = normalize(phrase)
    assert value.dimension == f"currency:{code}"
    assert value.core.contains_point(amount), (phrase, value.core)


@pytest.mark.parametrize("phrase", ["42 ALL", "42 Kuwaiti soldiers", "42 le", "30C", "PHP 8",
                                    "P45", "TRY 3"])
def test_no_currency_from_a_word_that_only_looks_like_one(phrase: str) -> None:
    from claimdiff.errors import NormalizationError

    try:
        value = normalize(phrase)
    except NormalizationError:
        return
    assert not value.dimension.startswith("currency")


@pytest.mark.parametrize("phrase, amount, code", [
    ("R7.25 billion", 7.25e9, "ZAR"), ("R96,500", 96500, "ZAR"), ("R38.40", 38.40, "ZAR"),
    ("R1,7-billion", 1.7e9, "ZAR"), ("N12 billion", 12e9, "NGN"), ("N2,750,000", 2.75e6, "NGN"),
    ("N6.3bn", 6.3e9, "NGN"), ("KSh 4,600", 4600, "KES"), ("Ksh17m", 17e6, "KES"),
    ("Sh84,000", 84000, "SHILLING"), ("Sh65", 65, "SHILLING"), ("Sh340", 340, "SHILLING"),
    ("GH₵ 35", 35, "GHS"), ("Tk 760", 760, "BDT"),
    ("C$3.7-billion", 3.7e9, "CAD"), ("€8-million", 8e6, "EUR"),
])
def test_currencies_of_regional_presses_and_hyphenated_scales(phrase: str, amount: float,
                                                               code: str) -> None:
    value = normalize(phrase)
    assert value.dimension == f"currency:{code}"
    assert value.core.contains_point(amount), (phrase, value.core)


@pytest.mark.parametrize("text", [
    "Nurses asked for N95 respirators", "Traffic backed up on the R61 for hours",
    "The N7 was closed after 14 crashes", "Sh 20 or so", "a Sh9 pen", "the SH14 bypass",
])
def test_a_letter_sign_before_a_bare_figure_names_a_road_or_model(text: str) -> None:
    from claimdiff.normalization._quantity import scan_quantities

    for _, _, value in scan_quantities(text):
        assert not value.dimension.startswith("currency"), (text, value.text)


@pytest.mark.parametrize("phrase, mod", [
    ("more than 1 dollar and forty-two cents", "MORE_THAN"),
    ("above a dollar and 42 cents", "MORE_THAN"), ("at most 3 GBP 1 pence", "EQUAL_OR_LESS"),
])
def test_a_hedge_before_a_compound_amount_bounds_the_sum(phrase: str, mod: str) -> None:
    value = normalize(phrase)
    assert value.mod == mod and value.dimension.startswith("currency:")
    amount = 1.42 if "dollar" in phrase else 3.01
    assert value.support.contains_point(amount) or value.support.lo == amount


@pytest.mark.parametrize("phrase, metres", [
    ("5 in", 0.127), ("5''", 0.127), ('5"', 0.127), ("6'2\"", 1.8796), ("2 yd 7'", 3.9624),
    ("2 yards, 7 feet, 10 in", 4.2164), ("above 5 in", 0.13),
])
def test_feet_and_inches_by_primes_and_in_in_a_whole_phrase(phrase: str, metres: float) -> None:
    value = normalize(phrase)
    assert value.dimension == "length" and value.support.contains_point(metres), value.support


def test_primes_and_in_are_no_units_in_running_text() -> None:
    found = scan_quantities('He said "the toll was 500" and 5 in 10 people agreed.')
    assert all(v.unit is None for _, _, v in found)


@pytest.mark.parametrize("phrase, unit, amount", [
    ("quarter-litre", "m³", 0.00025), ("half-litre", "m³", 0.0005),
    ("fourth of liter", "m³", 0.00025),
    ("2/1000 kilograms", "kg", 0.002), ("2 3/8 inches", "m", 0.060325), ("2 gs", "kg", 0.002),
    ("1 k.g.", "kg", 1.0), ("1000 gs", "kg", 1.0), ("around 2 -7 l", "m³", 0.005),
])
def test_parts_of_units_and_unit_spellings(phrase: str, unit: str, amount: float) -> None:
    value = normalize(phrase)
    assert value.unit == unit and value.support.contains_point(amount), (phrase, value.support)


def test_uneven_spacing_makes_no_range_in_running_text() -> None:
    found = scan_quantities("The index fell 50 -1.3% on the day.")
    assert len(found) == 2


@pytest.mark.parametrize("phrase, amount, code", [
    ("ringgit 42", 42, "MYR"), ("Malaysian ringgits 42", 42, "MYR"), ("dollars 20", 20, "USD"),
    ("42 Malaysia ringgit", 42, "MYR"), ("10 Saudi Arabia riyals", 10, "SAR"), ("42RM", 42, "MYR"),
    ("$20 43", 20.43, "USD"),
])
def test_currency_before_the_amount_by_country_and_sign_then_cents(phrase: str, amount: float,
                                                                   code: str) -> None:
    value = normalize(phrase)
    assert value.dimension == f"currency:{code}" and value.core.contains_point(amount)


@pytest.mark.parametrize("phrase", ["soldiers 20", "Game 2", "20 43"])
def test_a_word_before_a_number_is_no_currency(phrase: str) -> None:
    from claimdiff.errors import NormalizationError

    with pytest.raises(NormalizationError):
        normalize(phrase)


def test_a_partitive_of_without_its_noun() -> None:
    value = normalize("a dozen of")
    assert value.dimension == "count" and value.core.lo == value.core.hi == 12
