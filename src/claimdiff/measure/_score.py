"""The score of one candidate pair of measurements: a vector of named terms read from the
two (the measured thing, shared context, closeness, and qualifiers that count against a
pair), and the weights that sum them (`WEIGHTS`, one per term, negative for penalties).

The weights were set by hand split after split; `benchmarks/fit_pairing.py` prints how
often each term fires on true and wrong partners and fits them by logistic regression.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import chain, repeat
from typing import NamedTuple

from claimdiff.measure._closeness import apart, closeness, on_one_timeline, same_day, same_reading
from claimdiff.measure._dated import (
    Events,
    calendar_date,
    dated_events,
    ends_differ,
    events_meet,
    one_event,
)
from claimdiff.measure._different import unheld_against_part
from claimdiff.measure._forward import roles_apart
from claimdiff.measure._holder import distinct_holders, one_holder
from claimdiff.measure._lexicon_en import GENERIC, periods_differ
from claimdiff.measure._model import Measurement
from claimdiff.measure._spans import lasting_named
from claimdiff.measure._what import future_alone, moods_differ
from claimdiff.normalization import Kind

W_MEASURED = 0.35
W_CONTEXT = 0.4
W_NEAR = 0.4
W_CLOSE = 0.4
W_EVENT = 0.05
"""Two dates written at different precisions (a clock time, a day, a month, a year) are
mostly two different mentions: "on Tuesday" against "in 2022"."""
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
FAR = 10.0
P_FAR = 0.2


class Terms(NamedTuple):
    """One value per term of a pair's score, in the order they are summed: a similarity
    (0 to 1), a closeness, or 1 when a feature holds (0.5 for a counted noun's `measured`)."""

    measured: float = 0.0
    context: float = 0.0
    near: float = 0.0
    close: float = 0.0
    """1 for dates of one event, else how close the two values are."""
    same: float = 0.0
    lasting: float = 0.0
    same_day: float = 0.0
    roles: float = 0.0
    """Both have a role, and the roles differ."""
    role_one: float = 0.0
    """One has a role (a forecast), the other none."""
    attribution: float = 0.0
    """Attributed to two different sources."""
    attribution_same: float = 0.0
    period: float = 0.0
    modality: float = 0.0
    far: float = 0.0
    event: float = 0.0
    holders: float = 0.0
    """Two different named holders."""
    one_holder: float = 0.0
    part: float = 0.0
    """A figure of no one named against a named part."""


WEIGHTS = Terms(W_MEASURED, W_CONTEXT, W_NEAR, W_CLOSE, W_SAME, W_SAME_DAY, W_SAME_DAY,
                -P_ROLE, -P_ROLE_ONE, -P_ATTRIBUTION, W_ATTRIBUTION, -P_PERIOD, -P_MODALITY,
                -P_FAR, W_EVENT, -P_ROLE, W_HOLDER, -P_PART)
"""Each term's weight, set by hand split after split (`benchmarks/fit_pairing.py` fits them
on the tuning splits and reports how each term fares)."""
_CONTEXT, _NEAR, _REST = Terms._fields.index("context"), Terms._fields.index("near"), 3


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


def terms(a: Measurement, b: Measurement, idf: dict[str, float],
          reason: bool = True) -> tuple[Terms, str]:
    """The terms of one candidate pair and the reason in words (`reason=False`: the reason
    left unwritten, for the many candidates whose reason is never shown)."""
    why: list[str] = []
    x = [0.0] * len(Terms._fields)
    if a.measured is not None and a.measured == b.measured and a.measured not in GENERIC \
            and (a.measured != a.dimension or a.dimension == "age"):
        # "temperatures" said of a temperature says no more than its unit does
        # "19 aces" and "16 aces" share a noun; "people" and "people" say little
        x[0] = 1.0 if a.classed else 0.5
        words = sorted({(a.measured_words or "").lower(), (b.measured_words or "").lower()} - {""})
        if a.classed:
            why.append(f"both measure {a.measured} ({' ~ '.join(words)})")
        else:
            why.append(f"both count {' ~ '.join(words)}")
    x[1] = _similarity(a.context, b.context, idf)
    x[2] = _similarity(a.near, b.near, idf)
    common = a.context & b.context if reason else None
    if common:
        top = sorted(common, key=lambda w: (-idf.get(w, 0.0), w))[:4]
        said = dict(a.surface)
        why.append("shared context: " + ", ".join(said.get(w, w) for w in top))
    if _one_event(a, b, idf):
        x[3] = 1.0  # one event's dates, however far apart the reports put them
        why.append("dates of one event")
    elif x[1] > 0 or x[2] > 0 or (a.event and a.event == b.event) or not _two_days(a, b):
        x[3] = closeness(a, b)  # two days near in time and in nothing else are
        # two events of one week ("today" and "on Monday"), not one day told apart
    if same_reading(a, b):
        x[4] = 1.0
        why.append("the same figure")
    if a.lasting and a.lasting == b.lasting:
        x[5] = 1.0
        why.append(f"how long the {a.lasting} lasted")
    elif (a.lasting or b.lasting) and (lasting_named(a, b) or lasting_named(b, a)):
        x[5] = 1.0  # "a nine-month ban" and "banned for six months"
        why.append(f"how long the {a.lasting or b.lasting} lasted")
    if same_day(a, b):
        x[6] = 1.0
        why.append("the same day")
    if roles_apart(a, b):
        x[7 if a.role and b.role else 8] = 1.0
        why.append(f"roles differ ({a.role or 'none'} / {b.role or 'none'})")
    if a.attribution and b.attribution:
        if a.attribution != b.attribution:
            x[9] = 1.0
            why.append(f"attributed to {a.attribution} / {b.attribution}")
        else:
            x[10] = 1.0
    if periods_differ(a.period, b.period):
        x[11] = 1.0
        why.append(f"periods differ ({' '.join(a.period)} / {' '.join(b.period)})")
    if moods_differ(a.modality, b.modality) and not future_alone(a.modality, b.modality):
        x[12] = 1.0  # what will be against what is only ranks lower (`_pair`)
    if apart(a, b) > FAR:
        x[13] = 1.0
        why.append("an order of magnitude apart")
    if a.event and a.event == b.event:
        x[14] = 1.0
    if a.dimension not in ("age", "date", "duration") \
            and distinct_holders(a.subject, b.subject):
        x[15] = 1.0  # "Varenko, who served 12 aces" is no rival of "He served 16 aces"
        why.append("holders differ")
    elif a.dimension not in ("age", "date", "duration") and one_holder(a.subject, b.subject):
        x[16] = 1.0
        why.append("one holder")
    elif unheld_against_part(a, b) or unheld_against_part(b, a):
        x[17] = 1.0
        why.append("a figure of no one named against a named part")
    return Terms._make(x), ("; ".join(why) or "same dimension") if reason else ""


def weigh(x: Terms, weights: Terms | None = None) -> float:
    """The weighted sum of a pair's terms (`WEIGHTS` by default), summed in the order the
    hand-set score always added them, so a score is the same to the last bit."""
    w = WEIGHTS if weights is None else weights
    total = w[0] * x[0] if x[0] else 0.0
    total += w[_CONTEXT] * x[_CONTEXT] + w[_NEAR] * x[_NEAR]
    for k in range(_REST, len(x)):
        if x[k]:
            total += w[k] * x[k]
    return total


def score(a: Measurement, b: Measurement, idf: dict[str, float],
          reason: bool = True) -> tuple[float, str]:
    """The score of one candidate pair (can be negative) and the reason in words
    (`reason=False`: the score alone, its reason left unwritten)."""
    x, why = terms(a, b, idf, reason)
    return weigh(x), why


def _two_days(a: Measurement, b: Measurement) -> bool:
    """Two dates that do not overlap."""
    va, vb = a.value, b.value
    if va is None or vb is None or va.kind is not Kind.DATE or vb.kind is not Kind.DATE:
        return False
    va, vb = on_one_timeline(va, vb)
    return not va.core.overlaps(vb.core)


__all__ = ["FAR", "P_ATTRIBUTION", "P_FAR", "P_MODALITY", "P_PART", "P_PERIOD", "P_ROLE",
           "P_ROLE_ONE", "W_ATTRIBUTION", "W_CLOSE", "W_CONTEXT", "W_EVENT", "W_HOLDER",
           "W_MEASURED", "W_NEAR", "W_SAME", "W_SAME_DAY", "WEIGHTS", "Idf", "Terms", "score",
           "terms", "weigh"]
