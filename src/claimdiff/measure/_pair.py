"""Pairing measurements across two sources, as record linkage does.

1. Block: only measurements of the same dimension are candidates, and never
   two that measure different things (two synonym classes: dead and injured).
2. Score each candidate on its features: the measured thing, the context of
   its sentence (content lemmas weighted by rarity across both sources), how
   close the two values are, and qualifiers that count against a pair — a
   different role (a forecast against a measured value, a limit against a
   speed), different attributions (police against organisers), different
   periods (July against June), one negated or modal and the other not.
3. Assign one-to-one, best score first (ties broken by the phrases, never by
   ids), keeping pairs at or above the threshold calibrated on the
   development corpus (`benchmarks/eval_articles.py`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, repeat

from claimdiff.measure._alone import W_ALONE, alone, both_alone
from claimdiff.measure._bridge import AMOUNT
from claimdiff.measure._closeness import (
    apart,
    closeness,
    on_one_timeline,
    same_day,
    same_reading,
)
from claimdiff.measure._dated import (
    Events,
    calendar_date,
    dated_events,
    ends_differ,
    events_meet,
    one_event,
)
from claimdiff.measure._different import different_things, unheld_against_part
from claimdiff.measure._facing import bridge_candidates, ends_alike, facing
from claimdiff.measure._forward import forward_pair, roles_apart
from claimdiff.measure._holder import distinct_holders, one_holder
from claimdiff.measure._lexicon_en import GENERIC, periods_differ
from claimdiff.measure._model import Measurement, MeasurementPair
from claimdiff.measure._rarity import rarity, told_apart
from claimdiff.measure._repeats import day_twins, days_told_twice, repeats
from claimdiff.measure._spans import lasting_named
from claimdiff.measure._what import future_alone, moods_differ
from claimdiff.normalization import Kind

THRESHOLD = 0.28
"""Calibrated on the tuning split of `corpora/article-pairs/`."""

W_MEASURED = 0.35
W_CONTEXT = 0.4
W_NEAR = 0.4
W_CLOSE = 0.4
W_EVENT = 0.05
"""Two dates written at different precisions (a clock time, a day, a month, a year) are
mostly two different mentions: "on Tuesday" against "in 2022"."""
_GRAIN = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 2, "month": 2,
          "quarter": 3, "half": 3, "season": 3, "year": 3, "decade": 4, "century": 4}
P_ROLE = 0.45
P_ROLE_ONE = 0.15
"""One value has a role (a forecast) and the other none: often only unsaid, sometimes a trap."""
P_PART = 0.15
"""A figure naming no holder against one of a part its report never names: mostly the whole
against the part, sometimes a holder left unsaid."""
W_HOLDER = 0.05
"""Two values said of one named holder: more likely one thing of it."""
P_ATTRIBUTION = 0.15
W_ATTRIBUTION = 0.05
P_PERIOD = 0.35
P_MODALITY = 0.15
W_SAME_DAY = 0.2
W_SAME = 0.25
"""Two reports giving one and the same figure: rarely of two different things."""
P_FUTURE = 0.05
"""How much lower a pair of what *will* be against a plain statement ranks: a weak feature's
weight, so it decides between partners of like evidence ("will be 9.80" with "will be 9.45"
before "is 13.90") and never outweighs the words a true partner shares (a plan is as often
told in the present: "the fare falls to €18.40" against "will be €19.10")."""
P_BRIDGE = 0.1
"""How much less a pair by one side's second reading ranks in the assignment ("began in
mid-April" as a length) than a pair in the figures' own dimension."""
FAR = 10.0
P_FAR = 0.2
FULL_BLOCK = 250_000
"""Above this many same-dimension pairs, candidates come from a blocking index instead."""


