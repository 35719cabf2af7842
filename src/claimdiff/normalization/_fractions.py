"""Fractions in words: "two thirds", "three-quarters of the vote", "more than half",
"a third of a mile", "three quarters of an hour", "2/3 of the seats".

A fraction of a whole is a proportion, read in percent so that it compares with
"67% of the vote"; the noun after "of" is kept. A fraction of a unit ("a third of a
mile", "three quarters of an hour") is that part of one unit. A fraction is a
rounded statement: its granularity is 1/(2d) of the whole for a denominator d
("two thirds" is about 67 %, not exactly), so the bare rule gives "two thirds"
core 63.3-70 %, support 58.3-75 %; hedges ("nearly two thirds", "more than half")
follow `_hedges.hedge_interval` as for numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, Hedge, hedge_interval
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["DENOMINATORS", "PHRASE", "VULGAR", "read_fraction", "read_mixed_number",
           "reads_first", "vulgar_to_digits"]

DENOMINATORS = _DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
# Past ten, by rule: "eleventh" ... "nineteenth", "twentieth" ... "ninetieth", "twenty-fifth"
# ("twenty-second" left out: "a twenty-second" is as often a length of time), "hundredth",
# "thousandth", "millionth"; each with its plural ("three twentieths").
_TEENS = ("eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
          "nineteenth").split()
_TENS = "twent thirt fort fift sixt sevent eight ninet".split()
_UNITS = "first third fourth fifth sixth seventh eighth ninth".split()
_UNIT_N = (1, 3, 4, 5, 6, 7, 8, 9)
for _i, _w in enumerate(_TEENS):
    _DENOMINATORS[_w] = _DENOMINATORS[_w + "s"] = 11 + _i
for _i, _t in enumerate(_TENS):
    _tens = 20 + 10 * _i
    _DENOMINATORS[_t + "ieth"] = _DENOMINATORS[_t + "ieths"] = _tens
    for _u, _un in zip(_UNITS, _UNIT_N, strict=True):
        _DENOMINATORS[f"{_t}y-{_u}"] = _DENOMINATORS[f"{_t}y-{_u}s"] = _tens + _un
for _w, _d in (("hundredth", 100), ("thousandth", 1000), ("millionth", 10**6)):
    _DENOMINATORS[_w] = _DENOMINATORS[_w + "s"] = _d
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9}
_HEDGE = "|".join(sorted((re.escape(h) for h in PREFIX_HEDGES_EN), key=len, reverse=True))
_DEN = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
_NUM = "|".join(_NUMERATORS)
_PHRASE = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?:(?P<n>{_NUM}|\d)[\s-](?P<d>{_DEN})|(?P<half>half)|(?P<dn>\d)\s*/\s*(?P<dd>\d{{1,2}}))"
    r"(?:\s+of(?:\s+(?P<rest>.+))?)?", re.IGNORECASE)
PHRASE = _PHRASE
"""A fraction in words or figures, its hedge before it and its whole after "of"."""
_DETERMINER = re.compile(r"(?:the|its|their|his|her|our|all|all\s+the|those|these)\s+",
                         re.IGNORECASE)


def reads_first(text: str) -> bool:
    """Whether the phrase is a fraction before it is a duration: "three quarters" alone
    may count quarters of a year, but "three-quarters", "two thirds" and "a quarter of
    the vote" are parts of a whole."""
    m = _PHRASE.fullmatch(text.strip())
    if m is None:
        return False
    if m["rest"] and re.match(r"an?\s", m["rest"], re.IGNORECASE):
        return False  # "a quarter of an hour": the temporal reader reads it first
    if m["dn"]:
        return bool(m["rest"])  # "3/4" alone is a date (or refused), "2/3 of the seats" a share
    return bool(m["rest"] or m["half"]
                or not m["d"].lower().startswith("quarter") or "-" in m.group(0))


