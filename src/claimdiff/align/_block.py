"""Blocking: candidate pairs from an inverted index over subject and object tokens.

Only pairs sharing at least one token of their subjects or objects (after
alias canonicalisation and transliteration folding) are candidates, and of
those only each claim's best few, so the number of candidates grows linearly
with the input.

1. *Stop words are relative to the input.* A token whose block (claims of `a`
   holding it × claims of `b` holding it) has more pairs than
   `max(max_block, STOP_FRACTION × (len(a) + len(b)))` says too little to be
   worth the pairs it costs; it never blocks. The cap grows with the input
   (from 40k claims in all; below that, `max_block` keeps small inputs whole).
2. *Candidates are capped per claim.* A pair's pre-score adds the IDF weight of
   every token the two claims share (rarer tokens weigh more; integer weights,
   so sums are exact), plus `PREDICATE_BONUS` for equal predicate keys and
   `QUALIFIER_BONUS` for equal qualifier texts. Each claim of either side keeps
   its `per_claim` best partners; equal pre-scores are ordered by the partner's
   content key, never by its position, so the result does not depend on the
   order of the claims or on which side is `a`. A pair is a candidate when
   either of its claims keeps it.

Pairs come back as two `int32` index arrays, sorted and without duplicates.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from claimdiff.align._assign import content_ranks
from claimdiff.align._table import ClaimTable

IndexArray = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]

DEFAULT_MAX_BLOCK = 2_000
"""A token whose block has at most this many pairs is never a stop word."""
STOP_FRACTION = 0.05
"""A token whose block has more pairs than this many per claim of the input is a stop word."""
DEFAULT_PER_CLAIM = 12
"""How many best-pre-scored partners each claim keeps."""
_WEIGHT_SCALE = 1_000
_WEIGHT_BITS = 16
PREDICATE_BONUS = 3 * _WEIGHT_SCALE
"""Pre-score added when the predicate keys are equal (about one shared token held by 10 %)."""
QUALIFIER_BONUS = 1 * _WEIGHT_SCALE
"""Pre-score added when the qualifier texts (`when | value | where`) are equal."""


def _same(col_a: npt.NDArray[np.object_], col_b: npt.NDArray[np.object_], pa: I64,
          pb: I64) -> I64:
    """1 where `col_a[pa] == col_b[pb]` (compared as integer codes), else 0."""
    codes: dict[str, int] = {}
    ca = np.fromiter((codes.setdefault(x, len(codes)) for x in col_a.tolist()), np.int64,
                     count=len(col_a))
    cb = np.fromiter((codes.get(x, -1) for x in col_b.tolist()), np.int64, count=len(col_b))
    return (ca[pa] == cb[pb]).astype(np.int64)


PREFIX = 6
"""Letters of a token that make its blocking key."""


def _incidences(table: ClaimTable, vocab: dict[str, int]) -> tuple[I64, I64]:
    """`(row, token id)` for every distinct token of every claim's subject and object.

    Each distinct text is split once; rows are expanded with NumPy, not one set per claim.
    """
    texts: dict[str, int] = {}
    ptr = [0]
    toks: list[int] = []
    n = len(table)
    every = [*table.subject.tolist(), *table.object.tolist()]
    for text in dict.fromkeys(every):  # each distinct text once, in order of appearance
        texts[text] = len(ptr) - 1
        # Each word also blocks by its six-letter prefix: "russia"/"russian",
        # "armenia"/"armenian", "peacekeeping"/"peacekeepers" meet; rare whole words
        # keep their weight. Scoring still reads the whole words.
        words = [t for t in text.split() if len(t) > 1]
        keys = {*words, *(t[:PREFIX] for t in words if len(t) > PREFIX)}
        toks.extend({vocab.setdefault(t, len(vocab)) for t in keys})
        ptr.append(len(toks))
    ids = np.fromiter(map(texts.__getitem__, every), dtype=np.int64, count=2 * n)
    start, bounds, flat = np.asarray(ptr[:-1]), np.asarray(ptr), np.asarray(toks, dtype=np.int64)
    sizes = (bounds[1:] - bounds[:-1])[ids]
    rows = np.repeat(np.tile(np.arange(n, dtype=np.int64), 2), sizes)
    offset = np.arange(int(sizes.sum()), dtype=np.int64)
    offset -= np.repeat(np.cumsum(sizes) - sizes, sizes)
    tok = flat[np.repeat(start[ids], sizes) + offset]
    # a token in both the subject and the object counts once
    code = unique_sorted(rows * max(len(vocab), 1) + tok)
    return code // max(len(vocab), 1), code % max(len(vocab), 1)


def unique_sorted(x: I64) -> I64:
    """`np.unique` of an integer array, by one sort (NumPy's hashing `unique` is slower here)."""
    x = np.sort(x)
    return x[np.concatenate(([True], x[1:] != x[:-1]))] if len(x) else x


def _top_per_row(rows: I64, key: I64, n_rows: int, k: int) -> npt.NDArray[np.bool_]:
    """Mask of the entries whose `key` is among the `k` highest of their row (equal keys alike)."""
    top = int(key.max()) + 1
    sizes = np.bincount(rows, minlength=n_rows)
    first = np.cumsum(sizes) - sizes
    has = sizes > 0
    last = first[has] + np.minimum(sizes[has], k) - 1
    kth = np.zeros(n_rows, dtype=np.int64)
    if n_rows * top < 2**62:  # one plain int64 sort: rows ascending, keys descending
        composite = np.sort(rows * top + (top - 1 - key))
        kth[has] = top - 1 - composite[last] % top
    else:
        order = np.lexsort((-key, rows))
        kth[has] = key[order][last]
    return key >= kth[rows]


def candidate_pairs(
    a: ClaimTable, b: ClaimTable, *, max_block: int = DEFAULT_MAX_BLOCK,
    per_claim: int = DEFAULT_PER_CLAIM, stop_fraction: float = STOP_FRACTION,
    ranks: tuple[I64, I64] | None = None,
) -> tuple[IndexArray, IndexArray]:
    """Indices `(ia, ib)` of the candidate pairs of `a` × `b`; `ranks`: the claims' content
    ranks (`content_ranks`), when the caller has them already."""
    empty = np.zeros(0, dtype=np.int32)
    if len(a) == 0 or len(b) == 0:
        return empty, empty.copy()
    vocab: dict[str, int] = {}
    ra, ta = _incidences(a, vocab)
    rb, tb = _incidences(b, vocab)
    n_tok = len(vocab)
    df_a = np.bincount(ta, minlength=n_tok)
    df_b = np.bincount(tb, minlength=n_tok)
    cap = max(float(max_block), stop_fraction * (len(a) + len(b)))
    usable = (df_a > 0) & (df_b > 0) & (df_a * df_b <= cap)
    # IDF over both sides, as an integer so that sums of equal token sets are equal
    total = float(len(a) + len(b))
    idf = np.log(total / np.maximum(df_a + df_b, 1)) + math.log(2.0)
    weight = np.clip(np.rint(idf * _WEIGHT_SCALE), 1, (1 << _WEIGHT_BITS) - 1).astype(np.int64)

    keep_a = usable[ta]
    ra, ta = ra[keep_a], ta[keep_a]
    order_b = np.argsort(tb, kind="stable")
    rb_sorted, tb_sorted = rb[order_b], tb[order_b]
    start_b = np.searchsorted(tb_sorted, np.arange(n_tok))
    # every (a row, b row) sharing a usable token: each a incidence times its token's b rows
    reps = df_b[ta]
    n_inc = int(reps.sum())
    if n_inc == 0:
        return empty, empty.copy()
    left = np.repeat(ra, reps)
    offset = np.arange(n_inc, dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
    right = rb_sorted[np.repeat(start_b[ta], reps) + offset]
    nb = len(b)
    codes = left * nb + right
    w = weight[np.repeat(ta, reps)]
    if len(a) * nb < 2**(62 - _WEIGHT_BITS):  # weights in the low bits: one plain sort
        packed = np.sort((codes << _WEIGHT_BITS) | w)
        codes, w = packed >> _WEIGHT_BITS, packed & ((1 << _WEIGHT_BITS) - 1)
    else:
        order = np.argsort(codes)
        codes, w = codes[order], w[order]
    first = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
    codes = codes[first]
    score = np.add.reduceat(w, first)
    pa, pb = codes // nb, codes % nb
    # the same predicate (or qualifiers) says more than one more shared name token
    score += PREDICATE_BONUS * _same(a.predicate, b.predicate, pa, pb)
    score += QUALIFIER_BONUS * _same(a.qualifiers, b.qualifiers, pa, pb)
    # ties broken by the partner's content, never by its position: order-independent
    rank_a, rank_b = content_ranks(a.content, b.content) if ranks is None else ranks
    spread = len(a) + nb + 1
    keep = (_top_per_row(pa, score * spread + (spread - 1 - rank_b[pb]), len(a), per_claim)
            | _top_per_row(pb, score * spread + (spread - 1 - rank_a[pa]), nb, per_claim))
    return pa[keep].astype(np.int32), pb[keep].astype(np.int32)
