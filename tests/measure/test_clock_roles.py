"""A time of day is when, as a date is: a role only an amount has (a limit, a maximum, an
average, an offer) said in its sentence is the amount's, never the clock time's."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("Ashby admitted speeding on the Tolley bypass, where the limit is 50mph, at 11.40pm "
     "on 3 August.", "Police chased Ashby along the Tolley bypass at 2.15am on 3 August.",
     "11.40pm", "2.15am"),
    ("The Harle ferry, licensed for a maximum of 400 passengers, left the quay at 9.15am "
     "on Friday.", "The Harle ferry left the quay at 11.30am on Friday.", "9.15am", "11.30am"),
    ("Bidding on the Orrin farm opened at an average of £9,000 an acre at 2pm on Tuesday.",
     "Bidding on the Orrin farm opened at 4.30pm on Tuesday.", "2pm", "4.30pm"),
])
def test_a_clock_time_takes_no_role_of_an_amount_in_its_sentence(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, x, y)
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("Ashby admitted speeding on the Tolley bypass, where the limit is 50mph, at 11.40pm "
     "on 3 August.", "Police clocked Ashby at 95mph on the Tolley bypass at 11.40pm.",
     "50mph", "95mph"),
    ("The Harle ferry, licensed for a maximum of 400 passengers, left the quay at 9.15am.",
     "The Harle ferry left the quay at 9.15am carrying 310 passengers.", "400", "310"),
])
def test_the_amount_keeps_its_role(tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, x, y)
    assert got is not Verdict.CONFLICT, pairs
