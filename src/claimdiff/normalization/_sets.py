"""Recurrences (TIMEX3 `SET`): `every month`, `each summer`, `every other week`,
`annually`, `every morning`.

A set is not a date: it names no one interval of the calendar, so it gets a
kind of its own (`Kind.SET`). Its core and support are its period (the time
between two occurrences, in days) and its `timex` is the TIMEX3 SET value.
`compare_values` compares a set only with the same set.

TIMEX3 values (TimeML 1.2.1 SET; HeidelTime's set rules, the TempEval-3 gold): a
named part of the calendar that repeats takes the calendar pattern form
(`every Sunday` -> `XXXX-WXX-7`, `every summer` -> `XXXX-SU`, `every morning` ->
`XXXX-XX-XXTMO`), as does a recurrence adverb (`annually` -> `XXXX`, `daily` ->
`XXXX-XX-XX`); a unit counted with `every`, `each` or `once a` takes the duration
form (`every week`, `each week`, `once a week` -> `P1W`; `every two weeks` -> `P2W`).
`recurrence_key` tells when two of these values name one recurrence (`P1M`, `XXXX-XX`).
"""

from __future__ import annotations

import re

from claimdiff.normalization._calendar import DAYS_PER_UNIT
from claimdiff.normalization._context import Context
from claimdiff.normalization._dates import word
from claimdiff.normalization._durations import Amount, parse_number
from claimdiff.normalization._hedges import Hedge
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._temporal_en import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    WEEKDAYS,
)
from claimdiff.normalization._value import Kind, Value

# The calendar pattern of one period of each unit.
_PATTERN = {
    "second": "XXXX-XX-XXTXX:XX:XX", "minute": "XXXX-XX-XXTXX:XX", "hour": "XXXX-XX-XXTXX",
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}


def set_value(text: str, unit: str, count: float, timex: str, steps: list[str]) -> Value:
    """A recurrence every `count` `unit`s, with its TIMEX3 SET value."""
    period = Interval.point(count * DAYS_PER_UNIT[unit])
    return Value(kind=Kind.SET, text=text, core=period, support=period, unit="day",
                 dimension="set", granularity=unit, timex=timex, steps=tuple(steps))


def recurrence_key(value: Value) -> str:
    """The SET value with one period of a unit written one way: `XXXX-XX` (`monthly`) and
    `P1M` (`every month`) name the same recurrence."""
    timex = value.timex or ""
    for unit, pattern in _PATTERN.items():
        if timex == pattern:
            return "P" + Amount(Interval.point(1), Interval.point(1), unit, 1, Hedge.BARE).timex
    return timex


def _unit(raw: str) -> str:
    raw = raw.lower()
    if raw == "centuries":
        return "century"
    return raw.removesuffix("s")  # no unit's singular ends in "s"


def resolve_set(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`every month`, `each Sunday`, `every other week`, `every 2 years`, `annually`."""
    adverb = word(m, "adverb")
    if adverb is not None:
        unit = SET_ADVERBS[adverb]
        if unit == "night":
            return set_value(text, "day", 1, "XXXX-XX-XXTNI", [f"'{adverb}': every night"])
        return set_value(text, unit, 1, _PATTERN[unit], [f"'{adverb}': every {unit}"])
    count = 2.0 if m["other"] else 1.0
    if m["snum"]:
        number = parse_number(m["snum"])
        if number is None or number < 1 or number != int(number):
            return None
        count = number
    pod, wd, mon, season = word(m, "spod"), word(m, "swd"), word(m, "smon"), word(m, "sseason")
    if pod or wd or mon or season:
        if count != 1:
            return None  # "every two Sundays": no TIMEX3 value says it
        if pod:
            return set_value(text, "day", 1, f"XXXX-XX-XXT{PARTS_OF_DAY[pod]}",
                             [f"every {pod}: a part of every day"])
        if wd:
            return set_value(text, "week", 1, f"XXXX-WXX-{WEEKDAYS[wd] + 1}",
                             [f"every {wd}: one day of every week"])
        if mon:
            return set_value(text, "year", 1, f"XXXX-{MONTHS[mon]:02d}",
                             [f"every {mon}: one month of every year"])
        assert season is not None
        code = SEASONS[season.removesuffix("s")]
        return set_value(text, "year", 1, f"XXXX-{code}", [f"every {season}: once a year"])
    unit = _unit(m["sunit"])
    if unit == "weekend":
        if count != 1:
            return None
        return set_value(text, "week", 1, _PATTERN["weekend"], ["every weekend"])
    amount = Amount(Interval.point(count), Interval.point(count), unit, count, Hedge.BARE)
    return set_value(text, unit, count, "P" + amount.timex,
                     [f"every {count:g} {unit}s: no calendar pattern, the duration form"])


_TIMES = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a dozen": 12}
_FREQUENCY = re.compile(
    rf"(?:(?P<n>{'|'.join(_TIMES)}|\d{{1,3}})\s+(?:times?\s+)?"
    r"|(?P<word>[a-z]+(?:-[a-z]+)?)\s+times\s+)(?:a|an|per|each|every)\s+"
    r"(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade)", re.IGNORECASE)
_PLURAL_DAYS = re.compile(
    rf"(?:on\s+)?(?P<wd>{'|'.join(w for w in WEEKDAYS if len(w) > 3 and '.' not in w)})"
    r"(?:s|\s+(?P<pod>morning|afternoon|evening|night)s)"
    r"|(?:on\s+|at\s+)?(?:the\s+)?(?P<we>weekends)", re.IGNORECASE)


def read_frequency(text: str) -> Value | None:
    """`twice a week`, `three times a year`, `once a month`: a set whose period is the unit
    over the count, TIMEX3 value the unit (`P1W`; TimeML puts the count in `freq`, "2X");
    `on Sundays`, `weekends`: every Sunday, every weekend; `Monday nights`: every Monday
    night."""
    phrase = text.strip()
    if m := _FREQUENCY.fullmatch(phrase):
        if m["word"]:  # "twelve times a day", "twenty-four times a year"
            number = parse_number(m["word"])
            if number is None or number != int(number):
                return None
            n = int(number)
        else:
            n = _TIMES.get(m["n"].lower()) or int(m["n"])
        unit = m["unit"].lower()
        if n < 1:
            return None
        if n == 1:  # "once a week" is "every week"
            return set_value(phrase, unit, 1, "P" + Amount(
                Interval.point(1), Interval.point(1), unit, 1, Hedge.BARE).timex,
                [f"once every {unit}"])
        return set_value(phrase, unit, 1 / n, "P" + Amount(
            Interval.point(1), Interval.point(1), unit, 1, Hedge.BARE).timex,
            [f"{n} times every {unit}: a period of 1/{n} {unit} (TimeML freq {n}X)"])
    if m := _PLURAL_DAYS.fullmatch(phrase):
        if m["we"]:
            return set_value(phrase, "week", 1, _PATTERN["weekend"], ["weekends: every weekend"])
        wd, pod = m["wd"].lower(), (m["pod"] or "").lower()
        if pod:  # "Monday nights": TimeML's XXXX-WXX-1TNI
            return set_value(phrase, "week", 1,
                             f"XXXX-WXX-{WEEKDAYS[wd] + 1}T{PARTS_OF_DAY[pod]}",
                             [f"{wd} {pod}s: a part of one day of every week"])
        return set_value(phrase, "week", 1, f"XXXX-WXX-{WEEKDAYS[wd] + 1}",
                         [f"{wd}s: one day of every week"])
    return None
