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
