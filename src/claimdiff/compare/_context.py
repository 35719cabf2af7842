"""The source and claim tables a report carries beside its findings (see `report._context`)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from claimdiff.compare._readings import ClaimReadings, value_dict
from claimdiff.load import LoadedClaimSet
from claimdiff.model import ClaimSet
from claimdiff.report._context import ClaimInfo, SourceInfo


def _claimset(item: LoadedClaimSet | ClaimSet) -> ClaimSet:
    return item.claimset if isinstance(item, LoadedClaimSet) else item


def _text_path(item: LoadedClaimSet | ClaimSet, text_file: str | None) -> str | None:
    if text_file is None:
        return None
    if isinstance(item, LoadedClaimSet):
        # Relative to where the claim file was read from, as the user named it.
        base = os.path.dirname(item.path)
        return os.path.join(base, text_file).replace(os.sep, "/") if base else text_file
    return text_file


def report_context(
    items: Sequence[LoadedClaimSet | ClaimSet], readings: Sequence[ClaimReadings]
) -> tuple[tuple[SourceInfo, ...], tuple[ClaimInfo, ...]]:
    """Every source (input order, once each) and every claim (sorted) of `items`."""
    sources: dict[str, SourceInfo] = {}
    claims: dict[tuple[str, str], ClaimInfo] = {}
    for item, read in zip(items, readings, strict=True):
        cs = _claimset(item)
        for s in cs.sources:
            sources.setdefault(s.id, SourceInfo(
                s.id, s.title, s.publisher, s.url,
                s.published.isoformat() if s.published else None,
                _text_path(item, s.text_file)))
        for c in cs.claims:
            if (c.source, c.id) in claims:
                continue
            slots = {}
            stated = c.values()  # a version 2 claim's `value` is its first amount or total
            for slot in ("when", "value"):
                spec = stated.get(slot)
                slots[slot] = None if spec is None else value_dict(spec.text,
                                                                   read.reading(c, slot))
            claims[(c.source, c.id)] = ClaimInfo(c.source, c.id, c.span, slots["when"],
                                                 slots["value"])
    return tuple(sources.values()), tuple(claims[k] for k in sorted(claims))


__all__ = ["report_context"]
