"""A claim's values are checked against its quote, in `validate` and in `check`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli._main import cli
from claimdiff.load import load_claimset
from claimdiff.validate import check_quoted_values

CLAIMS = """\
schema_version: 1
sources:
  - id: daily
    published: 2024-03-05
claims:
  - id: deaths
    source: daily
    subject: fire
    predicate: killed
    value: {value}
    when: {when}
    quote: "{quote}"
"""
QUOTE = "Twelve workers were killed in the fire on Monday"


def write(tmp_path: Path, value: str, when: str = "on Monday", quote: str = QUOTE) -> str:
    path = tmp_path / "fire.claims.yaml"
    path.write_text(CLAIMS.format(value=value, when=when, quote=quote), encoding="utf-8")
    return str(path)


def test_a_value_the_quote_does_not_say_is_a_located_problem(runner: Any,
                                                              tmp_path: Path) -> None:
    path = write(tmp_path, "Thirteen workers")
    result = runner.invoke(cli, ["validate", path])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}:10:12: value 'Thirteen workers' of claim 'deaths'")
    assert "is not in its quote; the quote says 'Twelve workers'" in line


def test_check_reports_it_as_provenance(runner: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no configuration or baseline of the project
    path = write(tmp_path, "Thirteen workers", when="on Tuesday")
    result = runner.invoke(cli, ["check", "--checks", "provenance", "-f", "json", path])
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    assert sorted((f["rule"], f["code"], f["line"]) for f in findings) == [
        ("provenance", "value-not-in-quote", 10), ("provenance", "value-not-in-quote", 11)]


@pytest.mark.parametrize("value", ["Twelve workers", "twelve   WORKERS", "workers"])
def test_the_quote_as_written_passes_with_case_and_spacing_folded(
        runner: Any, tmp_path: Path, value: str) -> None:
    result = runner.invoke(cli, ["validate", write(tmp_path, value)])
    assert result.exit_code == 0, result.stdout
    assert result.stderr.strip() == "1 file, 1 claim: valid"


def test_curly_and_straight_apostrophes_match(tmp_path: Path) -> None:
    path = write(tmp_path, "the building’s three exits",
                 quote="On Monday two of the building's three exits were locked")
    assert check_quoted_values(load_claimset(path)) == []


def test_a_date_that_names_no_day_is_refused(runner: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "Twelve workers", when="on 31 February 2024",
                 quote="Twelve workers were killed on 31 February 2024")
    result = runner.invoke(cli, ["validate", path])
    assert result.exit_code == 1
    assert result.stdout.strip() == (f"{path}:11:11: when of claim 'deaths': '31 February 2024' "
                                     "names no day (February 2024 has 29 days)")


def test_the_projects_claim_files_hold_their_values(root: Path) -> None:
    paths = sorted(p for folder in ("seeds", "examples", "corpora")
                   for p in (root / folder).rglob("*.claims.*"))
    assert paths
    for path in paths:
        assert check_quoted_values(load_claimset(str(path))) == [], path


def test_diff_warns_that_a_value_is_not_in_its_quote(runner: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "Thirteen workers")
    result = runner.invoke(cli, ["diff", path, path, "-q"])
    assert result.exit_code == 0
    assert "values do not match" in result.stderr
    assert "value 'Thirteen workers' of claim 'deaths' is not in its quote" in result.stderr


V2 = """\
schema_version: 2
sources:
  - id: wire
    published: 2024-03-04
claims:
  - id: derailed
    source: wire
    subject: the train
    predicate: derailed carriages
    quote: eight of its 11 carriages left the rails
    as_of: {as_of}
    values:
      - {{text: eight, role: part}}
      - {{text: {total}, role: total}}
"""


def test_version_2_values_are_each_checked_where_they_stand(runner: Any, tmp_path: Path) -> None:
    path = tmp_path / "train.claims.yaml"
    path.write_text(V2.format(as_of="on Monday", total="its 12 carriages"), encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert sorted(result.stdout.splitlines()) == [
        f"{path}:11:12: as_of 'on Monday' of claim 'derailed' is not in its quote",
        f"{path}:14:16: values[1] 'its 12 carriages' of claim 'derailed' is not in its quote; "
        "the quote says 'its 11 carriages'",
    ]
    path.write_text(V2.format(as_of="~", total="its 11 carriages"), encoding="utf-8")
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0
