"""The canonical JSON check report (`kind: claimdiff-check-report`, `schema_version: 1`)."""

from __future__ import annotations

import json

from claimdiff.check._report import CheckReport


def render_check_json(report: CheckReport) -> str:
    """The report as indented JSON; `claimdiff render` reads it back."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