class Idf(dict[str, float]):
    """Each context word's weight, its rarity across both sources' measurements; and, per
    pairing, what scoring reads of one word set or one measurement for each of its many
    candidates, computed once and kept by identity (the object is kept with it, so its id
    is never reused): a word set's squared norm, the events a date dates."""

    def __init__(self, weights: dict[str, float]) -> None:
        super().__init__(weights)
        self.squares = {w: x ** 2 for w, x in weights.items()}
        """Each word's squared weight, as the norms and cosines sum them."""
        self._norms: dict[int, tuple[frozenset[str], float]] = {}
        self._events: dict[int, tuple[Measurement, tuple[bool, Events]]] = {}

    def norm(self, words: frozenset[str]) -> float:
        """The sum of the squared weights of `words`."""
        hit = self._norms.get(id(words))
        if hit is None:
            hit = self._norms[id(words)] = (words, _norm(words, self))
        return hit[1]

    def events(self, m: Measurement) -> tuple[bool, Events]:
        """Whether `m` is a calendar date, and the events it dates (`_dated`)."""
        hit = self._events.get(id(m))
        if hit is None:
            hit = self._events[id(m)] = (m, _date_events(m))
        return hit[1]


def _norm(words: frozenset[str], idf: dict[str, float]) -> float:
    if isinstance(idf, Idf):
        return sum(map(idf.squares.get, words, repeat(0.0)))
    return sum(idf.get(w, 0.0) ** 2 for w in words)


def _date_events(m: Measurement) -> tuple[bool, Events]:
    return (True, dated_events(m)) if calendar_date(m) else (False, _NO_EVENTS)


_NO_EVENTS: Events = (frozenset(), frozenset())


def _idf(ma: Sequence[Measurement], mb: Sequence[Measurement]) -> Idf:
    df: Counter[str] = Counter(chain.from_iterable(m.context | m.near for m in (*ma, *mb)))
    n = len(ma) + len(mb)
    return Idf({w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()})


