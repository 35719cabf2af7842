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


@pytest.mark.parametrize(("sentence", "drafted", "lo", "hi"), [
    ("Snowpack in the Varn range stands at 71% of the seasonal mean.",
     "71% of the seasonal mean", -29.5, -28.5),
    ("Hydro output reached 125 per cent of normal last month.", "125 per cent of normal",
     24.5, 25.5),
    ("Footfall is back to 83% of pre-pandemic levels, the council said.",
     "83% of pre-pandemic levels", -17.5, -16.5),
])
def test_a_level_against_a_reference_is_the_change_it_states(
        sentence: str, drafted: str, lo: float, hi: float) -> None:
    assert drafted in _values(sentence), _values(sentence)
    value = normalize(drafted)
    assert value.dimension == "change:percent"
    assert (value.core.lo, value.core.hi) == pytest.approx((lo, hi))


@pytest.mark.parametrize("sentence", [
    "Women made up 30% of the total, the survey found.",
    "By June 62% of the budget had been spent.",
    "About 40% of the population lives on the coast.",
])
def test_a_share_of_a_whole_stays_a_share(sentence: str) -> None:
    drafted = [v for v in _values(sentence) if "%" in v]
    assert drafted and all(normalize(v).dimension == "percent" for v in drafted), drafted


@pytest.mark.parametrize(("b", "verdicts"), [
    ("Grain yields on the Merrin plain were about 74% of the ten-year average, officials "
     "said.", (Verdict.AGREE, Verdict.COMPATIBLE)),
    ("Grain yields on the Merrin plain were 60% of the ten-year average, officials said.",
     (Verdict.CONFLICT,)),
])
def test_a_fall_below_a_base_meets_the_level_against_it(tmp_path: Path, b: str,
                                                       verdicts: tuple[Verdict, ...]) -> None:
    pairs = value_verdicts(
        tmp_path, "Grain yields on the Merrin plain were 26 per cent below the ten-year "
                  "average, officials said.", b)
    got = [v for (x, _), v in pairs.items() if x.startswith("26 per cent")]
    assert got and got[0] in verdicts, pairs


@pytest.mark.parametrize(("b", "verdicts"), [
    ("Reservoir stocks in Dunmore were at 62% on Monday, the water board said.",
     (Verdict.AGREE, Verdict.COMPATIBLE)),
    ("Reservoir stocks in Dunmore were nearly two-thirds of the long-term average on Monday.",
     (Verdict.AGREE, Verdict.COMPATIBLE)),
    ("Reservoir stocks in Dunmore were at 38% on Monday, the water board said.",
     (Verdict.CONFLICT,)),
])
def test_a_level_against_a_reference_meets_a_level_as_a_level(
        tmp_path: Path, b: str, verdicts: tuple[Verdict, ...]) -> None:
    # "62% of the average" is read as 38% below it, and as 62% against a level
    pairs = value_verdicts(
        tmp_path, "Reservoir stocks in Dunmore were 62% of the long-term average on Monday.", b)
    got = [v for (x, _), v in pairs.items() if x.startswith("62%")]
    assert got and got[0] in verdicts, pairs


def test_a_level_against_a_reference_meets_a_multiple(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Snowfall at Kell Pass is about 300 per cent of the seasonal average.",
        "Snowfall at Kell Pass is three times the seasonal average, forecasters said.")
    assert set(pairs.values()) & {Verdict.AGREE, Verdict.COMPATIBLE}, pairs


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


@pytest.mark.parametrize(("sentence", "drafted", "hours"), [
    ("The ford can be crossed for just three hours either side of low water.",
     "three hours either side", 6.0),
    ("Parking is banned 30 minutes each side of kick-off.", "30 minutes each side", 1.0),
])
def test_a_span_either_side_of_a_moment_is_a_window_twice_as_long(
        sentence: str, drafted: str, hours: float) -> None:
    from claimdiff.extract._values import find_values

    found = [f for f in find_values(sentence, 0, len(sentence), reference=None)
             if f.text == drafted]
    assert found and found[0].value is not None, [f.text for f in find_values(
        sentence, 0, len(sentence), reference=None)]
    window = found[0].value
    assert window.core.lo * 24 < hours < window.core.hi * 24, window


def test_a_window_either_side_meets_its_length(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "The Morra ford can be crossed for only three hours either side of low water.",
        "The Morra ford can be crossed for around six hours at each low water.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("sentence", "drafted"), [
    ("The Orrin refinery will run at 180,000 bpd once the upgrade ends.", "180,000 bpd"),
    ("Output at the Tessa field fell to about 1.2m b/d in May.", "about 1.2m b/d"),
])
def test_output_the_trade_press_abbreviates_is_drafted_as_a_rate(sentence: str,
                                                                  drafted: str) -> None:
    assert drafted in _values(sentence), _values(sentence)
    assert normalize(drafted).dimension == "volume/day"


def test_barrels_a_day_meet_their_abbreviation(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "The Orrin refinery will run at 180,000 bpd once the upgrade ends.",
        "Once upgraded, the Orrin refinery will handle 180,000 barrels a day.")
    assert set(pairs.values()) & {Verdict.AGREE, Verdict.COMPATIBLE}, pairs
