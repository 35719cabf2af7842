"""`claimdiff diff` through the real entry point: every format and exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from claimdiff.cli._main import cli
from claimdiff.schemas import load

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds/000_6396fc36ecca3174.claims.yaml")
WIRE = str(ROOT / "tests/diff/cases/seed_vs_wire/b.claims.yaml")
CASES = ROOT / "tests/diff/cases"


def test_text_groups_conflicts_first(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["diff", SEED, WIRE, "--color", "never"])
    assert result.exit_code == 1, result.output
    out = result.output
    assert out.index("== conflict (4) ==") < out.index("== agree (7) ==")
    assert "\x1b[" not in out
    assert '"in mid-April" vs "in early March"' in out
    assert "4 conflict, 0 compatible, 7 agree" in out


def test_color_always_and_no_color(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[" in runner.invoke(cli, ["diff", SEED, WIRE, "--color", "always"]).output
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in runner.invoke(cli, ["diff", SEED, WIRE]).output


def test_json_validates_against_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["diff", SEED, WIRE, "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    jsonschema.validate(data, load("report"))
    assert data["schema_version"] == 1 and data["summary"]["conflict"] == 4
    values = [v for p in data["pairs"] for v in p["values"] if v["aspect"] == "when"]
    assert all({"text", "kind", "core", "support", "unit"} <= set(v["a"]["value"])
               for v in values)


def test_output_is_byte_identical_across_runs(runner: CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    for out in (first, second):
        result = runner.invoke(cli, ["diff", SEED, WIRE, "-f", "json", "-o", str(out)])
        assert result.exit_code == 1 and result.output == ""
    assert first.read_bytes() == second.read_bytes()


def test_markdown(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["diff", SEED, WIRE, "--format", "markdown"])
    assert result.exit_code == 1
    assert result.output.startswith("# claimdiff:") and "## conflict (4)" in result.output


def test_brief_and_exit_codes(runner: CliRunner) -> None:
    agree_a = str(CASES / "enclave_alias/a.claims.yaml")
    agree_b = str(CASES / "enclave_alias/b.claims.yaml")
    brief = runner.invoke(cli, ["diff", "-q", SEED, WIRE])
    assert brief.exit_code == 1 and brief.output.strip().endswith("conflict")
    quiet_ok = runner.invoke(cli, ["diff", "-q", agree_a, agree_b])
    assert quiet_ok.exit_code == 0 and quiet_ok.output == ""
    # one claim only in B: a difference, not a conflict
    assert runner.invoke(cli, ["diff", agree_a, agree_b, "--fail-on", "difference"]).exit_code == 1
    assert runner.invoke(cli, ["diff", SEED, WIRE, "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(cli, ["diff", SEED, SEED, "--fail-on", "difference"]).exit_code == 0


def test_trouble_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["diff", SEED, str(tmp_path / "none.claims.yaml")])
    assert missing.exit_code == 2
    bad = tmp_path / "bad.claims.yaml"
    bad.write_text("schema_version: 1\nsources: []\n", encoding="utf-8")
    result = runner.invoke(cli, ["diff", SEED, str(bad)])
    assert result.exit_code == 2 and "bad.claims.yaml" in result.stderr


def test_stale_quotes_warn_but_compare(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(ROOT / "seeds/000_6396fc36ecca3174.claims.yaml", tmp_path / "s.claims.yaml")
    text = (ROOT / "seeds/000_6396fc36ecca3174.txt").read_text(encoding="utf-8")
    (tmp_path / "000_6396fc36ecca3174.txt").write_text("Edited. " + text, encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(tmp_path / "s.claims.yaml"), WIRE])
    assert result.exit_code == 1
    assert "quotes do not match" in result.stderr and "claimdiff check" in result.stderr
    assert "== conflict (4) ==" in result.output


def test_subprocess_entry_point() -> None:
    exe = shutil.which("claimdiff")
    cmd = [exe] if exe else [sys.executable, "-m", "claimdiff"]
    proc = subprocess.run([*cmd, "diff", "-f", "json", SEED, WIRE],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["report"] == "diff"
