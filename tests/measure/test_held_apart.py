"""Figures of one thing that compare once held apart by a misreading: what a bare count
counts, read from the words the report gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize("b", [
    "Since then the number of bridges rated unsafe has climbed to 74.",
    "The number of road bridges in poor condition rose to 74 this spring.",
])
def test_the_number_of_a_noun_counts_that_noun(tmp_path: Path, b: str) -> None:
    pairs = _pairs(tmp_path, "Engineers said 52 bridges were unsafe after the floods in Harle.",
                   f"Harle's flood damage is still being counted. {b}")
    got = verdict_between(pairs, "52", "74")
    assert got is Verdict.CONFLICT, pairs


def test_the_number_of_one_thing_never_conflicts_with_a_count_of_another(
        tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The council closed 52 roads after the floods in Harle.",
                   "In Harle the number of bridges rated unsafe has climbed to 74.")
    got = verdict_between(pairs, "52", "74")
    assert got is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "outcome"), [
    ("Police said 31 cyclists and pedestrians had been injured on the Harle ring road.",
     "injuries"),
    ("Records show 31 hikers and climbers were seriously injured on the Harle ridge.",
     "people injured"),
    ("Rangers said 31 divers and swimmers have been rescued off Harle.", "people rescued"),
])
def test_two_groups_counted_as_one_are_counted_by_what_befell_them(
        tmp_path: Path, a: str, outcome: str) -> None:
    pairs = _pairs(tmp_path, a, f"The Harle authority recorded 44 {outcome} since May.")
    got = verdict_between(pairs, "31", "44")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b"), [
    ("Police said 31 cyclists and pedestrians had been injured on the ring road.",
     "Police said 12 cyclists had been injured on the ring road."),
    ("Police said 31 passengers and crew were killed in the crash.",
     "Police said 12 passengers were killed in the crash."),
])
def test_one_group_of_two_is_still_a_kind_of_the_people_counted(tmp_path: Path, a: str,
                                                                 b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, "31", "12")
    assert got is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize("a", [
    "Under the new cap the standing charge rises to 58.4p a day from April.",
    "Within the regulator's limit the standing charge climbs to 58.4p a day from April.",
])
def test_a_role_noun_the_figure_is_said_under_is_no_role_of_it(tmp_path: Path,
                                                              a: str) -> None:
    pairs = _pairs(tmp_path, a, "From April the standing charge goes up to 61.2p a day.")
    got = verdict_between(pairs, "58.4p", "61.2p")
    assert got is Verdict.CONFLICT, pairs


def test_a_role_noun_whose_own_figure_follows_is_still_its_role(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Boats fish under a quota of 63,500 tonnes this year.",
                   "Boats landed 68,500 tonnes this year.")
    got = verdict_between(pairs, "63,500", "68,500")
    assert got is not Verdict.CONFLICT, pairs
