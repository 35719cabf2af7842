"""The JSON reporter: the versioned report (`schemas/report.v1.schema.json`)."""

from __future__ import annotations

import json
from typing import Any


def render_json(report: Any, *, color: bool = False) -> str:
    """`report.to_dict()` as indented JSON, never coloured: any report with `to_dict`."""
    if not callable(getattr(report, "to_dict", None)):
        from claimdiff.reporters import unsupported

        raise unsupported("json", report)
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
