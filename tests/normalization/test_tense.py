"""Weekdays and dates without a year are read by the tense and intent of their sentence."""

from __future__ import annotations

import pytest

from claimdiff.normalization import normalize, scan_temporal

WEDNESDAY = "2024-06-12"


@pytest.mark.parametrize("phrase, context, day", [
    ("Thursday", "Unions have called a strike for Thursday", "2024-06-13"),
    ("for Thursday", "Unions have called a strike for Thursday", "2024-06-13"),
    ("on Tuesday", "The minister will meet the unions on Tuesday", "2024-06-18"),
    ("on Tuesday", "The minister said on Tuesday that talks had failed", "2024-06-11"),
    ("Tuesday", "future", "2024-06-18"),
    ("Tuesday", "past", "2024-06-11"),
    ("Thursday", None, "2024-06-06"),  # no sentence: news reports the past
    ("June 20", "The vote is due on June 20", "2024-06-20"),
    ("Friday", "Talks will run until Friday", "2024-06-14"),
])
def test_weekdays_follow_their_sentence(phrase: str, context: str | None, day: str) -> None:
    value = normalize(phrase, reference=WEDNESDAY, context=context)
    assert value.timex == day


def test_the_scanner_reads_a_plan_forward() -> None:
    found = scan_temporal("Unions have called a strike for Thursday.", reference=WEDNESDAY)
    assert [v.timex for _, _, v in found if v is not None] == ["2024-06-13"]
