"""Readings of a value's phrase in its sentence: ages, intervals between events, starts.

"a 34-year-old" or "Novak, 61," is an age; "nine days after discovering the breach"
measures nine days between two events; "detained since January 2022" dates a state
by its start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Interval, Kind, Value, normalize

_AGE_HYPHEN = re.compile(r"([\w.]+)(?:-years?(?:-old)?|\s+years?)$")
_OLD = re.compile(r"\s+old\b")
"""After "31 years": an age ("a bird now 31 years *old*")."""
_AGE_AFTER = re.compile(r"(?:-old\b|-year-old\b|\s+years?\s+old\b)")
_AGE_BEFORE = re.compile(
    r"(?i)\b(?:aged|(?:who|he|she)\s+(?:is|was|turned)(?:\s+(?:just|only|now|still))?|"
    r"(?:a|an|the)\s+(?:man|woman|boy|girl|lad|child|person|pensioner|widow|widower|mother|"
    r"father|grandmother|grandfather)\s+of)\s*$")
"""Words that make the number after them an age: "aged 34", "who is 34", "a man of 34" (a
person of a number of no unit is of that many years; "a crew of 34" counts)."""
_APPOSITION_BEFORE = re.compile(
    r"[^\W\d_][\w’'-]*,\s*(?:(?:just|only|barely|still|now)\s+)?$")
_APPOSITION_AFTER = re.compile(
    r"\s*(?:[,;)]|\.(?:\s|[\"”’]|$)|\s+(?:and|who|was|is|said|has|had)\b)")


def age_reading(text: str, where: tuple[int, int], value: Value) -> Value | None:
    """An age: "a 34-year-old", "aged 34", "34 years old", and a number in apposition
    to a name ("Novak, 61, said"); read in years, [N, N + 1)."""
    phrase = text[where[0]:where[1]].strip()
    m = _AGE_HYPHEN.match(phrase)
    if m is not None and value.kind in (Kind.DURATION, Kind.QUANTITY) and value.core.bounded:
        years = round((value.core.lo + value.core.hi) / 2 / 365.25, 2)  # "four-year-old"
    elif (bare := _STRESSED.fullmatch(phrase)) is not None:  # "Marrin, just 20, scored"
        years = float(bare.group(1))
    elif _STRESSED_WORDS.fullmatch(phrase) and value.kind is Kind.QUANTITY \
            and value.unit is None and value.core.lo == value.core.hi:
        years = value.core.lo  # "Voss, twenty-nine, flipped": a number written in words
    else:
        return None
    if not 0 < years < 125 or years != int(years):
        return None
    after, before = text[where[1]:where[1] + 12], text[max(0, where[0] - 40):where[0]]
    if m is not None:
        ok = phrase.endswith("-old") or _AGE_AFTER.match(after) is not None or (
            _OLD.match(after) is not None and not phrase.endswith("-old"))
    else:
        ok = (_AGE_AFTER.match(after) is not None or _AGE_BEFORE.search(before) is not None
              or (_APPOSITION_BEFORE.search(before) is not None
                  and _APPOSITION_AFTER.match(after) is not None))
    if not ok:
        return None
    iv = Interval(years, years + 1, hi_open=True)
    return Value(kind=Kind.QUANTITY, text=phrase, core=iv, support=iv, unit="year",
                 dimension="age", granularity="year",
                 steps=(f"an age: {years:g} years, up to the next birthday",))


_STRESSED = re.compile(r"(?i)(?:(?:just|only|barely|still|now)\s+)?(\d+)")
"""A bare number, or one only stressed ("just 20", "only 17"): stress moves no age."""
_STRESSED_WORDS = re.compile(
    r"(?:(?:just|only|barely|still|now)\s+)?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:(?:just|only|barely|"
    r"still|now)\s+)?(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen)")
"""An age in words as writers spell it in an apposition ("Kamau, forty-seven,"), lower-case:
from eleven up (a smaller number after a name is rarely an age: "Brandt, one of ...")."""
_AGE_WORDS = frozenset(("age", "aged", "youngest", "oldest"))
_YEAR_DAYS = 365.25


def role_age(value: Value, before: Sequence[str]) -> Value | None:
    """An age said of a role or a population rather than by "-year-old": "the youngest
    victim was 15", "the median age rose to 41.2 years" (`before`: the lemmas before the
    value, and of the subject a copula says it of). A whole number is an age up to the next
    birthday; a decimal is read as written."""
    if not _AGE_WORDS & set(before) or not value.core.bounded:
        return None
    if value.kind is Kind.DURATION and value.unit == "day":
        lo, hi = value.core.lo / _YEAR_DAYS, value.core.hi / _YEAR_DAYS
        slo, shi = value.support.lo / _YEAR_DAYS, value.support.hi / _YEAR_DAYS
    elif value.kind is Kind.QUANTITY and value.unit is None and value.dimension in ("", "count"):
        lo, hi, slo, shi = value.core.lo, value.core.hi, value.support.lo, value.support.hi
    else:
        return None
    mid = (lo + hi) / 2
    if not 0 < mid < 125:
        return None
    if abs(mid - round(mid)) < 1e-6 and hi - lo < 1:
        core = support = Interval(round(mid), round(mid) + 1, hi_open=True)
    else:
        core, support = Interval(lo, hi), Interval(slo, shi)
    return Value(kind=Kind.QUANTITY, text=value.text, core=core, support=support, unit="year",
                 dimension="age", granularity="year",
                 steps=(*value.steps, f"an age: {mid:g} years, said of an age"))


_FOUNDING = frozenset(("born", "build", "founded", "found", "establish", "open", "launch",
                       "construct", "incorporat", "commission", "deliver", "install", "laid",
                       "lay", "erect", "inaugurat", "creat", "form", "plant", "dug", "dig"))
"""Verbs dating the start of something's life: "built in 1968", "a pipe installed (laid)
in 1974", "a bridge erected in 1890" says its age ("laid off in 2019" is no start)."""


