"""The report of `claimdiff.diff`: aligned pairs, their value verdicts, claims found on one side.

Frozen dataclasses, rendered by the reporters and serialised by `to_dict()`
(the `report.v1` JSON Schema). Everything is sorted by stable keys, so the
same inputs give byte-identical output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from claimdiff.report._context import ClaimInfo, SourceInfo
from claimdiff.verdicts import Verdict

SCHEMA_VERSION = 1
RELATIONS = ("different-dates", "update", "different-modality", "different-bases",
             "different-attributions")
"""The qualifiers a value finding may carry beside its verdict (`ValueFinding.relation`)."""


class Side(NamedTuple):
    """One side of a comparison: which claim of which source, its words, and the value read.

    A named tuple: immutable, and cheap enough to build one per compared value.
    """

    source: str
    claim: str
    subject: str
    predicate: str
    object: str | None = None
    polarity: str = "asserted"
    quote: str | None = None
    value: dict[str, Any] | None = None
    """`{"text", "kind", "core", "support", "unit"}` when the comparison is about a value."""

    @property
    def key(self) -> tuple[str, str]:
        """`(source id, claim id)`."""
        return (self.source, self.claim)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        out: dict[str, Any] = {
            "source": self.source,
            "claim": self.claim,
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "polarity": self.polarity,
            "quote": self.quote,
        }
        if self.value is not None:
            out["value"] = self.value
        return out


@dataclass(frozen=True)
class ValueFinding:
    """The verdict on one thing two aligned claims both state: `when`, `value`, `object`, ..."""

    aspect: str
    verdict: Verdict
    a: Side
    b: Side
    explanation: str
    score: float
    fingerprint: str
    relation: str | None = None
    """What the verdict alone does not say: `different-dates` (values as of different
    dates), `update` (a later, higher running figure), `different-modality`,
    `different-bases`, `different-attributions`."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (`relation` only when there is one)."""
        out = {
            "aspect": self.aspect,
            "verdict": self.verdict.value,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "explanation": self.explanation,
            "score": self.score,
            "fingerprint": self.fingerprint,
        }
        if self.relation is not None:
            out["relation"] = self.relation
        return out


@dataclass(frozen=True)
class PairFinding:
    """Two aligned claims and the most severe verdict on what they share."""

    verdict: Verdict
    a: Side
    b: Side
    explanation: str
    score: float
    """Alignment score, 0–1."""
    fingerprint: str
    values: tuple[ValueFinding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "verdict": self.verdict.value,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "explanation": self.explanation,
            "score": self.score,
            "fingerprint": self.fingerprint,
            "values": [v.to_dict() for v in self.values],
        }


@dataclass(frozen=True)
class OnlyFinding:
    """A claim only one side makes."""

    side: Side
    fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the side's fields plus the fingerprint."""
        return {**self.side.to_dict(), "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class DiffReport:
    """What `diff(a, b)` found."""

    a: str
    """Name of side A (its path, or its source ids)."""
    b: str
    pairs: tuple[PairFinding, ...]
    only_a: tuple[OnlyFinding, ...]
    only_b: tuple[OnlyFinding, ...]
    candidates: int = 0
    """Candidate pairs blocking produced."""
    warnings: tuple[str, ...] = field(default=())
    sources: tuple[SourceInfo, ...] = ()
    """The sources of both sides, in input order."""
    claims: tuple[ClaimInfo, ...] = ()
    """Every claim of both sides with its span and readings, sorted by (source, claim)."""

    def count(self, verdict: Verdict) -> int:
        """Number of aligned pairs with `verdict`."""
        return sum(1 for p in self.pairs if p.verdict is verdict)

    @property
    def summary(self) -> dict[str, int]:
        """Counts by pair verdict, then `only_a` and `only_b`."""
        out = {v.value: self.count(v) for v in Verdict}
        out["only_a"] = len(self.only_a)
        out["only_b"] = len(self.only_b)
        return out

    @property
    def has_conflicts(self) -> bool:
        """Whether any aligned pair conflicts."""
        return any(p.verdict is Verdict.CONFLICT for p in self.pairs)

    @property
    def has_differences(self) -> bool:
        """Conflicts, compatible or incomparable values, or claims on one side only."""
        return bool(self.only_a or self.only_b) or any(
            p.verdict is not Verdict.AGREE for p in self.pairs
        )

    def findings(self) -> list[PairFinding | OnlyFinding]:
        """Every finding, most severe first (the order reporters use)."""
        return [*self.pairs, *self.only_a, *self.only_b]

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON report (`schemas/report.v1.schema.json`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "report": "diff",
            "a": self.a,
            "b": self.b,
            "summary": self.summary,
            "candidates": self.candidates,
            "pairs": [p.to_dict() for p in self.pairs],
            "only_a": [o.to_dict() for o in self.only_a],
            "only_b": [o.to_dict() for o in self.only_b],
            "warnings": list(self.warnings),
            "sources": [x.to_dict() for x in self.sources],
            "claims": [x.to_dict() for x in self.claims],
        }
