"""Resolvers for durations: `six weeks`, `the 44-day war`, `almost nine months`,
`eight months and three weeks`, `the past several months`, `recent weeks`.

An amount `n` of a written unit is read with `hedge_interval` at granularity
one unit (half a unit for halves, the last decimal for decimals), then scaled
to days. Vague amounts (`several`, `a few`) take the ranges in the lexicon.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import text2num

from claimdiff.normalization._calendar import DAYS_PER_UNIT
from claimdiff.normalization._context import Context
from claimdiff.normalization._dates import word
from claimdiff.normalization._hedges import Hedge, granularity, hedge_interval
from claimdiff.normalization._interval import INF, Interval
from claimdiff.normalization._temporal_en import (
    FRACTIONS,
    HEDGES,
    SPECIAL_NUMBERS,
    SUFFIX_HEDGES,
    UNITS,
    VAGUE_NUMBERS,
)
from claimdiff.normalization._value import Kind, Value

# TIMEX3 designators; units of a day or less are written after `T`.
_DESIGNATOR = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
               "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
               "millennium": "ML", "fortnight": "W"}


@dataclass(frozen=True)
class Amount:
    """An amount of one unit: core and support in that unit, before scaling to days."""

    core: Interval
    support: Interval
    unit: str
    number: float | None
    """The number as read (`None` when vague: `several`)."""
    hedge: Hedge

    @property
    def timex(self) -> str:
        """The TIMEX3 duration part: `9M`, `T24H`, `XD`, `3DE`."""
        designator = _DESIGNATOR[self.unit]
        n = self.number
        if self.unit == "fortnight" and n is not None:
            n = 2 * n
        if self.unit == "decade" and n == 1:
            return "10Y"  # "a decade" is ten years (the TempEval-3 gold reads it so)
        text = "X" if n is None else f"{n:g}"
        return f"T{text}{designator[1]}" if designator.startswith("T") else text + designator


def parse_number(raw: str) -> float | None:
    """A written number: digits, `forty-four`, `a`, `a dozen`; `None` if unreadable."""
    key = re.sub(r"\s+", " ", raw.lower().strip())
    if key in SPECIAL_NUMBERS:
        return SPECIAL_NUMBERS[key]
    if re.fullmatch(r"[\d,.]+", key):
        try:
            return float(key.replace(",", ""))
        except ValueError:
            return None
    from claimdiff.normalization._numbers import misplaced_and

    if misplaced_and(key):
        return None  # "ninety and one quarters": no number
    try:
        return float(text2num(key.replace(" and ", " "), "en"))
    except ValueError:
        try:
            return float(text2num(key, "en"))
        except ValueError:
            return None


def read_amount(m: re.Match[str], p: str) -> Amount | None:
    """The amount matched by the duration pattern with group prefix `p`."""
    raw = word(m, p + "num") or ""
    unit = UNITS[word(m, p + "unit") or ""]
    hedge = HEDGES.get(word(m, p + "hedge") or "", Hedge.BARE)
    suffix = word(m, p + "shedge")
    if suffix:
        hedge = SUFFIX_HEDGES[suffix]
    if raw in VAGUE_NUMBERS:
        clo, chi, slo, shi = VAGUE_NUMBERS[raw]
        core, support = _hedged_vague(clo, chi, slo, INF if shi >= 1e6 else shi, hedge)
        return Amount(core, support, unit, None, hedge)
    n = parse_number(raw)
    if n is None or n <= 0:
        return None
    u = 1.0
    if part := m.group(p + "half") or m.group(p + "half2"):
        u = _and_part(part)
        n += u * (2 if " two " in part.lower() else 3 if " three " in part.lower() else 1)
    elif "." in raw:
        u = granularity(raw)
    # One unit or less ("a year", "half a month") is no rounded count of units: read it
    # at half its amount, so "almost a year" is 9-12 months, not 6-12.
    u = min(u, n / 2) if n <= 1 else u
    core, support = hedge_interval(n, u, hedge)
    return Amount(core, support, unit, n, hedge)


def _and_part(text: str) -> float:
    """The unit's share that " and a half", " and three quarters" adds, per part named."""
    last = text.split()[-1].lower()
    return 0.5 if last == "half" else 0.25 if last.startswith("quarter") else 1 / 3


def _hedged_vague(clo: float, chi: float, slo: float, shi: float,
                  hedge: Hedge) -> tuple[Interval, Interval]:
    """A hedge on a vague amount ("less than a couple of days", "more than a few
    weeks") moves it below or above the amount's own range, as for a number."""
    if hedge in (Hedge.LESS_THAN, Hedge.ALMOST):
        return Interval(0, clo, hi_open=True), Interval(0, chi, hi_open=True)
    if hedge is Hedge.AT_MOST:
        return Interval(0, chi), Interval(0, shi)
    if hedge is Hedge.MORE_THAN:
        return Interval(chi, max(shi, chi + 1), lo_open=True), Interval(clo, INF, lo_open=True)
    if hedge is Hedge.AT_LEAST:
        return Interval(clo, chi), Interval(clo, INF)
    return Interval(clo, chi), Interval(slo, shi)


