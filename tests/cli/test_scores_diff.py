"""`claimdiff diff` on two invented reports of one vote and one match: a score is one
value, compared side by side, and a range, date or model name beside it is no score."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claimdiff.cli._main import cli


def _diff(runner: CliRunner, tmp_path: Path, a: str, b: str) -> str:
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                 "--published-a", "2025-03-04", "--published-b", "2025-03-04"])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_a_vote_tally_conflicts_as_one_score(runner: CliRunner, tmp_path: Path) -> None:
    out = _diff(runner, tmp_path,
                "Elmbridge council approved the ferry contract by a 6-3 vote on Monday.\n",
                "Elmbridge council approved the ferry contract on a 5-4 vote on Monday.\n")
    assert '"6-3 vote" vs "5-4 vote"' in out
    assert "both sides differ (6 against 5; 3 against 4)" in out
    assert '"6" vs "5"' not in out


def test_one_result_told_from_either_side_agrees(runner: CliRunner, tmp_path: Path) -> None:
    out = _diff(runner, tmp_path,
                "Corrin Town beat Halsey Rovers 3-1 in the county cup final on Saturday.\n",
                "Halsey Rovers lost 1-3 to Corrin Town in the county cup final on Saturday.\n")
    assert "its sides written in the other order" in out
    assert "CONFLICT" not in out


def test_ranges_dates_and_models_are_no_scores(runner: CliRunner, tmp_path: Path) -> None:
    out = _diff(runner, tmp_path,
                "Fares at Brookhaven rose 5-7 per cent for riders aged 18-24, who fly in F-16 "
                "simulators at the 2024-25 expo.\n",
                "Fares at Brookhaven rose 5-7 per cent for riders aged 18-24.\n")
    assert "the score" not in out


def test_a_tally_agrees_with_the_count_of_one_side(runner: CliRunner, tmp_path: Path) -> None:
    out = _diff(runner, tmp_path,
                "The Varnholm assembly passed the water bill by 61 votes to 44 on Monday.\n",
                "On Monday 61 members of the Varnholm assembly voted for the water bill and 44 "
                "voted against it.\n")
    assert "side of the score 61-44" in out
    assert "CONFLICT" not in out


_CLAIMS = """schema_version: 2
sources:
  - {{id: {src}, publisher: {pub}, kind: newspaper, published: 2026-03-04, language: en}}
claims:
  - id: vote
    source: {src}
    subject: Vestria's parliament
    predicate: {verb}
    object: the pension overhaul
    when: on Tuesday
    values:
      - {{text: {tally}, role: score, measured: votes}}
    quote: "{quote}"
"""


def test_a_curated_tally_keeps_its_phrase_in_the_report(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    # the report names each side's tally as written, not only its claim's quote
    (tmp_path / "a.claims.yaml").write_text(_CLAIMS.format(
        src="cpa", pub="Continental Press", verb="voted for", tally="212 to 187",
        quote="Parliament passed the overhaul on Tuesday, voting 212 to 187"), encoding="utf-8")
    (tmp_path / "b.claims.yaml").write_text(_CLAIMS.format(
        src="ledger", pub="The Ledger", verb="passed", tally="212 to 178",
        quote="After Tuesday's vote - 212 to 178 - the overhaul is law"), encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(tmp_path / "a.claims.yaml"),
                                 str(tmp_path / "b.claims.yaml"), "--format", "json"])
    assert result.exit_code == 1, result.stderr
    report = json.loads(result.stdout)
    scores = [v for p in report["pairs"] for v in p["values"] if v["aspect"] == "value:score"]
    assert [(v["verdict"], v["a"]["value"]["text"], v["b"]["value"]["text"]) for v in scores] \
        == [("conflict", "212 to 187", "212 to 178")]
