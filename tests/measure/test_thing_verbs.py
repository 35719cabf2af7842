"""A word of a class of things right before a value with a noun of its own is a verb taking
it ("It *houses* four linear accelerators"), not what the value counts
(`measure._what.what_measured`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


@pytest.mark.parametrize(("a", "b", "va", "vb"), [
    ("The new Brenn clinic houses six MRI scanners and a day ward.",
     "The new Brenn clinic has eight MRI scanners, its director said.", "six MRI scanners",
     "eight MRI scanners"),
    ("The Ardley depot houses 14 snow ploughs for the county roads.",
     "The county keeps 19 snow ploughs at the Ardley depot.", "14 snow ploughs",
     "19 snow ploughs"),
])
def test_a_thing_verb_before_a_count_is_not_what_it_counts(tmp_path: Path, a: str, b: str,
                                                           va: str, vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is Verdict.CONFLICT, pairs