def years_back(value: Value, reference: date) -> tuple[float, float] | None:
    """How many years before `reference` the bounded date `value` lies, nearest and furthest;
    `None` for a date not yet past."""
    now = reference.toordinal()
    first, last = value.core.lo, value.core.hi + (0 if value.core.hi_open else 1)
    if last > now:
        return None
    return (now - last) / _YEAR_DAYS, (now - first) / _YEAR_DAYS


def founding_age(value: Value, reference: date, before: Sequence[str]) -> Value | None:
    """The age a founding date says on the day of the report: "built in 1968" read in
    October 2025 is 56.8 to 57.8 years, and meets "the 57-year-old bridge". Only a year (a
    birth at any precision): "opened on Monday" is an event, not an age."""
    if value.kind is not Kind.DATE or not _FOUNDING & set(before[:3]) or not value.core.bounded \
            or "off" in before[:2]:
        return None
    if value.granularity != "year" and "born" not in before[:3]:
        return None
    if (years := years_back(value, reference)) is None:
        return None
    lo, hi = years
    iv = Interval(round(lo, 2), round(hi, 2))
    return Value(kind=Kind.QUANTITY, text=value.text, core=iv, support=iv, unit="year",
                 dimension="age", granularity="year",
                 steps=(*value.steps, f"an age: {lo:.1f} to {hi:.1f} years on "
                        f"{reference.isoformat()}, "
                        f"{'from the date of birth' if 'born' in before[:3] else BEGAN}"))


BEGAN = "from the date it began"
"""The last step of a thing's age read from its founding ("built in 1968")."""


def founded_thing(value: Value | None) -> bool:
    """`value` is a thing's age read from when it was built, founded, opened: the age of no
    person, and as often described ("a 58-year-old apartment block") as named."""
    return value is not None and bool(value.steps) and value.steps[-1].endswith(BEGAN)


_FIRSTS = frozenset(("first", "worst", "best", "most", "least", "fewest", "biggest", "largest",
                     "highest", "lowest", "longest", "shortest", "strongest", "weakest",
                     "hottest", "coldest", "wettest", "fastest", "slowest", "greatest"))
"""The first or the most of its kind "in nine years": the last like it was nine years back
(superlatives in -iest, "deadliest", "heaviest", too)."""


