"""The one formatter of calendar periods as TIMEX3 values, checked against the calendar."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.normalization import period_timex
from claimdiff.normalization._calendar import months_span, span_timex, week_span

_DAYS = st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 1)).map(date.toordinal)


@given(_DAYS, st.sampled_from([1, 3, 6, 12]))
def test_a_calendar_period_and_its_span_give_one_value(day: int, months: int) -> None:
    d = date.fromordinal(day)
    first = (d.month - 1) // months * months + 1
    span = months_span(d.year, first, first + months - 1)
    grain = {1: "month", 3: "quarter", 6: "half", 12: "year"}[months]
    assert span[0] <= day <= span[1]
    assert span_timex(span) == period_timex(day, grain) == period_timex(span[1], grain)


@given(_DAYS)
def test_a_day_and_its_week(day: int) -> None:
    assert span_timex((day, day)) == period_timex(day, "day") == date.fromordinal(day).isoformat()
    monday, sunday = week_span(day)
    assert period_timex(monday, "week") == period_timex(sunday, "week") == period_timex(day, "week")
    assert period_timex(day, "weekend") == period_timex(day, "week") + "-WE"


@given(_DAYS, st.integers(min_value=1, max_value=40))
def test_a_span_that_is_no_calendar_period_has_no_value(day: int, length: int) -> None:
    span = (day, day + length)
    lo = date.fromordinal(span[0])
    whole_month = lo.day == 1 and date.fromordinal(span[1] + 1).day == 1
    assert (span_timex(span) is not None) == whole_month


def test_values_as_timeml_writes_them() -> None:
    day = date(2024, 8, 14).toordinal()
    assert [period_timex(day, g) for g in ("day", "week", "weekend", "month", "quarter", "half",
                                           "year")] == [
        "2024-08-14", "2024-W33", "2024-W33-WE", "2024-08", "2024-Q3", "2024-H2", "2024"]
