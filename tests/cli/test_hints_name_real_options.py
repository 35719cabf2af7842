"""Explanations and warnings name only options the command has (never `--anchor` to `diff`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = str(ROOT / "seeds" / "000_6396fc36ecca3174.txt")
WIRE = str(ROOT / "examples" / "karabakh" / "caucasus_wire_2024-06-12.txt")
SEED = str(ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml")

UNANCHORED = """\
schema_version: 1
sources:
  - id: {source}
    published: 2024-06-12
claims:
  - id: {source}-done
    source: {source}
    subject: Russian peacekeeping contingent
    predicate: completed withdrawal from
    object: Azerbaijan
    when: {when}
"""


def options_of(runner: Any, command: str) -> set[str]:
    return set(re.findall(r"--[a-z][a-z-]*", runner.invoke(cli, [command, "--help"]).stdout))


@pytest.fixture
def unanchored(tmp_path: Path) -> list[str]:
    a = tmp_path / "a.claims.yaml"
    a.write_text(UNANCHORED.format(source="a", when="almost nine months after Baku's reconquest"))
    b = tmp_path / "b.claims.yaml"
    b.write_text(UNANCHORED.format(source="b", when="on June 12"))
    return [str(a), str(b)]


@pytest.mark.parametrize("command", ["diff", "compare-all"])
def test_every_option_named_in_output_exists(runner: Any, command: str,
                                             unanchored: list[str]) -> None:
    known = options_of(runner, command)
    for inputs in ([SEED_TEXT, WIRE], [SEED, WIRE], unanchored):
        result = runner.invoke(cli, [command, *inputs, "--color", "never"])
        assert result.exit_code in (0, 1), result.stderr
        named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", result.stdout + result.stderr))
        assert named <= known, (inputs, named - known)


def test_an_unknown_anchor_says_how_to_name_it_in_a_claim_file(runner: Any,
                                                                unanchored: list[str]) -> None:
    result = runner.invoke(cli, ["diff", *unanchored, "--color", "never"])
    assert "set the claim's `anchor:` to the id of the claim it counts from" in result.stdout
    assert "--anchor" not in result.stdout
