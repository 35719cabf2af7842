"""A date after a verb of planning ("expected", "scheduled", "slated", "pencilled",
"targeted") dates the event its noun names right by it ("the first *injection* is expected
in 2030", "*completion* is slated for 2029"): one event with the other report's verb of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

_CASES = [
    ("At the depleted Harl gas field, the first injection is expected in {a}, the licence "
     "holder said after a long review.",
     "Regulators said the Harl field's first injection was now slated to begin in {b}."),
    ("The Penwick flood wall's completion is expected in {a}, council papers show.",
     "The council said the flood wall at Penwick, where completion is now expected in {b}, "
     "was over budget."),
]


@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("2030", "2028", Verdict.CONFLICT),
    ("2030", "2030", Verdict.AGREE),
])
def test_a_planned_event_is_named_by_its_noun(tmp_path: Path, case: tuple[str, str], a: str,
                                              b: str, verdict: Verdict) -> None:
    pairs = value_verdicts(tmp_path, case[0].format(a=a), case[1].format(b=b))
    assert verdict_between(pairs, a, b) is verdict, pairs
