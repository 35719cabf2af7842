"""A figure restated in another unit in brackets is drafted once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimdiff.extract._values import find_values
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts


@pytest.mark.parametrize(("sentence", "texts"), [
    ("The storm dropped 212mm (almost 8.5 inches) of rain on Varno.", ["212mm"]),
    ("The Orla Star, a 290-metre (951 ft) tanker, ran aground.", ["290-metre"]),
    ("Temperatures hit 41C (106F) in Belsk on Tuesday.", ["41C", "Tuesday"]),
    # no restatement: the bracket gives another figure, or a figure of another kind
    ("The storm dropped 212mm (15 inches) of rain on Varno.", ["212mm", "15 inches"]),
    ("The fine was £40,000 (€46,000), the court said.", ["£40,000", "€46,000"]),
    ("Twelve of the crew (of 40) were rescued.", None),
])
def test_a_bracketed_restatement_is_one_figure(sentence: str, texts: list[str] | None) -> None:
    found = [f.text for f in find_values(sentence, 0, len(sentence), reference=date(2025, 3, 3))]
    if texts is None:
        assert len(found) >= 2, found  # counts are never taken for restatements
    else:
        assert found == texts, found


def test_the_figure_not_its_restatement_meets_the_other_report(tmp_path: Path) -> None:
    got = value_verdicts(tmp_path,
                         "The gauge at Varno recorded 187.2 mm of rain in 24 hours.",
                         "The gauge at Varno recorded 212mm (almost 8.5 inches) of rain "
                         "in 24 hours.")
    assert got.get(("187.2 mm", "212mm")) is Verdict.CONFLICT, got
