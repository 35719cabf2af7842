"""Times of day compare with whole days and with each other."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.compare import compare_values
from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, normalize
from claimdiff.verdicts import Verdict

FRIDAY = "2024-10-04"


@pytest.mark.parametrize("a, b, verdict", [
    ("late on Friday", "October 4", Verdict.AGREE),
    ("late on Friday", "October 3", Verdict.CONFLICT),
    ("Wednesday night", "October 3", Verdict.AGREE),  # the night runs past midnight
    ("at 9am on October 4", "at 3pm on October 4", Verdict.CONFLICT),
    ("around noon", "at 12:10 p.m.", Verdict.AGREE),
    ("3pm", "3:10pm", Verdict.COMPATIBLE),  # a time to the hour is round
    ("this morning", "at 10:30 a.m.", Verdict.AGREE),
    ("this morning", "at 10:30 p.m.", Verdict.CONFLICT),
    ("early Tuesday", "October 1, 2024", Verdict.AGREE),
])
def test_times_of_day_compare(a: str, b: str, verdict: Verdict) -> None:
    assert compare_values(a, b, reference=FRIDAY).verdict is verdict
    assert compare_values(b, a, reference=FRIDAY).verdict is verdict


def test_a_written_zone_is_converted_to_the_references_offset() -> None:
    here = normalize("0700 GMT", reference="2024-10-04T12:00:00+02:00")
    assert here.timex == "2024-10-04T09:00"
    assert normalize("0700 GMT", reference=FRIDAY).timex == "2024-10-04T07:00"


def test_a_clock_time_needs_a_reference_day() -> None:
    with pytest.raises(NormalizationError, match="reference"):
        normalize("at 3pm")


@pytest.mark.parametrize("phrase", ["at 3pm zorbly", "25:00", "3:75pm", "13pm"])
def test_malformed_times_are_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase, reference=FRIDAY)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 12), st.integers(0, 59), st.sampled_from(["a.m.", "pm", "PM", "am"]),
       st.integers(1, 28))
def test_a_clock_time_lies_in_its_day_and_agrees_with_it(
        hour: int, minute: int, half: str, day: int) -> None:
    phrase = f"{hour}:{minute:02d} {half} on October {day}, 2024"
    value = normalize(phrase)
    whole_day = normalize(f"October {day}, 2024").on_timeline()
    assert whole_day.core.contains(value.support)
    h24 = hour % 12 + (12 if half.lower().startswith("p") else 0)
    assert value.timex == f"2024-10-{day:02d}T{h24:02d}:{minute:02d}"
    assert compare_values(phrase, f"October {day}, 2024").verdict is Verdict.AGREE


NOW = "2013-02-12T04:30:00-02:00"


@pytest.mark.parametrize("phrase, instant", [
    ("in 2 minutes", "04:32"), ("2 minutes from now", "04:32"), ("in half an hour", "05:00"),
    ("in a couple of hours", "06:30"), ("in three-quarters of an hour", "05:15"),
    ("in 1/4 hour", "04:45"), ("in about half an hour", "05:00"),
])
def test_a_wait_is_counted_from_the_reference_moment(phrase: str, instant: str) -> None:
    value = normalize(phrase, reference=NOW)
    hour, minute = (int(x) for x in instant.split(":"))
    at = date(2013, 2, 12).toordinal() + (hour * 60 + minute) / 1440
    assert value.kind is Kind.DATE and value.sub_day and value.support.contains_point(at)
    # With the reference only a day, any moment of that day may be the start.
    wide = normalize(phrase, reference="2013-02-12")
    assert wide.support.contains(value.support) and wide.support.hi - wide.support.lo > 1


@pytest.mark.parametrize("phrase", ["in two weeks", "in 7 days", "in three decades"])
def test_in_days_or_longer_stays_a_span_unless_the_sentence_looks_ahead(phrase: str) -> None:
    assert normalize(phrase, reference=NOW).kind is Kind.DURATION
    assert normalize(phrase, reference=NOW, context="future").kind is Kind.DATE


@pytest.mark.parametrize("context, day", [("future", 13), ("past", 12), (None, 12)])
def test_a_clock_time_already_past_looks_to_the_next_day_ahead(context: str | None,
                                                               day: int) -> None:
    value = normalize("at 3am", reference=NOW, context=context)
    assert value.timex == f"2013-02-{day}T03"
    tomorrow = date(2013, 2, 13).toordinal() + 3 / 24
    assert value.support.contains_point(tomorrow) is (context != "past")
    assert normalize("at 5pm", reference=NOW, context="future").timex == "2013-02-12T17"


@pytest.mark.parametrize("phrase, start", [
    ("after work", "2024-10-04T17"), ("after school", "2024-10-04T15"),
    ("6 o clock in the evening", "2024-10-04T18"),
])
def test_a_day_end_and_a_spaced_o_clock_are_clock_times(phrase: str, start: str) -> None:
    value = normalize(phrase, reference=FRIDAY)
    assert value.kind is Kind.DATE and value.timex == start


@pytest.mark.parametrize("phrase", ["from 4 to 7", "from 2 to 11", "between 3 and 6"])
def test_rising_bare_numbers_stay_a_count_range(phrase: str) -> None:
    # A count's range is written rising; only a falling one after "from" is hours.
    value = normalize(phrase, reference=FRIDAY)
    assert value.kind is Kind.QUANTITY
