"""Families of Duckling's English time grammar read whole (each with phrases of our own,
not the peer's corpus): a point counted from now, opened ("after 2 hours"); two names
joined by a slash ("June/July", "Thu/Fri")."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, normalize

# A Tuesday, 04:30 at UTC-2.
NOW = "2013-02-12T04:30:00-02:00"
DAY = date(2013, 2, 12).toordinal()


def _day(y: int, m: int, d: int, hour: float = 0.0) -> float:
    return date(y, m, d).toordinal() + hour / 24


@pytest.mark.parametrize(("phrase", "context", "start"), [
    ("after 2 hours", None, _day(2013, 2, 12, 6.5)),
    ("sometime after 45 minutes", "future", _day(2013, 2, 12, 5.25)),
    ("after 4 days", "future", _day(2013, 2, 16)),
    ("after three weeks", "future", _day(2013, 3, 5)),
])
def test_after_a_span_is_open_from_the_point(phrase: str, context: str | None,
                                             start: float) -> None:
    value = normalize(phrase, reference=NOW, context=context)
    assert value.kind is Kind.DATE and value.mod == "AFTER"
    assert math.isinf(value.support.hi) and value.support.contains_point(start)


def test_within_and_after_days_stay_unplaced_in_news() -> None:
    # "released after 5 days", "within three days of the vote": counted from an event;
    # "within 90 days" is a deadline's length even about the future.
    assert normalize("within 4 days", reference=NOW).kind is Kind.DURATION
    assert normalize("within 4 days", reference=NOW, context="future").kind is Kind.DURATION
    with pytest.raises(NormalizationError):
        normalize("after 4 days", reference=NOW)


@pytest.mark.parametrize(("phrase", "lo", "hi"), [
    ("June/July", (2013, 6, 1), (2013, 7, 31)),
    ("Sept./Oct. 2016", (2016, 9, 1), (2016, 10, 31)),
    ("thu/fri", (2013, 2, 14), (2013, 2, 15)),
])
def test_two_names_with_a_slash_are_a_span(phrase: str, lo: tuple[int, int, int],
                                           hi: tuple[int, int, int]) -> None:
    value = normalize(phrase, reference=NOW, context="future")
    assert value.kind is Kind.DATE
    assert value.core.lo == date(*lo).toordinal() and value.core.hi == date(*hi).toordinal()


def test_digits_with_a_slash_are_not_names() -> None:
    value = normalize("24/7", reference=datetime(2013, 2, 12))
    assert value.kind is not Kind.DATE or value.core.lo == value.core.hi


@pytest.mark.parametrize(("phrase", "context", "minute"), [
    ("a quarter past midnight", "future", _day(2013, 2, 13, 0.25)),
    ("ten after midnight", "future", _day(2013, 2, 13, 10 / 60)),
    ("20 minutes past midnight on Friday", None, _day(2013, 2, 8, 1 / 3)),
])
def test_minutes_past_midnight_are_a_clock_time(phrase: str, context: str | None,
                                                minute: float) -> None:
    # Not three months ("a quarter") after the coming midnight.
    value = normalize(phrase, reference=NOW, context=context)
    assert value.kind is Kind.DATE and value.core.contains_point(minute)
    assert value.core.hi - value.core.lo < 0.01


@pytest.mark.parametrize(("phrase", "lo", "hi"), [
    ("couple of", 2, 4), ("pair", 2, 2), ("pair of", 2, 2), ("couple thousand", 2000, 4000),
    ("pair of gloves", 2, 2),
])
def test_a_couple_or_a_pair_alone(phrase: str, lo: float, hi: float) -> None:
    value = normalize(phrase)
    assert value.kind is Kind.QUANTITY
    assert (value.support.lo, value.support.hi) == (lo, hi)


@pytest.mark.parametrize(("phrase", "day"), [
    ("2 Fridays from tomorrow", (2013, 2, 22)),
    ("three Sundays after Easter", (2013, 4, 21)),
    ("4 Tuesdays after March 3, 2015", (2015, 3, 31)),
])
def test_weekdays_counted_from_a_day(phrase: str, day: tuple[int, int, int]) -> None:
    value = normalize(phrase, reference=NOW, context="future")
    assert value.core.lo == value.core.hi == date(*day).toordinal()


def test_a_weekday_named_on_itself_about_the_future_may_be_next_weeks() -> None:
    value = normalize("on Tuesday", reference=NOW, context="future")
    assert value.core.lo == value.core.hi == DAY
    assert value.support.contains_point(DAY + 7)
    # Looking back, it is today alone.
    assert normalize("on Tuesday", reference=NOW).support.hi == DAY


@pytest.mark.parametrize(("phrase", "core", "support"), [
    ("10 business days", (12, 14), (10, 17)),
    ("two working weeks", (12, 14), (10, 17)),
    ("one working day", (1, 3), (1, 6)),
    ("within 3 trading days", (3, 5), (0, 8)),
])
def test_a_length_of_business_days_in_calendar_days(phrase: str, core: tuple[int, int],
                                                    support: tuple[int, int]) -> None:
    value = normalize(phrase)
    assert value.kind is Kind.DURATION
    assert (value.core.lo, value.core.hi) == core
    assert (value.support.lo, value.support.hi) == support


def test_business_days_from_now_still_skip_the_weekend() -> None:
    # Tuesday + 5 business days is next Tuesday, not a length counted from now.
    value = normalize("5 working days from now", reference=NOW)
    assert value.kind is Kind.DATE and value.core.lo == DAY + 7


@pytest.mark.parametrize(("phrase", "timex"), [
    ("an hour after noon", "2013-02-12"),
    ("two hours before midnight", "2013-02-12"),
    ("a month after March 3", "2013-04-03"),
])
def test_a_time_counted_from_a_clock_is_labelled_with_its_own_day(phrase: str,
                                                                 timex: str) -> None:
    assert normalize(phrase, reference=NOW).timex == timex


@pytest.mark.parametrize(("phrase", "x"), [("-3/4", -0.75), ("minus 1/2", -0.5),
                                           ("- 5/8", -0.625)])
def test_a_signed_fraction_is_a_number(phrase: str, x: float) -> None:
    value = normalize(phrase)
    assert value.kind is Kind.QUANTITY and value.core.lo == value.core.hi == x


def test_an_unsigned_fraction_alone_stays_ambiguous_with_a_date() -> None:
    with pytest.raises(NormalizationError):
        normalize("3/5")


@pytest.mark.parametrize(("phrase", "days"), [
    ("a whole year", 365.25), ("an entire week", 7), ("full two weeks", 14),
    ("the full 12 months", 365.25),
])
def test_a_full_length_is_that_length(phrase: str, days: float) -> None:
    value = normalize(phrase)
    assert value.kind is Kind.DURATION
    assert value.support.lo >= days * 0.98 and value.support.hi <= days * 1.02


def test_the_whole_named_period_stays_a_date() -> None:
    assert normalize("the whole week", reference=NOW).kind is Kind.DATE
