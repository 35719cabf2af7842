"""A second reading of a value in the dimension another report may give it in.

Two reports measure one thing in different dimensions: "for nine years" and "since
2017", "a four-year term" and "will serve until 2030", "1 in 3,000" and "0.03 per cent",
"1.6 million tonnes of 4.2 million" and "nearly two-fifths", "fifteen-fold" and "1,400%",
"on the 12th" and "March 12". The grammar around the value says which second reading it
has (`bridge`): a span between a date and the report's day, the date an age was read from,
a share as a percent, a day of the month as a date. Pairing and comparison use it only
against a value of that dimension (`_facing`), so a difference is still a conflict.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.measure._fraction_share import fraction_share
from claimdiff.measure._in_span import in_span
from claimdiff.measure._phrases import founded_thing, since_point
from claimdiff.measure._spans import lasting
from claimdiff.normalization import Interval, Kind, Value, normalize
from claimdiff.normalization._rates import spelled_out

_YEAR_DAYS = 365.25

_ENDS = re.compile(
    r"(?i)(?:\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?$|"
    r"\b(?:laps|expir|end|run\s+out|terminat|conclud|matur)\w*\s+(?:in|on|at)\s+$)")
"""Words before a date a state ends at: "serve until 2030", "due to lapse in 2029", bonds
"maturing in 2033"."""
_STARTS = re.compile(
    r"(?i)\b(?:since|(?:began|begun|begin|begins|started|starts|start|commenced|launched)"
    r"\s+(?:in|on))\s+$")
"""Words before a date a state (still lasting) began at: "an investigation that began in
February", "since 2017"."""
_SINCE = re.compile(r"(?i)\bsince\s+$")
_PERFECT = re.compile(r"(?i)\b(?:has|have|had|'s|'ve)\s+(?:\w+\s+){0,5}\w+(?:ed|en|wn|t)\b")
"""A state held "since" a date is said in the perfect ("has collected tickets since
2017"); "down 18% since July" dates a change, not a state."""
_FIRST = re.compile(r"(?i)\b(?:first|worst|best|biggest|largest|highest|lowest|\w{3,}iest)\b"
                    r"(?:\s+\w+){0,3}\s+since\s+$")
"""The first or the most of its kind "since 1998": the gap since the last like it lasts up
to now ("their first title since 2019" and "fans who waited seven years")."""
_STARTED = re.compile(r"(?i)^since\s")
TO_NOW = "up to the report's day"
"""The mark of a length read from a state's start: it lasts up to now, never runs on."""
FROM_NOW = "from the report's day"
"""The mark of a length read from a date a state ends at."""
SIZE = "the size of the change, as a percentage"
"""The mark of a change's size: no level, so never one a multiple states ("1.4 times")."""
AMOUNT = "the amount of a rate, without what it is per"
"""The mark of a rate's bare amount ("$84 a barrel" as $84), for a report that gives the
figure without its unit: it measures what the rate measures."""
TERM = "an agreed term"
"""The mark of a length agreed for a term ("a five-year contract"), read by `compare`."""
_PREPOSITION = re.compile(r"(?i)(?:in|on|at|until|till|through|from|by|to)\s+")
_ONE_IN = re.compile(r"(?i)\b(?:1|one|a)\s+in\s+$")
""""1 in 3,000": a chance, the share 1/3,000."""
_OF_TOTAL = re.compile(
    r"(?i)\s+(?:out\s+)?of\s+(?:a\s+total\s+of\s+|the\s+|an?\s+)?(?:total\s+)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand|bn|m|k)\b)?)(?![\d%])"
    r"(?!\s*(?:per\s*cent|percent|%))")
"""A part of a total: "1.6 million tonnes of 4.2 million", "12 of the 40 seats"."""
_OF_WHICH = re.compile(
    r"(?i)(?P<n>\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand|bn|m|k)\b)?)(?![\d%])"
    r"(?:\s+\w+){0,4},?\s+of\s+(?:which|whom|them|these|those|this|that)\b(?:[^.;:]|\.\d)*$")
"""A part in a clause on a total before it: "reached 4.2 million tonnes in 2025, of which
Drasnia supplied 1.6 million tonnes"."""
_NUMBER = re.compile(
    r"(?i)\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand|bn|m|k)\b)?")
_OF_A_UNIT = re.compile(
    r"(?i)\s+of\s+(?:a|an|one)\s+(second|minute|hour|day|week|month|year|decade|century|"
    r"mile|kilometre|kilometer|metre|meter|foot|inch|yard|tonne|ton|kilogram|pound|litre|"
    r"liter|gallon)\b")
"""A fraction of one unit: "four-tenths of a second", "a third of a mile"."""
_DAY = re.compile(r"(?i)^(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")
_NOUN_AFTER = re.compile(r"\s*(?:-|[A-Za-z])")


def _days(lo: float, hi: float, steps: tuple[str, ...], text: str, grain: str) -> Value:
    iv = Interval(round(max(lo, 0.0), 3), round(max(hi, lo, 0.0), 3))
    return Value(kind=Kind.DURATION, text=text, core=iv, support=iv, unit="day",
                 dimension="time", granularity=grain, steps=steps)


