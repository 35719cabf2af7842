"""Accepted findings: a baseline file of fingerprints, and `accepted:` on claims.

A baseline records findings by fingerprint, each with a `reason` a reviewer
fills in. Later runs mark those findings accepted; an entry that matches no
finding any more is reported as stale, so the baseline never rots unseen.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdiff.check._report import Finding
from claimdiff.errors import ConfigError
from claimdiff.load._jsonpos import json_positions
from claimdiff.load._read import load_json, read_text
from claimdiff.report import fingerprint

BASELINE_KIND = "claimdiff-baseline"
BASELINE_VERSION = 1

DEFAULT_BASELINE = "claimdiff-baseline.json"
"""The baseline file beside the configuration, written and read when none is named."""


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One accepted finding: a fingerprint (or a prefix of one, in claim files) and why."""

    fingerprint: str
    reason: str
    origin: str
    """`baseline` or `claim`."""
    path: str
    """Where the acceptance is written (repo-relative)."""
    line: int = 1
    column: int = 1
    rule: str = ""
    message: str = ""
    claim: str = ""
    """`source/claim` of the claim carrying an in-file acceptance."""

    def matches(self, finding: Finding) -> bool:
        """Whether this acceptance covers `finding`."""
        if self.origin == "claim":
            return finding.fingerprint.startswith(self.fingerprint)
        return finding.fingerprint == self.fingerprint


def read_baseline(path: str | Path, shown: str) -> list[Acceptance]:
    """The acceptances of a baseline file (`shown` is its repo-relative name).

    Raises `ConfigError` when the file is unreadable or not a baseline.
    """
    if not Path(path).exists():
        raise ConfigError("the baseline file does not exist; create it with "
                          "`claimdiff check --write-baseline`", path=path)
    try:
        text = read_text(path)
    except Exception as err:  # InputError, SchemaError: a located message already
        raise ConfigError(f"cannot read baseline: {getattr(err, 'message', err)}",
                          path=path) from None
    data = load_json(text, path, ConfigError, "baseline is ")
    if not isinstance(data, dict) or data.get("kind") != BASELINE_KIND:
        raise ConfigError(f"not a claimdiff baseline (no \"kind\": \"{BASELINE_KIND}\")",
                          path=path, line=1, column=1)
    if data.get("schema_version") != BASELINE_VERSION:
        raise ConfigError(f"unsupported baseline schema_version {data.get('schema_version')!r}",
                          path=path, line=1, column=1)
    positions = json_positions(text)
    out: list[Acceptance] = []
    entries = data.get("accepted")
    if not isinstance(entries, list):
        raise ConfigError("baseline has no \"accepted\" list", path=path, line=1, column=1)
    for i, entry in enumerate(entries):
        line, col = positions.locate(("accepted", i))
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError("baseline entry without a \"fingerprint\" string", path=path,
                              line=line, column=col)
        out.append(Acceptance(
            fingerprint=entry["fingerprint"], reason=str(entry.get("reason") or ""),
            origin="baseline", path=shown, line=line, column=col,
            rule=str(entry.get("rule", "")), message=str(entry.get("message", ""))))
    return out


def apply_acceptances(findings: Iterable[Finding], acceptances: Iterable[Acceptance]
                      ) -> list[Finding]:
    """Findings with accepted ones marked, plus one stale-acceptance note per unused entry.

    An in-file acceptance wins over the baseline (its reason sits beside the claim).
    """
    accs = sorted(acceptances, key=lambda a: a.origin != "claim")
    used: set[int] = set()
    out: list[Finding] = []
    for finding in findings:
        for k, acc in enumerate(accs):
            if acc.matches(finding):
                used.add(k)
                if not finding.accepted:
                    finding = finding.accept(acc.reason or "(no reason recorded)", acc.origin)
        out.append(finding)
    for k, acc in enumerate(accs):
        if k not in used:
            out.append(_stale(acc))
    return out


def _stale(acc: Acceptance) -> Finding:
    what = f" ({acc.rule}: {acc.message})" if acc.rule else ""
    where = "baseline" if acc.origin == "baseline" else f"claim '{acc.claim}'"
    reason = f"; it was accepted because: {acc.reason}" if acc.reason else ""
    return Finding(
        rule="stale-acceptance", severity="note", path=acc.path, line=acc.line,
        column=acc.column, code=acc.origin,
        fingerprint=fingerprint("stale-acceptance", acc.origin, acc.path, acc.fingerprint),
        claims=(acc.claim,) if acc.claim else (),
        message=f"accepted finding {acc.fingerprint}{what} no longer occurs; remove it from "
                f"the {where}{reason}",
    )


def baseline_text(findings: Iterable[Finding], previous: Mapping[str, str] | None = None) -> str:
    """A baseline accepting every finding not already accepted in a claim file.

    `previous` maps fingerprints to the reasons of an older baseline: they are
    kept, so rewriting a baseline never loses a reviewer's words.
    """
    previous = previous or {}
    entries: dict[str, dict[str, Any]] = {}
    for f in findings:
        if f.rule == "stale-acceptance" or f.accepted_by == "claim":
            continue
        entries[f.fingerprint] = {
            "fingerprint": f.fingerprint, "rule": f.rule, "claims": list(f.claims),
            "path": f.path, "message": f.message,
            "reason": previous.get(f.fingerprint, ""),
        }
    ordered = sorted(entries.values(), key=lambda e: (e["rule"], e["path"], e["claims"],
                                                      e["fingerprint"]))
    data = {
        "kind": BASELINE_KIND, "schema_version": BASELINE_VERSION,
        "comment": "Findings reviewed and accepted. Give each a reason; `claimdiff check` "
                   "reports these as accepted and fails only on new findings.",
        "accepted": ordered,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
