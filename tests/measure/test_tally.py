"""A running tally told at a time of day ("by 10am", "as of Thursday morning") has that time
as its period: two tallies at two times are two figures, never a conflict; a tally at one
time on both sides, or a day alone, still is one figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


def _period(text: str, phrase: str) -> tuple[str, ...]:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text)).period


@pytest.mark.parametrize(("text", "phrase", "tally"), [
    ("Rescuers had pulled 31 people from the rubble by 10am.", "31 people", "by 10am"),
    ("The appeal had raised £48,000 by Tuesday evening.", "£48,000", "by tuesday evening"),
    ("The fund stood at $2.1 million as of Friday morning.", "$2.1 million",
     "by friday morning"),
    ("By midday, 140 flights had been cancelled at Orvik.", "140 flights", "by midday"),
    ("Volunteers had planted 600 saplings by 16:30 on the first day.", "600 saplings",
     "by 16:30"),
])
def test_a_tally_at_a_time_of_day_has_that_time_as_its_period(text: str, phrase: str,
                                                              tally: str) -> None:
    assert tally in _period(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("As of Thursday, 86 patients had fallen ill.", "86 patients"),  # a day's figure
    ("Prices rose by 12 per cent in the year.", "12 per cent"),  # a change's size
    ("Twelve planes were deployed, and teams had sprayed 900 hectares by Monday evening.",
     "Twelve planes"),  # the time is the next clause's
    ("The council approved 40 new homes by a vote of 7 to 2.", "40 new homes"),
])
def test_no_tally_without_a_time_of_day_in_the_figure_s_own_clause(text: str,
                                                                   phrase: str) -> None:
    assert not [p for p in _period(text, phrase) if p.startswith("by ")]


def test_two_tallies_at_two_times_are_no_conflict(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "An online petition to keep the Harle lido open had about 4,000 signatures "
        "by Monday evening, its organisers said.",
        "The petition to keep the Harle lido open had more than 9,500 signatures as of "
        "Wednesday morning, organisers said.")
    assert verdict_between(pairs, "4,000", "9,500") is not Verdict.CONFLICT, pairs


def test_one_tally_at_one_time_still_conflicts(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "An online petition to keep the Harle lido open had about 4,000 signatures "
        "by Monday evening, its organisers said.",
        "The petition to keep the Harle lido open had 9,500 signatures by Monday evening, "
        "organisers said.")
    assert verdict_between(pairs, "4,000", "9,500") is Verdict.CONFLICT, pairs
