"""The table of named checks, and the checks that need only the claim files.

Each check is a pure function of a `CheckContext` returning `Finding`s. The
schema and provenance checks reuse `claimdiff.validate`; consistency and
cross-source conflicts live in their own modules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from claimdiff.check._config import CHECK_NAMES, CheckConfig
from claimdiff.check._report import Finding, Location
from claimdiff.load import LoadedClaimSet, Problem
from claimdiff.model import Claim
from claimdiff.report import fingerprint
from claimdiff.validate import QUOTED_CODES, check_claimset, check_provenance

PROVENANCE_CODES = frozenset({"quote-mismatch", "span-out-of-range", "missing-text",
                              *QUOTED_CODES})
"""Problem codes of `check_provenance`: reported by the provenance check, not schema."""


@dataclass
class CheckedFile:
    """One claim file of the set: its path, how it is shown, and what loading found."""

    path: str
    shown: str
    """Repo-relative, with `/` separators: the path every report uses."""
    loaded: LoadedClaimSet | None
    problems: list[Problem] = field(default_factory=list)
    """Syntax and schema problems that stopped loading."""

    @cached_property
    def semantic(self) -> list[Problem]:
        """`check_claimset`'s problems (ids, references, provenance), computed once."""
        return check_claimset(self.loaded) if self.loaded is not None else []

    @cached_property
    def _starts(self) -> list[tuple[int, int]]:
        assert self.loaded is not None
        return [self.loaded.claim_position(i) for i in range(len(self.loaded.claimset.claims))]

    def claim_at(self, line: int, column: int) -> Claim | None:
        """The claim whose entry holds position (line, column), if any."""
        if self.loaded is None or not self.loaded.claimset.claims:
            return None
        k = bisect.bisect_right(self._starts, (line, column)) - 1
        claims_start = self.loaded.positions.locate(("claims",))
        if k < 0 or (line, column) < claims_start:
            return None
        return self.loaded.claimset.claims[k]

    def position(self, index: int) -> tuple[int, int]:
        """Line and column of claim number `index`."""
        assert self.loaded is not None
        return self.loaded.claim_position(index)


@dataclass
class CheckContext:
    """What every check sees: the configuration and the loaded files, in path order."""

    config: CheckConfig
    files: list[CheckedFile]
    notes: list[str] = field(default_factory=list)
    """Messages for the report that are not findings (a check that could not run)."""

    def loaded(self) -> list[tuple[CheckedFile, LoadedClaimSet]]:
        """The files that loaded, with their claim sets."""
        return [(f, f.loaded) for f in self.files if f.loaded is not None]

    def verdict_severity(self, verdict: str) -> str | None:
        """`error` for a verdict in `fail-on`, `warning` in `warn-on`, else not reported."""
        if verdict in self.config.fail_on:
            return "error"
        if verdict in self.config.warn_on:
            return "warning"
        return None


CheckFunc = Callable[[CheckContext], list[Finding]]


def _problem_finding(rule: str, file: CheckedFile, problem: Problem) -> Finding:
    claim = file.claim_at(problem.line, problem.column)
    claims = (f"{claim.source}/{claim.id}",) if claim is not None else ()
    # Fingerprints never hold positions: line numbers, list indices and spans are dropped.
    stable = re.sub(r"\bline \d+|\[\d+(, \d+)?\]", "", problem.message)
    if rule == "provenance" and claims:  # at most one per claim and code; stable across moves
        # (values in their quotes: one per claim, code and field; messages start with the field)
        field = problem.message.split(" ", 1)[0] if problem.code in QUOTED_CODES else ""
        key = fingerprint(rule, problem.code, *claims, *filter(None, [field]))
    else:
        key = fingerprint(rule, file.shown, problem.code, *claims, stable)
    return Finding(rule=rule, severity="error", path=file.shown, line=problem.line,
                   column=problem.column, message=problem.message, code=problem.code,
                   claims=claims, fingerprint=key)


def check_schema(ctx: CheckContext) -> list[Finding]:
    """Schema validity: syntax, types, unknown keys, duplicate ids, dangling references."""
    out: list[Finding] = []
    for file in ctx.files:
        for problem in file.problems:
            out.append(_problem_finding("schema", file, problem))
        for problem in file.semantic:
            if problem.code not in PROVENANCE_CODES:
                out.append(_problem_finding("schema", file, problem))
    return out


def check_provenance_(ctx: CheckContext) -> list[Finding]:
    """Provenance integrity: each quote verbatim in its source text at its span."""
    out: list[Finding] = []
    for file, loaded in ctx.loaded():
        problems = (file.semantic if "schema" in ctx.config.checks
                    else check_provenance(loaded))
        for problem in problems:
            if problem.code in PROVENANCE_CODES:
                out.append(_problem_finding("provenance", file, problem))
    return out


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[’‘`´]", "'", text or "")).strip().casefold()


def claim_key(claim: Claim) -> tuple[str, ...]:
    """What makes two claims of one source the same claim: who, what, whom, values."""
    values = claim.values()
    return (claim.source, _fold(claim.subject), _fold(claim.predicate), _fold(claim.object),
            claim.polarity.value, _fold(values["when"].text if "when" in values else None),
            _fold(values["value"].text if "value" in values else None), _fold(claim.where))


def check_duplicates(ctx: CheckContext) -> list[Finding]:
    """Duplicate claims: one source stating the same subject/predicate/object/values twice."""
    out: list[Finding] = []
    first: dict[tuple[str, ...], tuple[CheckedFile, int, Claim]] = {}
    for file, loaded in ctx.loaded():
        for i, claim in enumerate(loaded.claimset.claims):
            key = claim_key(claim)
            if key not in first:
                first[key] = (file, i, claim)
                continue
            ofile, oi, other = first[key]
            oline, ocol = ofile.position(oi)
            line, col = file.position(i)
            out.append(Finding(
                rule="duplicate", severity="warning", path=file.shown, line=line, column=col,
                message=f"claim '{claim.id}' repeats claim '{other.id}' of source "
                        f"'{claim.source}' (same subject, predicate, object and values; "
                        f"first at {ofile.shown}:{oline})",
                fingerprint=fingerprint("duplicate", claim.source, other.id, claim.id),
                claims=(f"{other.source}/{other.id}", f"{claim.source}/{claim.id}"),
                related=(Location(ofile.shown, oline, ocol, f"first stated as '{other.id}'"),),
            ))
    return out


def _consistency(ctx: CheckContext) -> list[Finding]:
    from claimdiff.check._consistency import check_consistency

    return check_consistency(ctx)


def _conflicts(ctx: CheckContext) -> list[Finding]:
    from claimdiff.check._conflicts import check_conflicts

    return check_conflicts(ctx)


CHECKS: dict[str, tuple[CheckFunc, str]] = {
    "schema": (check_schema, "claim files follow the claim-file schema and its rules"),
    "provenance": (check_provenance_, "each quote is verbatim in its source text at its span "
                   "and holds its claim's values"),
    "consistency": (_consistency, "one source's relative and absolute times agree"),
    "conflict": (_conflicts, "sources do not conflict with one another (diff engine)"),
    "duplicate": (check_duplicates, "no source states the same claim twice"),
}
"""name -> (check, what it ensures). Run in `CHECK_NAMES` order."""

assert tuple(CHECKS) == CHECK_NAMES
