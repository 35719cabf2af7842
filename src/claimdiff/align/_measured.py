"""Curated claims aligned by their words and, when they have values, by what those measure.

Two curators word one fact differently ("Hurricane Odessa | killed | at least 14
people" and "death toll from Odessa | rose to | 17"); their words alone do not
pair them. Each value is read as a `Measurement` from its claim's fields
(`claimdiff.measure.measure_fields`), and a pair of claims with values is
scored on the features drafts from text are scored on
(`claimdiff.measure.PairScorer`: what is measured through the synonym classes,
dimension, role, period, attribution, closeness of the readings, the event),
plus the one a curator states outright: the holder (the subject's names with
entity aliases replaced, and the entities and names the predicate mentions).

1. Candidates: the word index of `_block` (subject and object tokens), and,
   when both sides are small, every pair of claims with values.
2. Words: every candidate is scored as `align` scores it (`_score`); a pair
   that alignment accepts stays a pair, as it always was.
3. Measurements, for candidates whose claims both have values: never when their
   holders both carry proper names and share no word (unless they are declared entities
   of different kinds: a skipper and her yacht), or their objects name two
   different parties ("to Azerbaijan", "to Georgia"); on large inputs only when
   the holders share a word (or one is unsaid) or the predicates are alike
   (predicate similarity at least `PREDICATE_MIN`): cheap gates in C over all
   candidates. The best pair of their measurements of one dimension and not of
   different things is scored, plus `W_HOLDER` times the holders' similarity;
   it is accepted when the score reaches `THRESHOLD` and the evidence says one
   fact: the same measured thing, or, for values naming none (dates, durations,
   bare numbers), the same event with the same or an unsaid holder, or, with an
   unsaid holder, one and the same figure ("two to three weeks", "14 to 21 days")
   not said of two things named apart.
4. Assign one-to-one, best first: word-accepted pairs whose values can be
   compared (or that both have none) first, their values ranking competitors;
   then every other accepted pair by word score plus measurement score (a
   word-accepted pair whose claims are one with values and one without, whose
   values cannot be compared, or whose holders or objects name different
   parties, ranks here); ties are broken by the claims' content, never by ids
   or order.
5. Second partners (`_partners`): a claim left over pairs with a claim already
   paired on a value of it that its pair did not use (a pair by words uses its best
   two comparable values), when those values were accepted as one fact in step 3;
   then two paired claims pair again on two values neither pair used (one claim's
   `when` with another's); last, candidates their words accepted that lost step 4,
   on small inputs, judged on their values as in step 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimdiff.align._assign import assign_greedy, content_ranks, left_over
from claimdiff.align._block import IndexArray, candidate_pairs, unique_sorted
from claimdiff.align._entities import AliasTable
from claimdiff.align._holders import (
    holder_keys,
    kinds_apart,
    object_key,
    object_names,
    parties_apart,
    proper,
)
from claimdiff.align._measured_gates import PairCache, best_pair
from claimdiff.align._measured_gates import comparable as _comparable
from claimdiff.align._measured_gates import different as _different
from claimdiff.align._measured_gates import one_figure as _one_figure
from claimdiff.align._measured_gates import one_topic as _one_topic
from claimdiff.align._measured_gates import with_values as _with_values
from claimdiff.align._partners import Info, compared_values, second_partners
from claimdiff.align._score import PREDICATE_MIN, score_pairs
from claimdiff.align._table import ClaimTable
from claimdiff.measure import (
    Measurement,
    PairScorer,
    event_words,
    one_reading,
)
from claimdiff.model import Claim

HOLDER_MIN = 70.0
"""`token_set_ratio` (0–100) of two holders' names that makes them one holder."""
W_HOLDER = 0.3
"""Weight of the holders' similarity (`ratio` of their names, 0–1) in a pair's score."""
HOLDER_UNSAID = 0.5
"""The holders' similarity counted when one of them is not said."""
THRESHOLD = 0.6
"""Calibrated on `benchmarks/claims-v2` and the synthetic sets of `bench_align.py`."""
FULL = 40_000
"""Up to this many pairs of claims with values, every such pair is a candidate."""


