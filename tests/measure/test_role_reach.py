"""A role word qualifies only the figure of its own clause and noun phrase: not a figure in
a clause "after" opens, nor a figure of a person the role word titles ("the goal shooter")."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize(("a", "b"), [
    ("Tenants were promised their rents would be frozen after the trust paid £4.2m for the "
     "Ashgrove estate.", "The trust paid £5.9m for the Ashgrove estate, the council said."),
    ("Staff had been promised a pay rise since the brewery sold its Kell depot for $31 "
     "million.", "The brewery sold its Kell depot for $44 million last spring."),
])
def test_a_role_of_another_clause_does_not_reach_the_figure(tmp_path: Path, a: str,
                                                              b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, "4.2m", "5.9m") or verdict_between(pairs, "31", "44")
    assert got is Verdict.CONFLICT, pairs


def test_a_role_of_the_figures_own_clause_still_holds_it_apart(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "After the vote the trust promised to pay £4.2m for the estate.",
                   "The trust paid £5.9m for the Ashgrove estate, the council said.")
    assert verdict_between(pairs, "4.2m", "5.9m") is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize("title", ["goal shooter", "goal scorer"])
def test_a_role_word_titling_a_person_is_no_role_of_the_figure(tmp_path: Path,
                                                                title: str) -> None:
    pairs = _pairs(tmp_path, f"The {title}, 24, hit 29 goals as Harrow Vale won the final.",
                   "Mia Orrell scored 33 goals for Harrow Vale in the final.")
    assert verdict_between(pairs, "29", "33") is Verdict.CONFLICT, pairs


def test_a_target_said_of_the_figure_still_holds_it_apart(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The club's goal is 29 wins this season, the coach said.",
                   "The club won 33 games this season.")
    assert verdict_between(pairs, "29", "33") is not Verdict.CONFLICT, pairs


def test_a_figures_kind_said_of_a_person_still_holds_it_apart(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The typical nurse in Dalmor earns $41 an hour.",
                   "The minimum wage in Dalmor is $19 an hour.")
    assert verdict_between(pairs, "41", "19") is not Verdict.CONFLICT, pairs
