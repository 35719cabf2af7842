"""Bounds written as comparisons, and spoken decimals (docs/normalization.md, "Bounds
written as comparisons")."""

from __future__ import annotations

import math

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize

INF = math.inf

# phrase, support (lo, hi): the bound each form states
BOUNDS = [
    ("less than or equal to 100", (0, 100)), ("equal to or less than 30", (0, 30)),
    ("smaller or equal than 100", (0, 100)), ("≤ 40", (0, 40)), ("<= 40", (0, 40)),
    ("< = 100", (0, 100)), ("five hundred or less", (0, 500)),
    ("equal to 5000 or less", (0, 5000)), ("less than 5000 or equal", (0, 5000)),
    ("greater than or equal to 30", (30, INF)), ("at least or equal to 30", (30, INF)),
    ("≥ 30", (30, INF)), (">=30", (30, INF)), ("200 or greater", (200, INF)),
    ("more than 5000 or equal to", (5000, INF)), ("equal to 5000 or more than", (5000, INF)),
    ("bigger or equal than three thousand nine hundred and sixty five", (3965, INF)),
    (">10", (11, INF)), ("< 20", (0, 19)),
    ("higher or equal than one hundred, lower or equal than three hundred", (100, 300)),
    ("no more than 2,400 and no less than 2,200", (2200, 2400)),
    ("no more than seven hundred and fifty and no less than fifty", (50, 750)),
]


@pytest.mark.parametrize(("phrase", "support"), BOUNDS)
def test_comparison_is_the_bound_it_states(phrase: str, support: tuple[float, float]) -> None:
    value = normalize(phrase)
    assert value.dimension == "count", value.steps
    assert (value.support.lo, value.support.hi) == pytest.approx(support), value.steps


@pytest.mark.parametrize(("phrase", "n"), [("equals 20", 20), ("equal to 5000", 5000),
                                           ("is equal to 7", 7), ("= 12", 12)])
def test_equal_to_is_exact(phrase: str, n: float) -> None:
    value = normalize(phrase)
    assert value.core.contains_point(n) and value.mod == "EQUAL", value.steps


def test_tilde_between_numbers_is_a_range() -> None:
    value = normalize("20~100 people")
    assert (value.core.lo, value.core.hi) == (20, 100)
    assert normalize("~100").mod == "APPROX"  # a tilde before a number is "about"


@pytest.mark.parametrize(("phrase", "n"), [
    ("two million twenty three thousand and forty nine point two three six nine",
     2023049.2369),  # a large whole part: no "2.02305e+06.2369", no crash
    ("nought point nought three", 0.03), ("nine point nought four", 9.04),
    ("naught point five", 0.5),
])
def test_spoken_decimals(phrase: str, n: float) -> None:
    assert normalize(phrase).core.contains_point(n)


@pytest.mark.parametrize("phrase", ["less than or equal to zqxv", "≥ 30 and zqxv",
                                    "one and a half point five"])
def test_half_read_comparisons_are_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)


@pytest.mark.parametrize(("phrase", "share"), [
    ("two out of five hundred", 0.4),  # was 40 %: "hundred" read as the noun
    ("one in a thousand", 0.1), ("3 in 1,000 people", 0.3), ("two million out of ten million", 20),
])
def test_share_with_a_scaled_whole(phrase: str, share: float) -> None:
    value = normalize(phrase)
    assert value.dimension == "percent" and value.core.contains_point(share), value.steps
    assert value.support.hi < 1.25 * share  # "one in a thousand" loosely, no further


@pytest.mark.parametrize(("phrase", "lo", "hi", "dimension"), [
    ("1.3e6", 1.3e6, 1.3e6, "count"), ("1.3 x 10^6", 1.3e6, 1.3e6, "count"),
    ("2.48×10−5", 2.48e-5, 2.48e-5, "count"), ("2E+3", 2000, 2000, "count"),  # no year 2000
    ("5.5x10-3 kg", 0.0055, 0.0055, "mass"),
    ("8- to 16-meter", 8, 16, "length"), ("two- or three-mile", 3218.688, 4828.032, "length"),
])
def test_scientific_notation_and_suspended_hyphens(phrase: str, lo: float, hi: float,
                                                   dimension: str) -> None:
    value = normalize(phrase)
    assert value.dimension == dimension, value.steps
    assert value.core.lo <= lo * (1 + 1e-9) and value.core.hi >= hi * (1 - 1e-9), value.steps


@pytest.mark.parametrize(("phrase", "n"), [
    ("4 thousand 3 hundred and 21", 4321), ("2 million 300 thousand people", 2_300_000),
    ("6 crore and two hundred", 60_000_200), ("3 million and a half", 3_500_000),
    ("half million", 500_000), ("a quarter million", 250_000),
    ("85 million nine hundred and fifty-four thousand eight hundred", 85_954_800),
    ("5 and a half million", 5_500_000),  # a mixed number, not "5 and half a million"
])
def test_scale_chains_in_digits_and_words(phrase: str, n: float) -> None:
    assert normalize(phrase).core.contains_point(n)


def test_a_chain_that_is_no_number_is_refused() -> None:
    with pytest.raises(NormalizationError):
        normalize("2 million 3 million")  # scales not descending: two numbers


@pytest.mark.parametrize(("phrase", "code"), [
    ("100 Turkish lira", "TRY"), ("5 million South Korean won", "KRW"),
    ("100 Costa Rican colóns", "CRC"), ("12 Romanian lei", "RON"),
    ("565 Trinidad & Tobago dollars", "TTD"),
])
def test_currency_names_today(phrase: str, code: str) -> None:
    assert normalize(phrase).dimension == f"currency:{code}"


@pytest.mark.parametrize("phrase", ["1/40", "More than 1/2", "1990/1 zqbbb", "12 zqbbb noon"])
def test_no_rate_per_a_number_and_no_count_of_noons(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase, reference="2024-06-12")
