"""A reward or a bounty is an offer: "offered a reward of £40,000" and "put up a £30,000
reward" are one role, so the two sums conflict instead of standing apart as an offer
against a plain figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs


@pytest.mark.parametrize(("noun", "x", "y"), [("reward", "£40,000", "£30,000"),
                                              ("bounty", "$75,000", "$50,000")])
def test_two_rewards_conflict(tmp_path: Path, noun: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path,
                   f"The gallery's insurers have offered a {noun} of {x} for the stolen vase.",
                   f"Insurers of the gallery have put up a {y} {noun} for the stolen vase.")
    assert pairs.get((x, y)) is Verdict.CONFLICT, pairs
