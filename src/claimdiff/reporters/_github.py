"""GitHub Actions workflow commands, and a Markdown summary for `$GITHUB_STEP_SUMMARY`.

One `::error file=…,line=…,col=…,title=…::message` line per new finding, worst
first (GitHub shows only a few annotations per step; the summary lists all).
Messages escape `%`, CR and LF; property values also escape `:` and `,`.
"""

from __future__ import annotations

from typing import Any

from claimdiff.check._report import CheckReport, Finding

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    """A workflow-command message: `%`→`%25`, CR→`%0D`, LF→`%0A`."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow-command property value: as `escape_data`, plus `:`→`%3A`, `,`→`%2C`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    """The workflow command annotating one finding."""
    props = {"file": f.path, "line": str(f.line), "col": str(f.column),
             "title": f"claimdiff {f.rule}"}
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_COMMAND[f.severity]} {head}::{escape_data(f.message)}"


def render_github(report: Any, *, color: bool = False) -> str:
    """Annotations for new findings and stale acceptances (accepted ones stay quiet)."""
    if not isinstance(report, CheckReport):
        from claimdiff.reporters import unsupported

        raise unsupported("github", report)
    lines = [annotation(f) for f in report.findings if not f.accepted]
    return "".join(line + "\n" for line in lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _table(findings: tuple[Finding, ...], *, reason: bool = False) -> list[str]:
    head = "| Where | Rule | Finding |" + (" Reason |" if reason else "")
    rule = "|---|---|---|" + ("---|" if reason else "")
    rows = [head, rule]
    for f in findings:
        row = f"| `{_cell(f.path)}:{f.line}` | {f.rule} | {_cell(f.message)} |"
        if reason:
            row += f" {_cell(f.accepted_reason or '')} |"
        rows.append(row)
    return rows


def github_summary(report: CheckReport) -> str:
    """A Markdown summary of the run: counts, then every new, accepted and stale finding."""
    c = report.counts()
    status = "failed" if c["errors"] else "passed"
    out = [f"## claimdiff check {status}", "",
           f"{c['files']} claim files; **{c['new']} new** finding(s), {c['errors']} failing; "
           f"{c['accepted']} accepted; {c['stale']} stale acceptance(s).", ""]
    new = tuple(f for f in report.new)
    if new:
        out += ["### New findings", "", *_table(new), ""]
    if report.accepted:
        out += ["### Accepted", "", *_table(report.accepted, reason=True), ""]
    if report.stale:
        out += ["### Stale acceptances", "", *_table(report.stale), ""]
    for note in report.notes:
        out += [f"> {_cell(note)}", ""]
    return "\n".join(out)
