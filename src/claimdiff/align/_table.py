"""The compact, columnar form of one side's claims that alignment works on.

One NumPy object array of folded strings per field and one `int8` array of
flags: no Python object per claim beyond its strings, none per candidate pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from claimdiff.align._entities import AliasTable
from claimdiff.align._fold import fold, key_tokens, stem
from claimdiff.model import Claim, ClaimV2

HAS_WHEN = 1
HAS_VALUE = 2
HAS_OBJECT = 4
HAS_WHERE = 8

ObjArray = npt.NDArray[np.object_]


@dataclass(frozen=True)
class ClaimTable:
    """Columns of matching keys, one row per claim, in the order given."""

    subject: ObjArray
    """Canonical key of the subject (aliases replaced, transliteration folded, tokens sorted)."""
    predicate: ObjArray
    """Stemmed key of the predicate (tokens sorted)."""
    object: ObjArray
    """Canonical key of the object (tokens sorted), `""` when none."""
    qualifiers: ObjArray
    """Folded `when`, `value` and `where` text: breaks ties between otherwise equal pairs."""
    content: ObjArray
    """A content key (everything but ids): orders ties independently of ids and file order."""
    flags: npt.NDArray[np.int8]
    """Which qualifiers a claim has: `HAS_WHEN | HAS_VALUE | HAS_OBJECT | HAS_WHERE`."""
    subject_len: npt.NDArray[np.int32]
    """Length of each subject key (for the length-dependent threshold)."""

    def __len__(self) -> int:
        return len(self.subject)

    @classmethod
    def build(cls, claims: Sequence[Claim], aliases: AliasTable) -> ClaimTable:
        """The table of `claims`, matching keys computed with `aliases`."""
        n = len(claims)
        cols: list[list[str]] = [[""] * n for _ in range(5)]
        flags = np.zeros(n, dtype=np.int8)
        memo: dict[str, str] = {}

        def canon(text: str) -> str:
            # tokens sorted: `fuzz.ratio` on these keys is `token_sort_ratio`, at ratio speed
            hit = memo.get(text)
            if hit is None:
                hit = memo[text] = " ".join(sorted(aliases.canonical_text(text).split()))
            return hit

        for i, c in enumerate(claims):
            subject = canon(c.subject)
            pred = memo.get("\x00" + c.predicate)
            if pred is None:
                pred = memo["\x00" + c.predicate] = " ".join(sorted(
                    stem(t) for t in aliases.canonical(
                        key_tokens(fold(aliases.spelled_out(c.predicate))))))
            obj = canon(c.object) if c.object else ""
            when = c.when.text if c.when is not None else ""
            # A version 2 claim's `value` is its first amount or total (`ClaimV2.values`).
            spec = c.values().get("value") if isinstance(c, ClaimV2) else c.value
            value = spec.text if spec is not None else ""
            quals = fold(f"{when} | {value} | {c.where or ''}")
            cols[0][i], cols[1][i], cols[2][i], cols[3][i] = subject, pred, obj, quals
            cols[4][i] = "\x1f".join((subject, pred, obj, quals, c.polarity.value))
            flags[i] = ((HAS_WHEN if c.when is not None else 0)
                        | (HAS_VALUE if spec is not None else 0)
                        | (HAS_OBJECT if c.object else 0)
                        | (HAS_WHERE if c.where else 0))
        s_col, p_col, o_col, q_col, c_col = (_objects(col) for col in cols)
        lengths = np.fromiter((len(x) for x in cols[0]), dtype=np.int32, count=n)
        return cls(s_col, p_col, o_col, q_col, c_col, flags, lengths)

    def nbytes(self) -> int:
        """Approximate memory held by the table (arrays and their strings)."""
        import sys

        total = self.flags.nbytes + self.subject_len.nbytes
        for col in (self.subject, self.predicate, self.object, self.qualifiers, self.content):
            total += col.nbytes + sum(sys.getsizeof(s) for s in set(col.tolist()))
        return total


def _objects(values: list[str]) -> ObjArray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out
