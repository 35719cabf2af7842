"""The result of `claimdiff check`: findings as frozen data, one report for every format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from claimdiff._version import __version__
from claimdiff.errors import InputError
from claimdiff.exitcodes import ExitCode

REPORT_KIND = "claimdiff-check-report"
SCHEMA_VERSION = 1
SEVERITIES = ("error", "warning", "note")
"""Finding severities, worst first. Only new `error` findings fail the build."""

RULES: dict[str, str] = {
    "schema": "A claim file breaks the claim-file schema or its semantic rules.",
    "provenance": "A quote is not found verbatim in its source text at its span.",
    "consistency": "Two claims of one source give incompatible values for the same event.",
    "conflict": "Two sources give conflicting values for the same claim.",
    "duplicate": "A source states the same claim twice.",
    "stale-acceptance": "An accepted finding (baseline or in-file) no longer occurs.",
}
"""Every rule id a check can emit, with its one-line description. Ids are stable."""


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file of the checked set: repo-relative path, 1-based line and column."""

    path: str
    line: int = 1
    column: int = 1
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {"path": self.path, "line": self.line, "column": self.column,
                "message": self.message}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing `check` found, located at a claim (or a line) of a claim file.

    `fingerprint` is stable across edits that move lines: it is built from rule,
    source and claim ids, never from positions. `accepted_reason` is set when a
    reviewer accepted the finding (`accepted_by` says where: `baseline` or `claim`).
    """

    rule: str
    severity: str
    path: str
    line: int
    column: int
    message: str
    fingerprint: str
    claims: tuple[str, ...] = ()
    """The claims concerned, as `source_id/claim_id`."""
    code: str = ""
    """A finer reason within the rule (`quote-mismatch`, `unknown-key`, a verdict, ...)."""
    verdict: str | None = None
    related: tuple[Location, ...] = ()
    accepted_reason: str | None = None
    accepted_by: str | None = None

    @property
    def accepted(self) -> bool:
        """Whether a reviewer accepted this finding."""
        return self.accepted_by is not None

    @property
    def new(self) -> bool:
        """Not accepted and not a stale-acceptance note: what a reviewer has still to see."""
        return not self.accepted and self.rule != "stale-acceptance"

    @property
    def fails(self) -> bool:
        """Whether this finding fails the build: new and an error."""
        return self.new and self.severity == "error"

    def accept(self, reason: str, by: str) -> Finding:
        """This finding, accepted for `reason` (by `baseline` or `claim`)."""
        return replace(self, accepted_reason=reason, accepted_by=by)

    def sort_key(self) -> tuple[Any, ...]:
        """Worst first, then by place: severity, path, line, column, rule, fingerprint."""
        return (self.accepted, SEVERITIES.index(self.severity), self.path, self.line,
                self.column, self.rule, self.fingerprint)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (the `findings[]` items of the JSON report)."""
        return {
            "rule": self.rule, "severity": self.severity, "path": self.path,
            "line": self.line, "column": self.column, "message": self.message,
            "fingerprint": self.fingerprint, "claims": list(self.claims), "code": self.code,
            "verdict": self.verdict, "related": [r.to_dict() for r in self.related],
            "accepted_reason": self.accepted_reason, "accepted_by": self.accepted_by,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """The finding a `to_dict` form describes; `ValueError` naming what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError("a finding is not an object")
        return cls(
            rule=_text(data, "rule"), severity=_text(data, "severity"), path=_text(data, "path"),
            line=_count(data, "line"), column=_count(data, "column"),
            message=_text(data, "message"), fingerprint=_text(data, "fingerprint"),
            claims=_texts(data, "claims"), code=_text(data, "code", ""),
            verdict=_text(data, "verdict", None),
            related=tuple(Location(_text(r, "path"), _count(r, "line"), _count(r, "column"),
                                   _text(r, "message", "")) for r in _objects(data, "related")),
            accepted_reason=_text(data, "accepted_reason", None),
            accepted_by=_text(data, "accepted_by", None),
        )


_REQUIRED: Any = object()


def _text(data: Any, key: str, default: Any = _REQUIRED) -> Any:
    """`data[key]` as a string (or `default` when absent or null)."""
    if not isinstance(data, Mapping):
        raise ValueError(f"expected an object holding {key!r}")
    value = data.get(key)
    if value is None:
        if default is _REQUIRED:
            raise ValueError(f"missing {key!r}")
        return default
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ValueError(f"{key!r} is not a string")
    return str(value)


def _count(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise ValueError(f"{key!r} is not a line or column number")
    return value


def _texts(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key!r} is not a list of strings")
    return tuple(value)


def _objects(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"{key!r} is not a list")
    return value


@dataclass(frozen=True)
class CheckReport:
    """Everything one `claimdiff check` run found, worst first."""

    findings: tuple[Finding, ...]
    files: tuple[str, ...] = ()
    """The claim files checked, repo-relative."""
    checks: tuple[str, ...] = ()
    """The checks that ran, by name."""
    config: str | None = None
    """The configuration file read, if any."""
    baseline: str | None = None
    """The baseline file read, if any."""
    root: str = "."
    """The directory that paths are relative to (the repository root)."""
    version: str = __version__
    notes: tuple[str, ...] = field(default=())
    """Things a person should know that are not findings (a check skipped, ...)."""

    @property
    def new(self) -> tuple[Finding, ...]:
        """Findings nobody has accepted yet (stale-acceptance notes excluded)."""
        return tuple(f for f in self.findings if f.new)

    @property
    def accepted(self) -> tuple[Finding, ...]:
        """Findings a reviewer accepted (baseline or in-file)."""
        return tuple(f for f in self.findings if f.accepted)

    @property
    def stale(self) -> tuple[Finding, ...]:
        """Acceptances that match no finding any more."""
        return tuple(f for f in self.findings if f.rule == "stale-acceptance")

    @property
    def exit_code(self) -> ExitCode:
        """`FINDINGS` when a new error finding is present, else `OK`."""
        return ExitCode.FINDINGS if any(f.fails for f in self.findings) else ExitCode.OK

    def counts(self) -> dict[str, int]:
        """How many findings are new, new errors, accepted and stale."""
        return {"new": len(self.new), "errors": sum(f.fails for f in self.findings),
                "accepted": len(self.accepted), "stale": len(self.stale),
                "files": len(self.files)}

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON report (`claimdiff check --format json`)."""
        return {
            "kind": REPORT_KIND, "schema_version": SCHEMA_VERSION, "tool": "claimdiff",
            "version": self.version, "root": self.root, "config": self.config,
            "baseline": self.baseline, "checks": list(self.checks), "files": list(self.files),
            "summary": {**self.counts(), "exit_code": int(self.exit_code)},
            "notes": list(self.notes), "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: Any, *, path: str = "<input>") -> CheckReport:
        """The report a saved JSON check report describes; `InputError` if it is not one."""
        if not isinstance(data, Mapping) or data.get("kind") != REPORT_KIND:
            raise InputError("not a claimdiff check report (no \"kind\": "
                             f"\"{REPORT_KIND}\")", path=path)
        if data.get("schema_version") != SCHEMA_VERSION:
            raise InputError(f"unsupported check-report schema_version "
                             f"{data.get('schema_version')!r} (this claimdiff reads "
                             f"{SCHEMA_VERSION})", path=path)
        try:
            if not isinstance(data.get("findings"), list):
                raise ValueError("no \"findings\" list")
            findings = tuple(Finding.from_dict(f) for f in data["findings"])
            for f in findings:
                if f.severity not in SEVERITIES:
                    raise ValueError(f"unknown severity {f.severity[:40]!r}")
                if f.rule not in RULES:
                    raise ValueError(f"unknown rule {f.rule[:40]!r}")
            return cls(
                findings=findings, files=_texts(data, "files"), checks=_texts(data, "checks"),
                config=_text(data, "config", None), baseline=_text(data, "baseline", None),
                root=_text(data, "root", "."), version=_text(data, "version", __version__),
                notes=_texts(data, "notes"),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise InputError(f"malformed check report: {err!s}", path=path) from None
