"""Trouble is one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli import _main
from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = str(ROOT / "seeds" / "000_6396fc36ecca3174.txt")


def test_an_unsupported_file_type_is_named(runner: Any, tmp_path: Path) -> None:
    odd = tmp_path / "report.pdf"
    odd.write_bytes(b"%PDF-1.4")
    result = runner.invoke(cli, ["diff", str(odd), SEED_TEXT])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "'.pdf'" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_internal_error_is_one_line(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.delenv("CLAIMDIFF_DEBUG", raising=False)
    monkeypatch.setattr("claimdiff.validate.validate_files", broken)
    monkeypatch.setattr("claimdiff.cli._validate.validate_files", broken)
    result = runner.invoke(cli, ["validate", SEED_TEXT])
    assert result.exit_code == 2
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    assert _main.ExitCode.TROUBLE == 2


def test_articles_are_named_as_themselves(runner: Any) -> None:
    result = runner.invoke(cli, ["diff", SEED_TEXT, SEED_TEXT, "--published-a", "2024-06-12",
                                 "--published-b", "2024-06-12", "--color", "never"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"claimdiff: A = {SEED_TEXT}"
