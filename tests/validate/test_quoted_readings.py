"""A value is in its quote when the quote holds a phrase that reads as the same value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.cli._main import cli
from claimdiff.validate._agree import agreeing, phrase_readings, quote_readings

CLAIMS = """\
schema_version: 1
sources:
  - id: daily
{published}claims:
  - id: c
    source: daily
    subject: fire
    predicate: killed
    {slot}: {value}
    quote: "{quote}"
"""
DATED = "    published: 2024-06-15\n"

# (slot, value, quote): the value is said in the quote in other words.
SAID = [
    ("value", "6500", "The war killed 6,500 soldiers"),
    ("value", "6500 soldiers", "almost 6,500 soldiers died in the war"),
    ("value", "two thousand soldiers", "Russia sent 2,000 soldiers"),
    ("value", "2000", "Russia sent two thousand soldiers"),
    ("value", "forty-four days", "the war lasted 44 days"),
    ("value", "1.5 km", "a 1,500 m stretch of road"),
    ("value", "12 percent", "prices rose 12% in a year"),
    ("when", "12 June", "on June 12 the last convoy left"),
    ("when", "June 12, 2024", "on 12 June 2024 the last convoy left"),
]
# The value says something else than its quote.
NOT_SAID = [
    ("value", "Thirteen workers", "Twelve workers were killed"),
    ("value", "7,000", "almost 6,500 soldiers died in the war"),
    ("value", "two hundred soldiers", "Russia sent 2,000 soldiers"),
    ("value", "45 km", "the war lasted 44 days"),
    ("when", "13 June", "on June 12 the last convoy left"),
    ("when", "in July", "on June 12 the last convoy left"),
]


def write(tmp_path: Path, slot: str, value: str, quote: str, *, dated: bool = True) -> str:
    path = tmp_path / "c.claims.yaml"
    path.write_text(CLAIMS.format(published=DATED if dated else "", slot=slot, value=value,
                                  quote=quote), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("dated", [True, False], ids=["published", "undated"])
@pytest.mark.parametrize(("slot", "value", "quote"), SAID)
def test_a_value_said_in_other_words_is_in_its_quote(runner: Any, tmp_path: Path, slot: str,
                                                     value: str, quote: str,
                                                     dated: bool) -> None:
    result = runner.invoke(cli, ["validate", write(tmp_path, slot, value, quote, dated=dated)])
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize(("slot", "value", "quote"), NOT_SAID)
def test_a_value_that_reads_otherwise_is_a_located_problem(runner: Any, tmp_path: Path,
                                                           slot: str, value: str,
                                                           quote: str) -> None:
    path = write(tmp_path, slot, value, quote)
    result = runner.invoke(cli, ["validate", path])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}:10:")
    assert f"{slot} {value!r} of claim 'c' is not in its quote" in line


GIVEN = "{text: 'almost 6,500 soldiers', normalized: {kind: quantity, core: [%s], support: [%s]}}"


def test_a_given_reading_that_the_quote_does_not_say_is_a_problem(runner: Any,
                                                                  tmp_path: Path) -> None:
    path = write(tmp_path, "value", GIVEN % ("65000, 65000", "65000, 65000"),
                 "almost 6,500 soldiers died in the war")
    result = runner.invoke(cli, ["validate", path])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}:10:")
    assert "the reading given (`normalized:` 65,000) does not agree with its quote, " \
           "which reads 'almost 6,500 soldiers' as" in line


def test_a_given_reading_that_agrees_passes_and_check_reports_one_that_does_not(
        runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(tmp_path, "value", GIVEN % ("6000, 6499", "5000, 6500"),
                 "almost 6,500 soldiers died in the war")
    assert runner.invoke(cli, ["validate", good]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    bad = write(tmp_path, "value", GIVEN % ("650, 650", "650, 650"),
                "almost 6,500 soldiers died in the war")
    result = runner.invoke(cli, ["check", "--checks", "provenance", "-f", "json", bad])
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["rule"], finding["code"], finding["line"]) == (
        "provenance", "reading-not-in-quote", 10)


HEDGES = ["", "almost ", "nearly ", "some ", "about ", "more than ", "at least ", "up to ",
          "fewer than ", "roughly "]


@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**7), far=st.integers(min_value=2, max_value=9),
       hedge=st.sampled_from(HEDGES))
def test_a_count_in_digits_is_in_a_quote_that_groups_them_and_no_count_far_from_it(
        n: int, far: int, hedge: str) -> None:
    # The hedge dropped or kept, as the words "6,001 people" would stand in the quote.
    quote = f"officials said {hedge}{n:,} people had left"
    readings = quote_readings(quote, reference=None)
    assert agreeing(phrase_readings(f"{n} people", reference=None), readings) is not None
    assert agreeing(phrase_readings(f"{n * far * 10} people", reference=None), readings) is None
