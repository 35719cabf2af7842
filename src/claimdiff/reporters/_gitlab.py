"""GitLab Code Quality JSON (`artifacts:reports:codequality`).

An array of `{description, check_name, fingerprint, severity, location}`.
Accepted findings are left out (Code Quality has no suppressions); each
fingerprint is unique, or GitLab would collapse findings.
"""

from __future__ import annotations

import json
from typing import Any

from claimdiff.check._report import CheckReport

_SEVERITY = {"error": "major", "warning": "minor", "note": "info"}


def render_gitlab(report: Any, *, color: bool = False) -> str:
    """The Code Quality report of the new findings and stale acceptances."""
    if not isinstance(report, CheckReport):
        from claimdiff.reporters import unsupported

        raise unsupported("gitlab", report)
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in report.findings:
        if f.accepted or f.fingerprint in seen:
            continue
        seen.add(f.fingerprint)
        items.append({
            "description": f.message,
            "check_name": f"claimdiff/{f.rule}",
            "fingerprint": f.fingerprint,
            "severity": _SEVERITY[f.severity],
            "location": {"path": f.path, "lines": {"begin": f.line}},
        })
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
