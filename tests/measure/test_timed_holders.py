"""Times of two holders are two figures: the old record holder's mark ("Fiona Baird's mark
of 1hr 50min 43sec") against the new holder's time is no contradiction, while one runner's
time in each report still compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("Eilidh Munro took 2 minutes 31 seconds off Fiona Baird's mark of 1hr 50min 43sec "
     "over the 14-mile course.",
     "Eilidh Munro (Invercorrach AC) came home in 1:46:12, knocking two and a half minutes "
     "off the record.", "1hr 50min", "1:46:12"),
    ("Tomas Brell finished well inside Ana Kovac's record of 10 hours 12 minutes for the "
     "Harle channel.",
     "Tomas Brell (Ossel SC) crossed the Harle channel in 9 hours 5 minutes.",
     "10 hours", "9 hours"),
])
def test_a_holders_mark_is_no_time_of_another(tmp_path: Path, a: str, b: str, x: str,
                                              y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is not Verdict.CONFLICT, pairs


def test_one_runners_time_still_compares(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Eilidh Munro won the Corrach hill race in 1hr 48min 12sec.",
                   "Eilidh Munro (Invercorrach AC) came home in 1:46:12 at the Corrach race.")
    assert verdict_between(pairs, "1hr 48min", "1:46:12") is Verdict.CONFLICT, pairs