def _period(v: Value) -> tuple[float, float] | None:
    """The first and the day after the last day of the period a date names, for an open
    "until 2030" the year of its end."""
    hi = v.core.hi
    if v.core.hi == float("inf"):
        return None
    last = date.fromordinal(int(hi))
    if v.granularity == "year":
        first = date(last.year, 1, 1)
    elif v.granularity == "month":
        first = date(last.year, last.month, 1)
    elif v.core.bounded:
        first = date.fromordinal(int(v.core.lo))
    else:
        return None
    return float(first.toordinal()), hi + (0 if v.core.hi_open else 1)


def _span(value: Value, before: str, reference: date | None) -> Value | None:
    """A date a still lasting state began at, or a state ends at, as its length to or from
    the report's day: "began in February" read on 19 October is 7.6 to 8.6 months."""
    if reference is None or value.kind is not Kind.DATE or value.granularity not in (
            "year", "month", "day"):
        return None
    now = float(reference.toordinal())
    start = bool(_STARTS.search(before) or _STARTED.match(value.text)) and (
        not _SINCE.search(before) or bool(_PERFECT.search(before) or _FIRST.search(before)))
    end = not start and bool(_ENDS.search(before) or value.text.lower().startswith(
        ("until ", "till ", "through ")))
    period = _period(value)
    if period is None or not (start or end):
        return None
    first, after = period
    if start and after <= now:
        lo, hi = now - after, now - first
        how = f"from {value.text!r} {TO_NOW}, {reference.isoformat()}"
    elif end and first > now:
        lo, hi = first - now, after - now
        how = f"{FROM_NOW}, {reference.isoformat()}, to {value.text!r}"
    else:
        return None
    return _days(lo, hi, (*value.steps, f"the length of a state {how}: "
                          f"{lo / _YEAR_DAYS:.1f} to {hi / _YEAR_DAYS:.1f} years"),
                 value.text, value.granularity)


def _number(s: str) -> float | None:
    try:
        v = normalize(s)
    except ClaimdiffError:
        return None
    return (v.core.lo + v.core.hi) / 2 if v.core.bounded else None


def _percent(lo: float, hi: float, slo: float, shi: float, text: str, how: str) -> Value:
    def r(x: float) -> float:
        return float(f"{x:.6g}")  # significant digits: "1 in 140 million" is 7.1e-07 %
    return Value(kind=Kind.QUANTITY, text=text, core=Interval(r(lo), r(hi)),
                 support=Interval(r(min(slo, lo)), r(max(shi, hi))), unit="%",
                 dimension="percent", steps=(how,))


def _share(value: Value, phrase: str, text: str, where: tuple[int, int]) -> Value | None:
    """A share written as a ratio, "one in N", "X of Y" or "N-fold", as a percent."""
    if value.kind is not Kind.QUANTITY or not value.core.bounded:
        return None
    lo, hi = value.core.lo, value.core.hi
    if value.dimension == "ratio" and lo >= 1:  # "up fifteen-fold" is a rise of 1,400%
        return _percent((lo - 1) * 100, (hi - 1) * 100, (lo - 1) * 100, hi * 100, phrase,
                        f"{phrase!r}: a multiple of {lo:g} to {hi:g}, a rise of "
                        f"{(lo - 1) * 100:g}% to {(hi - 1) * 100:g}% (or {hi * 100:g}% of the "
                        f"level before)")
    if value.dimension == "percent":
        return _of_a_unit(value, phrase, text, where)
    if _ONE_IN.search(text, max(0, where[0] - 8), where[0]) and lo > 1:
        return _percent(100 / hi, 100 / lo, 100 / hi, 100 / lo, phrase,
                        f"1 in {phrase}: a share of {100 / hi:.4g}% to {100 / lo:.4g}%")
    total = _OF_TOTAL.match(text, where[1]) or _OF_WHICH.search(
        text, max(0, text.rfind(". ", 0, where[0]) + 1), where[0])
    part = _NUMBER.search(phrase)
    if total is None or part is None:
        return None
    x, y = _number(part.group()), _number(total.group("n"))
    if x is None or y is None or not 0 < x < y:
        return None
    share = x / y * 100
    return _percent(share, share, share * 0.97, share * 1.03, phrase,
                    f"{phrase!r} of {total.group('n')}: a share of {share:.1f}%")


def _of_a_unit(value: Value, phrase: str, text: str, where: tuple[int, int]) -> Value | None:
    """A fraction "of a second", "of a mile": that share of one unit, as a measure of it
    ("four-tenths of a second" is 0.4 seconds)."""
    m = _OF_A_UNIT.match(text, where[1])
    if m is None:
        return None
    try:
        one = normalize(f"1 {m.group(1)}")
    except ClaimdiffError:
        return None
    if not one.core.bounded or one.kind not in (Kind.DURATION, Kind.QUANTITY):
        return None
    unit = (one.core.lo + one.core.hi) / 2 / 100
    core, sup = value.core, value.support
    return replace(one, text=phrase, core=Interval(core.lo * unit, core.hi * unit),
                   support=Interval(sup.lo * unit, sup.hi * unit), steps=(
                       *value.steps, f"{phrase!r} of a {m.group(1)}: that share of one"))


