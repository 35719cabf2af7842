"""Report model: what a diff or a check found, as data for the reporters."""

from __future__ import annotations

from claimdiff.report._clusters import Cluster, ClusterReport, Consensus, Echo
from claimdiff.report._context import ClaimInfo, SourceInfo
from claimdiff.report._diff import DiffReport, OnlyFinding, PairFinding, Side, ValueFinding
from claimdiff.report._fingerprint import fingerprint, pair_fingerprint

__all__ = [
    "ClaimInfo",
    "Cluster",
    "ClusterReport",
    "Consensus",
    "DiffReport",
    "Echo",
    "OnlyFinding",
    "PairFinding",
    "Side",
    "SourceInfo",
    "ValueFinding",
    "fingerprint",
    "pair_fingerprint",
]
