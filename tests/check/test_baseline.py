"""The baseline life cycle: write, accept, a new finding fails, a gone one is stale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimdiff.check import load_config, run_check
from claimdiff.cli._main import cli


def accepted_entries(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text())
    assert data["kind"] == "claimdiff-baseline" and data["schema_version"] == 1
    entries: list[dict[str, Any]] = data["accepted"]
    return entries


def test_baseline_life_cycle(sets: Any, repo: Path, runner: Any) -> None:
    # 1. One new conflict: the check fails.
    assert runner.invoke(cli, ["check"]).exit_code == 1
    # 2. Write the baseline: the finding is recorded with an empty reason; the run passes.
    result = runner.invoke(cli, ["check", "--write-baseline"])
    assert result.exit_code == 0
    baseline = repo / "claimdiff-baseline.json"
    assert "wrote" in result.stderr and "give each a reason" in result.stderr
    (entry,) = accepted_entries(baseline)
    assert entry["rule"] == "conflict" and entry["reason"] == ""
    assert entry["claims"] == ["paper-b/b-withdrawal", "wire-a/a-withdrawal"]
    # 3. A reviewer gives the reason; later runs report it accepted and pass.
    data = json.loads(baseline.read_text())
    data["accepted"][0]["reason"] = "reviewed: the Herald is a day late"
    baseline.write_text(json.dumps(data, indent=2))
    # Step 4 edits a value and not its quote: provenance would (rightly) object.
    (repo / "claimdiff.toml").write_text(
        'claimsets = ["claims/*.claims.yaml"]\nbaseline = "claimdiff-baseline.json"\n'
        'checks = ["schema", "consistency", "conflict", "duplicate"]\n')
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 0
    assert "(baseline): reviewed: the Herald is a day late" in result.stdout
    assert "0 new findings (0 failing), 1 accepted, 0 stale" in result.stdout
    # 4. A new conflict fails, the accepted one stays accepted.
    b = repo / "claims" / "b.claims.yaml"
    b.write_text(b.read_text().replace("value: 6,500 dead", "value: 3,000 dead"))
    report = run_check(load_config())
    assert [(f.rule, f.accepted) for f in report.findings] == [("conflict", False),
                                                              ("conflict", True)]
    assert runner.invoke(cli, ["check"]).exit_code == 1
    # 5. Rewriting the baseline keeps the reviewer's reason and adds the new finding.
    assert runner.invoke(cli, ["check", "--write-baseline"]).exit_code == 0
    reasons = sorted(e["reason"] for e in accepted_entries(baseline))
    assert reasons == ["", "reviewed: the Herald is a day late"]
    # 6. Fix the date: that finding disappears, its entry is stale (reported, not failing).
    b.write_text(b.read_text().replace("June 14", "June 12"))
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 0
    report = run_check(load_config())
    (stale,) = report.stale
    assert stale.path == "claimdiff-baseline.json" and stale.severity == "note"
    assert "no longer occurs" in stale.message and "the Herald is a day late" in stale.message
    assert "1 stale" in result.stdout
    # --no-baseline: every finding is new again.
    assert runner.invoke(cli, ["check", "--no-baseline"]).exit_code == 1


def test_baseline_option_and_explicit_write_target(repo: Path, runner: Any) -> None:
    result = runner.invoke(cli, ["check", "--write-baseline=base/line.json"])
    assert result.exit_code == 2  # the folder does not exist: trouble, nothing half-written
    (repo / "base").mkdir()
    assert runner.invoke(cli, ["check", "--write-baseline=base/line.json"]).exit_code == 0
    assert runner.invoke(cli, ["check"]).exit_code == 1  # not configured: not used
    assert runner.invoke(cli, ["check", "--baseline", "base/line.json"]).exit_code == 0


def test_accepted_in_the_claim_file(sets: Any, repo: Path, runner: Any) -> None:
    (finding,) = run_check(load_config()).findings
    b = repo / "claims" / "b.claims.yaml"
    text = b.read_text()
    accepted = (f"  accepted:\n  - finding: {finding.fingerprint[:8]}\n"
                "    reason: the Herald corrected this in print\n")
    b.write_text(text.replace("  when: on June 14\n", "  when: on June 14\n" + accepted, 1))
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 0
    assert "(claim): the Herald corrected this in print" in result.stdout
    # Writing a baseline leaves findings accepted in the claim file out of it.
    runner.invoke(cli, ["check", "--write-baseline"])
    assert accepted_entries(repo / "claimdiff-baseline.json") == []
    # When the conflict goes away, the in-file acceptance is stale, located at the claim.
    b.write_text(b.read_text().replace("June 14", "June 12"))
    report = run_check(load_config())
    (stale,) = report.findings
    assert stale.rule == "stale-acceptance" and stale.path == "claims/b.claims.yaml"
    assert stale.claims == ("paper-b/b-withdrawal",)
    assert "remove it from the claim 'paper-b/b-withdrawal'" in stale.message
    assert report.exit_code == 0


@pytest.mark.parametrize(("content", "message"), [
    ("{", "baseline is not valid JSON"),
    ('{"kind": "other"}', "not a claimdiff baseline"),
    ('{"kind": "claimdiff-baseline", "schema_version": 2, "accepted": []}',
     "unsupported baseline schema_version 2"),
    ('{"kind": "claimdiff-baseline", "schema_version": 1, "accepted": [{"reason": "x"}]}',
     "baseline entry without a \"fingerprint\""),
])
def test_bad_baselines_are_trouble(repo: Path, runner: Any, content: str, message: str) -> None:
    (repo / "b.json").write_text(content)
    result = runner.invoke(cli, ["check", "--baseline", "b.json"])
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_configured_baseline_that_is_missing_says_how_to_write_it(repo: Path,
                                                                   runner: Any) -> None:
    (repo / "claimdiff.toml").write_text(
        'claimsets = ["claims/*.claims.yaml"]\nbaseline = "missing.json"\n')
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 2
    assert "--write-baseline" in result.stderr
    assert runner.invoke(cli, ["check", "--write-baseline"]).exit_code == 0
    assert (repo / "missing.json").exists()