def _day_of_month(value: Value, phrase: str, text: str, where: tuple[int, int],
                  reference: date | None) -> Value | None:
    """"on the 12th", with no noun after it: a day of the report's month."""
    said = _DAY.match(phrase.strip())
    if value.dimension != "ordinal" or reference is None or said is None \
            or _NOUN_AFTER.match(text, where[1]):
        return None
    if not re.search(r"(?i)\b(?:on|by|from|until|the)\s+$", text[max(0, where[0] - 8):where[0]]):
        return None
    try:
        day = date(reference.year, reference.month, int(said.group(1)))
    except ValueError:
        return None
    iv = Interval.point(float(day.toordinal()))
    return Value(kind=Kind.DATE, text=phrase, core=iv, support=iv, unit="day", dimension="date",
                 granularity="day", steps=(f"{phrase!r} with no noun: a day of the report's "
                                          f"month, {day.isoformat()}",))


def change_size(value: Value) -> Value | None:
    """A change by a percentage set against its base ("62% below the long-term average") as
    the size of the change, a plain percentage: how "fell 60%" is drafted."""
    core, support = value.core, value.support
    if value.dimension != "change:percent" or (core.lo < 0 < core.hi):
        return None
    if core.hi <= 0:  # a fall: its size is the figure as written
        core, support = _negated(core), _negated(support)
    if support.lo < 0:
        support = Interval(0.0, support.hi, False, support.hi_open)
    return replace(value, unit="%", dimension="percent", core=core, support=support,
                   steps=(*value.steps, SIZE))


def _negated(iv: Interval) -> Interval:
    return Interval(-iv.hi, -iv.lo, iv.hi_open, iv.lo_open)


def bridge(value: Value, plain: Value, phrase: str, text: str, where: tuple[int, int],
           reference: date | None) -> Value | None:
    """The second reading of `value` (read from `plain`, the phrase's own reading), in the
    dimension a counterpart may use, or `None`: a state's age as its length, a thing's age
    as the date it began, a date a state began or ends at as its length from or to the
    report's day, a share as a percent, a day of the month as a date, "a quarter" as a share
    (`fraction_share`), "in under 90 seconds" as the time it took (`in_span`)."""
    if lasting(value):  # "has led it since 2011": a length of so many years
        return _days(value.core.lo * _YEAR_DAYS, value.core.hi * _YEAR_DAYS, (
            *value.steps, f"the state's length, {TO_NOW}"), value.text, "year")
    if founded_thing(value) and plain.kind is Kind.DATE:  # "built in 1968": the year too
        return plain
    before = text[max(0, where[0] - 40):where[0]]
    if value.kind is Kind.DATE and since_point(phrase) is not None:
        before = f"{before} since "
    elif (prep := _PREPOSITION.match(phrase)) is not None:  # "lapse" + "in 2029"
        before = f"{before}{prep.group()}"
    return (_span(value, before, reference) or _share(value, phrase, text, where)
            or _day_of_month(value, phrase, text, where, reference) or _side(value)
            or _amount(value, phrase) or in_span(value, phrase)
            or fraction_share(value, phrase, text[max(0, where[0] - 40):where[0]]))


_RATE = re.compile(r"(?i)^(?P<head>.+?)(?:\s*/\s*|\s+(?:an?|per|each)\s+)[\w\s.-]+$")


def _amount(value: Value, phrase: str) -> Value | None:
    """A rate of money or of a unit of measure ("£2 a week", "$84 a barrel", "4 Mtpa") as
    the amount it states, in the amount's own dimension."""
    said = spelled_out(phrase.strip())  # "4 Mtpa": its amount from "4 Mt a year"
    if value.kind is not Kind.QUANTITY or "/" not in value.dimension \
            or value.dimension == "speed" or (m := _RATE.match(said)) is None:
        return None
    try:
        head = normalize(m.group("head"))
    except (ClaimdiffError, ValueError, ArithmeticError):
        return None
    if head.dimension != value.dimension.split("/")[0]:
        return None
    return replace(head, text=phrase, steps=(*head.steps, AMOUNT))


def _side(value: Value) -> Value | None:
    """A final score or tally as a count of its first side ("passed by 214 votes to 187" and
    "214 deputies backed it"), its sides kept: `compare` reads a count against a score's
    sides, agreeing with either and in conflict with neither."""
    if value.sides is None or value.dimension != "score":
        return None
    first = Interval.point(float(value.sides[0]))
    return replace(value, core=first, support=first, dimension="count", steps=(
        *value.steps, f"its first side, {value.sides[0]}, as a count"))


__all__ = ["AMOUNT", "FROM_NOW", "SIZE", "TERM", "TO_NOW", "bridge", "change_size"]
