"""Scoring candidate pairs with `rapidfuzz.process.cpdist`, one call per field.

The score of a pair (0–100) weighs subject, predicate and object similarity
(`fuzz.ratio` on canonical keys whose tokens are sorted, i.e. `token_sort_ratio`
at ratio speed: reordered words and aliases cost nothing), then scales it by
how compatible the claims' qualifiers are (a claim with a date against one
without loses a little). Fields are scored in gate order: the predicate only
on pairs whose subjects pass, the object only on pairs whose predicates pass.
A pair is *accepted* only when its subject clears a length-dependent threshold
(`length_threshold`), its predicate is similar enough and its score clears
`cutoff`. Values (numbers,
dates) never raise a score: close numbers never make two claims comparable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimdiff.align._table import HAS_OBJECT, HAS_VALUE, HAS_WHEN, HAS_WHERE, ClaimTable

F32 = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.int32]

W_SUBJECT, W_PREDICATE, W_OBJECT = 0.45, 0.35, 0.20
PREDICATE_MIN = 50.0
"""Predicates are often rephrased ("withdrew from", "completed the withdrawal from")."""
DEFAULT_CUTOFF = 70.0
TIE_WEIGHT = 0.05
"""Share of the final score given to qualifier text: ranks exact restatements first."""


@dataclass(frozen=True)
class PairScores:
    """Scores of candidate pairs, aligned with the index arrays they came with."""

    score: F32
    accepted: npt.NDArray[np.bool_]


def length_thresholds(lengths: npt.NDArray[np.int32]) -> F32:
    """`length_threshold` over an array of lengths."""
    out = np.maximum(72.0, 100.0 - 4.0 * (lengths.astype(np.float32) - 3.0))
    return np.where(lengths <= 3, 100.0, out).astype(np.float32)


def _cpdist(x: npt.NDArray[np.object_], y: npt.NDArray[np.object_], scorer: Any) -> F32:
    result: F32 = process.cpdist(x, y, scorer=scorer, workers=-1, dtype=np.float32)
    return result


def score_pairs(
    a: ClaimTable, b: ClaimTable, ia: IndexArray, ib: IndexArray, *,
    cutoff: float = DEFAULT_CUTOFF,
) -> PairScores:
    """Score every candidate pair `(a[ia[k]], b[ib[k]])`."""
    if len(ia) == 0:
        return PairScores(np.zeros(0, np.float32), np.zeros(0, np.bool_))
    # Gates first, so each later field is scored only on the pairs still in the running.
    score = np.zeros(len(ia), dtype=np.float32)
    accepted = np.zeros(len(ia), dtype=np.bool_)
    subj = _cpdist(a.subject[ia], b.subject[ib], fuzz.ratio)
    shorter = np.minimum(a.subject_len[ia], b.subject_len[ib])
    live = np.flatnonzero(subj >= length_thresholds(shorter))
    la, lb = ia[live], ib[live]
    pred = _cpdist(a.predicate[la], b.predicate[lb], fuzz.ratio)
    keep = pred >= PREDICATE_MIN
    live, la, lb, pred = live[keep], la[keep], lb[keep], pred[keep]
    obj = _cpdist(a.object[la], b.object[lb], fuzz.ratio)
    subj = subj[live]

    fa, fb = a.flags[la], b.flags[lb]
    both_obj = ((fa & fb & HAS_OBJECT) != 0).astype(np.float32)
    one_obj = (((fa ^ fb) & HAS_OBJECT) != 0).astype(np.float32)
    base = (W_SUBJECT * subj + W_PREDICATE * pred + W_OBJECT * obj * both_obj) / (
        W_SUBJECT + W_PREDICATE + W_OBJECT * both_obj
    )
    mismatched = np.zeros(len(la), dtype=np.float32)
    for bit in (HAS_WHEN, HAS_VALUE, HAS_WHERE):
        mismatched += ((fa ^ fb) & bit) != 0
    base = (base * (1.0 - 0.03 * one_obj) * (1.0 - 0.03 * mismatched)).astype(np.float32)
    score[live] = base
    ok = base >= cutoff
    accepted[live[ok]] = True
    keep_ok = live[ok]
    if len(keep_ok):
        quals = _cpdist(a.qualifiers[ia[keep_ok]], b.qualifiers[ib[keep_ok]], fuzz.ratio)
        score[keep_ok] = (1.0 - TIE_WEIGHT) * base[ok] + TIE_WEIGHT * quals
    return PairScores(score, accepted)