def last_time(value: Value, reference: date, before: Sequence[str],
               clause: Sequence[str]) -> Value | None:
    """When it last happened, from "the first strike in nine years", "the worst outbreak in
    25 years": the report's day less the duration (as "the first since 2017" is 2017)."""
    if value.kind is not Kind.DURATION or value.unit != "day" or not value.core.bounded \
            or value.core.lo < 1 or not before or before[0] not in ("in", "for") \
            or not any(w in _FIRSTS or w.endswith("iest") for w in clause):
        return None  # "won her first gold in 10.71 seconds" is how long, not how long since
    now = reference.toordinal()
    core = Interval(now - value.core.hi, now - value.core.lo)
    support = Interval(now - value.support.hi, now - value.support.lo) \
        if value.support.bounded else core
    return Value(kind=Kind.DATE, text=value.text, core=core, support=support, unit="day",
                 dimension="date", granularity="year" if value.core.lo >= 300 else "day",
                 steps=(*value.steps, f"{LAST} {value.text}: "
                        f"{reference.isoformat()} less {value.text}"))


LAST = "the last time before the first in"
"""The last step of when something last happened, read from "the first in nine years"."""


def last_since(value: Value | None) -> bool:
    """`value` is when something last happened, read by `last_time`."""
    return value is not None and bool(value.steps) and value.steps[-1].startswith(LAST)


_INTERVAL = re.compile(
    r"(?:for\s+|over\s+|within\s+)?(?P<d>.+?)\s+(?:after|before|since|later than|earlier than|"
    r"following|prior to|ahead of)\s+\S", re.IGNORECASE)


MORE_UNITS = re.compile(r",?\s*(?:and\s+)?\d+\s*(?:h|hr|hrs|hours?|min|mins|minutes?|s|sec|secs|"
                         r"seconds?|days?|weeks?|months?)\b", re.IGNORECASE)


_SINCE = re.compile(r"(?:ever\s+)?(?:since|dating\s+back\s+to|as\s+far\s+back\s+as)\s+(?P<p>.+)",
                    re.IGNORECASE)


def since_point(phrase: str) -> str | None:
    """The point a "since" period starts at: "since January 2022" -> "January 2022". A state
    held since a date (detained, in operation, the first since) is measured by its start."""
    m = _SINCE.fullmatch(phrase.strip())
    return m.group("p") if m else None


def interval_reading(phrase: str) -> tuple[str, Value] | None:
    """The duration of "nine days after discovering the breach": the interval between two
    events is a measurement of its own, even where the events cannot be dated."""
    m = _INTERVAL.match(phrase)
    if m is None:
        return None
    try:
        value = normalize(m.group("d"))
    except ClaimdiffError:
        return None
    return (m.group("d"), value) if value.kind is Kind.DURATION else None


__all__ = ["BEGAN", "LAST", "MORE_UNITS", "age_reading", "founded_thing", "founding_age",
           "interval_reading", "last_since", "last_time", "role_age", "since_point",
           "temperature_difference", "years_back"]


_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:above|below|over|under|warmer|colder|hotter|cooler|higher|lower)\b", re.IGNORECASE)
_FAHRENHEIT = re.compile(r"(?:°|º|\bdeg(?:rees?|s)?\.?)?\s*(?:F|fahrenheit)\W*$",
                         re.IGNORECASE)
_FAHRENHEIT_ZERO = 160 / 9
"""0 °F less 32 °F, in °C: how far a Fahrenheit reading lies from its difference."""


def temperature_difference(value: Value, text: str, end: int) -> Value:
    """A temperature followed by "above", "below", "warmer", ... ("2.1C above the August
    average", "3.8F warmer than normal") is a difference of temperature, not a level: read
    in kelvins of difference (a Fahrenheit degree is 5/9 of one, with no offset), so "2.1C
    above" meets "3.8F above" and never the day's "31.4C"."""
    if value.dimension != "temperature" or not _DIFFERENCE_AFTER.match(text, end):
        return value
    shift = Interval.point(_FAHRENHEIT_ZERO if _FAHRENHEIT.search(value.text) else 0.0)
    return replace(value, core=value.core + shift, support=value.support + shift, unit="K",
                   dimension="temperature difference", steps=(
                       *value.steps, "a difference of temperature (above or below a level), "
                       "in kelvins"))
