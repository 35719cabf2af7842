"""Fractions, mixed numbers and scale words read whole."""

from __future__ import annotations

import pytest

from claimdiff.normalization import Kind, normalize


@pytest.mark.parametrize("phrase, percent, noun", [
    ("two thirds", 66.67, None),
    ("three-quarters", 75.0, None),
    ("three quarters of the vote", 75.0, "vote"),
    ("a third of the seats", 33.33, "seats"),
    ("half of the voters", 50.0, "voters"),
    ("2/3 of the seats", 66.67, "seats"),
])
def test_a_fraction_of_a_whole_is_a_share_in_percent(
        phrase: str, percent: float, noun: str | None) -> None:
    value = normalize(phrase)  # the role readers' share, or the fraction reader's
    assert value.unit == "%" and value.noun in (noun, None)
    assert value.support.contains_point(percent) or abs(value.core.lo - percent) < 0.01


def test_a_hedged_fraction() -> None:
    value = normalize("more than half of the voters")
    assert value.mod == "MORE_THAN" and value.support.lo == 50 and value.support.lo_open
    assert normalize("nearly two thirds").support.hi <= 66.67


@pytest.mark.parametrize("phrase, days", [
    ("2 1/2 years", 2.5 * 365.2425), ("1/2 hour", 1 / 48), ("half hour", 1 / 48),
    ("3/4 hour", 0.75 / 24), ("three quarters of an hour", 0.75 / 24),
])
def test_mixed_numbers_and_parts_of_a_unit(phrase: str, days: float) -> None:
    value = normalize(phrase)
    assert value.kind is Kind.DURATION and value.core.contains_point(days)


@pytest.mark.parametrize("phrase, unit, amount", [
    ("1/2 gallon", "m³", 0.5 * 0.003785411784), ("1/2 cup", "m³", 0.5 * 0.0002365882365),
    ("1/4 mile", "m", 0.25 * 1609.344),
])
def test_a_digit_fraction_before_a_unit_is_that_part_of_it(phrase: str, unit: str,
                                                          amount: float) -> None:
    value = normalize(phrase)  # half a gallon, not a rate of 1 per 2 gallons
    assert value.unit == unit and value.core.contains_point(amount)


@pytest.mark.parametrize("phrase, number", [
    ("one trillion", 1e12), ("3 dozen", 36), ("13 lakh", 1.3e6), ("2 crore", 2e7),
    ("three billions", 3e9), ("three thousand millions", 3e9), ("a million", 1e6),
    ("half a million", 5e5), ("30 lakh", 3e6), ("hundred thousand", 1e5), ("thousand", 1e3),
])
def test_scale_words_in_words_and_digits(phrase: str, number: float) -> None:
    value = normalize(phrase)
    assert value.dimension == "count" and value.core.contains_point(number)


@pytest.mark.parametrize("phrase, lo, hi", [
    ("between 100 and 1000 liters", 0.1, 1.0), ("100-1000 liters", 0.1, 1.0),
    ("20 through 100", 20, 100),
])
def test_ranges_in_every_form(phrase: str, lo: float, hi: float) -> None:
    value = normalize(phrase)
    assert value.core.lo == pytest.approx(lo) and value.core.hi == pytest.approx(hi)


def test_a_measure_of_a_product_keeps_the_product() -> None:
    value = normalize("two pounds of meat")
    assert value.dimension == "mass" and value.noun == "meat"


def test_a_hedge_on_a_vague_amount_is_kept() -> None:
    value = normalize("less than a couple of days")
    assert value.mod == "LESS_THAN" and value.support.hi <= 3


@pytest.mark.parametrize("phrase, dimension, lo", [
    ("42 KWD", "currency:KWD", 42), ("20€", "currency:EUR", 20), ("10$", "currency:USD", 10),
    ("10 dinars", "currency:DINAR", 10), ("at most 7€", "currency:EUR", 6.5),
])
def test_currencies_by_code_name_and_sign_after(phrase: str, dimension: str, lo: float) -> None:
    value = normalize(phrase)
    assert value.dimension == dimension and value.support.contains_point(lo)


