"""Pairing the value-bearing claims of two claim sets by what their values measure.

Each claim with a readable value (its `value`, else its `when`) becomes one
`Measurement`, read from the sentence around its quote when the source text is
at hand, else from the claim's fields. Small dimension blocks are scored in
full; a dimension with too many pairs to score (large claim files) takes its
candidates from the alignment index (`claimdiff.align`), restricted to the
dimension.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimdiff.align import AliasTable, ClaimTable
from claimdiff.align._block import candidate_pairs
from claimdiff.compare._readings import ClaimReadings
from claimdiff.load import LoadedClaimSet
from claimdiff.measure import (
    Measurement,
    SourceText,
    candidates_by_dimension,
    measure_claim,
    pair_measurements,
)
from claimdiff.model import Claim, ClaimSet, Status
from claimdiff.normalization import Value


@dataclass
class Measured:
    """Pairs `(index in a, index in b, score, reason)` and which claims were measured."""

    pairs: list[tuple[int, int, float, str]] = field(default_factory=list)
    read_a: set[int] = field(default_factory=set)
    read_b: set[int] = field(default_factory=set)
    candidates: int = 0
    measurements_a: list[Measurement] = field(default_factory=list)
    measurements_b: list[Measurement] = field(default_factory=list)


def _texts(item: LoadedClaimSet | ClaimSet) -> dict[str, SourceText]:
    if isinstance(item, LoadedClaimSet):
        raw = item.source_texts
    else:
        raw = {s.id: s.text for s in item.sources}
    return {k: SourceText(v) for k, v in raw.items() if v}


def measurements(
    item: LoadedClaimSet | ClaimSet, readings: ClaimReadings, *, curated: bool = False
) -> tuple[list[int], list[Measurement]]:
    """The measurement of every draft claim with a readable value (and of every curated one
    with `curated`), and the claims' indexes."""
    claimset = item.claimset if isinstance(item, LoadedClaimSet) else item
    texts = _texts(item)
    index: list[int] = []
    out: list[Measurement] = []
    for n, claim in enumerate(claimset.claims):
        if claim.status is not Status.DRAFT and not curated:
            continue  # curated claims keep their curator's words: the alignment pairs them
        for slot in ("value", "when"):
            reading = readings.reading(claim, slot)
            if isinstance(reading, Value):
                out.append(measure_claim(claim, slot, reading, texts.get(claim.source)))
                index.append(n)
                break
    return index, out


def pair_by_measurement(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet,
    readings_a: ClaimReadings, readings_b: ClaimReadings, options: Any,
) -> Measured:
    """Pair the measured claims of `a` and `b` one-to-one."""
    # A curated claim facing drafts is measured too: the drafts' valued claims are all in
    # this pool, and left to the word alignment it would find nothing to pair with.
    ia, ma = measurements(a, readings_a, curated=_has_drafts(b))
    ib, mb = measurements(b, readings_b, curated=_has_drafts(a))
    candidates, large = candidates_by_dimension(ma, mb)
    if large:
        candidates += _indexed(a, b, ia, ib, ma, mb, set(large), options.max_block)
    found = pair_measurements(ma, mb, candidates=candidates)
    return Measured([(ia[p.a], ib[p.b], p.score, p.reason) for p in found],
                    set(ia), set(ib), len(candidates), ma, mb)


def _has_drafts(item: LoadedClaimSet | ClaimSet) -> bool:
    return any(c.status is Status.DRAFT for c in _claims(item))


def _claims(item: LoadedClaimSet | ClaimSet) -> tuple[Claim, ...]:
    return (item.claimset if isinstance(item, LoadedClaimSet) else item).claims


def _indexed(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet, ia: list[int], ib: list[int],
    ma: list[Measurement], mb: list[Measurement], dims: set[str], max_block: int,
) -> list[tuple[int, int]]:
    """Candidates of the large dimensions from the word index of the alignment stage."""
    ca, cb = _claims(a), _claims(b)
    cs = [(a.claimset if isinstance(a, LoadedClaimSet) else a),
          (b.claimset if isinstance(b, LoadedClaimSet) else b)]
    aliases = AliasTable.from_entities((*cs[0].entities, *cs[1].entities))
    ta = ClaimTable.build([ca[i] for i in ia], aliases)
    tb = ClaimTable.build([cb[j] for j in ib], aliases)
    xs, ys = candidate_pairs(ta, tb, max_block=max_block)
    return [(i, j) for i, j in zip(xs.tolist(), ys.tolist(), strict=True)
            if ma[i].dimension in dims and ma[i].dimension == mb[j].dimension]


__all__ = ["Measured", "measurements", "pair_by_measurement"]