# "-3/4", "minus 1/2": a sign makes a fraction a number ("3/4" alone is a date as often).
_SIGNED = re.compile(r"(?:[-−–]\s*|(?:minus|negative)\s+)(?P<n>\d{1,6})\s*/\s*(?P<d>\d{1,6})",
                     re.IGNORECASE)


def read_fraction(text: str, read_part: Callable[[str], Value | None]) -> Value | None:
    """The phrase as a fraction of a whole (in %) or of one unit, or `None`."""
    if (signed := _SIGNED.fullmatch(text.strip())) and int(signed["d"]):
        x = -int(signed["n"]) / int(signed["d"])
        return Value(kind=Kind.QUANTITY, text=text.strip(), core=Interval(x, x),
                     support=Interval(x, x), dimension="count", granularity=f"1/{signed['d']}",
                     steps=(f"a signed fraction: {x:g}",))
    m = _PHRASE.fullmatch(text.strip())
    if m is None:
        return _digits_of_unit(text, read_part)
    if m["half"]:
        n, d = 1, 2
    elif m["dn"]:
        if m["rest"] is None:
            return None  # "3/4" alone is a date as often as a fraction
        n, d = int(m["dn"]), int(m["dd"])
    else:
        n = int(m["n"]) if m["n"].isdigit() else _NUMERATORS[m["n"].lower()]
        d = _DENOMINATORS[m["d"].lower()]
    if not 0 < n < d:
        return None  # "three halves", "five quarters": not a part of a whole
    if m["n"] and d >= 100 and (not m["rest"] or m["d"].lower().endswith("th")
                                and m["n"].lower() not in ("a", "one")):
        # "seven hundredths (behind)" alone is as often of a second as a share, "one
        # hundredth" the rank 100 as often: a share needs its whole ("three hundredths of
        # the vote"); "nine thousandth" is the rank 9,000 (the fraction is "thousandths")
        return None
    hedge = PREFIX_HEDGES_EN[m["hedge"].lower()] if m["hedge"] else Hedge.BARE
    part = n / d
    rest = m["rest"]
    if rest and re.match(r"an?\s+\S", rest, re.IGNORECASE):
        one = read_part(re.sub(r"^an?\s+", "1 ", rest, flags=re.IGNORECASE))
        if one is None or one.kind not in (Kind.QUANTITY, Kind.DURATION) \
                or one.dimension == "count":
            return None
        return _of_unit(text, one, part, n, d, hedge)
    noun = None
    if rest:
        if not _DETERMINER.match(rest):
            return None
        noun = _DETERMINER.sub("", rest, count=1).strip()
        if not re.fullmatch(r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}", noun):
            return None
    core, support = hedge_interval(100 * part, 100 / (2 * d), hedge)
    core, support = _within(core), _within(support)
    steps = [f"'{n}/{d}' is {100 * part:.4g} % of the whole, at granularity 1/{2 * d}"]
    if hedge is not Hedge.BARE:
        steps.append(f"'{m['hedge']}' is a hedge: {hedge.name}")
    return Value(kind=Kind.QUANTITY, text=text.strip(), core=core, support=support, unit="%",
                 dimension="percent", noun=noun, mod=hedge.timex_mod,
                 granularity=f"1/{2 * d}", steps=tuple(steps))


def _within(iv: Interval) -> Interval:
    """A share of a whole lies within 0-100 %."""
    lo, hi = max(iv.lo, 0.0), min(iv.hi, 100.0)
    return Interval(lo, hi, iv.lo_open and lo == iv.lo, iv.hi_open and hi == iv.hi)


def _of_unit(text: str, one: Value, part: float, n: int, d: int, hedge: Hedge) -> Value:
    """"three quarters of an hour": that part of one unit."""
    unit = (one.core.lo + one.core.hi) / 2
    core, support = hedge_interval(part, 1 / (2 * d), hedge)
    return replace(one, text=text.strip(), core=core.scale(unit), support=support.scale(unit),
                   mod=hedge.timex_mod, timex=_part_timex(one.timex, part),
                   steps=(*one.steps, f"{n}/{d} of it, at granularity 1/{2 * d}"))