def _similarity(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Cosine of the two word sets, each word weighted by its rarity."""
    norm = idf.norm if isinstance(idf, Idf) else lambda words: _norm(words, idf)
    wa = norm(a)
    wb = norm(b)
    if wa <= 0 or wb <= 0:
        return 0.0
    if isinstance(idf, Idf):
        return sum(map(idf.squares.get, a & b, repeat(0.0))) / math.sqrt(wa * wb)
    return sum(idf.get(w, 0.0) ** 2 for w in a & b) / math.sqrt(wa * wb)


def _one_event(a: Measurement, b: Measurement, idf: dict[str, float]) -> bool:
    """`one_event`, each date's events read once per pairing."""
    if not isinstance(idf, Idf):
        return one_event(a, b)
    (cal_a, events_a), (cal_b, events_b) = idf.events(a), idf.events(b)
    return cal_a and cal_b and not ends_differ(a, b) and events_meet(events_a, events_b)


def score(a: Measurement, b: Measurement, idf: dict[str, float],
          reason: bool = True) -> tuple[float, str]:
    """The score of one candidate pair (can be negative) and the reason in words
    (`reason=False`: the score alone, its reason left unwritten, for the many candidates
    whose reason is never shown)."""
    why: list[str] = []
    total = 0.0
    if a.measured is not None and a.measured == b.measured and a.measured not in GENERIC \
            and (a.measured != a.dimension or a.dimension == "age"):
        # "temperatures" said of a temperature says no more than its unit does
        # "19 aces" and "16 aces" share a noun; "people" and "people" say little
        total += W_MEASURED if a.classed else W_MEASURED / 2
        words = sorted({(a.measured_words or "").lower(), (b.measured_words or "").lower()} - {""})
        if a.classed:
            why.append(f"both measure {a.measured} ({' ~ '.join(words)})")
        else:
            why.append(f"both count {' ~ '.join(words)}")
    alike = W_CONTEXT * _similarity(a.context, b.context, idf) \
        + W_NEAR * _similarity(a.near, b.near, idf)
    total += alike
    common = a.context & b.context if reason else None
    if common:
        top = sorted(common, key=lambda w: (-idf.get(w, 0.0), w))[:4]
        said = dict(a.surface)
        why.append("shared context: " + ", ".join(said.get(w, w) for w in top))
    if _one_event(a, b, idf):
        total += W_CLOSE  # one event's dates, however far apart the reports put them
        why.append("dates of one event")
    elif alike > 0 or (a.event and a.event == b.event) or not _two_days(a, b):
        total += W_CLOSE * closeness(a, b)  # two days near in time and in nothing else are
        # two events of one week ("today" and "on Monday"), not one day told apart
    if same_reading(a, b):
        total += W_SAME
        why.append("the same figure")
    if a.lasting and a.lasting == b.lasting:
        total += W_SAME_DAY
        why.append(f"how long the {a.lasting} lasted")
    elif (a.lasting or b.lasting) and (lasting_named(a, b) or lasting_named(b, a)):
        total += W_SAME_DAY  # "a nine-month ban" and "banned for six months"
        why.append(f"how long the {a.lasting or b.lasting} lasted")
    if same_day(a, b):
        total += W_SAME_DAY
        why.append("the same day")
    if roles_apart(a, b):
        total -= P_ROLE if a.role and b.role else P_ROLE_ONE
        why.append(f"roles differ ({a.role or 'none'} / {b.role or 'none'})")
    if a.attribution and b.attribution:
        if a.attribution != b.attribution:
            total -= P_ATTRIBUTION
            why.append(f"attributed to {a.attribution} / {b.attribution}")
        else:
            total += W_ATTRIBUTION
    if periods_differ(a.period, b.period):
        total -= P_PERIOD
        why.append(f"periods differ ({' '.join(a.period)} / {' '.join(b.period)})")
    if moods_differ(a.modality, b.modality) and not future_alone(a.modality, b.modality):
        total -= P_MODALITY  # what will be against what is only ranks lower (below)
    if apart(a, b) > FAR:
        total -= P_FAR
        why.append("an order of magnitude apart")
    if a.event and a.event == b.event:
        total += W_EVENT
    if a.dimension not in ("age", "date", "duration") \
            and distinct_holders(a.subject, b.subject):
        total -= P_ROLE  # "Varenko, who served 12 aces" is no rival of "He served 16 aces"
        why.append("holders differ")
    elif a.dimension not in ("age", "date", "duration") and one_holder(a.subject, b.subject):
        total += W_HOLDER
        why.append("one holder")
    elif unheld_against_part(a, b) or unheld_against_part(b, a):
        total -= P_PART
        why.append("a figure of no one named against a named part")
    return total, ("; ".join(why) or "same dimension") if reason else ""


def _two_days(a: Measurement, b: Measurement) -> bool:
    """Two dates that do not overlap."""
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is not Kind.DATE or vb.kind is not Kind.DATE:
        return False
    va, vb = on_one_timeline(va, vb)
    return not va.core.overlaps(vb.core)


def candidates_by_dimension(
    ma: Sequence[Measurement], mb: Sequence[Measurement]
) -> tuple[list[tuple[int, int]], list[str]]:
    """Every same-dimension pair of blocks small enough; the dimensions too large to pair fully."""
    by_a: dict[str, list[int]] = {}
    by_b: dict[str, list[int]] = {}
    for i, m in enumerate(ma):
        by_a.setdefault(m.dimension, []).append(i)
    for j, m in enumerate(mb):
        by_b.setdefault(m.dimension, []).append(j)
    out: list[tuple[int, int]] = []
    large: list[str] = []
    for dim in sorted(by_a.keys() & by_b.keys()):
        xs, ys = by_a[dim], by_b[dim]
        if len(xs) * len(ys) > FULL_BLOCK:
            large.append(dim)
            continue
        out.extend((i, j) for i in xs for j in ys)
    out.extend(bridge_candidates(ma, mb))  # "for nine years" and "since 2017"
    return out, large


def pair_measurements(
    ma: Sequence[Measurement],
    mb: Sequence[Measurement],
    *,
    candidates: Iterable[tuple[int, int]] | None = None,
    threshold: float | None = None,
) -> list[MeasurementPair]:
    """One-to-one pairs of `ma` and `mb` measuring the same thing, in `ma` order.

    `candidates` (index pairs) default to every pair of the same dimension.
    """
    if candidates is None:
        candidates = candidates_by_dimension(ma, mb)[0]
    threshold = THRESHOLD if threshold is None else threshold
    idf = _idf(ma, mb)
    (twin_a, day_a), (twin_b, day_b) = repeats(ma), repeats(mb)
    rare = rarity(ma, twin_a, mb, twin_b)
    alone_a, alone_b = alone(ma, twin_a), alone(mb, twin_b)
    scored: list[tuple[float, float, str, str, int, int, str]] = []
    for i, j in candidates:
        faced = facing(ma[i], mb[j])  # one side by its second reading, when it needs it
        if faced is None or different_things(*faced):
            continue
        a, b = faced
        s, why = score(a, b, idf)
        if ends_alike(a, b):  # "a four-year term" and "will serve until 2030"
            s += W_SAME_DAY
            why = f"{why}; a term and the date it ends"
        if a.dimension in rare and not told_apart(a, b):
            s += rare[a.dimension]
            if s - rare[a.dimension] < threshold <= s:  # said when it decides
                why = f"{why}; a {a.dimension} rare in both reports"
        if ma[i].dimension == mb[j].dimension and not told_apart(a, b) \
                and both_alone(i, j, alone_a, alone_b, a, b):
            s += W_ALONE
            if s - W_ALONE < threshold <= s:
                why = f"{why}; each figure alone in its order of magnitude"
        if s >= threshold:
            lo, hi = sorted((a.phrase, b.phrase))
            # a second reading ranks below a figure's own dimension of like evidence; a
            # rate's amount is the figure as said ("32.4 pence per litre" and "31.4p")
            rank = s - P_BRIDGE if ma[i].dimension != mb[j].dimension and not any(
                m.value is not None and m.value.steps[-1:] == (AMOUNT,) for m in faced) else s
            if future_alone(a.modality, b.modality) and not forward_pair(a, b):
                rank -= P_FUTURE  # "will be 9.80" goes with "will be" before "is 13.90"
            scored.append((-round(rank, 6), -round(s, 6), lo, hi, i, j, why))
    scored.sort()
    taken_a: dict[int, int] = {}
    taken_b: dict[int, int] = {}
    out: list[MeasurementPair] = []
    for _, neg, _, _, i, j, why in scored:  # each figure once, then its repeats
        if i in taken_a or j in taken_b or i in twin_a or j in twin_b:
            continue
        taken_a[i], taken_b[j] = j, i
        out.append(MeasurementPair(i, j, round(min(-neg, 1.0), 4), why))
    twin_a.update(day_twins(day_a, taken_a))
    twin_b.update(day_twins(day_b, taken_b))
    for _, neg, _, _, i, j, why in scored:  # a repeat goes with its figure's partner or none
        if ((i in twin_a and taken_a.get(twin_a[i]) == j and j not in twin_b) or (
                j in twin_b and taken_b.get(twin_b[j]) == i and i not in twin_a)) and (
                    not (i in day_a or j in day_b or i in day_a.values()
                         or j in day_b.values()) or same_day(ma[i], mb[j])):
            out.append(MeasurementPair(i, j, round(min(-neg, 1.0), 4), why))
    out.extend(days_told_twice(ma, mb, scored, out))
    out.sort(key=lambda p: (p.a, p.b))
    return out



__all__ = ["THRESHOLD", "candidates_by_dimension", "pair_measurements", "score"]
