"""Every output format, rendered from one report: SARIF, GitHub, GitLab, JUnit, JSON, text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimdiff.check import CheckReport, Finding, Location, load_config, run_check
from claimdiff.cli._main import cli
from claimdiff.reporters._github import (
    annotation,
    escape_data,
    escape_property,
    github_summary,
    render_github,
)
from claimdiff.reporters._gitlab import render_gitlab
from claimdiff.reporters._junit import render_junit
from claimdiff.reporters._sarif import FINGERPRINT_KEY, render_sarif

SUBSET = Path(__file__).with_name("sarif-2.1.0-subset.schema.json")


def finding(**kw: Any) -> Finding:
    base: dict[str, Any] = dict(rule="conflict", severity="error", path="claims/b.claims.yaml",
                                line=7, column=3, message="b conflicts with a",
                                fingerprint="0123456789abcdef",
                                claims=("b/b1", "a/a1"), code="conflict", verdict="conflict",
                                related=(Location("claims/a.claims.yaml", 5, 3, "claim 'a1'"),))
    return Finding(**{**base, **kw})


@pytest.fixture
def report() -> CheckReport:
    """A report with a new error, a warning, a baseline and an in-file acceptance, a stale note."""
    return CheckReport(findings=(
        finding(),
        finding(rule="duplicate", severity="warning", fingerprint="1111111111111111",
                message="repeats", code="", verdict=None, related=()),
        finding(fingerprint="2222222222222222", accepted_by="baseline",
                accepted_reason="reviewed: different tallies"),
        finding(rule="provenance", fingerprint="3333333333333333", accepted_by="claim",
                accepted_reason="typo in the source", path="claims/a dir/c.claims.yaml"),
        finding(rule="stale-acceptance", severity="note", fingerprint="4444444444444444",
                path="claimdiff-baseline.json", line=9, column=5, message="no longer occurs",
                related=()),
    ), files=("claims/a.claims.yaml", "claims/b.claims.yaml"),
        checks=("schema", "conflict", "duplicate"))


def test_sarif_validates_and_carries_rules_locations_fingerprints_suppressions(
        report: CheckReport) -> None:
    log = json.loads(render_sarif(report))
    jsonschema.Draft7Validator(json.loads(SUBSET.read_text())).validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["schema", "provenance", "consistency", "conflict", "duplicate",
                     "stale-acceptance"]
    results = run["results"]
    assert len(results) == 5
    first = results[0]
    assert rules[first["ruleIndex"]] == first["ruleId"] == "conflict"
    assert first["level"] == "error"
    loc = first["locations"][0]["physicalLocation"]
    assert loc == {"artifactLocation": {"uri": "claims/b.claims.yaml"},
                   "region": {"startLine": 7, "startColumn": 3}}
    assert first["partialFingerprints"] == {FINGERPRINT_KEY: "0123456789abcdef"}
    assert first["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 5
    assert "suppressions" not in first
    assert results[2]["suppressions"] == [{"kind": "external", "status": "accepted",
                                           "justification": "reviewed: different tallies"}]
    assert results[3]["suppressions"][0]["kind"] == "inSource"
    assert results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "claims/a%20dir/c.claims.yaml")
    assert [r["level"] for r in results] == ["error", "warning", "error", "error", "note"]


def test_sarif_of_a_real_run_validates(repo: Path) -> None:
    log = json.loads(render_sarif(run_check(load_config(start=repo))))
    jsonschema.Draft7Validator(json.loads(SUBSET.read_text())).validate(log)
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "claims/b.claims.yaml")


def test_github_escaping() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_data("a: b, c") == "a: b, c"
    assert escape_property("a: b, c%\n") == "a%3A b%2C c%25%0A"
    # `%` first, so an escape is never escaped twice
    assert escape_property("%3A") == "%253A"


def test_github_annotation_escapes_properties_and_message() -> None:
    f = finding(path="claims/a,b:c.claims.yaml", message="50% off:\nsecond line, really")
    assert annotation(f) == ("::error file=claims/a%2Cb%3Ac.claims.yaml,line=7,col=3,"
                             "title=claimdiff conflict::50%25 off:%0Asecond line, really")


def test_github_output_annotates_new_findings_worst_first(report: CheckReport) -> None:
    lines = render_github(report).splitlines()
    assert [ln.split(" ", 1)[0] for ln in lines] == ["::error", "::warning", "::notice"]
    assert all("2222222222222222" not in ln for ln in lines)


def test_github_summary_lists_new_accepted_and_stale(report: CheckReport) -> None:
    text = github_summary(report)
    assert text.startswith("## claimdiff check failed")
    assert "### New findings" in text and "### Accepted" in text
    assert "reviewed: different tallies" in text and "### Stale acceptances" in text


def test_github_format_appends_to_the_step_summary(repo: Path, runner: Any) -> None:
    summary = repo / "summary.md"
    summary.write_text("earlier step\n")
    result = runner.invoke(cli, ["check", "--format", "github"],
                           env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=claims/b.claims.yaml,line=7,col=3,")
    text = summary.read_text()
    assert text.startswith("earlier step\n## claimdiff check failed")


def test_gitlab_code_quality(report: CheckReport) -> None:
    items = json.loads(render_gitlab(report))
    assert [i["severity"] for i in items] == ["major", "minor", "info"]
    assert len({i["fingerprint"] for i in items}) == len(items)
    assert items[0] == {"description": "b conflicts with a", "check_name": "claimdiff/conflict",
                        "fingerprint": "0123456789abcdef", "severity": "major",
                        "location": {"path": "claims/b.claims.yaml", "lines": {"begin": 7}}}


def test_junit(report: CheckReport) -> None:
    root = ET.fromstring(render_junit(report))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("6", "1", "2")
    suites = {s.get("name"): s for s in root}
    assert set(suites) == {"claimdiff.schema", "claimdiff.conflict", "claimdiff.duplicate",
                           "claimdiff.provenance", "claimdiff.stale-acceptance"}
    conflict = suites["claimdiff.conflict"]
    assert conflict.find("testcase/failure").get("message") == "b conflicts with a"
    assert conflict.find("testcase/skipped").get("message") == (
        "accepted: reviewed: different tallies")
    assert suites["claimdiff.schema"].find("testcase").get("name") == "no findings"


def test_json_round_trip_and_render_gives_the_same_outputs(repo: Path, runner: Any) -> None:
    result = runner.invoke(cli, ["check", "--format", "json", "--output", "report.json",
                                 "--format", "sarif", "--output", "direct.sarif",
                                 "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error ")
    data = json.loads((repo / "report.json").read_text())
    assert data["kind"] == "claimdiff-check-report" and data["schema_version"] == 1
    assert data["summary"]["exit_code"] == 1
    assert CheckReport.from_dict(data).to_dict() == data
    rendered = runner.invoke(cli, ["render", "report.json", "--format", "sarif"])
    assert rendered.exit_code == 1
    assert rendered.stdout == (repo / "direct.sarif").read_text()
    for fmt in ("text", "gitlab", "junit", "github", "json"):
        direct = runner.invoke(cli, ["check", "--format", fmt, "--color", "never"])
        again = runner.invoke(cli, ["render", "report.json", "-f", fmt, "--color", "never"])
        assert again.stdout == direct.stdout, fmt


def test_render_refuses_what_is_not_a_report(repo: Path, runner: Any) -> None:
    (repo / "x.json").write_text('{"report": "diff"}')
    result = runner.invoke(cli, ["render", "x.json", "-f", "html"])
    assert result.exit_code == 2 and "not a valid diff report" in result.stderr
    (repo / "y.json").write_text('{"kind": "claimdiff-check-report", "schema_version": 1}')
    result = runner.invoke(cli, ["render", "y.json"])
    assert result.exit_code == 2 and "malformed check report" in result.stderr
    (repo / "z.json").write_text("{")
    result = runner.invoke(cli, ["render", "z.json"])
    assert result.exit_code == 2 and "z.json:1:2: not valid JSON" in result.stderr


def test_each_format_pairs_with_the_output_that_follows_it(repo: Path, runner: Any) -> None:
    result = runner.invoke(cli, ["check", "-f", "sarif", "-o", "a.sarif", "--format=github",
                                 "--format", "junit", "--output=j.xml"])
    assert result.exit_code == 1
    assert json.loads((repo / "a.sarif").read_text())["version"] == "2.1.0"
    assert ET.fromstring((repo / "j.xml").read_text()).tag == "testsuites"
    assert result.stdout.startswith("::error ")


@pytest.mark.parametrize(("args", "message"), [
    (["--output", "x.json", "--format", "json"], "each --output must follow"),
    (["--format", "json", "--format", "sarif"], "only one --format can go to stdout"),
    (["--format", "yaml"], "Invalid value for '-f' / '--format'"),
])
def test_format_usage_errors(repo: Path, runner: Any, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["check", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (repo / "x.json").exists()


def test_text_output(repo: Path, runner: Any) -> None:
    result = runner.invoke(cli, ["check", "--color", "never"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("claims/b.claims.yaml:7:3: error [conflict] claim 'b-withdrawal'")
    assert lines[1].startswith("    fingerprint: ")
    assert lines[-1] == ("claimdiff check FAILED: 2 files, 1 new finding (1 failing), "
                         "0 accepted, 0 stale")
    colored = runner.invoke(cli, ["check", "--color", "always"])
    assert "\x1b[31m\x1b[1merror\x1b[0m" in colored.stdout
    quiet = runner.invoke(cli, ["check", "-q"])
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (1, "", "")


def test_check_formats_are_in_the_reporters_table(report: CheckReport) -> None:
    from claimdiff.errors import ClaimdiffError
    from claimdiff.reporters import REPORTERS, render

    for fmt in ("text", "json", "sarif", "github", "gitlab", "junit"):
        assert fmt in REPORTERS
        assert render(fmt, report)
    assert json.loads(render("json", report)) == report.to_dict()
    with pytest.raises(ClaimdiffError, match="format sarif does not render object reports"):
        render("sarif", object())
