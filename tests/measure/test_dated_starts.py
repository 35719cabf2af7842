"""The year a thing began, its age and its history: one measure in two dimensions, read on
one axis; two such years of two things stay dates, and a person's age is no thing's."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

_DAY = "9 March 2026"
_MET = (Verdict.AGREE, Verdict.COMPATIBLE)


@pytest.mark.parametrize(("age", "met"), [(47, True), (30, False)])
@pytest.mark.parametrize(("a", "b", "year"), [
    ("The storm culvert, installed in 1979, gave way under the weight of the floodwater.",
     "Engineers blamed the collapse on a {n}-year-old storm culvert.", "in 1979"),
    ("The footbridge over the Teme, erected in 1979, was shut on Friday after an inspection.",
     "Inspectors shut a {n}-year-old footbridge over the Teme on Friday.", "in 1979"),
    ("The tram tracks on Lowgate, laid in 1979, will be torn up next spring.",
     "The {n}-year-old tram tracks on Lowgate will be torn up next spring.", "in 1979"),
], ids=["installed", "erected", "laid"])
def test_the_year_a_thing_was_installed_laid_or_erected_says_its_age(
        tmp_path: Path, a: str, b: str, year: str, age: int, met: bool) -> None:
    pairs = value_verdicts(tmp_path, a, b.format(n=age), da=_DAY, db=_DAY)
    got = verdict_between(pairs, year, f"{age}-year-old")
    assert got is (Verdict.AGREE if met else Verdict.CONFLICT), pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    ("The Halvey choir celebrates its 95-year history with a concert on Saturday.",
     "The Halvey choir, founded in 1931, will sing at the concert on Saturday.",
     ("95-year", "in 1931")),
    ("The Merrow ferry celebrates its 60-year existence on Sunday, the operator said.",
     "The Merrow ferry, launched in 1966, will mark the date on Sunday, the operator said.",
     ("60-year", "in 1966")),
])
def test_a_history_lasts_up_to_the_report_as_the_year_it_began_says(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    assert verdict_between(pairs, *pair) in _MET, pairs


def test_a_date_a_bond_matures_is_its_term_from_the_report(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Harlow Water sold £300 million of bonds maturing in 2031, its treasurer said.",
        "Harlow Water's treasurer said it had sold £300 million of bonds for five years.",
        da=_DAY, db=_DAY)
    assert verdict_between(pairs, "in 2031", "five years") in _MET, pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    # two things' starting years: two dates, never one age in conflict
    ("The old pier at Selsey, built in 1902, is closed to walkers.",
     "The lifeboat slipway at Selsey, installed in 1988, is closed to walkers.",
     ("in 1902", "in 1988")),
    # a person's age in apposition is no age of the thing begun
    ("The Wrenfield library, founded in 1955, will close, its head Ann Rowe said.",
     "Ann Rowe, 64, said the Wrenfield library would close in June.",
     ("in 1955", "64")),
    # "laid off" dates no start of a thing's life
    ("Forty staff at the Coombe mill were laid off in 2019, the union said.",
     "The 40-year-old Coombe mill shed forty staff, the union said.",
     ("in 2019", "40-year-old")),
])
def test_no_conflict_between_a_things_start_and_another_age(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    assert verdict_between(pairs, *pair) is not Verdict.CONFLICT, pairs
