"""JUnit XML (`artifacts:reports:junit`): one test suite per check, one case per finding.

New error findings are failures; accepted findings are skipped cases with the
reviewer's reason; warnings and notes pass with their message in system-out.
A check without findings is one passing case, so every check that ran shows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from claimdiff.check._report import CheckReport, Finding


def _case(suite: ET.Element, name: str, rule: str, f: Finding | None) -> str:
    case = ET.SubElement(suite, "testcase", name=name, classname=f"claimdiff.{rule}")
    if f is None:
        return "pass"
    case.set("file", f.path)
    case.set("line", str(f.line))
    if f.accepted:
        ET.SubElement(case, "skipped", message=f"accepted: {f.accepted_reason or ''}")
        return "skipped"
    if f.fails:
        failure = ET.SubElement(case, "failure", message=f.message, type=f.rule)
        failure.text = f"{f.path}:{f.line}:{f.column}: {f.message}\nfingerprint: {f.fingerprint}"
        return "failure"
    ET.SubElement(case, "system-out").text = f"{f.severity}: {f.message}"
    return "pass"


def render_junit(report: Any, *, color: bool = False) -> str:
    """A `<testsuites>` document for the report."""
    if not isinstance(report, CheckReport):
        from claimdiff.reporters import unsupported

        raise unsupported("junit", report)
    root = ET.Element("testsuites", name="claimdiff check")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    rules = list(report.checks) + sorted({f.rule for f in report.findings} - set(report.checks))
    for rule in rules:
        suite = ET.SubElement(root, "testsuite", name=f"claimdiff.{rule}")
        found = [f for f in report.findings if f.rule == rule]
        outcomes = [_case(suite, f"{f.path}:{f.line}:{f.column} {f.fingerprint}", rule, f)
                    for f in found] or [_case(suite, "no findings", rule, None)]
        counts = {"tests": len(outcomes), "failures": outcomes.count("failure"),
                  "skipped": outcomes.count("skipped")}
        for key, n in counts.items():
            suite.set(key, str(n))
            totals[key] += n
        suite.set("errors", "0")
    for key, n in totals.items():
        root.set(key, str(n))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
