"""Version 1 claim sets rewritten as version 2, and back where nothing is lost.

`upgrade` is total and lossless: a version 1 `value` becomes the claim's one
value, an `amount` with the same text, anchor and explicit reading; every other
key is kept as it is. `downgrade` is its inverse, for claim sets that use
nothing version 1 cannot say (the round trip `downgrade(upgrade(s)) == s` holds
for every version 1 set).
"""

from __future__ import annotations

from typing import Any

from claimdiff.model._claims import Claim, ClaimSet, ValueSpec
from claimdiff.model._claims_v2 import ClaimSetV2, ClaimV2, Measure, Role

__all__ = ["downgrade", "upgrade"]


def upgrade(claimset: ClaimSet) -> ClaimSetV2:
    """The version 2 form of a claim set (a version 2 set is returned as it is)."""
    if isinstance(claimset, ClaimSetV2):
        return claimset
    claims = []
    for claim in claimset.claims:
        fields: dict[str, Any] = {k: getattr(claim, k) for k in Claim.model_fields}
        value: ValueSpec | None = fields.pop("value")
        if value is not None:
            fields["values"] = (Measure.model_validate(
                {"text": value.text, "anchor": value.anchor, "normalized": value.normalized}),)
        claims.append(ClaimV2.model_validate(fields))
    return ClaimSetV2.model_validate({"schema_version": 2, "sources": claimset.sources,
                                      "entities": claimset.entities, "claims": tuple(claims)})


def downgrade(claimset: ClaimSet) -> ClaimSet:
    """The version 1 form of a claim set; `ValueError` names the first claim v1 cannot hold."""
    if not isinstance(claimset, ClaimSetV2):
        return claimset
    claims = []
    for claim in claimset.claims:
        why = _v2_only(claim)
        if why:
            raise ValueError(f"claim '{claim.id}' {why}, which version 1 cannot say")
        fields = {k: getattr(claim, k) for k in Claim.model_fields}
        if claim.measures:
            fields["value"] = claim.measures[0].spec()
        claims.append(Claim.model_validate(fields))
    return ClaimSet.model_validate({"schema_version": 1, "sources": claimset.sources,
                                    "entities": claimset.entities, "claims": tuple(claims)})


def _v2_only(claim: ClaimV2) -> str | None:
    if claim.as_of is not None or claim.modality is not None:
        return "has `as_of` or `modality`"
    if len(claim.measures) > 1:
        return "states several values"
    if claim.measures:
        m = claim.measures[0]
        if m.role is not Role.AMOUNT or set(m.model_fields_set) - {"text", "anchor",
                                                                      "normalized", "role"}:
            return "has a value with a role or qualifiers"
    return None
