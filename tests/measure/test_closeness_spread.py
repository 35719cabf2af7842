"""A vague amount of no number ("hundreds of", "for months") is close to a figure it allows
only as much as it is to every figure it allows; a ceiling ("within a year") is close to
the figures near it, not to everything under it (`measure._closeness`). Figures, hedged
figures, ranges and small vague amounts stay fully close to what they overlap."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement
from claimdiff.measure._closeness import closeness
from claimdiff.normalization import normalize


def _m(source: str, phrase: str) -> Measurement:
    value = normalize(phrase)
    return Measurement(source, "c1", "value", phrase, value.dimension or "count", value=value)


def _close(a: str, b: str) -> float:
    return closeness(_m("a", a), _m("b", b))


@pytest.mark.parametrize(("vague", "figure", "nearer"), [
    ("hundreds of staff", "around 620 staff", "around 700 staff"),
    ("dozens of flights", "40 flights", "45 flights"),
    ("thousands of fans", "3,500 fans", "3,800 fans"),
    ("tens of thousands of households", "35,000 households", "37,000 households"),
    ("hours", "2.9 hours", "3 hours"),
    ("for weeks", "for 20 days", "for three weeks"),
    ("hours", "just under three hours", "2 hours 51 minutes"),  # a vague amount under a bound
])
def test_a_vague_amount_is_less_close_than_a_figure_near_it(
        vague: str, figure: str, nearer: str) -> None:
    spread = _close(vague, figure)
    assert 0.5 < spread < 1.0
    assert _close(nearer, figure) > spread


@pytest.mark.parametrize(("ceiling", "figure", "expected_below"), [
    ("within a year", "six months", 0.7),
    ("under 50 per cent", "30%", 0.7),
    ("up to 2,000 jobs", "900 jobs", 0.7),
    ("nearly a third", "18%", 0.7),  # "nearly" names its figure too
    ("almost 2,000 jobs", "1,300 jobs", 0.9),
])
def test_a_ceiling_is_less_close_to_a_figure_far_under_it(
        ceiling: str, figure: str, expected_below: float) -> None:
    assert _close(ceiling, figure) < expected_below


@pytest.mark.parametrize(("a", "b"), [
    ("less than a third", "31%"),  # just under the ceiling it names
    ("nearly a third", "30%"),
    ("nearly £2.5 million", "£2.3 million"),
    ("under 50 per cent", "45%"),
    ("up to $450", "$450"),
    ("up to $450", "from $85 to $450"),  # a range reaching the ceiling
    ("about 2,300", "2,000"),  # an approximated figure reaches n +- 20 %
    ("half", "42 per cent"),
    ("between 20 and 30", "25"),  # a range names the figures it allows
    ("several", "5"),  # a small vague amount is as close as its loose figure
    ("a few days", "3 days"),
    ("at least 38", "40"),
])
def test_figures_bounds_and_ranges_stay_fully_close(a: str, b: str) -> None:
    assert _close(a, b) == 1.0
