"""Scoring candidate pairs with `rapidfuzz.process.cpdist`, one call per field.

The score of a pair (0–100) weighs subject, predicate and object similarity
(`fuzz.ratio` on canonical keys whose tokens are sorted, i.e. `token_sort_ratio`
at ratio speed: reordered words and aliases cost nothing), then scales it by
how compatible the claims' qualifiers are (a claim with a date against one
without loses a little). Fields are scored in gate order: the predicate only
on pairs whose subjects pass, the object only on pairs whose predicates pass.
A pair is *accepted* only when its subject clears a length-dependent threshold
(`length_threshold`; `SUBJECT_RELIEF` less when both predicates are the same),
its predicate is similar enough and its score clears `cutoff`.

Values (numbers, dates) never raise a score: close numbers never make two
claims comparable. Two claims that both carry a value are only paired when
they speak of the same event (`compatible_mask`): no opposite phases
("began" against "completed"), and either near-identical predicates or a
shared content word. Such a claim rather stays unpaired than has its date
held against the date of another event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
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
SUBJECT_RELIEF = 10.0
"""How much lower the subject threshold is when both predicates are the same (one event
named the same way: "Russian peacekeeping contingent" / "Russia's peacekeeping mission")."""
DEFAULT_CUTOFF = 70.0
TIE_WEIGHT = 0.05
"""Share of the final score given to qualifier text: ranks exact restatements first."""
_VALUED = HAS_WHEN | HAS_VALUE
SAME_EVENT = 80.0
"""Predicate similarity (phases folded) at which two value-bearing claims name one event
even without a shared content word."""
_PHASES = {
    "began": "begin", "begin": "begin", "begun": "begin", "start": "begin", "launc": "begin",
    "comme": "begin", "initi": "begin",
    "compl": "end", "finis": "end", "ended": "end", "end": "end", "concl": "end",
}
"""Predicate stems of the phase of an event (the start or the completion)."""
_LIGHT = frozenset("took take made make gave give went came come have carr kept keep".split())
"""Four-letter prefixes of light verbs: sharing one says nothing about the event."""


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


@lru_cache(maxsize=65536)
def _event_key(predicate: str) -> tuple[str | None, str, frozenset[str]]:
    """The phase of a predicate key, the key with phase stems folded, its content words."""
    tokens = predicate.split()
    phases = {_PHASES[t] for t in tokens if t in _PHASES}
    phase = next(iter(phases)) if len(phases) == 1 else None
    folded = " ".join(sorted(_PHASES.get(t, t) for t in tokens))
    content = frozenset(t[:4] for t in tokens
                        if t not in _PHASES and len(t) >= 4 and t[:4] not in _LIGHT)
    return phase, folded, content


def compatible(pa: str, pb: str) -> bool:
    """Whether two predicate keys may name one event, so that their values may be compared:
    not opposite phases, and near-identical (phases folded) or sharing a content word."""
    phase_a, key_a, words_a = _event_key(pa)
    phase_b, key_b, words_b = _event_key(pb)
    if phase_a is not None and phase_b is not None and phase_a != phase_b:
        return False
    return bool(words_a & words_b) or fuzz.ratio(key_a, key_b) >= SAME_EVENT


def compatible_mask(pa: npt.NDArray[np.object_],
                    pb: npt.NDArray[np.object_]) -> npt.NDArray[np.bool_]:
    """`compatible` over paired predicate keys."""
    return np.fromiter((compatible(x, y) for x, y in zip(pa.tolist(), pb.tolist(), strict=True)),
                       dtype=np.bool_, count=len(pa))


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
    need = length_thresholds(shorter)
    live = np.flatnonzero(subj >= need - SUBJECT_RELIEF)
    la, lb = ia[live], ib[live]
    pred = _cpdist(a.predicate[la], b.predicate[lb], fuzz.ratio)
    same = (pred >= 100.0) & (a.predicate[la] != "")
    keep = (pred >= PREDICATE_MIN) & ((subj[live] >= need[live]) | same)
    live, la, lb, pred = live[keep], la[keep], lb[keep], pred[keep]
    fa, fb = a.flags[la], b.flags[lb]
    valued = np.flatnonzero(((fa & _VALUED) != 0) & ((fb & _VALUED) != 0) & (pred < 100.0))
    if len(valued):
        ok = np.ones(len(live), dtype=np.bool_)
        ok[valued] = compatible_mask(a.predicate[la[valued]], b.predicate[lb[valued]])
        live, la, lb, pred, fa, fb = live[ok], la[ok], lb[ok], pred[ok], fa[ok], fb[ok]
    obj = _cpdist(a.object[la], b.object[lb], fuzz.ratio)
    subj = subj[live]

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
    ok_cut = base >= cutoff
    accepted[live[ok_cut]] = True
    keep_ok = live[ok_cut]
    if len(keep_ok):
        quals = _cpdist(a.qualifiers[ia[keep_ok]], b.qualifiers[ib[keep_ok]], fuzz.ratio)
        score[keep_ok] = (1.0 - TIE_WEIGHT) * base[ok_cut] + TIE_WEIGHT * quals
    return PairScores(score, accepted)
