"""An earlier record read from the grammar: a record named as the value's own and placed
before the report (set in an earlier year, called old or previous) is an earlier figure,
while a record alone ("a record 47 gigawatts") says nothing of when."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs


def _role(sentence: str, phrase: str) -> str | None:
    claim = Claim(id="c", source="s", subject="x", predicate="was", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(sentence),
                         reference=date(2025, 3, 3)).role


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The record for Brask, 41 degrees, was set in 1983.", "41 degrees"),
    ("He fell short of the course record of 212 points set in 2011.", "212 points"),
    ("The 1998 record of 7.2 metres still stands.", "7.2 metres"),
    ("The mark to beat, a record established in 2004, is 3 hours 12 minutes.",
     "3 hours 12 minutes"),
    ("Its rainfall record, 88 millimetres, dates from 1961.", "88 millimetres"),
    ("The old record for the Ferrin relay was 41 minutes.", "41 minutes"),
    ("The 14-year-old track record of 58 seconds fell on Sunday.", "58 seconds"),
    ("Her 61.2 metres was well beyond the standing record, 58.4 metres, set in 2016.",
     "58.4 metres"),
])
def test_a_record_set_before_the_report_is_an_earlier_figure(sentence: str,
                                                              phrase: str) -> None:
    assert _role(sentence, phrase) == "previous"


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Power use hit a record 52 gigawatts on Monday.", "52 gigawatts"),
    ("Kessel set a new record of 212 points in 2025.", "212 points"),
    ("The record for Brask, 41 degrees, was set on Monday.", "41 degrees"),
    ("Temperatures reached 43 degrees, beating the record set in 1983.", "43 degrees"),
    ("Brask reached 43 degrees, and the record of 41 degrees from 1983 fell.", "43 degrees"),
    ("Sales of 41,000 units in 2019 were a record.", "41,000 units"),
])
def test_a_record_of_today_or_of_no_stated_time_takes_no_role(sentence: str,
                                                               phrase: str) -> None:
    assert _role(sentence, phrase) is None


def test_todays_high_against_an_old_record_is_no_conflict(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The thermometer in Brask climbed to 39 degrees on Saturday.",
                   "The record for Brask, 47 degrees, was set in 1983.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


def test_two_reports_of_one_old_record_still_conflict(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The record for the Brask hill, 143 metres, was set in 1998.",
                   "The Brask hill record of 131 metres was set in 1998.")
    assert pairs.get(("143 metres", "131 metres")) is Verdict.CONFLICT, pairs


def test_the_day_a_record_was_set_is_no_day_of_todays_event(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Ferrin bridge swim took 47 minutes on Sunday.",
                   "The Ferrin bridge swim record of 38 minutes was set in 2012.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


def test_two_days_one_old_record_was_set_still_conflict(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Ferrin bridge swim record of 38 minutes was set in 2012.",
                   "The Ferrin bridge swim record of 38 minutes was set in 2009.")
    assert pairs.get(("in 2012", "in 2009")) is Verdict.CONFLICT, pairs
