"""`validate` speaks like the other commands: `-f`, a summary on stderr, quiet with `-q`;
help and option errors name what the commands take."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")


def test_summary_on_stderr_and_nothing_on_stdout_when_valid(runner: Any) -> None:
    result = runner.invoke(cli, ["validate", SEEDS])
    assert result.exit_code == 0 and result.stdout == ""
    files = len(list(Path(SEEDS).rglob("*.claims.yaml")))
    assert result.stderr.startswith(f"{files} file")
    assert result.stderr.rstrip().endswith("claims: valid")


def test_quiet_says_nothing(runner: Any) -> None:
    result = runner.invoke(cli, ["validate", "-q", SEEDS])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""


def test_short_format_option(runner: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.claims.yaml"
    bad.write_text("schema_version: 1\nsources: []\n", encoding="utf-8")
    result = runner.invoke(cli, ["validate", "-f", "json", str(bad)])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert problems and problems[0]["path"] == str(bad)
    assert result.stderr.strip() == f"1 file, 0 claims: {len(problems)} problem" + (
        "s" if len(problems) > 1 else "")


def test_help_names_dates_and_every_article_suffix(runner: Any) -> None:
    for command in (["diff"], ["extract"], ["compare-all"]):
        text = runner.invoke(cli, [*command, "--help"]).stdout
        assert "%Y" not in text and "DATE" in text
    text = runner.invoke(cli, ["diff", "--help"]).stdout
    assert ".markdown" in text


def test_fail_on_error_lists_never(runner: Any) -> None:
    result = runner.invoke(cli, ["check", "--fail-on", "sometimes"])
    assert result.exit_code == 2
    assert "conflict, compatible, incomparable, never" in result.stderr
    mixed = runner.invoke(cli, ["check", "--fail-on", "never,conflict"])
    assert mixed.exit_code == 2 and "'never' stands alone" in mixed.stderr
