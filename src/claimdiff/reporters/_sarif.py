"""SARIF 2.1.0 for code scanning: stable rule ids, partial fingerprints, suppressions.

Paths are repo-relative URIs; regions carry the 1-based line and column of the
claim. Accepted findings stay in the log with a suppression (`external` for the
baseline, `inSource` for an `accepted:` entry on the claim), so code scanning
closes their alerts instead of losing their history.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from claimdiff.check._report import RULES, CheckReport, Finding, Location

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "claimdiffFingerprint/v1"
_LEVEL = {"error": "error", "warning": "warning", "note": "note"}
_DEFAULT_LEVEL = {"schema": "error", "provenance": "error", "consistency": "error",
                  "conflict": "error", "duplicate": "warning", "stale-acceptance": "note"}


def _uri(path: str) -> str:
    if path.startswith("/"):
        return "file://" + quote(path)
    return quote(path)


def _location(loc: Location | Finding) -> dict[str, Any]:
    return {"physicalLocation": {
        "artifactLocation": {"uri": _uri(loc.path)},
        "region": {"startLine": max(1, loc.line), "startColumn": max(1, loc.column)},
    }}


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(f)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    if f.related:
        result["relatedLocations"] = [
            {"id": k, **_location(r), "message": {"text": r.message or "related claim"}}
            for k, r in enumerate(f.related)]
    if f.accepted:
        result["suppressions"] = [{
            "kind": "inSource" if f.accepted_by == "claim" else "external",
            "status": "accepted",
            "justification": f.accepted_reason or "",
        }]
    props: dict[str, Any] = {}
    if f.claims:
        props["claims"] = list(f.claims)
    if f.code:
        props["code"] = f.code
    if f.verdict:
        props["verdict"] = f.verdict
    if props:
        result["properties"] = props
    return result


def _name(rule: str) -> str:
    return "".join(part.capitalize() for part in rule.split("-"))


def render_sarif(report: Any, *, color: bool = False) -> str:
    """One SARIF 2.1.0 log with one run of the `claimdiff` driver."""
    if not isinstance(report, CheckReport):
        from claimdiff.reporters import unsupported

        raise unsupported("sarif", report)
    rules = list(RULES)
    index = {rule: i for i, rule in enumerate(rules)}
    driver = {
        "name": "claimdiff",
        "version": report.version,
        "semanticVersion": report.version,
        "rules": [{
            "id": rule, "name": _name(rule),
            "shortDescription": {"text": RULES[rule]},
            "defaultConfiguration": {"level": _DEFAULT_LEVEL[rule]},
        } for rule in rules],
    }
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for f in report.findings],
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
