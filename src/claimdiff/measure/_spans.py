"""A state lasting to the report's day, read on one axis from its start or its length.

"Dreyer has run the ministry since 2011", "first elected in 2018" and "a record set in
2014" date a state by its start; "has run it for 15 years", "17 years as a lawmaker" and
"a 31-year career" give its length up to now. Both are read as the state's age on the day
of the report (as `founding_age` reads "built in 1968"), so that the two meet. A span that
ended in the past ("served five years for fraud", "a 12-day strike") is no such state.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from os.path import commonprefix

from claimdiff.measure._closeness import mid
from claimdiff.measure._model import Measurement
from claimdiff.measure._phrases import BEGAN, since_point, years_back
from claimdiff.normalization import Interval, Kind, Value

_YEAR_DAYS = 365.25
LASTED = "lasting to the report's day"
"""The mark of a state's age read from its start or its length (in its last step)."""

_STARTING = frozenset(("begin", "start", "elect", "set", "join", "appoint"))
"""Verbs dating the start of a state ("first elected in 2018", "a record set in 2014")."""
_PERFECT = frozenset(("have", "ve"))
"""A perfect ("has led", "had stood", "I've worked") holds a state up to its time."""
_PENALTY = frozenset(("jail", "ban", "sentence", "suspend", "imprison", "bar", "disqualify",
                      "fine", "detain", "sign", "hire", "extend", "renew", "award", "grant"))
"""Participles whose "for N years" runs from now on: "has been banned for three years",
"has signed for five years"."""
RUNS_ON = _PENALTY
_NOT_TO_NOW = frozenset(("in", "within", "after", "than", "next", "ago", "another", "further",
                         "more", "up", "to", "under", "of"))
"""Words before a length that make it no span lasting to now: "in 25 years" (a return),
"within five years", "up to ten years" (a penalty), "another two years"."""
_ENDED = frozenset(("ago", "later", "earlier", "after", "before", "from", "until", "old",
                    "away", "hence", "on"))
"""Words after a length that make it a distance in time or a start, not a state's age."""
_VOICES = frozenset(("we", "you", "they"))
"""A length said of "we" or "you" is the speakers', rarely the age of what is reported."""
_SPAN_NOUNS = frozenset(("career", "tenure", "reign", "stint", "streak", "record", "run",
                         "presidency", "premiership", "rule", "incumbency", "partnership",
                         "marriage", "membership", "residency", "leadership", "history",
                         "existenc"))
"""A "31-year career" or "the port's 112-year history" lasts to the day it is told of; a
"four-year term" runs on from it."""


def _age(lo: float, hi: float, slo: float, shi: float, value: Value, how: str) -> Value:
    core, support = Interval(round(lo, 2), round(hi, 2)), Interval(round(slo, 2), round(shi, 2))
    return Value(kind=Kind.QUANTITY, text=value.text, core=core, support=support, unit="year",
                 dimension="age", granularity="year",
                 steps=(*value.steps, f"{how}, {LASTED}, {BEGAN}"))


def span_start(value: Value, reference: date, before: Sequence[str],
               lead: Sequence[str]) -> Value | None:
    """The age on `reference` of a state dated by its start: "has led it since 2011" (a
    perfect in the clause before, `lead`), "first elected in 2018", "began the novel in 2019"
    (a starting verb among the words `before` it). Only a start to the year or coarser."""
    if value.kind is not Kind.DATE or not value.core.bounded or value.granularity not in (
            "year", "decade"):
        return None
    if since_point(value.text) is not None:
        if not _PERFECT & set(lead):
            return None  # "the worst outbreak since 2001" dates no state of anything's
    elif not _STARTING & set(before[:4]) or not (
            value.text.lower().startswith("in ") or before[:1] == ["in"]):
        return None
    if (years := years_back(value, reference)) is None:
        return None
    lo, hi = years
    return _age(lo, hi, lo, hi, value,
                f"a state's age: {lo:.1f} to {hi:.1f} years on {reference.isoformat()}")


