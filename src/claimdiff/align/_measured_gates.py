"""Gates on two measurements before they may pair two curated claims (`_measured`).

Whether two values can be compared at all (one dimension, not different things), tell
two things apart, are one and the same figure, or belong to claims naming one event;
and which claims state values beyond a date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from claimdiff.align._holders import written
from claimdiff.measure import (
    Measurement,
    PairScorer,
    different_things,
    names_a_thing,
    one_reading,
)
from claimdiff.model import Claim

__all__ = ["PairCache", "Scored", "best_pair", "comparable", "different",
           "different_things_either_way", "one_age", "one_figure", "one_topic", "with_values"]


def with_values(ms: dict[int, list[Measurement]], n: int) -> npt.NDArray[np.bool_]:
    """Which of `n` claims state values, not only a date (a `when` measured alone)."""
    out = np.zeros(n, dtype=np.bool_)
    out[[i for i, xs in ms.items() if any(m.slot != _WHEN for m in xs)]] = True
    return out


_WHEN = "when"


def one_topic(x: Measurement, y: Measurement, ta: frozenset[str], tb: frozenset[str]) -> bool:
    """The two claims name one event in their own words (`event_words`: "Corvane pilots | began
    strike" and "the walkout | duration"), and their values do not measure two synonym
    classes ("dead", "protesters": those pair as one thing or not at all)."""
    if x.classed and y.classed and x.measured != y.measured:
        return False
    return bool(ta & tb)


def different(xs: Sequence[Measurement], ys: Sequence[Measurement]) -> tuple[
        Measurement, Measurement] | None:
    """Two values of one dimension that measure different things, when no two values of the
    claims are comparable (then the claims' values are never in conflict)."""
    if any(comparable(x, y) for x in xs for y in ys):
        return None
    return next(((x, y) for x in xs for y in ys if x.dimension == y.dimension
                 and different_things_either_way(x, y)), None)


def one_figure(x: Measurement, y: Measurement) -> bool:
    """One and the same figure ("some 600 rescuers", "about 600 rescue workers"), not only one
    day (a report's day holds many events), and not said of two things named apart ("36
    survivors", "36 children")."""
    return x.dimension != "date" and one_reading(x, y) and not (
        names_a_thing(x) and names_a_thing(y) and x.measured != y.measured)


def comparable(x: Measurement, y: Measurement) -> bool:
    if x.dimension != y.dimension and "unread" not in (x.dimension, y.dimension):
        return False
    return not different_things_either_way(x, y)


def different_things_either_way(x: Measurement, y: Measurement) -> bool:
    """`different_things` either way round: an age against a value whose dimension is unread
    is still two people's when their holders differ."""
    return different_things(x, y) or different_things(y, x)


def one_age(x: Measurement, y: Measurement) -> bool:
    """One age, said of a person one curator names ("Priya Tandon | is aged | 52") and the
    other describes ("Corvanta's boss | age | 52-year-old"): the same figure, maybe one
    person, where two holders' ages are otherwise two people's."""
    return x.dimension == y.dimension == "age" and one_reading(x, y)


Scored = tuple[float, str, Measurement, Measurement, bool]
"""A pair's score, the reason in words (`""`: unwritten, `PairCache.reason` writes it), the
two measurements, and whether they name one thing."""


@dataclass(frozen=True)
class PairCache:
    """The comparable pairs of two claims' measurements, each scored once per alignment:
    `align_measured` judges one candidate several times (to rank it, to tell whether its
    values are one fact, which two it compares), always on the same measurement lists.
    Scores come without their reasons: only the few pairs kept show one (`reason`)."""

    scorer: PairScorer
    _memo: dict[tuple[int, int, bool], tuple[Sequence[Measurement], Sequence[Measurement],
                                              list[Scored]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def scored(self, xs: Sequence[Measurement], ys: Sequence[Measurement],
               described: bool) -> list[Scored]:
        """Every pair of `xs` and `ys` that may be compared, in order, scored; keyed by the
        lists' identity (kept alive with the entry, so an id is never reused)."""
        key = (id(xs), id(ys), described)
        hit = self._memo.get(key)
        if hit is not None:
            return hit[2]
        out: list[Scored] = []
        for x in xs:
            for y in ys:
                if not comparable(x, y) and not (described and one_age(x, y)):
                    continue
                s = self.scorer.score(x, y, reason=False)[0]
                out.append((s, "", x, y, names_a_thing(x) and x.measured == y.measured))
        self._memo[key] = (xs, ys, out)
        return out

    def reason(self, x: Measurement, y: Measurement, claims: Sequence[Claim] = ()) -> str:
        """Why `x` and `y` pair, in words (the reason `scored` leaves unwritten); `claims`:
        their two claims, when the pair was accepted on one holder, which is then named as
        the claims write it."""
        why = self.scorer.score(x, y)[1]
        common = sorted(set(x.holder) & set(y.holder)) if claims else ()
        if common:
            why = f"{why}; held by {' '.join(written(common, claims)[:4])}"
        return why


def best_pair(xs: Sequence[Measurement], ys: Sequence[Measurement], scores: PairCache,
              bonus: float, described: bool = False) -> Scored | None:
    """The best comparable pair of measurements `(score + bonus, why, x, y, same thing)`;
    `described`: one holder has no proper name, so one age of both may be one person's."""
    best: Scored | None = None
    for s, why, x, y, thing in scores.scored(xs, ys, described):
        s += bonus
        if best is None or s > best[0]:
            best = (s, why, x, y, thing)
    return best
