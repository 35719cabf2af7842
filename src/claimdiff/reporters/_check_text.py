"""Text rendering of a check report: one `file:line:col: severity [rule] message` a line."""

from __future__ import annotations

from claimdiff.check._report import CheckReport, Finding

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "note": "\x1b[36m", "accepted": "\x1b[2m"}
_RESET = "\x1b[0m"


def _line(f: Finding, color: bool) -> str:
    label = "accepted" if f.accepted else f.severity
    shown = f"{_COLORS[label]}{label}{_RESET}" if color else label
    text = f"{f.path}:{f.line}:{f.column}: {shown} [{f.rule}] {f.message}"
    if f.accepted:
        text += f"\n    accepted ({f.accepted_by}): {f.accepted_reason}"
    return text + f"\n    fingerprint: {f.fingerprint}"


def render_check_text(report: CheckReport, *, color: bool = False) -> str:
    """The findings, worst first, then a one-line summary."""
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
