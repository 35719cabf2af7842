"""A claim's second partner: another of its values paired with a claim left over.

One curator writes "Marla Quinn | played a set | 27-song, 2 hours 45 minutes", the
other "the show | lasted | 2 hours 45 minutes" and "the show | songs performed | 31
songs". One-to-one assignment pairs the set with the show's length and leaves the
songs over, though the set claim's other value measures them. After the assignment,
a claim left over pairs with a claim already paired when their values were accepted
as one fact (`align_measured`'s evidence) on a value of the paired claim that its
pair did not use: each value pairs once, each claim left over once, best first, ties
broken by the claims' content. Then two claims both paired pair again on two values
neither pair used ("the pilots | began a strike | 48-hour, on Tuesday", paired on its
length, and "the strike | flights grounded | yesterday", paired on its flights, pair
on their day). Such a pair compares only the values that paired it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from claimdiff.align._assign import IndexArray
from claimdiff.align._measured_gates import PairCache, best_pair
from claimdiff.measure import Measurement

__all__ = ["Info", "compared_values", "second_partners"]

Info = tuple[str | None, tuple[Measurement, Measurement] | None, bool]


def _value(m: Measurement) -> tuple[str, str]:
    return m.slot, m.phrase


def second_partners(
    chosen: npt.NDArray[np.int64], ia: IndexArray, ib: IndexArray,
    accepted: npt.NDArray[np.bool_], score: npt.NDArray[np.float64], info: dict[int, Info],
    ma: dict[int, list[Measurement]], mb: dict[int, list[Measurement]],
    rank_a: npt.NDArray[np.int64], rank_b: npt.NDArray[np.int64], *, again: bool = True,
) -> list[int]:
    """Positions (into `ia`/`ib`) of the second partners, after the pairs `chosen`.

    `accepted[pos]`: the candidate's values were accepted as one fact; `info[pos]` the
    measurements that paired it; `again`: two claims both paired may pair again."""
    chosen_a, chosen_b = ia[chosen].tolist(), ib[chosen].tolist()
    paired_a = set(chosen_a)
    paired_b = set(chosen_b)
    taken = set(chosen.tolist())
    options = []
    found = np.flatnonzero(accepted)
    for pos, i, j in zip(found.tolist(), ia[found].tolist(), ib[found].tolist(), strict=True):
        got = info.get(pos)
        if pos in taken or got is None or got[1] is None or got[2]:
            continue
        if i not in paired_a and j not in paired_b:
            continue  # both left over would have been assigned
        lo, hi = sorted((int(rank_a[i]), int(rank_b[j])))
        # a claim left over is served before two paired claims pair again
        both = i in paired_a and j in paired_b
        if both and not again:
            continue
        options.append((both, -round(float(score[pos]), 4), lo, hi, pos))
    hosts_a, hosts_b = frozenset(paired_a), frozenset(paired_b)
    used_a, used_b = _used(chosen, chosen_a, chosen_b, options, ia, ib, info, ma, mb)
    out: list[int] = []
    for *_, pos in sorted(options):
        i, j = int(ia[pos]), int(ib[pos])
        pair = info[pos][1]
        assert pair is not None
        x, y = _value(pair[0]), _value(pair[1])
        if i in hosts_a and j not in paired_b and x not in used_a[i]:
            used_a[i].add(x)
            paired_b.add(j)
        elif j in hosts_b and i not in paired_a and y not in used_b[j]:
            used_b[j].add(y)
            paired_a.add(i)
        elif i in hosts_a and j in hosts_b and x not in used_a[i] and y not in used_b[j]:
            used_a[i].add(x)
            used_b[j].add(y)
        else:
            continue
        out.append(pos)
    return out


def _used(
    chosen: npt.NDArray[np.int64], chosen_a: list[int], chosen_b: list[int],
    options: list[tuple[bool, float, int, int, int]], ia: IndexArray, ib: IndexArray,
    info: dict[int, Info], ma: dict[int, list[Measurement]], mb: dict[int, list[Measurement]],
) -> tuple[dict[int, set[tuple[str, str]]], dict[int, set[tuple[str, str]]]]:
    """The values each pair of `chosen` uses, by claim, read only for the claims some option
    names (options are few, pairs many)."""
    want_a = {int(ia[o[-1]]) for o in options}
    want_b = {int(ib[o[-1]]) for o in options}
    used_a: dict[int, set[tuple[str, str]]] = {}
    used_b: dict[int, set[tuple[str, str]]] = {}
    for pos, i, j in zip(chosen.tolist(), chosen_a, chosen_b, strict=True):
        if i not in want_a and j not in want_b:
            continue
        got = info.get(pos)
        pair = got[1] if got is not None and not got[2] else None
        xs: Sequence[Measurement] = ma.get(i, [])
        ys: Sequence[Measurement] = mb.get(j, [])
        # a pair by words compares its claims' first values; a pair by values, those
        used_a.setdefault(i, set()).update(
            [_value(pair[0])] if pair is not None else [_value(m) for m in xs[:1]])
        used_b.setdefault(j, set()).update(
            [_value(pair[1])] if pair is not None else [_value(m) for m in ys[:1]])
    return used_a, used_b


def compared_values(
    chosen: npt.NDArray[np.int64], ia: IndexArray, ib: IndexArray, info: dict[int, Info],
    ma: dict[int, list[Measurement]], mb: dict[int, list[Measurement]], scorer: PairCache,
) -> dict[int, Info]:
    """`info`, with what each pair of `chosen` its words paired compares: its best two values
    that can be compared ("10.71 seconds", "10.74sec"), not always its claims' first ("The
    29-year-old"), which is then left for a second partner."""
    out = dict(info)
    for pos, i, j in zip(chosen.tolist(), ia[chosen].tolist(), ib[chosen].tolist(), strict=True):
        if pos not in out and ma.get(i) and mb.get(j):
            best = best_pair(ma[i], mb[j], scorer, 0.0)
            if best is not None:
                out[pos] = (None, (best[2], best[3]), False)
    return out
