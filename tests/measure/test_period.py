"""A figure's period is the year its own clause names, read against each report's date."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import _lexicon_en as lex
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    ("Exports of Varno steel reached $4.2bn last year, the ministry said.",
     "The ministry said Varno steel exports reached $4.2bn in 2025.",
     ("$4.2bn", "$4.2bn"), Verdict.AGREE),
    ("Exports of Varno steel reached $4.2bn last year, the ministry said.",
     "The ministry said Varno steel exports reached $5.6bn in 2025.",
     ("$4.2bn", "$5.6bn"), Verdict.CONFLICT),
    ("The Belsk dairy sold 41,000 tonnes of cheese this year.",
     "The Belsk dairy sold 41,000 tonnes of cheese in 2026.",
     ("41,000 tonnes", "41,000 tonnes"), Verdict.AGREE),
])
def test_a_year_told_relatively_and_by_number_is_one_period(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], verdict: Verdict) -> None:
    got = value_verdicts(tmp_path, a, b, da="9 March 2026", db="11 March 2026")
    assert got.get(pair) is verdict, got


def test_a_year_of_another_verb_is_not_the_figures_period(tmp_path: Path) -> None:
    got = value_verdicts(
        tmp_path,
        "The editor, who was arrested in May 2023 and sentenced to nine years, was freed.",
        "The editor had been held since March 2022 and was serving a 14-year sentence.")
    assert got.get(("nine years", "14-year")) is Verdict.CONFLICT, got


@pytest.mark.parametrize(("a", "b", "differ"), [
    (("2025",), ("2019",), True),
    (("2025",), ("march",), True),  # a month's figure is not the year's
    (("2025", "march"), ("2024", "march"), True),
    (("2025",), ("2025", "first quarter"), False),
    (("this year",), ("last year",), True),
    ((), ("2019",), False),
    # a rate's span says how a figure is counted, not when: only another rate's differs
    (("per day",), ("quarter", "third quarter"), False),
    (("per week",), ("2025", "october"), False),
    (("per day",), ("per week",), True),
    (("per month", "2024"), ("per month", "2023"), True),
    (("per year", "2024"), ("2024",), False),
])
def test_years_are_held_against_years(a: tuple[str, ...], b: tuple[str, ...],
                                      differ: bool) -> None:
    assert lex.periods_differ(a, b) is differ
    assert lex.periods_differ(b, a) is differ


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    # a possessive period is the figure's own: "last year's regatta" is last year's
    ("Last year's regatta drew 310 boats to Pellwick harbour.",
     "This year's regatta at Pellwick harbour attracted 480 boats.",
     ("310 boats", "480 boats"), None),
    ("Last year's regatta drew 310 boats to Pellwick harbour.",
     "The Pellwick regatta drew 480 boats in 2025.",
     ("310 boats", "480 boats"), Verdict.CONFLICT),
    # "last September" in a report of March 2026 is September 2025: last year's figure
    ("The Orla floods killed 23 people last September, officials said.",
     "Last year's Orla floods left 37 people dead, officials said.",
     ("23 people", "37 people"), Verdict.CONFLICT),
])
def test_a_possessive_year_and_a_last_month_are_periods(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], verdict: Verdict | None) -> None:
    got = value_verdicts(tmp_path, a, b, da="9 March 2026", db="11 March 2026")
    if verdict is None:
        assert got.get(pair) is not Verdict.CONFLICT, got
    else:
        assert got.get(pair) is verdict, got


@pytest.mark.parametrize(("b_count", "verdict"), [("48,100", Verdict.AGREE),
                                                   ("61,900", Verdict.CONFLICT)])
@pytest.mark.parametrize(("a", "b"), [
    ("The ferry service carries about 48,000 passengers a day between Corran and Ulla.",
     "The Corran-Ulla ferries carried {n} passengers per weekday in the second quarter, "
     "the operator said."),
    ("The Velde bridge now takes some 48,000 vehicles a day, the roads agency said.",
     "Traffic on the Velde bridge averaged {n} vehicles daily in the first half of 2026, "
     "agency figures show."),
], ids=["ferry", "bridge"])
def test_a_daily_figure_meets_a_quarters_average_of_it(
        tmp_path: Path, a: str, b: str, b_count: str, verdict: Verdict) -> None:
    got = value_verdicts(tmp_path, a, b.format(n=b_count))
    pair = next((k for k in got if k[1].startswith(b_count)), None)
    assert pair is not None and got[pair] is verdict, got


@pytest.mark.parametrize(("text", "periods"), [
    ("sold 41,000 tonnes in the current year", {"this year"}),
    ("sold 41,000 tonnes this year", {"this year"}),
    ("sold 35,000 tonnes last year", {"last year"}),
    ("sold 41,000 tonnes in the full year", {"full year"}),
])
def test_a_year_named_relatively_is_read_as_its_period(text: str, periods: set[str]) -> None:
    from claimdiff.measure._holder import tokens
    from claimdiff.measure._window_periods import relative_years
    assert relative_years(list(tokens(text, 0, len(text)))) == periods
