"""Pairing measurements across two sources, as record linkage does.

1. Block: only measurements of the same dimension are candidates, and never
   two that measure different things (two synonym classes: dead and injured).
2. Score each candidate on its features: the measured thing, the context of
   its sentence (content lemmas weighted by rarity across both sources), how
   close the two values are, and qualifiers that count against a pair — a
   different role (a forecast against a measured value, a limit against a
   speed), different attributions (police against organisers), different
   periods (July against June), one negated or modal and the other not.
3. Assign one-to-one, best score first (ties broken by the phrases, never by
   ids), keeping pairs at or above the threshold calibrated on the
   development corpus (`benchmarks/eval_articles.py`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from claimdiff.measure._model import Measurement, MeasurementPair
from claimdiff.normalization import Interval, Kind

THRESHOLD = 0.30
"""Calibrated on the tuning split of `corpora/article-pairs/`."""

W_MEASURED = 0.35
W_CONTEXT = 0.4
W_NEAR = 0.4
W_CLOSE = 0.4
P_ROLE = 0.45
P_ATTRIBUTION = 0.4
P_PERIOD = 0.35
P_MODALITY = 0.15
FULL_BLOCK = 250_000
"""Above this many same-dimension pairs, candidates come from a blocking index instead."""


def different_things(a: Measurement, b: Measurement) -> bool:
    """Both say what they measure, in two different synonym classes."""
    return a.classed and b.classed and a.measured != b.measured


def _idf(ma: Sequence[Measurement], mb: Sequence[Measurement]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for m in (*ma, *mb):
        df.update(m.context | m.near)
    n = len(ma) + len(mb)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def _similarity(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Cosine of the two word sets, each word weighted by its rarity."""
    wa = sum(idf.get(w, 0.0) ** 2 for w in a)
    wb = sum(idf.get(w, 0.0) ** 2 for w in b)
    if wa <= 0 or wb <= 0:
        return 0.0
    return sum(idf.get(w, 0.0) ** 2 for w in a & b) / math.sqrt(wa * wb)


def _mid(iv: Interval) -> float:
    if math.isinf(iv.lo):
        return iv.hi
    if math.isinf(iv.hi):
        return iv.lo
    return (iv.lo + iv.hi) / 2


def _closeness(a: Measurement, b: Measurement) -> float:
    """1 when the readings overlap, less as they grow apart; 0 for open-ended readings."""
    va, vb = a.value, b.value
    if va is None or vb is None:
        return 0.0
    if va.kind is Kind.DATE:
        # days: "since 2018" overlaps everything after it and says nothing about closeness
        if not (va.core.bounded and vb.core.bounded) or max(va.core.width, vb.core.width) > 62:
            return 0.0
        return max(0.0, 1.0 - abs(_mid(va.core) - _mid(vb.core)) / 7.0)
    if va.support.overlaps(vb.support):
        return 1.0
    if va.kind is not Kind.QUANTITY:
        return 0.0
    x, y = abs(_mid(va.core)), abs(_mid(vb.core))
    if not (math.isfinite(x) and math.isfinite(y)) or max(x, y) == 0:
        return 0.0
    return min(x, y) / max(x, y)


def score(a: Measurement, b: Measurement, idf: dict[str, float]) -> tuple[float, str]:
    """The score of one candidate pair (can be negative) and the reason in words."""
    why: list[str] = []
    total = 0.0
    if a.measured is not None and a.measured == b.measured:
        total += W_MEASURED if a.classed else W_MEASURED / 2
        words = sorted({a.measured_words or "", b.measured_words or ""} - {""})
        why.append(f"both measure {a.measured} ({' ~ '.join(words)})")
    common = a.context & b.context
    total += W_CONTEXT * _similarity(a.context, b.context, idf)
    total += W_NEAR * _similarity(a.near, b.near, idf)
    if common:
        top = sorted(common, key=lambda w: (-idf.get(w, 0.0), w))[:4]
        why.append("shared context: " + ", ".join(top))
    total += W_CLOSE * _closeness(a, b)
    if a.role != b.role:
        total -= P_ROLE
        why.append(f"roles differ ({a.role or 'none'} / {b.role or 'none'})")
    if a.attribution and b.attribution and a.attribution != b.attribution:
        total -= P_ATTRIBUTION
        why.append(f"attributed to {a.attribution} / {b.attribution}")
    if a.period and b.period and not set(a.period) & set(b.period):
        total -= P_PERIOD
        why.append(f"periods differ ({' '.join(a.period)} / {' '.join(b.period)})")
    if a.modality != b.modality:
        total -= P_MODALITY
    return total, "; ".join(why) or "same dimension"


def candidates_by_dimension(
    ma: Sequence[Measurement], mb: Sequence[Measurement]
) -> tuple[list[tuple[int, int]], list[str]]:
    """Every same-dimension pair of blocks small enough; the dimensions too large to pair fully."""
    by_a: dict[str, list[int]] = {}
    by_b: dict[str, list[int]] = {}
    for i, m in enumerate(ma):
        by_a.setdefault(m.dimension, []).append(i)
    for j, m in enumerate(mb):
        by_b.setdefault(m.dimension, []).append(j)
    out: list[tuple[int, int]] = []
    large: list[str] = []
    for dim in sorted(by_a.keys() & by_b.keys()):
        xs, ys = by_a[dim], by_b[dim]
        if len(xs) * len(ys) > FULL_BLOCK:
            large.append(dim)
            continue
        out.extend((i, j) for i in xs for j in ys)
    return out, large


def pair_measurements(
    ma: Sequence[Measurement],
    mb: Sequence[Measurement],
    *,
    candidates: Iterable[tuple[int, int]] | None = None,
    threshold: float | None = None,
) -> list[MeasurementPair]:
    """One-to-one pairs of `ma` and `mb` measuring the same thing, in `ma` order.

    `candidates` (index pairs) default to every pair of the same dimension.
    """
    if candidates is None:
        candidates = candidates_by_dimension(ma, mb)[0]
    threshold = THRESHOLD if threshold is None else threshold
    idf = _idf(ma, mb)
    scored: list[tuple[float, str, str, int, int, str]] = []
    for i, j in candidates:
        a, b = ma[i], mb[j]
        if a.dimension != b.dimension or different_things(a, b):
            continue
        s, why = score(a, b, idf)
        if s >= threshold:
            lo, hi = sorted((a.phrase, b.phrase))
            scored.append((-round(s, 6), lo, hi, i, j, why))
    scored.sort()
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    out: list[MeasurementPair] = []
    for neg, _, _, i, j, why in scored:
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        out.append(MeasurementPair(i, j, round(min(-neg, 1.0), 4), why))
    out.sort(key=lambda p: (p.a, p.b))
    return out


__all__ = ["THRESHOLD", "candidates_by_dimension", "different_things", "pair_measurements",
           "score"]
