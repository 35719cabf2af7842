"""Two figures a report pair holds apart by the language: the group a share is of, an
earlier figure said with "originally", and the contradictions those readings must keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs


@pytest.mark.parametrize(("a", "b"), [
    ("A poll found 54% of teachers backed the strike.",
     "A survey found only 31% of parents backed the strike."),
    ("The study found 47% of nurses in the region reported burnout.",
     "It found that 29% of doctors reported burnout."),
    ("Some 71% of Varden households recycle their glass.",
     "About 46% of businesses recycle their glass."),
])
def test_shares_of_two_groups_never_conflict(tmp_path: Path, a: str, b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("A poll found 54% of teachers backed the strike.",
     "A survey found only 31% of teachers backed the strike.", "54%", "31%"),
    ("A poll found 54% of teachers backed the strike.",
     "A survey found only 31% of all secondary teachers backed the strike.", "54%", "31%"),
    ("Turnout was 61% of registered voters.", "Turnout was 48% of voters.", "61%", "48%"),
    ("Kovac won 52% of the vote.", "Kovac took 44% of ballots cast.", "52%", "44%"),
    ("The grant pays 40% of the cost of a heat pump.",
     "The grant pays 55% of installation costs for a heat pump.", "40%", "55%"),
])
def test_shares_of_one_group_still_conflict(tmp_path: Path, a: str, b: str, x: str,
                                            y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get((x, y)) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("adverb", ["originally", "initially"])
def test_an_earlier_figure_said_with_originally_is_no_final_one(tmp_path: Path,
                                                                adverb: str) -> None:
    pairs = _pairs(tmp_path,
                   f"The new bridge, {adverb} priced at £84m, finally cost £131m.",
                   "The new bridge cost £96 million, the council said.")
    assert pairs.get(("£84m", "£96 million")) is not Verdict.CONFLICT, pairs


def test_two_final_figures_still_conflict(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The new bridge finally cost £131m, the council said.",
                   "The new bridge cost £96 million, auditors said.")
    assert pairs.get(("£131m", "£96 million")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b"), [
    ("A Zone 2 season ticket will cost £1,840 from January.",
     "Commuters buying a Zone 4 season ticket will pay £2,310 from January."),
    ("Class B fines rose to £620 last month.", "Class C fines rose to £350 last month."),
    ("Flight 417 was delayed by 95 minutes.", "Flight 302 was delayed by 40 minutes."),
])
def test_two_members_of_a_series_never_conflict(tmp_path: Path, a: str, b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert Verdict.CONFLICT not in pairs.values(), pairs


def test_one_member_of_a_series_still_conflicts(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "A Zone 2 season ticket will cost £1,840 from January.",
                   "Commuters buying a Zone 2 season ticket will pay £2,310 from January.")
    assert pairs.get(("£1,840", "£2,310")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("participle", ["placed", "ranked", "seeded"])
def test_an_ordinal_before_a_name_is_that_names_place(tmp_path: Path,
                                                      participle: str) -> None:
    pairs = _pairs(tmp_path, "Kelmarsh finished fourth in the table.",
                   f"Kelmarsh then beat sixth-{participle} Arnholt in the semi-final.")
    assert pairs.get(("fourth", "sixth")) is not Verdict.CONFLICT, pairs


def test_one_teams_place_still_conflicts(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Kelmarsh finished fourth in the table.",
                   "Kelmarsh finished sixth in the table.")
    assert pairs.get(("fourth in the table", "sixth in the table")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("year", "conflict"), [("2023", False), ("2025", True)])
def test_last_season_is_of_the_years_it_may_span(tmp_path: Path, year: str,
                                                  conflict: bool) -> None:
    pairs = _pairs(tmp_path, "Kelmarsh, who finished 11th in the league last season, won.",
                   f"In {year} Kelmarsh finished 14th in the league.",
                   da="20 September 2026", db="21 September 2026")
    assert (pairs.get(("11th in the league", "14th in the league")) is Verdict.CONFLICT) \
        is conflict, pairs


@pytest.mark.parametrize("span", ["ten-year average", "long-term average", "30-year mean"])
def test_an_average_over_years_is_no_figure_of_one_year(tmp_path: Path, span: str) -> None:
    pairs = _pairs(tmp_path, "Rainfall this autumn averaged 212mm across the county.",
                   f"Autumn rainfall came in well above the {span} of 164mm.")
    assert pairs.get(("212mm", "164mm")) is not Verdict.CONFLICT, pairs


def test_two_averages_over_years_still_conflict(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Rainfall was well above the ten-year average of 164mm.",
                   "Rain fell well above the ten-year average of 190mm.")
    assert pairs.get(("164mm", "190mm")) is Verdict.CONFLICT, pairs


def test_a_numbered_place_that_is_the_value_is_no_member_of_a_series() -> None:
    """'platform 7' compared with 'platform 4' is the figure itself, not a designator of it."""
    from claimdiff.measure._labels import designators

    sentence = "The express left from platform 7 with Band A fares."
    own = (sentence.index("platform"), sentence.index("platform") + len("platform 7"))
    assert designators(sentence, own) == {("band", "A")}
    assert designators(sentence) == {("band", "A"), ("platform", "7")}


@pytest.mark.parametrize(("b", "conflict"), [
    ("Last season's cocoa crop came to 478,000 tonnes, the board said.", False),
    ("The cocoa crop of the 2025/26 season came to 478,000 tonnes, the board said.", False),
    ("The board put the cocoa crop for the 2026-27 season at 478,000 tonnes.", True),
])
def test_a_season_named_by_its_two_years_is_no_other_season(tmp_path: Path, b: str,
                                                             conflict: bool) -> None:
    pairs = _pairs(tmp_path, "The cocoa crop for the 2026/27 season will come to 412,000 tonnes.",
                   b, da="12 November 2026", db="13 November 2026")
    assert (pairs.get(("412,000 tonnes", "478,000 tonnes")) is Verdict.CONFLICT) is conflict, pairs
