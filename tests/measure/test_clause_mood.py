"""The future of a figure's clause, said before its verb out of the close window ("The
move will save the cash-strapped authority about £1.53m a year"): one look forward with a
forecast of the same figure, so the two may conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import Measurement, SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


def _m(text: str, phrase: str) -> Measurement:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text))


@pytest.mark.parametrize(("text", "phrase", "modality"), [
    ("The move, approved on Thursday, will save the cash-strapped authority about £1.53m a "
     "year.", "about £1.53m a year", "future"),
    ("The new plant will supply the region's homes with 40 megawatts.", "40 megawatts",
     "future"),
    ("The tour will take the orchestra's players to 14 cities.", "14 cities", "future"),
    ("The move saved the cash-strapped authority about £1.5m last year.", "about £1.5m",
     None),
    # the future of the main clause is not that of a clause of its own
    ("Residents will be told more after 40 homes flooded in March.", "40 homes", None),
])
def test_the_future_of_the_figures_clause_is_its_mood(text: str, phrase: str,
                                                      modality: str | None) -> None:
    assert _m(text, phrase).modality == modality


def test_a_forecast_and_the_same_figure_said_in_the_future_conflict(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "The new bin rota at Harwell is expected to save £1.35 million a year.",
        "The new bin rota at Harwell will save the cash-strapped council about £1.53m a year.")
    assert verdict_between(pairs, "£1.35 million", "£1.53m") is Verdict.CONFLICT, pairs


def test_a_forecast_against_what_was_saved_is_no_conflict(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "The new bin rota at Harwell is expected to save £1.35 million a year.",
        "The old bin rota at Harwell saved the cash-strapped council about £1.53m a year.")
    assert verdict_between(pairs, "£1.35 million", "£1.53m") is not Verdict.CONFLICT, pairs
