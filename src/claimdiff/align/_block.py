"""Blocking: candidate pairs from an inverted index over subject and object tokens.

Only pairs sharing at least one token of their subjects or objects (after
alias canonicalisation and transliteration folding) are scored. Stop words
never block, and a token whose block would exceed `max_block` pairs is skipped
(it says too little to be worth the pairs it costs). Pairs come back as two
`int32` index arrays, sorted and without duplicates.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import numpy.typing as npt

from claimdiff.align._table import ClaimTable

IndexArray = npt.NDArray[np.int32]

DEFAULT_MAX_BLOCK = 2_000
"""Largest number of pairs one shared token may produce."""


def _index(table: ClaimTable) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (subject, obj) in enumerate(zip(table.subject, table.object, strict=True)):
        for token in {*subject.split(), *obj.split()}:
            if len(token) > 1:
                postings[token].append(i)
    return postings


def candidate_pairs(
    a: ClaimTable, b: ClaimTable, *, max_block: int = DEFAULT_MAX_BLOCK
) -> tuple[IndexArray, IndexArray]:
    """Indices `(ia, ib)` of the candidate pairs of `a` × `b`."""
    index_a, index_b = _index(a), _index(b)
    chunks: list[npt.NDArray[np.int64]] = []
    nb = max(len(b), 1)
    for token, rows_a in index_a.items():
        rows_b = index_b.get(token)
        if rows_b is None or len(rows_a) * len(rows_b) > max_block:
            continue
        left = np.asarray(rows_a, dtype=np.int64)
        right = np.asarray(rows_b, dtype=np.int64)
        chunks.append((left[:, None] * nb + right[None, :]).ravel())
    if not chunks:
        empty = np.zeros(0, dtype=np.int32)
        return empty, empty.copy()
    codes = np.sort(np.concatenate(chunks))  # sort + neighbour test: faster than np.unique
    codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    return (codes // nb).astype(np.int32), (codes % nb).astype(np.int32)
