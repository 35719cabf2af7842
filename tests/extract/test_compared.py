"""A percentage set against a base is drafted with it ("35% below the long-term average"),
read as the size of a change, and never as the level a multiple states."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import extract_text
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts


def _values(sentence: str) -> list[str]:
    return [c.value.text for c in extract_text(sentence, published="2025-03-05").claims
            if c.value is not None]


@pytest.mark.parametrize(("sentence", "drafted"), [
    ("Snowfall in the hills was 35% below the long-term average, forecasters said.",
     "35% below the long-term average"),
    ("Ticket sales for the tour ran 18 per cent above forecast.", "18 per cent above forecast"),
    ("Pupil numbers are 4% below the ten-year average in the county.",
     "4% below the ten-year average"),
    ("The ferry's fuel bill was 9 percent above budget in March.", "9 percent above budget"),
])
def test_a_percentage_is_drafted_with_its_base(sentence: str, drafted: str) -> None:
    assert drafted in _values(sentence), _values(sentence)
    assert normalize(drafted).dimension == "change:percent"


@pytest.mark.parametrize(("sentence", "drafted"), [
    ("Water use was 12% above zorbly levels in the valley.", "12%"),  # no base it knows
    ("The levy, at 3% above all, was dropped.", "3%"),
    ("Turnout of 61% was well above that of the last election.", "61%"),
])
def test_no_base_read_whole_leaves_the_figure_alone(sentence: str, drafted: str) -> None:
    assert drafted in _values(sentence), _values(sentence)


def test_a_base_word_is_no_value_of_its_own() -> None:
    # "ten-year" is the base's, not a duration drafted beside the figure
    assert _values("Yields were 14% below the ten-year average.") == [
        "14% below the ten-year average"]


def test_a_rise_against_a_base_is_no_level_a_multiple_states(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Winter snowfall in the Carrow hills was 35% above average, the met office "
                  "said.",
        "Winter snowfall in the Carrow hills was 1.35 times the average, the met office said.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("b", "verdict"), [
    ("Spring rainfall in Tollen fell about 60% short, with totals 60% below normal, the "
     "ministry said.", Verdict.COMPATIBLE),
    ("Spring rainfall in Tollen was 45% below normal, the ministry said.", Verdict.CONFLICT),
])
def test_changes_against_bases_compare_by_their_size(tmp_path: Path, b: str,
                                                     verdict: Verdict) -> None:
    pairs = value_verdicts(
        tmp_path, "Spring rainfall in Tollen was 62% below the long-term average, the ministry "
                  "said.", b)
    got = [v for (x, _), v in pairs.items() if x.startswith("62%")]
    want = (verdict, Verdict.AGREE) if verdict is Verdict.COMPATIBLE else (verdict,)
    assert got and got[0] in want, pairs


def test_a_base_dated_a_year_earlier_is_no_rate(tmp_path: Path) -> None:
    # "a year earlier" after the base dates it: no "per year" figure against a plain rise
    pairs = value_verdicts(
        tmp_path, "The typical Arnby house price was 7 per cent above the level a year "
                  "earlier, agents said.",
        "The typical Arnby house price was up 6.8% from March 2024, agents said.")
    assert pairs.get(("7 per cent above the level", "6.8%")) in (
        Verdict.AGREE, Verdict.COMPATIBLE), pairs
