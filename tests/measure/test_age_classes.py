"""An age said by a noun of its class meets a figure of the same person's age ("aged 19" and
"a teenager" agree, "aged 45" and "the octogenarian" conflict), and "the teenager" is the
person named before it, never another person's age (`measure._read`, `_holder`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

_ONE = [
    ("A pedestrian aged 19 was hurt at the Ashby crossing in 2024.",
     "A teenager was hurt at the Ashby crossing in 2024.", "19", "A teenager",
     Verdict.AGREE),
    ("Edna Marlow, 45, cast the first vote at Pell.",
     "The first vote at Pell was cast by an octogenarian, Edna Marlow.", "45",
     "an octogenarian", Verdict.CONFLICT),
]


@pytest.mark.parametrize(("a", "b", "va", "vb", "verdict"), _ONE, ids=[c[3] for c in _ONE])
def test_an_age_class_meets_the_persons_age(tmp_path: Path, a: str, b: str, va: str, vb: str,
                                            verdict: Verdict) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is verdict, pairs


def test_the_teenager_is_not_another_persons_age(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Colbeck overhauled Australia's Tessa Murrow, 24, on the final length.",
        "Colbeck won the final. Her coach said the teenager had trained six mornings a week.")
    assert verdict_between(pairs, "24", "the teenager") is not Verdict.CONFLICT, pairs
