"""Semantic checks of version 2 claims: anchors of every value, and `relative_to` targets."""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimdiff.load import LoadedClaimSet, Problem
from claimdiff.model import ClaimV2, Role, ValueSpec

__all__ = ["check_v2"]

# "some 1,100 amendments" written unquoted in a flow sequence reads as two values,
# "some 1" and "100 amendments": a value ending in 1-3 digits, the next starting with 3.
_SPLIT_END = re.compile(r"(?<![\d.,])\d{1,3}$")
_SPLIT_START = re.compile(r"\d{3}(?:\D|$)")


def check_v2(loaded: LoadedClaimSet) -> list[Problem]:
    """Anchors naming no claim, `relative_to` naming no value, and multiples of themselves."""
    claims = loaded.claimset.claims
    by_id = {c.id: c for c in claims}
    out: list[Problem] = []

    def at(path: tuple[object, ...], message: str, code: str) -> None:
        line, col = loaded.positions.locate(path)
        out.append(Problem(loaded.path, line, col, message, code))

    for i, claim in enumerate(claims):
        if not isinstance(claim, ClaimV2):
            continue
        specs: list[tuple[tuple[object, ...], ValueSpec | None]] = [(("as_of",), claim.as_of)]
        for j, m in enumerate(claim.measures):
            specs += [(("values", j, "as_of"), m.as_of), (("values", j, "base"), m.base)]
            if m.anchor is not None and m.anchor not in by_id:
                at(("claims", i, "values", j, "anchor"),
                   f"anchor '{m.anchor}' names no claim of this file", "unknown-anchor")
            if m.relative_to is not None:
                problem = _target_problem(claim, j, m.relative_to, by_id)
                if problem:
                    at(("claims", i, "values", j, "relative_to"), problem, "unknown-value")
        if loaded.yaml:
            for j in range(1, len(claim.measures)):
                before, after = claim.measures[j - 1].text, claim.measures[j].text
                # Two values are a split number only where the quote (if any) writes them
                # as one: "49, a nurse who had travelled 150 miles" holds two.
                joined = f"{before},{after}"
                if _SPLIT_END.search(before) and _SPLIT_START.match(after) and (
                        claim.quote is None or joined.casefold() in claim.quote.casefold()):
                    at(("claims", i, "values", j),
                       f"values '{before}' and '{after}' look like one number split at its "
                       f"comma ('{before},{after}'): in `[...]` a comma separates items; "
                       "quote the value", "split-number")
        for path, spec in specs:
            if spec is not None and spec.anchor is not None and spec.anchor not in by_id:
                at(("claims", i, *path, "anchor"),
                   f"anchor '{spec.anchor}' names no claim of this file", "unknown-anchor")
    return out


def _target_problem(claim: ClaimV2, index: int, ref: str,
                    by_id: Mapping[str, object]) -> str | None:
    claim_id, _, value_id = ref.partition("#")
    target = by_id.get(claim_id)
    if target is None:
        return f"`relative_to` '{ref}' names no claim of this file"
    measures = target.measures if isinstance(target, ClaimV2) else ()
    if value_id:
        found = [k for k, m in enumerate(measures) if m.id == value_id]
        if not found:
            return f"`relative_to` '{ref}': claim '{claim_id}' has no value with id '{value_id}'"
        if target is claim and found[0] == index:
            return "a value cannot be relative to itself"
        return None
    plain = [k for k, m in enumerate(measures) if m.role in (Role.AMOUNT, Role.TOTAL)]
    if not plain and not (not isinstance(target, ClaimV2) and getattr(target, "value", None)):
        return f"`relative_to` '{ref}': claim '{claim_id}' states no amount or total"
    if target is claim and plain and plain[0] == index:
        return "a value cannot be relative to itself; name the value: `claim-id#value-id`"
    return None
