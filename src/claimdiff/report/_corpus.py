"""The report of a corpus run: totals, where the results are, and the top findings.

The full results are tables on disk (comparisons, clusters, per-source
summaries, errors); this report is what a person reads first: how much was
read, how much conflicts, the conflicting clusters that involve the most
sources, and the sources most often outside the majority reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class CorpusReport:
    """What `run_corpus` found."""

    inputs: tuple[str, ...]
    outputs: dict[str, str]
    documents: int
    errors: int
    measurements: int
    comparisons: dict[str, int]
    """Comparisons by verdict."""
    clusters: dict[str, int]
    """Clusters by verdict."""
    top_conflicts: tuple[dict[str, Any], ...]
    """Conflicting clusters, most sources first (cluster records as in `clusters.jsonl`)."""
    dissenters: tuple[dict[str, Any], ...]
    """Per-source summaries of the sources most often outside the majority reading."""

    @property
    def has_conflicts(self) -> bool:
        """Whether any cluster holds a conflict."""
        return self.clusters.get("conflict", 0) > 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "schema_version": SCHEMA_VERSION,
            "report": "corpus",
            "inputs": list(self.inputs),
            "outputs": dict(sorted(self.outputs.items())),
            "documents": self.documents,
            "errors": self.errors,
            "measurements": self.measurements,
            "comparisons": self.comparisons,
            "clusters": self.clusters,
            "top_conflicts": list(self.top_conflicts),
            "dissenters": list(self.dissenters),
        }


__all__ = ["CorpusReport"]