@dataclass(frozen=True)
class MeasuredAlignment:
    """Aligned pairs `(a[ia[k]], b[ib[k]])`, scores 0–1, the claims left over, and per pair
    the measurements that paired it (or told its values apart) with the reason in words."""

    ia: IndexArray
    ib: IndexArray
    score: npt.NDArray[np.float32]
    only_a: IndexArray
    only_b: IndexArray
    candidates: int
    aliases: AliasTable
    by_words: npt.NDArray[np.bool_]
    """Whether alignment by words accepted the pair (else its measurements did)."""
    measured: tuple[tuple[Measurement, Measurement] | None, ...]
    reasons: tuple[str | None, ...]
    different: tuple[bool, ...]
    """The pair's values measure different things (dead and injured): never a conflict."""
    second: npt.NDArray[np.bool_]
    """The pair is a claim's second partner (`_partners`), on another of its values: only
    the values that paired it are compared."""
    one_fact: tuple[tuple[Measurement, Measurement] | None, ...] = ()
    """Per pair its words accepted, the two values accepted as one fact (step 3) too, if
    any: compared whatever roles their curators gave them."""


def _all_valued(valued_a: list[int], valued_b: list[int]) -> tuple[IndexArray, IndexArray]:
    xa = np.asarray(valued_a, dtype=np.int32)
    xb = np.asarray(valued_b, dtype=np.int32)
    ia, ib = np.meshgrid(xa, xb, indexing="ij")
    return ia.ravel(), ib.ravel()


