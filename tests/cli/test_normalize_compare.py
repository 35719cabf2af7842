"""`claimdiff normalize` and `claimdiff compare`: output, JSON and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from click.testing import CliRunner

from claimdiff.cli._main import cli
from claimdiff.exitcodes import ExitCode


def test_normalize_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["normalize", "mid-April", "--reference", "2024-06-12"])
    assert result.exit_code == ExitCode.OK
    assert "core:    2024-04-11 … 2024-04-20" in result.stdout
    assert "timex:   2024-04 (mod MID)" in result.stdout


def test_normalize_json_is_deterministic(runner: CliRunner) -> None:
    args = ["normalize", "almost nine months", "--format", "json"]
    first, second = runner.invoke(cli, args), runner.invoke(cli, args)
    assert first.exit_code == 0 and first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["timex"] == "P9M" and data["mod"] == "LESS_THAN" and data["kind"] == "duration"


def test_normalize_unreadable_is_one_line_and_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["normalize", "the colour blue"])
    assert result.exit_code == ExitCode.TROUBLE
    assert result.stderr.strip().splitlines() == [
        "claimdiff: cannot read 'the colour blue' as a date, duration or quantity"]
    assert result.stdout == ""


def test_compare_exit_codes(runner: CliRunner) -> None:
    agree = runner.invoke(cli, ["compare", "on Wednesday", "June 12", "-r", "2024-06-12"])
    assert agree.exit_code == ExitCode.OK and agree.stdout.startswith("agree: ")
    conflict = runner.invoke(cli, ["compare", "September 2023", "October 2023"])
    assert conflict.exit_code == ExitCode.FINDINGS and conflict.stdout.startswith("conflict: ")
    incomparable = runner.invoke(cli, ["compare", "June 12, 2024", "six weeks"])
    assert incomparable.exit_code == ExitCode.OK
    assert incomparable.stdout.startswith("incomparable: ")
    trouble = runner.invoke(cli, ["compare", "June 12", "six weeks"])
    assert trouble.exit_code == ExitCode.TROUBLE and "reference" in trouble.stderr


def test_compare_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "a six-week war", "the 44-day war", "-f", "json"])
    data = json.loads(result.stdout)
    assert data["verdict"] == "agree" and data["a"]["timex"] == "P6W"
    assert data["b"]["timex"] == "P44D"


def test_real_entry_point() -> None:
    script = shutil.which("claimdiff")
    command = [script] if script else [sys.executable, "-m", "claimdiff"]
    done = subprocess.run(
        [*command, "compare", "almost nine months after September 19, 2023", "June 12, 2024"],
        capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("agree: ")


def test_normalize_reads_a_weekday_by_its_sentence(runner: CliRunner) -> None:
    args = ["normalize", "Thursday", "-r", "2024-06-12", "-f", "json"]
    back = runner.invoke(cli, args)
    forward = runner.invoke(cli, [*args, "--context", "Unions have called a strike for Thursday"])
    assert json.loads(back.stdout)["timex"] == "2024-06-06"
    assert json.loads(forward.stdout)["timex"] == "2024-06-13"


def test_normalize_names_the_words_it_did_not_understand(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["normalize", "June 12 zorbly", "-r", "2024-06-12"])
    assert result.exit_code == ExitCode.TROUBLE
    assert "'zorbly' is not understood" in result.stderr
