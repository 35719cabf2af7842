"""The report of `compare_sources`: claims of N sources grouped into clusters.

A cluster is a set of claims (from different sources, usually) that alignment
says are about the same thing. Each cluster shows which sources agree, which
conflict and with what, and a consensus value where the sources' readings
share one. Sources that repeat each other word for word are flagged as echoes:
a wire story reprinted is one origin, not two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimdiff.report._context import ClaimInfo, SourceInfo
from claimdiff.report._diff import OnlyFinding, PairFinding, Side
from claimdiff.verdicts import Verdict

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Consensus:
    """The value every member of a cluster allows, for one slot (`when`, `value`)."""

    slot: str
    basis: str
    """`"cores"` when the literal readings share a range, else `"supports"`."""
    value: dict[str, Any]
    """`{"text", "kind", "core", "support", "unit"}` of the common range."""
    rendered: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"slot": self.slot, "basis": self.basis, "value": self.value,
                "rendered": self.rendered}


@dataclass(frozen=True)
class Cluster:
    """Claims of several sources about one thing, with the verdicts between them."""

    id: str
    verdict: Verdict
    members: tuple[Side, ...]
    pairs: tuple[PairFinding, ...]
    consensus: tuple[Consensus, ...] = ()
    origins: int = 0
    """Independent origins among the sources: sources that echo each other count once."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Source ids of the members, sorted, once each."""
        return tuple(sorted({m.source for m in self.members}))

    def agreeing(self) -> list[tuple[str, str]]:
        """Source pairs whose claims here agree (or are compatible)."""
        ok = (Verdict.AGREE, Verdict.COMPATIBLE)
        return sorted({(p.a.source, p.b.source) for p in self.pairs if p.verdict in ok})

    def conflicts(self) -> list[PairFinding]:
        """The conflicting pairs, with what they conflict about."""
        return [p for p in self.pairs if p.verdict is Verdict.CONFLICT]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "verdict": self.verdict.value,
            "sources": list(self.sources),
            "origins": self.origins,
            "members": [m.to_dict() for m in self.members],
            "agree": [list(p) for p in self.agreeing()],
            "conflicts": [p.to_dict() for p in self.conflicts()],
            "pairs": [p.to_dict() for p in self.pairs],
            "consensus": [c.to_dict() for c in self.consensus],
        }


@dataclass(frozen=True)
class Echo:
    """Two sources that repeat each other: one origin, not two."""

    a: str
    b: str
    reason: str
    overlap: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"a": self.a, "b": self.b, "reason": self.reason, "overlap": self.overlap}


@dataclass(frozen=True)
class ClusterReport:
    """What `compare_sources` found."""

    inputs: tuple[str, ...]
    clusters: tuple[Cluster, ...]
    singletons: tuple[OnlyFinding, ...]
    echoes: tuple[Echo, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    sources: tuple[SourceInfo, ...] = ()
    """Every input's sources, in input order."""
    claims: tuple[ClaimInfo, ...] = ()
    """Every claim with its span and readings, sorted by (source, claim)."""

    @property
    def summary(self) -> dict[str, int]:
        """Clusters by verdict, then singletons and echoes."""
        out = {v.value: sum(1 for c in self.clusters if c.verdict is v) for v in Verdict}
        out["singletons"] = len(self.singletons)
        out["echoes"] = len(self.echoes)
        return out

    @property
    def has_conflicts(self) -> bool:
        """Whether any cluster holds a conflict."""
        return any(c.verdict is Verdict.CONFLICT for c in self.clusters)

    @property
    def has_differences(self) -> bool:
        """Conflicts, non-agreeing clusters, or claims only one source makes."""
        return bool(self.singletons) or any(c.verdict is not Verdict.AGREE for c in self.clusters)

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON report (`schemas/report.v1.schema.json`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "report": "clusters",
            "inputs": list(self.inputs),
            "summary": self.summary,
            "clusters": [c.to_dict() for c in self.clusters],
            "singletons": [s.to_dict() for s in self.singletons],
            "echoes": [e.to_dict() for e in self.echoes],
            "warnings": list(self.warnings),
            "sources": [x.to_dict() for x in self.sources],
            "claims": [x.to_dict() for x in self.claims],
        }
