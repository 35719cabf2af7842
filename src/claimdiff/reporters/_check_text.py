"""Text rendering of a check report: one `file:line:col: severity [rule] message` a line.

Reached through `REPORTERS["text"]`, which dispatches on the report type.
"""

from __future__ import annotations

import click

from claimdiff.check._report import CheckReport, Finding

_COLORS = {"error": "red", "warning": "yellow", "note": "cyan"}


def _line(f: Finding, color: bool) -> str:
    label = "accepted" if f.accepted else f.severity
    if color:
        label = (click.style(label, dim=True) if f.accepted
                 else click.style(label, fg=_COLORS[label], bold=True))
    where = f"{f.path}:{f.line}:{f.column}"
    if f.accepted:
        # Reviewed already: one line with its reason keeps CI logs about what is new.
        return f"{where}: {label} [{f.rule}] {f.fingerprint} ({f.accepted_by}): {f.accepted_reason}"
    return f"{where}: {label} [{f.rule}] {f.message}\n    fingerprint: {f.fingerprint}"


def render_check_text(report: CheckReport, *, color: bool = False) -> str:
    """The findings, new ones first (worst first), then accepted ones, then a summary."""
    lines = [_line(f, color) for f in report.findings if not f.accepted]
    lines += [_line(f, color) for f in report.findings if f.accepted]
    lines += [f"note: {n}" for n in report.notes]
    c = report.counts()
    verdict = "FAILED" if c["errors"] else "passed"
    lines.append(
        f"claimdiff check {verdict}: {c['files']} file{'s' * (c['files'] != 1)}, "
        f"{c['new']} new finding{'s' * (c['new'] != 1)} ({c['errors']} failing), "
        f"{c['accepted']} accepted, {c['stale']} stale")
    return "\n".join(lines) + "\n"