_ONE_UNIT = re.compile(r"P(?P<t>T?)1(?P<u>[A-Z])")


def _part_timex(timex: str | None, part: float) -> str | None:
    """A part of one unit of time in TIMEX3's duration form, as "half an hour" has it
    ("PT1H" -> "PT0.5H"); `None` for anything but one unit."""
    m = _ONE_UNIT.fullmatch(timex or "")
    return None if m is None else f"P{m['t']}{part:.4g}{m['u']}"


# "2/1000 kilograms", "2 3/8 inches", "5/8 mile": a digit fraction (after a whole number)
# before a unit is that much of the unit.
_DIGITS_UNIT = re.compile(r"(?:(?P<w>\d+)\s+)?(?P<n>\d+)\s*/\s*(?P<d>\d+)\s*(?P<rest>[A-Za-z].*)")


def _digits_of_unit(text: str, read_part: Callable[[str], Value | None]) -> Value | None:
    m = _DIGITS_UNIT.fullmatch(text.strip())
    if m is None or mixed_rewrites(text):
        return None  # halves and quarters are rewritten into the temporal reader's words
    n, d = int(m["n"]), int(m["d"])
    whole = int(m["w"] or 0)
    if d == 0 or (whole and n >= d):
        return None
    one = read_part("1 " + _SHORT_UNITS.get(m["rest"].lower(), m["rest"]))
    if one is None or one.kind not in (Kind.QUANTITY, Kind.DURATION) \
            or one.dimension == "count" or one.mod is not None:
        return None
    return _of_unit(text, one, whole + n / d, whole * d + n, d, Hedge.BARE)


_MIXED = re.compile(r"(?P<whole>\d+)\s+(?P<n>[13])\s*/\s*(?P<d>[24])\s+(?P<rest>\S.*)")
# ("half past 3" is a clock time, never half of something)
_BARE = re.compile(r"(?:(?P<n>[13])\s*/\s*(?P<d>[24])|(?P<half>half))\s*"
                   r"(?!(?:past|after|to)\b)(?P<rest>[A-Za-z].*)", re.IGNORECASE)
_PARTS = {(1, 2): "a half", (1, 4): "a quarter", (3, 4): "three quarters"}
# Not "third-quarter", "first-half": an ordinal before a part of the year names that part.
_HYPHENATED = re.compile(r"(?P<f>half|quarter|third)-(?!(?:quarter|half)\b)"
                         r"(?P<rest>[A-Za-z][\w ]*)", re.IGNORECASE)
_BARE_PART = re.compile(r"(?P<d>quarter|third|fourth|fifth|sixth|eighth|tenth)\s+of\s+"
                        r"(?:an?\s+)?(?P<rest>[A-Za-z][\w ]*)", re.IGNORECASE)
_SHORT_UNITS = {"h": "hour", "hr": "hour", "min": "minute", "sec": "second", "d": "day",
                "wk": "week", "yr": "year"}


_PART_AFTER_UNIT = re.compile(
    r"(?P<pre>(?:\S+\s+)*?)(?P<whole>an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\s+(?P<unit>[a-z][a-z.\s-]*?)\s+and\s+(?P<part>a\s+half|a\s+quarter|"
    r"three\s+quarters)", re.IGNORECASE)
_HEDGED_ONE = re.compile(
    r"(?P<h>(?:just\s+|well\s+)?(?:about|around|roughly|nearly|almost|some|approximately|"
    r"close\s+to|more\s+than|less\s+than|over|under|at\s+least|at\s+most|up\s+to|barely))"
    r"\s+an?\s+(?P<rest>[a-z][a-z\s-]*)", re.IGNORECASE)
"""A hedge before one of a unit ("about a mile", "nearly a tonne", "more than a kilometre")."""


def _measure_unit(words: str) -> bool:
    """`words` name a unit of a physical measure: not of time ("about a week" has a reading
    of its own), nor a share ("about a quarter") or money."""
    from claimdiff.normalization._units import unit_info

    info = unit_info(words.strip())
    return info is not None and info.dimension != "time"


