"""Alignment: which claim of one source is about the same thing as which claim of another.

`align(a, b)` folds the claims' subjects, predicates and objects
(`_fold`), replaces entity aliases by canonical names (`_entities`), builds
columnar tables (`_table`), blocks candidate pairs with an inverted index
(`_block`), scores them with `rapidfuzz.process.cpdist` (`_score`) and assigns
them one-to-one (`_assign`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from claimdiff.align._assign import assign_greedy, content_ranks, left_over
from claimdiff.align._block import DEFAULT_MAX_BLOCK, candidate_pairs
from claimdiff.align._entities import AliasTable
from claimdiff.align._fold import fold, key, length_threshold
from claimdiff.align._measured import MeasuredAlignment, align_measured
from claimdiff.align._score import DEFAULT_CUTOFF, score_pairs
from claimdiff.align._table import ClaimTable
from claimdiff.model import Claim, Entity


@dataclass(frozen=True)
class Alignment:
    """Aligned pairs `(a[ia[k]], b[ib[k]])` with scores in 0–1, and the claims left over."""

    ia: npt.NDArray[np.int32]
    ib: npt.NDArray[np.int32]
    score: npt.NDArray[np.float32]
    only_a: npt.NDArray[np.int32]
    only_b: npt.NDArray[np.int32]
    candidates: int
    """How many candidate pairs blocking produced (run time follows this number)."""
    aliases: AliasTable

    def pairs(self) -> list[tuple[int, int, float]]:
        """`(index in a, index in b, score)` for every aligned pair, in `a` order."""
        order = np.argsort(self.ia, kind="stable")
        return [(int(self.ia[k]), int(self.ib[k]), round(float(self.score[k]), 4))
                for k in order]


def align(
    a: Sequence[Claim],
    b: Sequence[Claim],
    *,
    entities: Iterable[Entity] = (),
    cutoff: float = DEFAULT_CUTOFF,
    max_block: int = DEFAULT_MAX_BLOCK,
) -> Alignment:
    """Align the claims of `a` with those of `b`, one-to-one.

    `entities` are the entities of both claim sets: their aliases match exactly.
    """
    aliases = AliasTable.from_entities(entities)
    return align_tables(ClaimTable.build(a, aliases), ClaimTable.build(b, aliases),
                        aliases=aliases, cutoff=cutoff, max_block=max_block)


def align_tables(
    ta: ClaimTable,
    tb: ClaimTable,
    *,
    aliases: AliasTable,
    cutoff: float = DEFAULT_CUTOFF,
    max_block: int = DEFAULT_MAX_BLOCK,
) -> Alignment:
    """`align` on tables already built (the benchmark times the stages apart)."""
    rank_a, rank_b = content_ranks(ta.content, tb.content)
    ia, ib = candidate_pairs(ta, tb, max_block=max_block, ranks=(rank_a, rank_b))
    scores = score_pairs(ta, tb, ia, ib, cutoff=cutoff)
    keep = np.flatnonzero(scores.accepted)
    chosen = keep[assign_greedy(ia[keep], ib[keep], scores.score[keep], rank_a, rank_b)]
    pa, pb = ia[chosen], ib[chosen]
    only_a, only_b = left_over(len(ta), pa), left_over(len(tb), pb)
    return Alignment(pa, pb, scores.score[chosen] / np.float32(100.0), only_a, only_b,
                     int(len(ia)), aliases)


__all__ = [
    "AliasTable",
    "Alignment",
    "ClaimTable",
    "MeasuredAlignment",
    "align",
    "align_measured",
    "align_tables",
    "fold",
    "key",
    "length_threshold",
]
