"""The worked examples of docs/pairing.md are what the commands print."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "pairing.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_every_shown_output_line_is_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    commands = _blocks("sh")
    outputs = _blocks("text")
    assert len(commands) == len(outputs) >= 2
    monkeypatch.chdir(ROOT)
    for command, shown in zip(commands, outputs, strict=True):
        args = shlex.split(command.strip())
        assert args[0] == "claimdiff"
        result = CliRunner().invoke(cli, args[1:])
        assert result.exit_code in (0, 1), result.output
        for line in shown.strip().splitlines():
            assert line in result.output, line
