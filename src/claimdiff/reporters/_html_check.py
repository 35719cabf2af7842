"""The HTML page of a check report: counts, filters by severity and rule, every finding."""

from __future__ import annotations

from html import escape

from claimdiff.check._report import CheckReport, Finding
from claimdiff.reporters._html_page import document

_SYMBOL = {"error": "✕", "warning": "!", "note": "i", "accepted": "✓"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _status(f: Finding) -> str:
    return "accepted" if f.accepted else f.severity


def _row(f: Finding) -> str:
    status = _status(f)
    reason = f"<br>accepted: {_e(f.accepted_reason or '')}" if f.accepted else ""
    return (f'<tr data-verdict="{status}" data-s="{_e(f.rule)}">'
            f'<td><span class="badge s-{status}"><span aria-hidden="true">{_SYMBOL[status]}'
            f"</span> {status}</span></td><td>{_e(f.rule)}</td>"
            f"<td><code>{_e(f.path)}:{f.line}:{f.column}</code></td>"
            f"<td>{_e(f.message)}{reason}</td><td><code>{_e(f.fingerprint)}</code></td></tr>")


def render_check_html(report: CheckReport) -> str:
    """The check report as one HTML document."""
    c = report.counts()
    state = "failed" if c["errors"] else "passed"
    statuses = sorted({_status(f) for f in report.findings})
    rules = sorted({f.rule for f in report.findings})
    boxes = "".join(f'<label><input type="checkbox" data-filter="verdict" value="{s}" checked> '
                    f"{s}</label>" for s in statuses)
    boxes_r = "".join(f'<label><input type="checkbox" data-filter="source" value="{_e(r)}" '
                      f"checked> {_e(r)}</label>" for r in rules)
    notes = "".join(f'<p class="warning">{_e(n)}</p>' for n in report.notes)
    rows = "".join(_row(f) for f in report.findings if not f.accepted)
    rows += "".join(_row(f) for f in report.findings if f.accepted)
    body = f"""<header>
<h1>claimdiff check {state}</h1>
<p class="summary">{c['files']} claim files; <b>{c['new']}</b> new findings ({c['errors']}
failing), {c['accepted']} accepted, {c['stale']} stale acceptances.</p>
{notes}
<form class="filters" aria-label="Filters" hidden><fieldset><legend>Status</legend>{boxes}
</fieldset><fieldset><legend>Checks</legend>{boxes_r}</fieldset></form>
</header>
<main>
<div class="scroll"><table class="findings"><thead><tr><th>status</th><th>check</th>
<th>where</th><th>finding</th><th>fingerprint</th></tr></thead><tbody>{rows}</tbody></table></div>
</main>"""
    # the HTML report's script drives the filters; it has no claims to show
    return document(f"claimdiff check {state}", body, "[]")


__all__ = ["render_check_html"]