def span_to_now(value: Value, phrase: str, before: Sequence[str], after: Sequence[str],
                lead: Sequence[str]) -> Value | None:
    """The age of a state told by its length up to now: "has run it for 15 years", "for the
    past nine years", "17 years as a lawmaker", "a 31-year career". Whole years only, read
    as said of a year's count: 15 years may have begun 15 or 14 years back."""
    if value.kind is not Kind.DURATION or value.unit != "day" or not value.core.bounded:
        return None
    years = (value.core.lo + value.core.hi) / 2 / _YEAR_DAYS
    n = round(years)
    if n < 1 or abs(years - n) > 0.05 or value.granularity not in ("year", "decade"):
        return None
    said = phrase.lower().split()  # "for the past nine years", "in 25 years"
    held = after[:1] == ["as"]  # "(after) 17 years as a lawmaker": a post held up to now
    if not held and (said[0] in _NOT_TO_NOW or (after and after[0] in _ENDED) or (
            len(said) == 2 and before and before[0] in _NOT_TO_NOW)):
        return None
    compound = "-year" in phrase.lower()
    if compound:
        ok = bool(after) and after[0] in _SPAN_NOUNS  # "a 31-year career", not "term"
    elif {"past", "last"} & set(said) or (before and before[0] in ("past", "last")):
        ok = True  # "for the past nine years", "over the last decade"
    elif held:
        ok = True
    else:
        ok = bool(_PERFECT & set(lead)) and not _PENALTY & set(lead)
    if not ok or _VOICES & set(lead):
        return None  # "the problem we have talked about for 20 years": no thing's age
    return _age(n - 0.5, n + 1, n - 1, n + 1, value,
                f"a state's age: {n} years, begun {n} or {n - 1} years back")


def state_age(age: Value, phrase: str, after: Sequence[str]) -> Value:
    """`age` ("an eight-year-old course record") as a state's: an "N-year-old" before a
    noun of a state that lasts ("record", "reign") is how long it has held, not whose age."""
    noun = next((w for w in after[:2] if w in _SPAN_NOUNS), None)  # "a 12-year-old hill record"
    if "-old" not in phrase.lower() or noun is None:
        return age
    return replace(age, steps=(*age.steps, f"the age of a {noun}, {LASTED}, {BEGAN}"))


def lasting(value: Value | None) -> bool:
    """`value` is a state's age read from its start or its length (`span_start`,
    `span_to_now`): how long something has held, never a person's age."""
    return value is not None and bool(value.steps) and LASTED in value.steps[-1]


def lasting_named(x: Measurement, y: Measurement) -> bool:
    """The event `x` is the length of ("a nine-month *ban*") is named right by `y`, a length
    said of no event by its own words ("*banned* for six months", "the *ban* runs six
    months"): one event's length told two ways."""
    what = x.lasting
    if not what or y.lasting or x.dimension != "duration" or x.value is None \
            or y.value is None:
        return False
    lo, hi = sorted((abs(mid(x.value.core)), abs(mid(y.value.core))))
    if not (math.isfinite(hi) and lo > 0 and hi <= _RETOLD * lo):
        return False  # "an 11-day trial" against "years" of it: no one length told twice
    return any(_derived(what, k) for k in y.near)


_RETOLD = 10.0
"""How far apart two lengths of one event may be as two reports tell it."""


def _derived(x: str, y: str) -> bool:
    """One word, or a noun and the verb it is made from, as keys: "ban" and "ban",
    "suspens" and "suspend" ("suspension", "suspended"), "exclus" and "exclud"."""
    if x == y:
        return True
    n = min(len(x), len(y))
    common = len(commonprefix((x, y)))
    return common >= 5 and common >= n - 2


__all__ = ["LASTED", "RUNS_ON", "lasting", "lasting_named", "span_start", "span_to_now",
           "state_age"]
