"""Dates read from the reference time an article set before them (`extract._reftime`).

Short generated articles (a dateline, a sentence naming a day, a sentence with a phrase
such as "two days later" or "that summer"); the expected reading is computed from the
day with `datetime` arithmetic by the rule of the case file `cases/reference_time.tsv`,
never by claimdiff.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.extract import extract_text, read_in_context
from claimdiff.model import Claim

CASES = [tuple(line.rstrip("\n").split("\t"))
         for line in (Path(__file__).parent / "cases" / "reference_time.tsv").read_text(
             encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, n: int) -> tuple[int, int]:
    y, m = divmod(d.month - 1 + n, 12)
    return d.year + y, m + 1


def expected(rule: str, arg: str, day: date) -> tuple[date, date]:
    """The period the phrase names, from the day the article named before it."""
    if rule == "days":
        d = day + timedelta(days=int(arg))
        return d, d
    if rule == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=int(arg))
        return monday, monday + timedelta(days=6)
    if rule == "month":
        return _month(*_add_months(day, int(arg)))
    if rule == "year":
        return date(day.year + int(arg), 1, 1), date(day.year + int(arg), 12, 31)
    if rule == "sameday":
        d = day.replace(year=day.year + int(arg), day=min(day.day, 28))
        return d, d
    if rule == "season":
        first, last = SEASONS[arg]
        return _month(day.year, first)[0], _month(day.year, last)[1]
    month = int(arg)
    if rule == "month_after":
        return _month(day.year + (month <= day.month), month)
    assert rule == "month_before"
    return _month(day.year - (month >= day.month), month)


def _claim_of(claims: tuple[Claim, ...], phrase: str) -> Claim:
    found = [c for c in claims if c.when is not None and c.when.text.lower() == phrase.lower()]
    assert len(found) == 1, [c.when.text for c in claims if c.when is not None]
    return found[0]


def _article(published: date, sentences: str) -> str:
    return f"Velmar, {published.day} {published:%B} {published.year}\n\n{sentences}\n"


@settings(max_examples=150, deadline=None)
@given(case=st.sampled_from(CASES), day=st.dates(date(1950, 1, 1), date(2040, 12, 31)),
       later=st.integers(0, 900))
def test_a_phrase_reads_from_the_day_named_before(case: tuple[str, str, str], day: date,
                                                    later: int) -> None:
    phrase, rule, arg = case
    published = day + timedelta(days=later)
    text = _article(published, f"Police raided the depot on {day:%B} {day.day}, {day.year}. "
                               f"{phrase}, the court met in the city.")
    claims = extract_text(text).claims
    claim = _claim_of(claims, phrase)
    assert claim.when is not None and claim.when.normalized is not None
    core = [date.fromisoformat(x) for x in claim.when.normalized.core]
    lo, hi = expected(rule, arg, day)
    if rule in ("days", "sameday"):  # a count is read with its slack (5 % of it, at least)
        assert core[0] <= lo and hi <= core[1], (phrase, day, core)
        slack = 0.11 * abs(int(arg)) * (366 if rule == "sameday" else 1)
        assert (core[1] - core[0]).days <= max(4, slack), (phrase, core)
    else:
        assert (core[0], core[1]) == (lo, hi), (phrase, day, core)
    assert claim.when.anchor == claims[0].id  # what it was read from, for a person to check


@settings(max_examples=40, deadline=None)
@given(day=st.dates(date(1990, 1, 1), date(2035, 12, 31)), later=st.integers(3, 400),
       n=st.integers(2, 6))
def test_the_reference_time_moves_with_the_story_and_not_with_a_report(
        day: date, later: int, n: int) -> None:
    published = day + timedelta(days=later)
    words = ["", "", "two", "three", "four", "five", "six"][n]
    said = published - timedelta(days=1)
    text = _article(published, (
        f"Police raided the depot on {day:%B} {day.day}, {day.year}. "
        f"{words.capitalize()} days later, officers arrested the owner, police said on "
        f"{said:%A}. That evening, the owner was released. The following day, the court met."))
    claims = extract_text(text).claims
    later_day = day + timedelta(days=n)
    evening = _claim_of(claims, "That evening").when
    following = _claim_of(claims, "The following day").when
    assert evening is not None and evening.normalized is not None
    assert following is not None and following.normalized is not None
    assert evening.normalized.core == (later_day.isoformat(), later_day.isoformat())
    nxt = later_day + timedelta(days=1)
    assert following.normalized.core == (nxt.isoformat(), nxt.isoformat())


def test_a_look_back_leaves_the_reference_time_where_it_was() -> None:
    text = ("Sales rose in the third quarter of 1989. A year earlier they had fallen. "
            "The following quarter was weak.")
    spans = [(text.index(p), text.index(p) + len(p)) for p in
             ("the third quarter of 1989", "A year earlier", "The following quarter")]
    values = read_in_context(text, spans, published="1989-11-02")
    assert [v.timex if v else None for v in values] == ["1989-Q3", "1988-Q3", "1989-Q4"]


@pytest.mark.parametrize(("sentences", "phrase", "timex"), [
    # a period finer than the reference time lies somewhere in it
    ("He was fired in July 2012. The next day he vanished.", "The next day", "2012-XX-XX"),
    ("He left in 2009. That month he wrote.", "That month", "2009-XX"),
    # the second year of a pair written short takes the first one's century
    ("The expedition of 1957-58 crossed the ice.", "58", "1958"),
    ("The 1999-00 season ended.", "00", "2000"),
    # a part of "the year" in a clause that tells of the past: the reference time's year
    ("The season started in early December, and peaked by the end of the year.",
     "the end of the year", "2012"),
    # ... but not in one about what is to come, nor in a timetable's present
    ("The season started in early December, and will end by the end of the year.",
     "the end of the year", "2013"),
    ("Rates rose in December. The bank meets at the end of the month.",
     "the end of the month", "2013-03"),
    # a time of day that names no day is on the day the text speaks of
    ("The storm hit on March 12. It peaked at 8 p.m.", "8 p.m.", "2013-03-12T20"),
    # no date before it: read from the day of writing
    ("The following year, the plant will open.", "The following year", "2014"),
])
def test_read_in_context(sentences: str, phrase: str, timex: str) -> None:
    at = sentences.rindex(phrase)
    spans = [(m, m + len(p)) for p, m in _dates_before(sentences, at)] + [(at, at + len(phrase))]
    value = read_in_context(sentences, spans, published="2013-03-22")[-1]
    assert value is not None and value.timex == timex


def _dates_before(text: str, at: int) -> list[tuple[str, int]]:
    """The dates the parametrized sentences name before the phrase under test."""
    out = []
    for p in ("July 2012", "2009", "1957", "1999", "early December", "December", "March 12"):
        i = text.find(p)
        if 0 <= i < at and not any(i < j + len(q) and j < i + len(p) for q, j in out):
            out.append((p, i))
    return sorted(out, key=lambda x: x[1])


def test_a_day_counted_from_a_named_event_is_not_read_from_the_date_before() -> None:
    text = _article(date(2024, 6, 12), "Police raided the depot on June 3, 2024. The day "
                                       "before the vote, the court met.")
    assert not any(c.when is not None and c.when.text == "The day before"
                   for c in extract_text(text).claims)
