"""The project's own set-up: `claimdiff check` at the root, the example, hooks, CI files."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from claimdiff.check import load_config, run_check
from claimdiff.cli._main import cli


def test_claimdiff_check_at_the_root_passes_with_accepted_findings_only(root: Path) -> None:
    out = subprocess.run(["claimdiff", "check", "-v", "--format", "json"], cwd=root,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "configuration " in out.stderr and "pyproject.toml [tool.claimdiff]" in out.stderr
    report = json.loads(out.stdout)
    assert report["summary"]["new"] == 0 and report["summary"]["stale"] == 0
    assert report["summary"]["accepted"] >= 5
    assert any(f.startswith("seeds/") for f in report["files"])
    assert any(f.startswith("examples/karabakh/") for f in report["files"])
    assert all(f["accepted_reason"].startswith("Reviewed") for f in report["findings"])


def test_the_karabakh_example_accepts_one_reviewed_disagreement(root: Path) -> None:
    example = root / "examples" / "karabakh"
    config = load_config(start=example)
    assert config.path == str(example / "claimdiff.toml")
    report = run_check(config)
    assert "seeds/000_6396fc36ecca3174.claims.yaml" in report.files
    (accepted,) = report.accepted
    assert accepted.claims == ("afp-2024-06-12/war-2020-deaths",
                               "caucasus-wire-2024-06-12/cw-war-2020-deaths")
    assert "different tallies" in (accepted.accepted_reason or "")
    assert report.new and int(report.exit_code) == 1  # the other planted conflicts are new


def test_pre_commit_hooks(root: Path, tmp_path: Path, runner: Any, sets: Any) -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())}
    validate, check = hooks["claimdiff-validate"], hooks["claimdiff-check"]
    assert validate["entry"] == "claimdiff validate" and validate["language"] == "python"
    assert validate.get("pass_filenames", True) is True
    assert check["entry"] == "claimdiff check"
    assert check["pass_filenames"] is False and check["require_serial"] is True
    pattern = re.compile(validate["files"])
    assert pattern.search("seeds/x.claims.yaml") and pattern.search("a/b.claims.json")
    assert not pattern.search("pyproject.toml") and not pattern.search("notes.yaml")
    # The per-file hook, positive and negative: what pre-commit would run.
    good, bad = tmp_path / "good.claims.yaml", tmp_path / "bad.claims.yaml"
    good.write_text(sets.file_a())
    bad.write_text(sets.file_a().replace("schema_version: 1", "schema_version: 9"))
    args = validate["entry"].split()[1:]
    assert runner.invoke(cli, [*args, str(good)]).exit_code == 0
    assert runner.invoke(cli, [*args, str(good), str(bad)]).exit_code == 1


def test_ci_runs_the_check_and_the_examples_are_well_formed(root: Path) -> None:
    lines = (root / ".ci" / "run").read_text().splitlines()
    assert lines.index("claimdiff check") > lines.index("python -m pytest")
    workflow = yaml.safe_load((root / "examples" / "ci" / "github-workflow.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    run = next(s["run"] for s in steps if s.get("name") == "claimdiff check")
    assert "--format github" in run and "--format sarif --output claimdiff.sarif" in run
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    gitlab = yaml.safe_load((root / "examples" / "ci" / "gitlab-ci.yml").read_text())
    assert gitlab["claimdiff"]["artifacts"]["reports"]["codequality"] == (
        "gl-code-quality-report.json")


def test_schema_command_prints_the_configuration_schema(runner: Any) -> None:
    result = runner.invoke(cli, ["schema", "config"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$id"] == "urn:claimdiff:schema:config:v1"
