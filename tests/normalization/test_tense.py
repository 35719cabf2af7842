"""Weekdays and dates without a year are read by the tense and intent of their sentence."""

from __future__ import annotations

from datetime import date

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
    ("on Tuesday", "He said he would meet the unions on Tuesday", "2024-06-18"),
    ("Thursday", "doses were due to arrive Thursday", "2024-06-13"),
    ("by Friday", "Forecasters expect the storm to weaken by Friday", "2024-06-14"),
    ("on Tuesday", "The minister said on Tuesday that talks were over", "2024-06-11"),
    ("Thursday", "Vale say tickets go on sale from Thursday to members", "2024-06-13"),
    ("Monday", "The hosepipe ban applies from Monday across the county", "2024-06-17"),
    ("Monday", "Sales began from Monday at the box office", "2024-06-10"),
    ("Friday", "Fares have risen by 4% from Friday", "2024-06-07"),
    ("from Thursday", "Vale say tickets go on sale from Thursday to members", "2024-06-13"),
    ("from Monday", "Sales began from Monday at the box office", "2024-06-10"),
    ("from Monday", "Fairbrook cut prices on 400 products from Monday", "2024-06-10"),
    # a decision to do something starts ahead, whatever the tense of the deciding
    ("January 1", "Councillors voted 6-3 on Tuesday to push the fee to £1,500 from January 1",
     "2025-01-01"),
    ("Monday", "The union decided to strike from Monday", "2024-06-17"),
    ("starting Monday", "The board agreed on Friday to cut fares starting Monday", "2024-06-17"),
    ("on Tuesday", "Councillors voted 6-3 on Tuesday to push the fee up from January 1",
     "2024-06-11"),  # the day of the deciding looks back
    ("Monday", "The board agreed to a deal from Monday", "2024-06-10"),  # "to" leads no verb
])
def test_weekdays_follow_their_sentence(phrase: str, context: str | None, day: str) -> None:
    value = normalize(phrase, reference=WEDNESDAY, context=context)
    assert value.timex == day


@pytest.mark.parametrize("phrase, context, day", [
    ("June 10", "The council will vote on June 10", "2024-06-10"),  # a weekly's print lag
    ("June 5", "The council will vote on June 5", "2024-06-05"),
    ("June 4", "The council will vote on June 4", "2025-06-04"),  # more than a week: next year
    ("the 9th", "The council will vote on the 9th", "2024-07-09"),
    ("June 10", "The council voted on June 10", "2024-06-10"),
])
def test_a_plan_dated_days_before_its_report_was_written_before_its_dateline(
        phrase: str, context: str, day: str) -> None:
    assert normalize(phrase, reference=WEDNESDAY, context=context).timex == day


def test_the_scanner_reads_a_plan_forward() -> None:
    found = scan_temporal("Unions have called a strike for Thursday.", reference=WEDNESDAY)
    assert [v.timex for _, _, v in found if v is not None] == ["2024-06-13"]


@pytest.mark.parametrize("phrase", ["Thursday", "on Monday", "Aug 8", "early March", "Q3",
                                    "Christmas", "Wednesday night", "2/15"])
@pytest.mark.parametrize("reference", ["2024-06-12", "2013-02-12", "2021-12-31"])
def test_without_a_sentence_the_support_holds_a_near_forward_reading(
        phrase: str, reference: str) -> None:
    unsaid = normalize(phrase, reference=reference)
    back = normalize(phrase, reference=reference, context="past")
    forward = normalize(phrase, reference=reference, context="future")
    assert unsaid.core == back.core and unsaid.timex == back.timex
    ref = date.fromisoformat(reference).toordinal()
    # Within three months, or no further ahead than the back reading lies behind.
    near = forward.core.lo - ref <= max(92, ref - back.core.hi)
    assert unsaid.support == (back.support.hull(forward.support) if near else back.support)


@pytest.mark.parametrize("phrase, reference, support", [
    ("Thursday", WEDNESDAY, "2024-06-06 … 2024-06-13"),  # last week's or tomorrow
    ("Q3", WEDNESDAY, "2023-07-01 … 2024-09-30"),  # last year's or the one beginning
    ("April 2", WEDNESDAY, "2024-04-02"),  # April 2 of next year is too far off
    ("Thanksgiving", "2013-02-12", "2012-11-22"),
    # Nearer ahead than behind: either year is as likely.
    ("Nov. 5", "2024-05-20", "2023-11-05 … 2024-11-05"),
    ("the third week of September", "2024-03-25", "2023-09-11 … 2024-09-22"),
    ("Oct. 10", "2024-03-01", "2023-10-10"),  # 143 days behind, 223 ahead
])
def test_the_forward_reading_is_held_when_near(phrase: str, reference: str,
                                               support: str) -> None:
    value = normalize(phrase, reference=reference)
    assert value.render(value.support) == support


@pytest.mark.parametrize("phrase", ["June 12, 2024", "yesterday", "next Friday", "in 2019"])
def test_a_phrase_that_names_its_direction_is_not_widened(phrase: str) -> None:
    assert normalize(phrase, reference=WEDNESDAY) == normalize(phrase, reference=WEDNESDAY,
                                                                context="past")


@pytest.mark.parametrize("sentence, phrase, expected", [
    # A future marker in a reported clause does not move a date outside it.
    ("On Feb. 28, Deutsche Bank released a note saying that emissions would surge.",
     "Feb. 28", "2013-02-28"),
    ("The minister said that talks would resume on Feb. 28.", "Feb. 28", "2014-02-28"),
    ("Because talks will resume, unions called off a strike set for Feb. 28.", "Feb. 28",
     "2014-02-28"),
])
def test_only_the_dates_own_clause_tells_its_tense(sentence: str, phrase: str,
                                                   expected: str) -> None:
    assert normalize(phrase, reference="2013-03-21", context=sentence).render() == expected
    found = [v for _, _, v in scan_temporal(sentence, reference="2013-03-21")
             if v is not None and v.text == phrase]
    assert [v.render() for v in found] == [expected]
