"""`--checks` and `--fail-on` override the configuration for one run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimdiff.cli._main import cli


def test_fail_on_never_passes_a_conflict(repo: Path, runner: Any) -> None:
    assert runner.invoke(cli, ["check", "-q"]).exit_code == 1
    assert runner.invoke(cli, ["check", "-q", "--fail-on", "never"]).exit_code == 0


def test_checks_limits_what_runs(repo: Path, runner: Any) -> None:
    result = runner.invoke(cli, ["check", "--checks", "schema,provenance", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"conflict"' not in result.stdout.split('"findings"')[1]


def test_unknown_names_are_usage_errors(repo: Path, runner: Any) -> None:
    for option, value in (("--checks", "shema"), ("--fail-on", "conflicts")):
        result = runner.invoke(cli, ["check", option, value])
        assert result.exit_code == 2
        assert "unknown" in result.stderr and "Traceback" not in result.stderr
