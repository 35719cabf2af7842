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

from collections.abc import Iterable, Sequence

from claimdiff.measure._alone import W_ALONE, alone, both_alone
from claimdiff.measure._bridge import AMOUNT
from claimdiff.measure._closeness import same_day
from claimdiff.measure._different import different_things
from claimdiff.measure._facing import bridge_candidates, ends_alike, facing
from claimdiff.measure._forward import forward_pair
from claimdiff.measure._model import Measurement, MeasurementPair
from claimdiff.measure._rarity import rarity, told_apart
from claimdiff.measure._repeats import day_twins, days_told_twice, repeats
from claimdiff.measure._score import (  # noqa: F401  (re-exported: benchmarks read them here)
    FAR,
    P_ATTRIBUTION,
    P_FAR,
    P_MODALITY,
    P_PART,
    P_PERIOD,
    P_ROLE,
    P_ROLE_ONE,
    W_ATTRIBUTION,
    W_CLOSE,
    W_CONTEXT,
    W_EVENT,
    W_HOLDER,
    W_MEASURED,
    W_NEAR,
    W_SAME,
    W_SAME_DAY,
    Idf,
    _idf,
    _similarity,
    _two_days,
    score,
)
from claimdiff.measure._what import future_alone

THRESHOLD = 0.28
"""Calibrated on the tuning split of `corpora/article-pairs/`."""
P_FUTURE = 0.05
"""How much lower a pair of what *will* be against a plain statement ranks: a weak feature's
weight, so it decides between partners of like evidence ("will be 9.80" with "will be 9.45"
before "is 13.90") and never outweighs the words a true partner shares (a plan is as often
told in the present: "the fare falls to €18.40" against "will be €19.10")."""
P_BRIDGE = 0.1
"""How much less a pair by one side's second reading ranks in the assignment ("began in
mid-April" as a length) than a pair in the figures' own dimension."""
FULL_BLOCK = 250_000
"""Above this many same-dimension pairs, candidates come from a blocking index instead."""


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
    out.extend(bridge_candidates(ma, mb))  # "for nine years" and "since 2017"
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
    (twin_a, day_a), (twin_b, day_b) = repeats(ma), repeats(mb)
    rare = rarity(ma, twin_a, mb, twin_b)
    alone_a, alone_b = alone(ma, twin_a), alone(mb, twin_b)
    scored: list[tuple[float, float, str, str, int, int, str]] = []
    for i, j in candidates:
        faced = facing(ma[i], mb[j])  # one side by its second reading, when it needs it
        if faced is None or different_things(*faced):
            continue
        a, b = faced
        s, why = score(a, b, idf)
        if ends_alike(a, b):  # "a four-year term" and "will serve until 2030"
            s += W_SAME_DAY
            why = f"{why}; a term and the date it ends"
        if a.dimension in rare and not told_apart(a, b):
            s += rare[a.dimension]
            if s - rare[a.dimension] < threshold <= s:  # said when it decides
                why = f"{why}; a {a.dimension} rare in both reports"
        if ma[i].dimension == mb[j].dimension and not told_apart(a, b) \
                and both_alone(i, j, alone_a, alone_b, a, b):
            s += W_ALONE
            if s - W_ALONE < threshold <= s:
                why = f"{why}; each figure alone in its order of magnitude"
        if s >= threshold:
            lo, hi = sorted((a.phrase, b.phrase))
            # a second reading ranks below a figure's own dimension of like evidence; a
            # rate's amount is the figure as said ("32.4 pence per litre" and "31.4p")
            rank = s - P_BRIDGE if ma[i].dimension != mb[j].dimension and not any(
                m.value is not None and m.value.steps[-1:] == (AMOUNT,) for m in faced) else s
            if future_alone(a.modality, b.modality) and not forward_pair(a, b):
                rank -= P_FUTURE  # "will be 9.80" goes with "will be" before "is 13.90"
            scored.append((-round(rank, 6), -round(s, 6), lo, hi, i, j, why))
    scored.sort()
    taken_a: dict[int, int] = {}
    taken_b: dict[int, int] = {}
    out: list[MeasurementPair] = []
    for _, neg, _, _, i, j, why in scored:  # each figure once, then its repeats
        if i in taken_a or j in taken_b or i in twin_a or j in twin_b:
            continue
        taken_a[i], taken_b[j] = j, i
        out.append(MeasurementPair(i, j, round(min(-neg, 1.0), 4), why))
    twin_a.update(day_twins(day_a, taken_a))
    twin_b.update(day_twins(day_b, taken_b))
    for _, neg, _, _, i, j, why in scored:  # a repeat goes with its figure's partner or none
        if ((i in twin_a and taken_a.get(twin_a[i]) == j and j not in twin_b) or (
                j in twin_b and taken_b.get(twin_b[j]) == i and i not in twin_a)) and (
                    not (i in day_a or j in day_b or i in day_a.values()
                         or j in day_b.values()) or same_day(ma[i], mb[j])):
            out.append(MeasurementPair(i, j, round(min(-neg, 1.0), 4), why))
    out.extend(days_told_twice(ma, mb, scored, out))
    out.sort(key=lambda p: (p.a, p.b))
    return out


__all__ = ["THRESHOLD", "candidates_by_dimension", "pair_measurements", "score"]
