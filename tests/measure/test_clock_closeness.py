"""Two times of day are as close as the minutes between them round the clock: minutes after
midnight start at an hour of no meaning, so a pair of early-hours times is no further apart
than the same pair twelve hours on, and the hours either side of midnight are neighbours.

The reports are written for this test; a shifted time must keep a conflict a conflict and
an agreement an agreement (so no case passes by pairing nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import Measurement
from claimdiff.measure._clock import clock_reading
from claimdiff.measure._closeness import apart, closeness
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs


def _m(phrase: str) -> Measurement:
    read = clock_reading(phrase)
    assert read is not None, phrase
    return Measurement("s", "c", "value", phrase, "time of day", value=read[1])


@pytest.mark.parametrize(("a", "b", "c", "d"), [
    ("02:40", "about 4am", "14:40", "about 4pm"),
    ("1am", "3.30am", "1pm", "3.30pm"),
    ("just after midnight", "2am", "just after noon", "2pm"),
])
def test_early_hours_are_as_close_as_the_same_hours_of_the_afternoon(
        a: str, b: str, c: str, d: str) -> None:
    assert closeness(_m(a), _m(b)) == pytest.approx(closeness(_m(c), _m(d)), abs=0.02)
    assert closeness(_m(a), _m(b)) > 0.7


@pytest.mark.parametrize(("a", "b"), [("11.50pm", "1.20am"), ("23:30", "00:45")])
def test_the_hours_either_side_of_midnight_are_neighbours(a: str, b: str) -> None:
    assert closeness(_m(a), _m(b)) > 0.8
    assert apart(_m(a), _m(b)) == 1.0  # never "an order of magnitude apart"


def test_half_a_day_apart_is_not_close() -> None:
    assert closeness(_m("4am"), _m("4pm")) == 0.0
    assert closeness(_m("9am"), _m("1.30pm")) < closeness(_m("9am"), _m("10.15am"))


@pytest.mark.parametrize(("b_time", "verdict"), [("2.10am", Verdict.AGREE),
                                                  ("4.30am", Verdict.CONFLICT)])
@pytest.mark.parametrize(("a", "b"), [
    ("A cargo train left the rails near Osterby at 2.10am, spilling grain over the line.",
     "Grain lay across the tracks after the freight train derailed at {t} outside Osterby."),
    ("The first tremor shook the island at 2.10am, waking residents across Vellmar.",
     "Residents of Vellmar were woken when the quake struck at {t}."),
    ("Firefighters were called to the warehouse on Dock Lane at 2.10am.",
     "Crews reached the burning Dock Lane warehouse after an alarm at {t}."),
], ids=["derailment", "tremor", "warehouse-fire"])
def test_a_time_in_the_small_hours_pairs_with_its_retelling(
        tmp_path: Path, a: str, b: str, b_time: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, a, b.format(t=b_time))
    assert pairs.get(("2.10am", b_time)) is verdict, pairs
