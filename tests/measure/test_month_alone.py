"""A month written alone after its preposition ("opened *in April*", "ends *in November*")
dates a one-off event as a year alone does: two reports dating one event in two months are
in conflict, however far apart the months and whatever else their sentences say."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

_CASES = [
    ("The Selby ferry crossing opened in {a}, two months late, and carried 40,000 people "
     "in its first season.",
     "The Selby ferry crossing was launched in {b} and has been busy ever since."),
    ("Voting in the Drummond dockers' ballot closes in {a}.",
     "The Drummond dockers' ballot ends in {b}, the union said."),
]


@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("April", "June", Verdict.CONFLICT),
    ("April", "April", Verdict.AGREE),
])
def test_two_months_of_one_event(tmp_path: Path, case: tuple[str, str], a: str, b: str,
                                 verdict: Verdict) -> None:
    pairs = value_verdicts(tmp_path, case[0].format(a=a), case[1].format(b=b),
                           da="3 August 2025", db="3 August 2025")
    assert verdict_between(pairs, a, b) is verdict, pairs
