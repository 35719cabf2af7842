"""What the sentence passed as `context` says about a phrase: the unit of a range's first
end, and "today" of the present in general (TIMEX3 `PRESENT_REF`) or of the calendar."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.normalization import Kind, normalize

REF = "2013-03-22"


@pytest.mark.parametrize(("phrase", "sentence", "timex"), [
    ("12", "The buyback could take between 12 and 18 months to complete.", "P12M"),
    ("two", "Building it will take two to three years.", "P2Y"),
    ("3", "Expect delays of 3-5 days.", "P3D"),
    ("six", "The talks lasted six or seven weeks.", "P6W"),
])
def test_a_ranges_first_end_takes_the_unit_its_sentence_gives(
        phrase: str, sentence: str, timex: str) -> None:
    value = normalize(phrase, reference=REF, context=sentence)
    assert value.kind is Kind.DURATION
    assert value.timex == timex
    assert value.text == phrase


@pytest.mark.parametrize(("phrase", "sentence"), [
    ("12", "He scored 12 points and 18 rebounds."),  # no range: the number stays a count
    ("12", "Between 12 and 18 people were hurt."),  # a count of people, not a unit
    ("12", "Terms run 12 to 18 months here and 12 to 20 years there."),  # two units
])
def test_a_number_without_a_ranges_unit_stays_a_count(phrase: str, sentence: str) -> None:
    value = normalize(phrase, reference=REF, context=sentence)
    assert value.kind is Kind.QUANTITY


@pytest.mark.parametrize("sentence", [
    "Solving problems millions of times faster than can be done today.",
    "In today's digital world, privacy is scarce.",
    "Today's young people read less than their parents did.",
    "Fifty years ago women could not vote; today they lead committees.",
    "In the 1960s a phone call cost more than a meal, and today it is nearly free.",
])
def test_today_of_the_present_in_general_is_present_ref(sentence: str) -> None:
    value = normalize("today", reference=REF, context=sentence)
    assert value.timex == "PRESENT_REF"
    assert value.core.lo == value.core.hi  # still placed at the reference day


@pytest.mark.parametrize("sentence", [
    "The ministers will meet today in Brussels.",
    "Tomorrow will be warmer than today.",
    "Two years ago today, the plant exploded.",
    "Today's meeting was cancelled.",
])
def test_today_as_a_calendar_day_keeps_its_date(sentence: str) -> None:
    assert normalize("today", reference=REF, context=sentence).timex == REF


@given(st.integers(min_value=2, max_value=40), st.integers(min_value=1, max_value=20),
       st.sampled_from(["days", "weeks", "months", "years", "hours"]),
       st.sampled_from(["to", "-", "and", "or"]))
def test_any_ranges_first_end_reads_as_its_unit(a: int, more: int, unit: str,
                                                 joiner: str) -> None:
    sentence = f"It should take between {a} {joiner} {a + more} {unit}."
    value = normalize(str(a), reference=REF, context=sentence)
    assert value.kind is Kind.DURATION
    assert value.timex is not None and value.timex.endswith(unit[0].upper())
    assert str(a) in value.timex


@pytest.mark.parametrize(("phrase", "sentence", "timex"), [
    ("January day", "Her induction that January day in 2011 was watched by many.", "2011-01-XX"),
    ("June 12", "He arrived on June 12, 2011 and left a week later.", "2011-06-12"),
    ("March", "In March of 2009 the bank failed.", "2009-03"),
])
def test_a_date_cut_short_takes_the_year_its_sentence_writes_after_it(
        phrase: str, sentence: str, timex: str) -> None:
    value = normalize(phrase, reference=REF, context=sentence)
    assert value.timex == timex
    assert value.text == phrase


def test_a_year_not_right_after_the_date_is_not_taken() -> None:
    value = normalize("Tuesday", reference=REF, context="He left on Tuesday, 2011 was hard.")
    assert value.timex == "2013-03-19"


@pytest.mark.parametrize(("phrase", "timex", "first", "last"), [
    ("a January day", "2013-01-XX", "2013-01-01", "2013-01-31"),
    ("one January morning in 2011", "2011-01-XXTMO", "2011-01-01", "2011-01-31"),
    ("a day in March 2020", "2020-03-XX", "2020-03-01", "2020-03-31"),
    ("one summer evening", "2012-SU", "2012-06-01", "2012-08-31"),
])
def test_an_unnamed_day_of_a_named_period_is_some_day_of_it(
        phrase: str, timex: str, first: str, last: str) -> None:
    from datetime import date

    value = normalize(phrase, reference=REF)
    assert value.timex == timex
    assert value.granularity == "day"
    assert (value.core.lo, value.core.hi) == (date.fromisoformat(first).toordinal(),
                                              date.fromisoformat(last).toordinal())
