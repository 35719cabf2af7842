"""The claim model: sources, entities, claims and claim sets (frozen pydantic models)."""

from __future__ import annotations

from claimdiff.model._claims import (
    Acceptance,
    Claim,
    ClaimSet,
    Entity,
    Polarity,
    Source,
    SourceKind,
    Status,
    ValueSpec,
)

__all__ = [
    "Acceptance",
    "Claim",
    "ClaimSet",
    "Entity",
    "Polarity",
    "Source",
    "SourceKind",
    "Status",
    "ValueSpec",
]
