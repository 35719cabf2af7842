"""People counted as a place's ("a town of 93,000 people", "home to", "live in") are its
population: never the count of what befell some of them, always its residents."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

_PLACE = ["Pell, a town of {n} people, was cut off by the floods.",
          "Pell, home to {n} people, was cut off by the floods.",
          "About {n} people live in Pell, which was cut off by the floods."]


@pytest.mark.parametrize("a", _PLACE)
def test_a_places_people_never_conflict_with_those_the_floods_cut_off(
        tmp_path: Path, a: str) -> None:
    pairs = _pairs(tmp_path, a.format(n="93,000"),
                   "The floods cut off 45,000 people in the Pell valley.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("n", "verdict"), [("93,000", Verdict.AGREE),
                                            ("71,000", Verdict.CONFLICT)])
def test_a_places_people_are_its_residents(tmp_path: Path, n: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, "Pell, a town of 93,000 people, was cut off by the floods.",
                   f"Pell, which has {n} residents, was cut off by the floods.")
    assert pairs.get(("93,000 people", f"{n} residents")) is verdict, pairs