def amounts_of(m: re.Match[str]) -> list[Amount] | None:
    """The one or two amounts of a `durations` match."""
    first = read_amount(m, "a_")
    if first is None:
        return None
    if "b_unit" not in m.re.groupindex or m.group("b_unit") is None:
        return [first]
    second = read_amount(m, "b_")
    if second is None:
        return None
    if first.number is not None and first.hedge is Hedge.BARE \
            and DAYS_PER_UNIT[first.unit] > DAYS_PER_UNIT[second.unit]:
        # "ten hours and thirty minutes": a finer part says the coarser one is not
        # rounded (as `_compound` reads "10 hours 30 minutes").
        exact = Interval.point(first.number)
        first = Amount(exact, exact, first.unit, first.number, first.hedge)
    return [first, second]


def duration_value(text: str, amounts: list[Amount], steps: list[str]) -> Value:
    """The sum of `amounts` as a duration in days."""
    core = support = None
    for a in amounts:
        factor = DAYS_PER_UNIT[a.unit]
        c, s = a.core.scale(factor), a.support.scale(factor)
        core = c if core is None else core + c
        support = s if support is None else support + s
        steps.append(f"{a.number if a.number is not None else 'vague'} {a.unit}(s), "
                     f"{a.hedge.value}: core {a.core} {a.unit}s")
    assert core is not None and support is not None
    timex = "P" + "".join(a.timex for a in amounts)
    if timex.count("T") > 1:  # "PT2H" + "T30M" -> "PT2H30M"
        head, tail = timex.split("T", 1)
        timex = head + "T" + tail.replace("T", "")
    return Value(kind=Kind.DURATION, text=text, core=core, support=support, unit="day",
                 dimension="time", mod=amounts[0].hedge.timex_mod,
                 granularity=amounts[-1].unit, timex=timex, steps=tuple(steps))


def resolve_duration(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`six weeks`, `almost nine months`, `eight months and three weeks`."""
    amounts = amounts_of(m)
    if amounts is None:
        return None
    if amounts[0].unit == "second" and (word(m, "a_num") or "") in ("a", "an"):
        return None  # "a second" is nearly always the ordinal
    return duration_value(text, amounts, [])


_SMALLER = {"century": ("year", 100), "millennium": ("year", 1000), "decade": ("year", 10),
            "year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60)}


def resolve_fraction(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`a quarter century`, `a quarter of a century`, `a quarter hour`: the fraction
    said in the next smaller unit (25 years, `P25Y`). Like any amount of one unit
    or less, it is read at half its amount."""
    unit = UNITS[word(m, "funit") or ""]
    if unit not in _SMALLER:
        return None
    small, per = _SMALLER[unit]
    n = FRACTIONS[word(m, "frac") or ""] * per
    hedge = HEDGES.get(word(m, "hedge") or "", Hedge.BARE)
    core, support = hedge_interval(n, n / 2, hedge)
    amount = Amount(core, support, small, n, hedge)
    return duration_value(text, [amount], [f"a {word(m, 'frac')} {unit} = {n:g} {small}s"])


def resolve_span(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the past two years`, `the next few months`: the length of that span."""
    amounts = amounts_of(m)
    if amounts is None:
        return None
    return duration_value(text, amounts, [f"'{word(m, 'span')}': a span of that length"])


def resolve_hms(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`3:07:35`: hours, minutes and seconds, as a race time (to the second)."""
    h, mi, s = int(m["h"]), int(m["mi"]), int(m["s"])
    seconds = 3600 * h + 60 * mi + s
    core = Interval.around(seconds, 0.5).scale(DAYS_PER_UNIT["second"])
    parts = "".join(f"{n}{d}" for n, d in ((h, "H"), (mi, "M"), (s, "S")) if n)
    return Value(kind=Kind.DURATION, text=text, core=core, support=core, unit="day",
                 dimension="time", granularity="second", timex=f"PT{parts}",
                 steps=(f"h:mm:ss = {seconds} seconds",))


def resolve_bare(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`days`, `recent weeks`, `years`: an unspecified number of units (`PXD`)."""
    unit = UNITS[(word(m, "bunit") or "").removesuffix("s").replace("centurie", "century")]
    amount = Amount(Interval(2, 6), Interval(1, INF), unit, None, Hedge.BARE)
    return duration_value(text, [amount], ["a plural unit without a number: 2-6 units"])


def amount_in_units(value: Value) -> tuple[Interval, Interval, str]:
    """A duration's core and support in its written unit when that is a
    calendar unit (so anchors can add calendar months), else in days."""
    unit = value.granularity if value.granularity in DAYS_PER_UNIT else "day"
    if not re.fullmatch(r"PT?[\dX.]+[A-Z]+", value.timex or ""):
        unit = "day"  # mixed units ("eight months and three weeks"): add as days
    factor = DAYS_PER_UNIT[unit]
    if math.isclose(factor, 1.0):
        return value.core, value.support, "day"
    return value.core.scale(1 / factor), value.support.scale(1 / factor), unit
