"""Odd letters and out-of-calendar values never crash: they read, or fail with a clear line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.cli._main import cli
from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize

# Letters that re.IGNORECASE equates with ASCII ones: ſ~s, ı~i, İ~i, K (Kelvin sign)~k.
VARIANTS = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a"}


@pytest.mark.parametrize(("phrase", "plain"), [
    ("\u017feptember 19, 2023", "september 19, 2023"),
    ("m\u0131d-April", "mid-April"),
    ("the fir\u017ft week of June", "the first week of June"),
    ("\u0130n 2020", "In 2020"),
    ("almo\u017ft nine month\u017f", "almost nine months"),
    ("300 \u212a", "300 K"),  # the Kelvin sign is kelvin
])
def test_case_variants_read_as_their_ascii_partners(runner: Any, phrase: str,
                                                    plain: str) -> None:
    result = runner.invoke(cli, ["normalize", phrase, "-r", "2024-06-12", "-f", "json"])
    expected = runner.invoke(cli, ["normalize", plain, "-r", "2024-06-12", "-f", "json"])
    assert result.exit_code == expected.exit_code == 0, result.stderr
    got, want = json.loads(result.stdout), json.loads(expected.stdout)
    assert got["core"] == want["core"] and got["support"] == want["support"]
    assert got["text"] == phrase  # the phrase as written


@given(st.text(alphabet=st.sampled_from(
    [*VARIANTS.values(), *"september mid April 19 2023 km years ago the first week of,"]),
    max_size=40))
def test_normalize_never_fails_on_case_variants(text: str) -> None:
    try:
        normalize(text, reference="2024-06-12")
    except NormalizationError:
        pass


@pytest.mark.parametrize("phrase", ["2,100 years ago", "2,800 years ago",
                                    "999999999 years ago", "12,000 years before 2020"])
def test_dates_outside_the_calendar_are_refused_clearly(runner: Any, phrase: str) -> None:
    result = runner.invoke(cli, ["normalize", phrase, "-r", "2024-06-12"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    if "ago" in phrase:
        assert "years 1-9999" in result.stderr


def test_an_article_with_ancient_and_endless_phrases_is_drafted(runner: Any,
                                                                tmp_path: Path) -> None:
    art = tmp_path / "old.txt"
    art.write_text("The city, founded 2,800 years ago, had 5,000 residents on \u017feptember 19, "
                   "2023. It will stand 999999999 years later. Rocks are 4.5 billion years "
                   "old.\n")
    result = runner.invoke(cli, ["extract", str(art), "--published", "2024-06-12"])
    assert result.exit_code == 0, result.stderr
    assert "2,800 years ago" in result.stdout and "5,000 residents" in result.stdout
    for fmt in ("text", "json"):
        diff = runner.invoke(cli, ["diff", str(art), str(art), "--published-a", "2024-06-12",
                                   "--published-b", "2024-06-12", "-f", fmt])
        assert diff.exit_code == 0, diff.stderr


CLAIMS = """schema_version: 1
sources:
  - id: {sid}
    text: "The war lasted {word}."
claims:
  - id: c1
    source: {sid}
    subject: war
    predicate: lasted
    quote: "The war lasted {word}."
    value:
      text: {word}
      normalized: {{kind: duration, core: [{dur}, {dur}]}}
"""


@pytest.mark.parametrize("dur", ["P99999999999Y", "P9999999Y", "P1" + "0" * 30 + "D"])
def test_a_huge_given_duration_compares(runner: Any, tmp_path: Path, dur: str) -> None:
    a, b = tmp_path / "a.claims.yaml", tmp_path / "b.claims.yaml"
    a.write_text(CLAIMS.format(sid="a", word="forever", dur=dur))
    b.write_text(CLAIMS.format(sid="b", word="eternally", dur="P1Y"))
    assert runner.invoke(cli, ["validate", str(a), str(b)]).exit_code == 0
    for fmt in ("text", "json", "markdown"):
        result = runner.invoke(cli, ["diff", str(a), str(b), "-f", fmt])
        assert result.exit_code == 1, result.stderr  # a conflict, not a crash
    check = runner.invoke(cli, ["check", "--no-baseline", str(a), str(b), "-f", "sarif"])
    assert check.exit_code == 1, check.stderr


@pytest.mark.parametrize(("bound", "message"), [("nan", "not a finite number"),
                                                ("1e400", "not a finite number"),
                                                ("P" + "9" * 400 + "Y", "too long")])
def test_non_finite_given_bounds_are_refused(runner: Any, tmp_path: Path, bound: str,
                                             message: str) -> None:
    kind = "duration" if bound.startswith("P") else "quantity"
    a = tmp_path / "a.claims.yaml"
    a.write_text(CLAIMS.format(sid="a", word="x", dur=bound).replace("duration", kind))
    result = runner.invoke(cli, ["validate", str(a)])
    assert result.exit_code == 1
    assert message in result.stdout and result.stdout.count("\n") == 1
