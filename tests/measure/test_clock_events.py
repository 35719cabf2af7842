"""A clock time is one moment of its event, as a day is: two reports timing one event pair
however far apart their times ("the lockout took effect at 12:01 a.m." / "locked 1,400 of
our members out at 6 a.m."), and a noun of a verb and its particle ("lockout", "shutdown",
"walkout") names that verb's event."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure._dated import _particle_verb
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("Boreal Parcel said the lockout took effect at 12:01 a.m. and covers its seven depots.",
     "On Sunday at 6 a.m. Boreal Parcel locked 1,400 of our members out of their depots. "
     "Pickets stayed until 7 p.m.", "12:01", "6 a.m."),
    ("The walkout at the Harle plant began at 7am, the union said, and 300 staff joined.",
     "Staff at the Harle plant walked out at 10.30am, leaving lines idle until 9pm.",
     "7am", "10.30am"),
    ("The reactor's emergency shutdown came at 3.10pm, the regulator said.",
     "Operators shut the reactor down at 5.45pm after a pump failed; a review began at 9am.",
     "3.10pm", "5.45pm"),
])
def test_two_times_of_one_event_pair(tmp_path: Path, a: str, b: str, x: str,
                                     y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, x, y)
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("The Harle strike began at 7am on Thursday, the union said.",
     "The Harle strike ended at 7pm on Thursday, the union said.", "7am", "7pm"),
])
def test_times_of_two_events_stay_apart(tmp_path: Path, a: str, b: str, x: str,
                                        y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, x, y)
    assert got is not Verdict.CONFLICT, pairs


def test_a_time_goes_with_the_time_of_its_own_event(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Boreal Parcel said the lockout took effect at 12:01 a.m.",
                   "Pickets gathered at 5 a.m. outside the depots, and Boreal Parcel "
                   "locked 1,400 members out at 6 a.m.")
    assert verdict_between(pairs, "12:01", "6 a.m.") is Verdict.CONFLICT, pairs
    assert verdict_between(pairs, "12:01", "5 a.m.") is None, pairs


def test_the_time_a_span_runs_until_is_its_end_not_one_moment(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Harle fish market opened at 5am and trading ran until 11.30am.",
                   "Trading at the Harle fish market ran from 5 a.m. until 1 p.m.")
    assert verdict_between(pairs, "11.30am", "1 p.m.") is Verdict.CONFLICT, pairs
    assert verdict_between(pairs, "11.30am", "5 a.m.") is None, pairs


@pytest.mark.parametrize(("noun", "base"), [
    ("lockout", "lock"), ("shutdown", "shut"), ("walkout", "walk"), ("breakdown", "break"),
    ("payout", "pay"), ("rollout", "roll"), ("cutoff", "cut"),
])
def test_a_noun_of_a_verb_and_its_particle_names_the_verb(noun: str, base: str) -> None:
    assert _particle_verb(noun) == base


@pytest.mark.parametrize("word", ["about", "throughout", "without", "cover", "group"])
def test_a_word_ending_like_a_particle_is_no_such_noun(word: str) -> None:
    assert _particle_verb(word) is None
