"""Quantities: "almost 6,500 dead", "$1.5 billion", "12.7 km" as fuzzy values.

`parse_quantity` reads a whole phrase; `scan_quantities` finds every quantity
in running text. Both share one reader (`_quantity_read`), so a phrase reads
the same alone and in a sentence. Conventions (see docs/normalization.md):

* Numbers are read at their granularity `u` (`_hedges.granularity` times the
  scale word), and hedges widen them by the rules of `_hedges.hedge_interval`,
  applied in the written unit and then converted to the canonical unit.
* Ranges "a to b", "a-b", "between a and b", "from a to b": core `[a, b]`,
  support widened by `u/2` at each end.
* Vague amounts ("dozens of", "thousands of", "a few") use fixed conventional
  intervals from `_quantity_en.VAGUE_FIXED` and `_quantity_interval`.
* Counts (dimension `count`) are whole numbers: each interval is narrowed to
  the integers it holds ("more than 10 people" is at least 11), unless the
  number is written with a fraction or a sign, or the interval holds no integer.
* "2m" is two metres unless a currency sign comes first ("$2m", "€20m"): then
  it is two million.
* Years (a bare 4-digit 1000-2100), clock times, days of the month, ordinals
  and names with numbers ("Game 2", "COVID-19") are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization import _quantity_grammar as g
from claimdiff.normalization._casefold import fold_case_variants
from claimdiff.normalization._clock_en import names_a_time
from claimdiff.normalization._hedges import Hedge
from claimdiff.normalization._quantity_filters import not_a_quantity
from claimdiff.normalization._quantity_interval import (
    affine,
    interval_of,
    range_duration,
    show_interval,
    whole_counts,
)
from claimdiff.normalization._quantity_join import join_readings
from claimdiff.normalization._quantity_read import Reading, read_at
from claimdiff.normalization._units_en import AMBIGUOUS_UNITS, BARE_DEGREES
from claimdiff.normalization._value import Kind, Value

__all__ = ["parse_quantity", "scan_quantities", "read_quantities"]

_RULES: dict[Hedge, str] = {
    Hedge.BARE: "BARE → core n ± min(u/2, 0.05n), support n ± u/2",
    Hedge.EXACT: "EXACT → n ± u/2",
    Hedge.APPROX: "APPROX → core n ± w₁, support n ± w₂, w_k = max(u/2, min(kρn, ks)), "
                  "s the figure's step",
    Hedge.ALMOST: "ALMOST → core [n − min(w₁, n/4), n), support [n − min(max(u, w₂), n/2), n]",
    Hedge.MORE_THAN: "MORE_THAN → core (n, n + u], support (n, ∞)",
    Hedge.LESS_THAN: "LESS_THAN → core [n − u, n), support [0, n)",
    Hedge.AT_LEAST: "AT_LEAST → core [n, n + u], support [n, ∞)",
    Hedge.AT_MOST: "AT_MOST → core [n − u, n], support [0, n]",
    Hedge.ODD: "ODD → core (n, n + u), support [n, n + u]",
}


def parse_quantity(text: str) -> Value | None:
    """The quantity a whole phrase states, or `None` when the phrase is not (only) a quantity.

    Never a guess: a phrase with digits or number words that cannot be read in
    full ("12,7OO", "2,000 soldiers and 30 tanks") gives `None`.
    """
    phrase = text.strip().rstrip(".,;:")
    of = _MEASURE_OF.fullmatch(phrase)
    if of is not None:
        # "two pounds of meat", "500g of strawberries": a measure of a product.
        head = parse_quantity(of["head"])
        if head is not None and head.unit and head.kind is Kind.QUANTITY \
                and head.dimension != "time" and not head.dimension.startswith("currency"):
            # (a time is no measure of a product: "two weeks of June" is a part of June)
            return replace(head, text=phrase, noun=of["product"])
    one = _A_UNIT.fullmatch(phrase)
    if one is not None and _is_unit(one["unit"]):
        phrase = "1 " + one["unit"]  # "a liter", "an ml": one of the unit
    # "a 2,000-strong force", "the 6,500 dead": an article before the number is not read.
    if phrase[:1] in "-−":
        phrase = _SIGN_APART.sub(r"\1", phrase)  # "- 2 degrees": a sign set apart
    article = re.match(r"(?:an?|the)\s+(?=[\d$€£~])", phrase, re.IGNORECASE)
    if article:
        phrase = phrase[article.end():]
    readings = list(read_quantities(phrase, phrase=True))
    if phrase[-3:].lower() == " of" and (dangling := _DANGLING_OF.fullmatch(phrase)):
        # "a dozen of", as "a couple of": a partitive "of" whose noun is left out
        count = parse_quantity(dangling["amount"])
        if count is not None and count.dimension == "count" and count.noun is None:
            return replace(count, text=phrase)
    whole = len(readings) == 1 and (readings[0][0].start, readings[0][0].end) == (0, len(phrase))
    if not whole and (after := _CURRENCY_FIRST.fullmatch(phrase)) is not None:
        # "ringgit 42", "Malaysian ringgit 42": a currency named before its amount
        money = parse_quantity(f"{after['n']} {after['cur']}")
        if money is not None and money.dimension.startswith("currency:"):
            return replace(money, text=phrase)
    if len(readings) != 1:
        return None
    r, value = readings[0]
    if r.start != 0 or r.end != len(phrase):
        return None
    if r.noun is not None and not_a_noun(r.noun):
        return None  # "three zorbly weeks", "more than ten and at most twenty": half-read
    if r.noun is not None and names_a_time(phrase):
        return None  # "7 AM zorbly", "14 July zorbly": a time, half-read as a count
    if r.noun is not None and len(r.numbers) == 1 and _year_before_singular(phrase, r.noun):
        return None  # "the 2012 season": a year naming something, not 2,012 seasons
    return value


_MEASURE_OF = re.compile(r"(?P<head>.+?\d.*?|.+?)\s+of\s+(?:the\s+)?"
                         r"(?P<product>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})")
_SIGN_APART = re.compile(r"^([-−])\s+(?=\d)")
_DANGLING_OF = re.compile(r"(?P<amount>.+?)\s+of", re.IGNORECASE)
_CURRENCY_FIRST = re.compile(r"(?P<cur>[A-Za-z][A-Za-z ]*?)\s+(?P<n>\d[\d,.]*(?:\s+[a-z]+)?)")
_A_UNIT = re.compile(r"an?\s+(?P<unit>[^\d\s][^\d]*)", re.IGNORECASE)


def _is_unit(word: str) -> bool:
    from claimdiff.normalization._units import lookup

    return lookup(word) is not None or word.lower() in en.CURRENCY_WORDS


def _year_before_singular(phrase: str, noun: str) -> bool:
    low = noun.lower()
    singular = not low.endswith("s") and low not in en.IRREGULAR_PLURALS
    return singular and re.match(r"(?:1\d|20|21)\d\d(?!\d|,)", phrase) is not None


def not_a_noun(word: str) -> bool:
    """Whether a word taken as the counted noun is one the reader should have read
    itself: a unit, currency or percent word, a number word or a hedge word."""
    from claimdiff.normalization._fractions import DENOMINATORS
    from claimdiff.normalization._hedges import PREFIX_HEDGES_EN
    from claimdiff.normalization._numbers import read_words
    from claimdiff.normalization._units import lookup

    low = word.lower()
    if low.rsplit(None, 1)[-1:] in (["noon"], ["midnight"], ["midday"]):
        return True  # "12 zqbbb noon": a clock time half-read, never 12 noons
    if low in en.CURRENCY_WORDS or low in en.CURRENCY_CENTS or low in en.PERCENT_WORDS:
        return True
    if low in PREFIX_HEDGES_EN or low in en.MONTHS or lookup(word) is not None:
        return True
    if low in DENOMINATORS:
        return True  # "two thirds" is a fraction, not two things called thirds
    from claimdiff.normalization._temporal_en import ORDINAL_WORDS

    if low in ORDINAL_WORDS and low != "second":
        return True  # "thirty first" is an ordinal, not thirty things called "first"
    from claimdiff.normalization._ordinal_words import is_ordinal_word

    if low != "second" and is_ordinal_word(low):
        return True  # "nine thousandth" is a rank, not nine things called "thousandth"
    if low in ("degree", "degrees", "deg", "deg.", "°"):
        return True  # "45 degrees": a temperature or an angle, with no scale to tell
    return read_words(low) is not None


def scan_quantities(text: str) -> list[tuple[int, int, Value]]:
    """Every quantity expression in running text as `(start, end, value)`.

    The span `text[start:end]` covers the hedge, the number(s), the unit and
    the counted noun ("almost 6,500 dead"). Years, dates, clock times, ordinals
    and numbers in names are skipped.
    """
    return [(r.start, r.end, v) for r, v in read_quantities(text)]


def read_quantities(text: str, *, phrase: bool = False) -> list[tuple[Reading, Value]]:
    """The readings behind `scan_quantities` (what was written, in the written unit)."""
    text = fold_case_variants(text)  # same length: spans hold
    if not g.may_hold_quantity(text):
        return []  # no digit, no number word: nothing can start a quantity
    readings: list[Reading] = []
    pos = 0
    while (m := g.START_RE.search(text, pos)) is not None:
        r = read_at(text, m, phrase=phrase)
        if r is None or (not phrase and not_a_quantity(text, m, r)):
            pos = m.end()
            continue
        if readings and r.start < readings[-1].end:
            r.start = readings[-1].end  # a hedge word cannot belong to two quantities
        readings.append(r)
        pos = max(r.end, m.end())
    if not phrase:
        readings = join_readings(text, readings)
    out = []
    for r in readings:
        value = to_value(text, r)
        if value is not None:
            out.append((r, value))
    return out


def to_value(text: str, r: Reading) -> Value | None:
    """The `Value` of a reading: hedged interval, converted to the canonical unit."""
    steps = [n.how for n in r.numbers]
    unit, dimension, factor, offset = None, "count", 1.0, 0.0
    if r.percent == "%":
        unit, dimension = "%", "percent"
    elif r.percent == "pp":
        unit, dimension = "pp", "percentage point"
    elif r.percent == "bp":  # a basis point is a hundredth of a percentage point
        unit, dimension, factor = "pp", "percentage point", 0.01
        steps.append("basis points are hundredths of a percentage point")
    elif r.currency:
        # hundredths are written after the figure ("50p"); a sign before it is the currency
        cents = r.unit is not None and r.unit.lower() in en.CURRENCY_CENTS \
            and r.unit not in en.CURRENCY_SIGNS
        unit, dimension, factor = r.currency, f"currency:{r.currency}", 0.01 if cents else 1.0
        steps.append(f"currency {r.unit!r} is {r.currency}" + (" (hundredths)" if cents else ""))
    elif r.unit:
        from claimdiff.normalization._units import unit_info  # deferred: loads pint

        info = unit_info(r.unit)
        if info is None:
            return None
        unit, dimension, factor, offset = info.canonical, info.dimension, info.factor, info.offset
        steps.append(f"unit {r.unit!r} is {info.canonical} (× {factor:g}"
                     + (f", + {offset:g})" if offset else ")"))
    if dimension == "mass" and any(n.value < 0 and "'minus'" not in n.how for n in r.numbers) \
            and not any(c.isspace() for c in text[r.start:r.end]):
        # "the -57kg category" of a judo or boxing draw: no mass is below zero, so the sign
        # written onto the figure is a dash. A net length stays signed ("-5 yards").
        r.numbers = [replace(n, value=abs(n.value)) for n in r.numbers]
        steps.append("a mass is never below zero: the '-' written onto it is a dash")
    floor: float | None = 0.0
    if dimension == "temperature" or any(n.value < 0 for n in r.numbers):
        floor = None
    try:
        read = interval_of(r, floor, steps)
    except ValueError:
        return None  # "fewer than 0 people": no amount at or above the floor fits the hedge
    core, support, u = read
    if r.hedge is not Hedge.BARE and not r.vague:
        steps.append(f"{r.hedge_word!r} is a hedge: {_RULES[r.hedge]}")
    if r.noun:
        steps.append(f"counts {r.noun!r}")
    # A range in a time unit is a duration, and so is a single amount in a whole phrase
    # that the temporal reader did not read ("one and three quarters hours", "15.5 min").
    if dimension == "time" and (len(r.numbers) == 2 or r.whole) and not r.vague:
        duration = range_duration(text, r, core, support, steps)
        if duration is not None:
            return duration
    if r.unit and r.unit.lower() in BARE_DEGREES and dimension == "temperature":
        # "45 degrees" names no scale: Celsius (most of the world's, and the wires') in
        # the core; the support also holds the Fahrenheit reading (45 °F = 7.2 °C).
        fahrenheit = affine(support, 5 / 9, -160 / 9)
        steps.append(f"a degree with no scale: Celsius in the core, the support holds "
                     f"{show_interval(support)} °F too")
        support = support.hull(fahrenheit)
    if factor != 1.0 or offset:
        written = support
        core, support = affine(core, factor, offset), affine(support, factor, offset)
        u *= factor
        other = AMBIGUOUS_UNITS.get(r.unit.lower()) if r.unit else None
        if other is not None:
            for factor_elsewhere in other[0]:
                support = support.hull(affine(written, factor_elsewhere, 0.0))
            steps.append(other[1])
    # A count is a whole number of things: "more than 10 people" is at least 11. A number
    # written with a fraction ("2.5 children", "about 3.2") or a sign is no such count.
    if dimension == "count" and all(n.value >= 0 and float(n.value).is_integer()
                                    for n in r.numbers):
        whole_core, whole_support = whole_counts(core, support)
        if (whole_core, whole_support) != (core, support):
            steps.append(f"counts are whole numbers: core {show_interval(whole_core)}, "
                         f"support {show_interval(whole_support)}")
            core, support = whole_core, whole_support
    return Value(
        kind=Kind.QUANTITY,
        text=text[r.start:r.end],
        core=core,
        support=support,
        unit=unit,
        dimension=dimension,
        noun=r.noun,
        mod=None if r.vague else r.hedge.timex_mod,
        granularity=f"{u:g}",
        steps=tuple(steps),
    )