@pytest.mark.parametrize("phrase, timex", [
    ("1 hour fifteen", "PT1H15M"), ("2 hours and 10", "PT2H10M"), ("2 more minutes", "PT2M"),
])
def test_durations_with_an_implied_unit_or_an_added_amount(phrase: str, timex: str) -> None:
    assert normalize(phrase).timex == timex


def test_degrees_without_a_scale_are_no_count() -> None:
    # a temperature of unsaid scale (test_measures_written.py), never 45 things
    assert normalize("45 degrees").dimension == "temperature"


@pytest.mark.parametrize("phrase, number", [
    ("two point two million", 2.2e6), ("three point five", 3.5), ("one point zero five", 1.05),
])
def test_decimals_in_words(phrase: str, number: float) -> None:
    assert normalize(phrase).core.contains_point(number)


@pytest.mark.parametrize(("phrase", "n", "dimension"), [
    ("three and a fifth", 3.2, "count"), ("one and a fourth", 1.25, "count"),
    ("two and three eighths", 2.375, "count"), ("twenty and three fifths", 20.6, "count"),
    ("seven hundred and a fifth", 700.2, "count"),  # "hundred" before the part: no 720
    ("one million and a half", 1.5e6, "count"),  # a larger scale takes the part
    ("a hundredth of the vote", 1, "percent"), ("one twenty-fifth", 4, "percent"),
    ("three twentieths", 15, "percent"), ("a thirtieth of the vote", 10 / 3, "percent"),
])
def test_any_denominator_in_words(phrase: str, n: float, dimension: str) -> None:
    from claimdiff.normalization import normalize

    value = normalize(phrase)
    assert value.dimension == dimension and value.core.contains_point(n), value.steps


@pytest.mark.parametrize("phrase", ["one hundredth", "nine thousandth", "seven hundredths"])
def test_a_scale_ordinal_is_no_fraction(phrase: str) -> None:
    from claimdiff.errors import NormalizationError
    from claimdiff.normalization import normalize

    try:
        value = normalize(phrase)
    except NormalizationError:
        return  # "one hundredth" alone: a fraction of a second or the rank 100
    assert value.dimension.startswith("ordinal")


@pytest.mark.parametrize(("phrase", "as_one"), [
    ("about a mile", "about 1 mile"),
    ("nearly a kilometre", "nearly 1 kilometre"),
    ("more than a mile", "more than 1 mile"),
    ("almost a tonne", "almost 1 tonne"),
    ("up to a litre", "up to 1 litre"),
    ("roughly an acre", "roughly 1 acre"),
])
def test_a_hedge_before_one_of_a_unit_reads_as_one(phrase: str, as_one: str) -> None:
    got, want = normalize(phrase), normalize(as_one)
    assert (got.core, got.support, got.unit) == (want.core, want.support, want.unit)
    assert got.text == phrase


@pytest.mark.parametrize(("phrase", "before"), [
    ("a kilo and a half", "one and a half kilo"),
    ("an inch and a quarter", "one and a quarter inch"),
    ("three metres and a half", "three and a half metres"),
    ("about a mile and three quarters", "about one and three quarters mile"),
    ("12 feet and a half", "12 and a half feet"),
])
def test_a_part_said_after_the_unit_belongs_to_its_number(phrase: str, before: str) -> None:
    got, want = normalize(phrase), normalize(before)
    assert (got.core, got.support, got.unit) == (want.core, want.support, want.unit)
    assert got.text == phrase


def test_a_hedge_before_one_of_time_or_of_nothing_keeps_its_own_reading() -> None:
    from claimdiff.errors import NormalizationError

    assert normalize("about a week").kind is Kind.DURATION
    with pytest.raises(NormalizationError):
        normalize("about a zorbly")