def mixed_rewrites(text: str) -> list[str]:
    """Mixed numbers and bare fractions before a unit, in the words the readers know:
    "2 1/2 years" -> "2 and a half years", "1/2 hour", "half hour" -> "half an hour"."""
    text = text.strip()
    out = []
    if m := _HYPHENATED.fullmatch(text):  # "quarter-litre", "half-mile"
        part = "half" if m["f"].lower() == "half" else f"a {m['f']}"
        out.append(f"{part} of a {m['rest']}")
    if m := _BARE_PART.fullmatch(text):  # "fourth of liter", "quarter of a mile"
        out.append(f"a {m['d']} of a {m['rest']}")
    if (m := _MIXED.fullmatch(text)) and (int(m["n"]), int(m["d"])) in _PARTS:
        out.append(f"{m['whole']} and {_PARTS[int(m['n']), int(m['d'])]} {m['rest']}")
    if (m := _PART_AFTER_UNIT.fullmatch(text)) and _measure_unit(m["unit"]):
        # "a mile and a quarter", "about two metres and a half": the part said after the
        # unit belongs to the number before it ("one and a quarter mile").
        whole = "one" if m["whole"].lower() in ("a", "an") else m["whole"]
        out.append(f"{m['pre'] or ''}{whole} and {m['part']} {m['unit']}")
    if (m := _HEDGED_ONE.fullmatch(text)) and _measure_unit(m["rest"]):
        out.append(f"{m['h']} 1 {m['rest']}")  # "about a mile" reads as "about 1 mile"
    if m := _BARE.fullmatch(text):
        rest = re.sub(r"^(?:an?|of an?)\s+", "", m["rest"])
        rest = _SHORT_UNITS.get(rest.lower(), rest)  # "1/2h": the temporal words
        part = "half" if m["half"] else _PARTS.get((int(m["n"]), int(m["d"])), "")
        if part:
            part = {"a half": "half", "a quarter": "a quarter of"}.get(part, part + " of")
            out += [f"{part} a {rest}", f"{part} an {rest}"]
            if part == "half":  # "half of a gallon": read without a further rewrite
                out += [f"half of a {rest}", f"half of an {rest}"]
    return out


# Unicode's vulgar fractions ("7½", "¾ mile"): the digit fraction they stand for.
VULGAR = _VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
           "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
           "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}
_VULGAR_RE = re.compile(r"(?P<w>\d+)?\s?(?P<f>[" + "".join(_VULGAR) + "])")


def vulgar_to_digits(text: str) -> str | None:
    """ "7½" -> "7 1/2", "¾ mile" -> "0 3/4 mile" (a whole number written, so the digit
    fraction cannot be taken for a date), or `None` when there is no vulgar fraction."""
    if not _VULGAR_RE.search(text):
        return None

    def digits(m: re.Match[str]) -> str:
        n, d = _VULGAR[m["f"]]
        return f"{m['w'] or 0} {n}/{d}"

    return _VULGAR_RE.sub(digits, text)


_MIXED_NUMBER = re.compile(r"(?P<w>\d+)\s+(?P<n>\d+)\s*/\s*(?P<d>\d+)")


def read_mixed_number(text: str) -> Value | None:
    """ "2 1/2", "7 3/4" alone: a mixed number, read like a fraction at granularity 1/(2d)
    (a whole number before the fraction says it is no date)."""
    m = _MIXED_NUMBER.fullmatch(text.strip())
    if m is None:
        return None
    whole, n, d = int(m["w"]), int(m["n"]), int(m["d"])
    if not 0 < n < d:
        return None
    value = whole + n / d
    core, support = hedge_interval(value, 1 / (2 * d), Hedge.BARE)
    return Value(kind=Kind.QUANTITY, text=text.strip(), core=core, support=support, unit=None,
                 dimension="count", granularity=f"1/{2 * d}",
                 steps=(f"{whole} and {n}/{d} is {value:.6g}, at granularity 1/{2 * d}",))
