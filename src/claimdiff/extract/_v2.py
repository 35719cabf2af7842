"""Drafts as version 2 claim files: each value with the role its words show."""

from __future__ import annotations

from claimdiff.model import ClaimSet, ClaimSetV2, ClaimV2, Measure, Role, upgrade
from claimdiff.normalization._roles_api import guess_role

__all__ = ["draft_v2"]


def draft_v2(claimset: ClaimSet) -> ClaimSetV2:
    """`claimset` upgraded to version 2, each value's role guessed from its words.

    A score ("won 2-1"), a rate ("40 trains a day"), a ratio ("one in five"), an
    age, an ordinal, a change ("up 18% from a year earlier") get their role; a
    part ("eight of its 11 carriages") is split into its part and its total.
    """
    upgraded = upgrade(claimset)
    claims = tuple(_with_roles(c) for c in upgraded.claims)
    return upgraded.model_copy(update={"claims": claims})


def _with_roles(claim: ClaimV2) -> ClaimV2:
    measures: list[Measure] = []
    for m in claim.measures:
        role = Role(guess_role(m.text))
        if role is Role.PART:
            from claimdiff.normalization import _roles_en as en

            found = en.PART_OF.match(m.text.strip())
            if found is not None:
                measures.append(m.model_copy(update={"text": found.group("part"),
                                                     "role": Role.PART}))
                measures.append(Measure.model_validate({"text": found.group("total"),
                                                        "role": "total"}))
                continue
        measures.append(m.model_copy(update={"role": role}) if role is not Role.AMOUNT else m)
    return claim.model_copy(update={"measures": tuple(measures)})
