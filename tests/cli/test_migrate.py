"""`claimdiff migrate`: v1 files rewritten as v2 without loss, and diffing as they did."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from claimdiff.cli._main import cli
from claimdiff.compare import diff
from claimdiff.load import load_claimset
from claimdiff.model import ClaimSet, ClaimSetV2, downgrade, upgrade
from claimdiff.validate import validate_paths
from tests.model.test_schema_and_roundtrip import claimsets

ROOT = Path(__file__).resolve().parents[2]
V1_FILES = sorted([*ROOT.glob("seeds/*.claims.yaml"), *ROOT.glob("examples/**/*.claims.yaml")])


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, Path]:
    """The seed and example claim files with their texts, copied beside each other."""
    out = {}
    for path in V1_FILES:
        for sibling in path.parent.iterdir():
            if sibling.is_file() and not (tmp_path / sibling.name).exists():
                shutil.copy(sibling, tmp_path / sibling.name)
        out[path.name] = tmp_path / path.name
    return out


def _migrate(runner: CliRunner, src: Path, out: Path) -> None:
    result = runner.invoke(cli, ["migrate", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output + str(result.stderr_bytes)


def test_every_v1_file_migrates_without_loss(runner: CliRunner, copies: dict[str, Path]) -> None:
    assert V1_FILES, "no version 1 claim files found"
    for name, src in copies.items():
        before = src.read_bytes()
        out = src.with_name(name.replace(".claims.", ".v2.claims."))
        _migrate(runner, src, out)
        assert src.read_bytes() == before  # the input is never modified
        assert validate_paths([str(out)]) == []
        migrated = load_claimset(str(out)).claimset
        assert isinstance(migrated, ClaimSetV2)
        assert downgrade(migrated) == load_claimset(str(src)).claimset
        assert out.read_text(encoding="utf-8").startswith("#")  # the heading comments stay


def test_migrated_files_diff_exactly_as_the_originals(runner: CliRunner,
                                                      copies: dict[str, Path]) -> None:
    migrated = {}
    for name, src in copies.items():
        migrated[name] = src.with_name(name.replace(".claims.", ".v2.claims."))
        _migrate(runner, src, migrated[name])
    names = sorted(copies)
    seed = next(n for n in names if n.startswith("000_"))
    for other in names:
        if other == seed:
            continue
        old = diff(str(copies[seed]), str(copies[other])).to_dict()
        new = diff(str(migrated[seed]), str(migrated[other])).to_dict()
        for key in ("a", "b"):
            old.pop(key), new.pop(key)
        assert json.dumps(old, sort_keys=True) == json.dumps(new, sort_keys=True), other


def test_refuses_to_overwrite_its_input(runner: CliRunner, copies: dict[str, Path]) -> None:
    src = next(iter(copies.values()))
    before = src.read_bytes()
    for target in (str(src), str(src.parent / "." / src.name)):
        result = runner.invoke(cli, ["migrate", str(src), "-o", target])
        assert result.exit_code == 2
        assert "refusing to overwrite" in (result.stderr or "")
        assert src.read_bytes() == before


def test_output_is_atomic_and_json_when_asked(runner: CliRunner, copies: dict[str, Path],
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    src = next(iter(copies.values()))
    missing = tmp_path / "no-such-dir" / "x.claims.yaml"
    result = runner.invoke(cli, ["migrate", str(src), "-o", str(missing)])
    assert result.exit_code == 2 and not missing.parent.exists()
    out = tmp_path / "sub"
    out.mkdir()
    target = out / "x.claims.json"
    result = runner.invoke(cli, ["migrate", str(src), "-o", str(target)])
    assert result.exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    assert [p.name for p in out.iterdir()] == ["x.claims.json"]  # no temporary file left
    # text_file is rebased on the output's folder, which it now leaves: a warning says so
    assert data["sources"][0]["text_file"].startswith("../")
    assert "outside" in (result.stderr or "")
    monkeypatch.setenv("CLAIMDIFF_TEXT_FILES_ANYWHERE", "1")
    assert validate_paths([str(target)]) == []  # the quotes still check out


def test_bad_input_is_one_located_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.claims.yaml"
    bad.write_text("schema_version: 1\nsources:\n  - id: s\n    titel: x\n", encoding="utf-8")
    result = runner.invoke(cli, ["migrate", str(bad)])
    assert result.exit_code == 2
    assert (result.stderr or "").startswith(f"{bad}:4:5:")


def test_v2_input_is_written_unchanged(runner: CliRunner) -> None:
    v2 = ROOT / "tests/data/v2/wire_a.claims.yaml"
    result = runner.invoke(cli, ["migrate", str(v2)])
    assert result.exit_code == 0 and result.output == v2.read_text(encoding="utf-8")


def test_real_entry_point() -> None:
    seed = V1_FILES[0]
    proc = subprocess.run([sys.executable, "-m", "claimdiff", "migrate", str(seed)],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0, proc.stderr
    assert "schema_version: 2" in proc.stdout and "values:" in proc.stdout


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(claimsets())
def test_upgrade_then_downgrade_is_the_identity(cs: ClaimSet) -> None:
    up = upgrade(cs)
    assert up.schema_version == 2
    assert sum(len(c.measures) for c in up.claims) == sum(c.value is not None for c in cs.claims)
    assert downgrade(up) == cs
    assert upgrade(up) is up
