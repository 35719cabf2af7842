"""The JSON Schema of the check report (`claimdiff check --format json`)."""

from __future__ import annotations

from typing import Any

from claimdiff.check._report import REPORT_KIND, SCHEMA_VERSION, SEVERITIES

_POS = {"type": "integer", "minimum": 1}
_NULLABLE_STR = {"type": ["string", "null"]}


def _obj(props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required,
            "additionalProperties": False}


def check_report_schema() -> dict[str, Any]:
    """The schema body (the schema table adds `$schema` and `$id`)."""
    location = _obj({"path": {"type": "string"}, "line": _POS, "column": _POS,
                     "message": {"type": "string"}}, ["path", "line", "column"])
    finding = _obj({
        "rule": {"type": "string", "description": "Stable rule id: schema, provenance, "
                 "consistency, conflict, duplicate, stale-acceptance."},
        "severity": {"enum": sorted(SEVERITIES)},
        "path": {"type": "string", "description": "Claim file, relative to `root`."},
        "line": _POS, "column": _POS,
        "message": {"type": "string", "minLength": 1},
        "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        "claims": {"type": "array", "items": {"type": "string"},
                   "description": "The claims concerned, as `source_id/claim_id`."},
        "code": {"type": "string"},
        "verdict": {"enum": ["conflict", "compatible", "agree", "incomparable", None]},
        "related": {"type": "array", "items": {"$ref": "#/$defs/location"}},
        "accepted_reason": _NULLABLE_STR,
        "accepted_by": {"enum": ["baseline", "claim", None]},
    }, ["rule", "severity", "path", "line", "column", "message", "fingerprint"])
    count = {"type": "integer", "minimum": 0}
    summary = _obj({"new": count, "errors": count, "accepted": count, "stale": count,
                    "files": count, "exit_code": {"enum": [0, 1, 2]}},
                   ["new", "errors", "accepted", "stale", "files", "exit_code"])
    body = _obj({
        "kind": {"const": REPORT_KIND},
        "schema_version": {"const": SCHEMA_VERSION},
        "tool": {"const": "claimdiff"},
        "version": {"type": "string"},
        "root": {"type": "string"},
        "config": _NULLABLE_STR,
        "baseline": _NULLABLE_STR,
        "checks": {"type": "array", "items": {"type": "string"}},
        "files": {"type": "array", "items": {"type": "string"}},
        "summary": summary,
        "notes": {"type": "array", "items": {"type": "string"}},
        "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
    }, ["kind", "schema_version", "findings", "summary"])
    return {**body, "$defs": {"finding": finding, "location": location}}
