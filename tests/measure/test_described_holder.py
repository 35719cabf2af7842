"""A figure standing before a common noun and a name describes that name ("£18m hitman Luka
Brennan"): the figure is the name's, whoever the sentence is about
(`measure._subject._described`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


@pytest.mark.parametrize(("a", "b", "x", "y", "verdict"), [
    ("Brennan joined Rovers from Kovac Split in the summer for £18 million.",
     "ASHWORTH Rovers have been rocked by news that £18m hitman Luka Brennan faces two "
     "months out.", "£18 million", "£18m", Verdict.AGREE),
    ("Okonkwo moved to Harlow Town for a fee of £4.5 million in August.",
     "Harlow Town fans fear their £6m striker Emeka Okonkwo will miss the derby.",
     "£4.5 million", "£6m", Verdict.CONFLICT),
])
def test_a_described_name_holds_the_figure(tmp_path: Path, a: str, b: str, x: str, y: str,
                                           verdict: Verdict) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is verdict, pairs


def test_a_verb_after_the_noun_is_no_description(tmp_path: Path) -> None:
    # "The 25-year licence commits Kam Wah": the licence's term, not Kam Wah's figure
    pairs = value_verdicts(
        tmp_path,
        "The 25-year licence commits Kam Wah to a new hotel on the Broadwater.",
        "The watchdog gave Kam Wah Leisure thirty years to run the casino on the Broadwater.")
    assert verdict_between(pairs, "25-year", "thirty years") is Verdict.CONFLICT, pairs
