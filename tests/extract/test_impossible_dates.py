"""Days that do not exist are named as such: in options, front matter, datelines and text."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.cli._main import cli
from claimdiff.normalization import find_impossible_dates, impossible_day, parse_date

BODY = "Twelve workers were killed in the fire on Monday, officials said.\n"


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31))
def test_impossible_day_agrees_with_the_calendar(year: int, month: int, day: int) -> None:
    try:
        date(year, month, day)
        exists = True
    except ValueError:
        exists = False
    assert (impossible_day(year, month, day) is None) == exists


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 31),
       st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{y}-{m:02d}-{d:02d}",
                        "the {d}th of {M} {y}", "on {M} {d}"]))
def test_written_dates_are_found_exactly_when_they_name_no_day(
        year: int, month: int, day: int, form: str) -> None:
    text = "It happened " + form.format(d=day, M=calendar.month_name[month], y=year, m=month)
    text += "."
    found = find_impossible_dates(text)
    yearless = "{y}" not in form
    expected = impossible_day(None if yearless else year, month, day)
    assert [why for _, _, why in found] == ([] if expected is None else [expected])


@pytest.mark.parametrize("text", ["In June 31 people died.", "Page 31 of the March 2024 report",
                                  "Rooms 30 and 31", "a 2024-06-12 report"])
def test_counts_and_real_dates_are_not_dates_that_name_no_day(text: str) -> None:
    assert find_impossible_dates(text) == []


def test_parse_date_names_the_problem() -> None:
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    with pytest.raises(ValueError, match="February 2023 has 28 days"):
        parse_date("2023-02-29")
    with pytest.raises(ValueError, match="not a date in the form YYYY-MM-DD"):
        parse_date("29/02/2024")


def test_published_option_names_the_missing_day(runner: Any, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(BODY, encoding="utf-8")
    for args in (["diff", str(article), str(article), "--published-a", "2024-02-31"],
                 ["extract", str(article), "--published", "2024-02-31"],
                 ["compare-all", str(article), str(article), "--published", "2024-02-31"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, args
        assert "'2024-02-31' is not a date: February 2024 has 29 days" in result.stderr
        assert "format" not in result.stderr


@pytest.mark.parametrize(("head", "where", "what"), [
    ("---\ntitle: Fire\npublished: 2024-02-31\n---\n", "3:12", "front matter's date '2024-02-31'"),
    ("---\npublished: '2024-13-45'\n---\n", "2:13", "front matter's date '2024-13-45'"),
    ("BAKU, February 31, 2024 (Wire) - ", "1:7", "dateline date 'February 31, 2024'"),
    ("Example Daily, 30 February 2024\n\n", "1:16", "dateline date '30 February 2024'"),
])
def test_an_article_dated_with_a_missing_day_is_refused_where_it_says_so(
        runner: Any, tmp_path: Path, head: str, where: str, what: str) -> None:
    article = tmp_path / "fire.txt"
    article.write_text(head + BODY, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(article)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{article}:{where}: the {what} names no day: ")
    assert "<input>" not in result.stderr
    # Given the date explicitly, the article is read.
    dated = runner.invoke(cli, ["extract", str(article), "--published", "2024-03-01"])
    assert dated.exit_code == 0, dated.stderr


def test_a_missing_day_in_the_text_is_drafted_whole_with_the_reason(runner: Any,
                                                                    tmp_path: Path) -> None:
    article = tmp_path / "fire.txt"
    article.write_text("The fire killed twelve workers on 31 February 2024, officials said.\n",
                       encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(article), "--published", "2024-03-05"])
    assert result.exit_code == 0
    claims = yaml.safe_load(result.stdout)["claims"]
    (when,) = [c for c in claims if "when" in c]
    assert when["when"] == "on 31 February 2024"
    assert "names no day: February 2024 has 29 days" in when["note"]
    assert not any(c.get("when") == "February 2024" for c in claims)


def test_normalize_says_which_day_is_missing(runner: Any) -> None:
    result = runner.invoke(cli, ["normalize", "on 31 February 2024"])
    assert result.exit_code == 2
    assert "'31 February 2024' names no day (February 2024 has 29 days)" in result.stderr


def test_an_unreadable_front_matter_date_is_not_dropped(runner: Any, tmp_path: Path) -> None:
    article = tmp_path / "fire.md"
    article.write_text("---\npublished: yesterday\n---\n" + BODY, encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(article), str(article)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{article}:2:12: the front matter's date 'yesterday' cannot be read as YYYY-MM-DD; "
        "correct it, or give the publication date explicitly")
