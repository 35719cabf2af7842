"""`claimdiff extract`: a claim file that `validate` accepts, spans exact, deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from claimdiff.cli._main import cli

SEED = "seeds/000_6396fc36ecca3174.txt"


def test_extract_writes_a_valid_yaml_claim_file(runner: CliRunner, root: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "sub" / "seed.claims.yaml"
    out.parent.mkdir()
    result = runner.invoke(cli, ["extract", str(root / SEED), "-o", str(out),
                                 "--published", "2024-06-12", "--source-id", "afp"])
    assert result.exit_code == 0, result.output
    data = yaml.load(out.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    source = data["sources"][0]
    assert source["id"] == "afp" and source["published"] == "2024-06-12"
    assert (out.parent / source["text_file"]).resolve() == (root / SEED).resolve()
    assert data["claims"] and all(c["status"] == "draft" for c in data["claims"])
    text = (root / SEED).read_text(encoding="utf-8")
    for c in data["claims"]:
        start, end = (int(x) for x in c["span"])
        assert text[start:end] == c["quote"]
    # The article lies outside the claim file's folder: extract says so, validate
    # refuses to read it unless allowed.
    assert "outside" in result.stderr and "--text-files-anywhere" in result.stderr
    refused = runner.invoke(cli, ["validate", str(out)])
    assert refused.exit_code == 1 and "outside" in refused.stdout
    assert runner.invoke(cli, ["--text-files-anywhere", "validate", str(out)]).exit_code == 0


def test_extract_json_and_stdout_agree(runner: CliRunner, root: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.claims.json"
    first = runner.invoke(cli, ["extract", str(root / SEED), "-o", str(out)])
    assert first.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2 and data["claims"]
    assert runner.invoke(cli, ["--text-files-anywhere", "validate", str(out)]).exit_code == 0
    again = tmp_path / "again.claims.json"
    runner.invoke(cli, ["extract", str(root / SEED), "-o", str(again)])
    assert again.read_bytes() == out.read_bytes()  # byte-identical


def test_extract_to_stdout(runner: CliRunner, root: Path) -> None:
    result = runner.invoke(cli, ["extract", str(root / SEED)])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Draft claims")
    assert "status: draft" in result.stdout


def test_missing_file_is_trouble(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_bad_published_date_is_trouble(runner: CliRunner, root: Path) -> None:
    result = runner.invoke(cli, ["extract", str(root / SEED), "--published", "June"])
    assert result.exit_code == 2
