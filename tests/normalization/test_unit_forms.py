"""Units as running text writes them: a unit of several words hyphenated as a modifier
("a 310-nautical-mile cable", "a 40-square-kilometre swathe") is the unit, not a count of
"nautical" or "square" things."""

from __future__ import annotations

import pytest

from claimdiff import compare_values
from claimdiff.normalization import normalize
from claimdiff.normalization._quantity import scan_quantities


@pytest.mark.parametrize(("phrase", "dimension"), [
    ("310-nautical-mile", "length"),
    ("40-square-kilometre", "area"),
    ("75-square-foot", "area"),
    ("6-square-mile", "area"),
    ("800-cubic-metre", "volume"),
    ("12-cubic-foot", "volume"),
    ("9-metric-ton", "mass"),
    ("30 lb-ft", "energy"),  # a unit hyphenated in itself stays as it is
])
def test_a_hyphenated_unit_of_several_words(phrase: str, dimension: str) -> None:
    assert normalize(phrase).dimension == dimension


def test_a_hyphenated_unit_is_the_spaced_one() -> None:
    assert compare_values("a 310-nautical-mile", "310 nautical miles").verdict == "agree"
    assert compare_values("40-square-kilometre", "4,000 hectares").verdict == "agree"


def test_running_text_reads_the_whole_hyphenated_unit() -> None:
    text = "Crews cleared a 40-square-kilometre swathe and towed the 310-nautical-mile cable."
    found = [(text[a:b], v.dimension) for a, b, v in scan_quantities(text)]
    assert found == [("40-square-kilometre", "area"), ("310-nautical-mile", "length")]
