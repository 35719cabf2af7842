"""One-to-one assignment: greedy by score, ties broken by content, never by ids.

Pairs are taken best first; a pair whose claims are already taken is skipped.
Equal scores are ordered by the two claims' content keys, as an unordered
pair, so the result does not depend on claim ids, on the order of the claims
in their files, or on which side is `a` and which is `b`.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

IndexArray = npt.NDArray[np.int32]


def content_ranks(
    content_a: npt.NDArray[np.object_], content_b: npt.NDArray[np.object_]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Ranks of every content key in the sorted union of both sides."""
    rank = {text: r for r, text in enumerate(sorted({*content_a.tolist(), *content_b.tolist()}))}
    ra = np.fromiter((rank[t] for t in content_a.tolist()), dtype=np.int64, count=len(content_a))
    rb = np.fromiter((rank[t] for t in content_b.tolist()), dtype=np.int64, count=len(content_b))
    return ra, rb


def assign_greedy(
    ia: IndexArray,
    ib: IndexArray,
    score: npt.NDArray[np.float32],
    rank_a: npt.NDArray[np.int64],
    rank_b: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """Positions (into `ia`/`ib`/`score`) of the pairs chosen, one-to-one."""
    if len(ia) == 0:
        return np.zeros(0, dtype=np.int64)
    ra, rb = rank_a[ia], rank_b[ib]
    lo, hi = np.minimum(ra, rb), np.maximum(ra, rb)
    order = np.lexsort((hi, lo, -np.round(score.astype(np.float64), 4)))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    chosen: list[int] = []
    for k, i, j in zip(order.tolist(), ia[order].tolist(), ib[order].tolist(),
                       strict=True):
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        chosen.append(k)
    return np.asarray(chosen, dtype=np.int64)


def left_over(n: int, taken: IndexArray) -> IndexArray:
    """The indices below `n` not in `taken`, ascending (a mask, not a set difference)."""
    free = np.ones(n, dtype=np.bool_)
    free[taken] = False
    return np.flatnonzero(free).astype(np.int32)