def _union(ia: IndexArray, ib: IndexArray, xa: IndexArray, xb: IndexArray,
           nb: int) -> tuple[IndexArray, IndexArray]:
    codes = unique_sorted(np.concatenate((ia.astype(np.int64) * nb + ib,
                                          xa.astype(np.int64) * nb + xb)))
    return (codes // nb).astype(np.int32), (codes % nb).astype(np.int32)


def align_measured(
    a: Sequence[Claim], b: Sequence[Claim],
    ma: dict[int, list[Measurement]], mb: dict[int, list[Measurement]], *,
    aliases: AliasTable, cutoff: float, max_block: int, threshold: float = THRESHOLD,
) -> MeasuredAlignment:
    """Align `a` and `b` one-to-one; `ma[i]` are the measurements of `a[i]`'s values."""
    ta, tb = ClaimTable.build(a, aliases), ClaimTable.build(b, aliases)
    rank_a, rank_b = content_ranks(ta.content, tb.content)
    ia, ib = candidate_pairs(ta, tb, max_block=max_block, ranks=(rank_a, rank_b))
    valued_a = sorted(i for i, ms in ma.items() if ms)
    valued_b = sorted(j for j, ms in mb.items() if ms)
    full_index = len(valued_a) * len(valued_b) > FULL
    if valued_a and valued_b and not full_index:
        ia, ib = _union(ia, ib, *_all_valued(valued_a, valued_b), max(len(b), 1))
    words = score_pairs(ta, tb, ia, ib, cutoff=cutoff)
    w = words.score.astype(np.float64) / 100.0
    ok_words = words.accepted.copy()
    has_a = np.zeros(len(a), dtype=np.bool_)
    has_a[valued_a] = True
    has_b = np.zeros(len(b), dtype=np.bool_)
    has_b[valued_b] = True
    both = np.flatnonzero(has_a[ia] & has_b[ib])
    keys_a, sa = holder_keys(ma, len(a))
    keys_b, sb = holder_keys(mb, len(b))
    ha, hb = np.asarray(keys_a, dtype=object), np.asarray(keys_b, dtype=object)
    memo: dict[str, frozenset[str]] = {}
    na = [proper(c, aliases, memo) if sa[i] else frozenset() for i, c in enumerate(a)]
    nb = [proper(c, aliases, memo) if sb[j] else frozenset() for j, c in enumerate(b)]
    pairs_both = list(zip(ia[both].tolist(), ib[both].tolist(), strict=True))
    xa, xb = ha[ia[both]], hb[ib[both]]
    named_a = np.fromiter(map(bool, sa), dtype=np.bool_, count=len(a))
    named_b = np.fromiter(map(bool, sb), dtype=np.bool_, count=len(b))
    named = named_a[ia[both]] & named_b[ib[both]]
    holder_ok = np.fromiter((not sa[i].isdisjoint(sb[j]) for i, j in pairs_both),
                            dtype=np.bool_, count=len(both))
    # two holders that both have proper names and share no word are two parties' figures
    # (two companies, two people), never paired on their values; common nouns ("the bus",
    # "the coach") tell no one apart, and a shared one ("the Harrow Street fire", "the
    # Lakeport apartment fire") is one holder
    # the party an act names is the figure's too: "the Authority | fined | Velmora |
    # €420 million" and "Velmora | fine | €240m" share Velmora (read once per claim)
    said_a = [x | object_names(c, aliases, memo) if x else x for x, c in zip(na, a, strict=True)]
    said_b = [y | object_names(c, aliases, memo) if y else y for y, c in zip(nb, b, strict=True)]
    other = np.zeros(len(both), dtype=np.bool_)
    kinds: dict[str, frozenset[str]] = {}
    for k in np.flatnonzero(~holder_ok).tolist():
        i, j = pairs_both[k]
        if na[i] and nb[j]:
            # two parties are of one kind: a skipper's and her yacht's figures may be one
            other[k] = said_a[i].isdisjoint(said_b[j]) and not kinds_apart(a[i], b[j], aliases,
                                                                          kinds)
        elif bool(na[i]) is not bool(nb[j]):  # one party named, the other reported by one
            other[k] = parties_apart(a[i], b[j], bool(na[i]), bool(nb[j]), aliases)
    pred = process.cpdist(ta.predicate[ia[both]], tb.predicate[ib[both]], scorer=fuzz.ratio,
                          workers=-1, dtype=np.float32)
    event_ok = pred >= PREDICATE_MIN
    keys: dict[str, str] = {}
    oa = np.asarray([object_key(a[i], aliases, keys) if ma.get(i) else ""
                     for i in range(len(a))], dtype=object)
    ob = np.asarray([object_key(b[j], aliases, keys) if mb.get(j) else ""
                     for j in range(len(b))], dtype=object)
    ya, yb = oa[ia[both]], ob[ib[both]]
    objects = (oa != "")[ia[both]] & (ob != "")[ib[both]]
    clash = objects & (process.cpdist(ya, yb, scorer=fuzz.token_set_ratio, workers=-1,
                                      dtype=np.float32) < HOLDER_MIN)
    # A word-accepted pair is scored on its values only when it competes with another
    # word-accepted pair for one of its claims: its values then rank the two.
    picked = np.flatnonzero(ok_words)
    many_a = np.bincount(ia[picked], minlength=len(a)) > 1
    many_b = np.bincount(ib[picked], minlength=len(b)) > 1
    contested = ok_words[both] & (many_a[ia[both]] | many_b[ib[both]])
    # Large inputs (the word index): only candidates sharing a holder or an event, or
    # with a holder unsaid, are worth scoring in Python; small ones are scored in full.
    near = holder_ok | event_ok | ~named if full_index else np.ones(len(both), np.bool_)
    live = np.flatnonzero(contested | (~ok_words[both] & near & ~clash & ~other))
    like = process.cpdist(xa[live], xb[live], scorer=fuzz.ratio, workers=-1, dtype=np.float32)
    scorer = PairCache(PairScorer.of([m for ms in ma.values() for m in ms],
                                     [m for ms in mb.values() for m in ms]))
    extra = np.zeros(len(ia), dtype=np.float64)
    ok_measured = np.zeros(len(ia), dtype=np.bool_)
    info: dict[int, tuple[str | None, tuple[Measurement, Measurement] | None, bool]] = {}
    held: dict[int, bool] = {}  # accepted on one holder: its reason names the holder
    def judge(k: int, sim: float, reason: bool = True) -> tuple[float, Info, bool] | None:
        """Candidate `both[k]` scored on its values: (score, what paired it, accepted);
        `reason=False` when only whether it is accepted counts (its reason is not written)."""
        h = bool(holder_ok[k])
        i, j = pairs_both[k]
        xs, ys = ma[i], mb[j]
        # holders named by common nouns only ("the drugs", "the seizure") tell no one apart:
        # as good as unsaid; two proper names sharing no word are two parties (gated above)
        holder = sim / 100.0 if h else 0.0 if na[i] and nb[j] else HOLDER_UNSAID
        best = best_pair(xs, ys, scorer, W_HOLDER * holder, not (na[i] and nb[j]))
        if best is None:
            apart = _different(xs, ys) if reason else None
            return None if apart is None else (0.0, (None, apart, True), False)
        s, why, x, y, thing = best  # its reason unwritten: written for the pairs kept
        event = bool(event_ok[k]) or (x.event is not None and x.event == y.event) \
            or _one_topic(x, y, event_words(a[i]), event_words(b[j]))
        unsaid = not named[k] or not (na[i] and nb[j])  # no holder said, or no proper name
        ok = s >= threshold and (thing or (h and (event or one_reading(x, y)))
                                 or (unsaid and (event or _one_figure(x, y))))
        if reason:
            held[int(both[k])] = ok and h
        return s, (why, (x, y), False), ok

    for k, sim in zip(live.tolist(), like.tolist(), strict=True):
        if clash[k] or other[k]:
            continue  # aligned by words; its values say nothing against two named parties
        judged = judge(k, sim)
        if judged is not None:
            pos = int(both[k])
            extra[pos], info[pos], ok_measured[pos] = judged[0], judged[1], judged[2]
    # Words rank first only where the values agree to be compared: both claims without
    # values, or two values of one dimension and thing, of parties not named apart. A
    # claim with values aligned by its words with one without, or with values of another
    # dimension ("magnitude 6.4" and a time of day), still pairs, but after the pairs its
    # values support.
    # a claim stating only a date ranks as one without values: its `when` is compared
    # whatever paired it
    own_a, own_b = _with_values(ma, len(a)), _with_values(mb, len(b))
    first = ok_words & ~(own_a[ia] ^ own_b[ib])
    first[both[clash | other]] = False  # two named parties: their values rank nothing
    for pos in np.flatnonzero(first & own_a[ia] & own_b[ib]).tolist():
        got_info = info.get(pos)
        if got_info is None:
            xs, ys = ma[int(ia[pos])], mb[int(ib[pos])]
            first[pos] = any(_comparable(x, y) for x in xs for y in ys)
        else:
            first[pos] = not got_info[2]
    accepted = np.flatnonzero(ok_words | ok_measured)
    rank = first[accepted] * 10.0 + w[accepted] * ok_words[accepted] + extra[accepted]
    chosen = accepted[assign_greedy(ia[accepted], ib[accepted], rank.astype(np.float32),
                                    rank_a, rank_b)]
    # "Tellen | is aged | 27" left over beside "Tellen | winning time | The 29-year-old,
    # 10.74sec" (paired on its time by words) is its second partner on the age
    late = np.zeros(len(ia), dtype=np.bool_)
    late_info = dict(info)
    if not full_index:
        done = set(live.tolist()) | set(np.flatnonzero(np.isin(both, chosen)).tolist())
        for k in set(np.flatnonzero(ok_words[both] & ~clash & ~other).tolist()) - done:
            judged = judge(k, fuzz.ratio(xa[k], xb[k]))
            if judged is not None and judged[2]:
                pos = int(both[k])
                late[pos], late_info[pos], extra[pos] = True, judged[1], judged[0]
    # the pairs its words alone chose, their values judged too: whether they are one fact
    fact = ok_measured | late
    for k in np.flatnonzero(np.isin(both, chosen) & ok_words[both] & ~clash & ~other).tolist():
        pos = int(both[k])
        if pos not in info:
            judged = judge(k, fuzz.ratio(xa[k], xb[k]), reason=False)
            fact[pos] = judged is not None and judged[2]
    compared = compared_values(chosen, ia, ib, late_info, ma, mb, scorer)
    seconds = second_partners(chosen, ia, ib, ok_measured & ~ok_words, extra, compared, ma, mb,
                              rank_a, rank_b)
    # a pair its words and its values both accepted that lost the assignment ("earlier
    # guidance of £1.6bn" beside the new guidance): a claim left over, on that value
    seconds += second_partners(np.concatenate((chosen, np.asarray(seconds, dtype=np.int64))),
                               ia, ib, ok_measured & ok_words, extra, compared, ma, mb, rank_a,
                               rank_b, again=False)
    # the pairs its words accepted come last: a value paired on its measurement first
    seconds += second_partners(np.concatenate((chosen, np.asarray(seconds, dtype=np.int64))),
                               ia, ib, late & ~ok_measured, extra, compared, ma, mb, rank_a,
                               rank_b)
    second = np.concatenate((np.zeros(len(chosen), np.bool_), np.ones(len(seconds), np.bool_)))
    chosen = np.concatenate((chosen, np.asarray(seconds, dtype=np.int64)))
    pa, pb = ia[chosen], ib[chosen]
    by_words = ok_words[chosen]
    shown = np.where(by_words, w[chosen], np.minimum(extra[chosen], 1.0)).astype(np.float32)
    got = [late_info.get(int(k), (None, None, False)) for k in chosen.tolist()]
    for n, (i, j) in enumerate(zip(pa.tolist(), pb.tolist(), strict=True)):
        if int(chosen[n]) not in late_info and ma.get(i) and mb.get(j):
            apart = _different(ma[i], mb[j])
            if apart is not None:
                got[n] = (None, apart, True)
            elif not _comparable(ma[i][0], mb[j][0]):
                # their first values cannot be compared ("12%" now against a forecast's
                # "5 per cent"): the best two that can are compared first
                best = best_pair(ma[i], mb[j], scorer, 0.0)
                if best is not None:
                    got[n] = (None, (best[2], best[3]), False)
    only_a, only_b = left_over(len(a), pa), left_over(len(b), pb)
    reasons: list[str | None] = []
    for g, bw, pos, i, j in zip(got, by_words.tolist(), chosen.tolist(), pa.tolist(),
                                pb.tolist(), strict=True):
        if bw or g[0] != "" or g[1] is None:
            reasons.append(None if bw else g[0])
        else:  # judged on its values: its reason written now, for the pairs kept only
            reasons.append(scorer.reason(*g[1], (a[i], b[j]) if held.get(pos) else ()))
    return MeasuredAlignment(
        pa, pb, shown, only_a, only_b, int(len(ia)), aliases, by_words,
        tuple(g[1] for g in got), tuple(reasons),
        tuple(g[2] for g in got), second, tuple(
            _fact_pair(ma[i], mb[j], scorer) if fact[pos] and ma.get(i) and mb.get(j)
            else None for pos, i, j in zip(chosen.tolist(), pa.tolist(), pb.tolist(),
                                           strict=True)))


def _fact_pair(xs: list[Measurement], ys: list[Measurement],
               scorer: PairCache) -> tuple[Measurement, Measurement] | None:
    best = best_pair(xs, ys, scorer, 0.0)
    return None if best is None else (best[2], best[3])


__all__ = ["FULL", "HOLDER_MIN", "THRESHOLD", "W_HOLDER", "MeasuredAlignment",
           "align_measured"]
