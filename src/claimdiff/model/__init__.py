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
from claimdiff.model._claims_v2 import (
    ClaimSetV2,
    ClaimV2,
    Direction,
    Measure,
    Modality,
    Role,
    as_of_of,
    measures_of,
    modality_of,
    stated_as_fact,
)
from claimdiff.model._migrate import downgrade, upgrade

__all__ = [
    "Acceptance",
    "Claim",
    "ClaimSet",
    "ClaimSetV2",
    "ClaimV2",
    "Direction",
    "Entity",
    "Measure",
    "Modality",
    "Polarity",
    "Role",
    "Source",
    "SourceKind",
    "Status",
    "ValueSpec",
    "as_of_of",
    "downgrade",
    "measures_of",
    "modality_of",
    "stated_as_fact",
    "upgrade",
]
