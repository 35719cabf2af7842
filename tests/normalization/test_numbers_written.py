"""Numbers written every way: nought words, "point", Indian scales, ordinals alone."""

from __future__ import annotations

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize


@pytest.mark.parametrize("phrase, number", [
    ("nil", 0), ("naught", 0), ("nought", 0), ("a pair", 2), ("a pair of shoes", 2),
    ("1 point 1", 1.1), ("3 point 25 million", 3.25e6), ("point 77", 0.77),
    ("point seven five", 0.75), ("30 lkh", 3e6), ("12 lkhs", 1.2e6),
    ("three hundred Cr", 3e9), ("three hundred krores", 3e9), ("200 dozens", 2400),
    ("two hundred dozens", 2400), ("twenty lakh crore", 2e13),
    ("three crore twelve lakh fifty-six thousand seven hundred twenty-one", 31256721),
    ("thirty-one million two hundred fifty-six thousand", 31256000),
    # a two-digit group after "point", "oh" beside it, tens and units in one word
    ("one point twenty-five", 1.25), ("two point fifty", 2.5), ("oh point five", 0.5),
    ("point oh five", 0.05), ("twentytwo", 22), ("thirtyfive thousand", 35000),
    # number words restated in digits, as contracts write them
    ("forty-five (45)", 45), ("two thousand five hundred (2,500) people", 2500),
    # spoken amounts: "grand", "single", a bare "dozen" or "couple", giga, a sign before "."
    ("nine grand", 9000), ("4.5 grand", 4500), ("a grand", 1000), ("single", 1),
    ("a single", 1), ("a single vote", 1), ("dozen", 12), ("couple", 2), ("2.75G", 2.75e9),
    ("-.25", -0.25), ("minus .8", -0.8), ("a half dozen", 6), ("half dozen", 6),
    # an en dash set as a minus sign; digits said one by one; "no one" is nobody
    ("–12", -12), ("–.4", -0.4), ("zero zero four", 4), ("zero six", 6), ("no one", 0),
    ("no one was injured", 0),
])
def test_numbers_in_every_written_form(phrase: str, number: float) -> None:
    value = normalize(phrase)
    assert value.dimension == "count"
    assert value.core.lo <= number <= value.core.hi, (phrase, value.core)


def test_quid_is_pounds_sterling() -> None:
    assert normalize("eleven quid").dimension == "currency:GBP"


@pytest.mark.parametrize("phrase, number", [("4 grand slams", 4), ("single mothers", None),
                                            ("6G", None)])
def test_grand_single_and_g_only_as_amounts(phrase: str, number: float | None) -> None:
    """A grand before its noun, "single" as an adjective, a network's generation."""
    try:
        value = normalize(phrase)
    except NormalizationError:
        assert number is None
        return
    assert value.core.hi == number


def test_a_pair_is_exactly_two() -> None:
    value = normalize("a pair of suspects")
    assert value.support.lo == value.support.hi == 2 and value.noun == "suspects"


@pytest.mark.parametrize("phrase", ["two million three million", "point", "point zorbly"])
def test_scales_out_of_order_or_a_bare_point_are_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)


@pytest.mark.parametrize("phrase, rank", [
    ("forty second", 42), ("forty-second", 42), ("the twenty second", 22), ("thirty first", 31),
])
def test_a_compound_ordinal_alone_is_a_rank_not_seconds(phrase: str, rank: int) -> None:
    value = normalize(phrase)
    assert value.dimension == "ordinal" and value.core.lo == rank


def test_forty_seconds_stays_a_duration() -> None:
    assert normalize("forty seconds").kind.value == "duration"


@pytest.mark.parametrize("phrase", ["five (6) days", "one point one twenty",
                                    "point twenty five thousand five"])
def test_two_numbers_or_a_point_group_past_two_digits_are_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)


@pytest.mark.parametrize("phrase, core, support", [
    ("9-ish", (9, 9), (8, 10)), ("50ish people", (45, 55), (40, 60)),
    ("fortyish", (35, 45), (32, 48)),
])
def test_the_suffix_ish_on_a_number_is_about_it(phrase: str, core: tuple[float, float],
                                                 support: tuple[float, float]) -> None:
    value = normalize(phrase)
    assert value.mod == "APPROX" and value.noun in (None, "people")
    assert (value.core.lo, value.core.hi) == core
    assert (value.support.lo, value.support.hi) == support


@pytest.mark.parametrize("phrase", ["English", "Danish", "Polish"])
def test_a_word_ending_in_ish_is_no_number(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)
