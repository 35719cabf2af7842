"""Values with a role: scores, ratios, rates, ordinals, ages, zero counts, changes, multiples.

`read_measure(text, role)` reads a phrase in the role a claim file gives it (or
guesses the role from the words when `role` is `None`); `role_value(text)` is the
hook `normalize()` calls first, for phrases whose words alone say their role.
Each role reads into its own dimension, so values compare only with values of
the same role: a rate per day with a rate per day (time units are converted:
280 a week is 40 a day), an age with an age ("a 64-year-old" is an age of
64–65 years, not 64 years of duration), an ordinal with an ordinal of the same
noun, a change with a change (signed: "down 3%" is −3 %). A ratio reads as a
percentage, so "one in five" compares with "20 per cent". A score ("2-1", "five
to two") is a pair and is compared as a pair (`Measured.score`). Rates are read by
`_rates.read_rate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.normalization import _roles_en as en
from claimdiff.normalization._calendar import DAYS_PER_UNIT
from claimdiff.normalization._clock_en import names_a_time
from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, Hedge, granularity, hedge_interval
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._numbers import scaled_number
from claimdiff.normalization._value import Kind, Value

__all__ = ["Measured", "number", "quantity", "read_age", "read_bare_ordinal", "read_ordinal",
           "read_ratio", "read_score", "read_zero", "singular"]


@dataclass(frozen=True)
class Measured:
    """A phrase read in its role: a `value`, or a `score` pair, with the role's qualifiers."""

    role: str
    text: str
    value: Value | None = None
    score: tuple[int, int] | None = None
    per: str | None = None
    direction: str | None = None
    base: str | None = None
    """The comparison base as written ("a year earlier")."""
    base_period: str | None = None
    """The base folded to a period (`year`, `quarter`, `month`, ...), when known."""
    factor: float | None = None
    """For a value defined from another: the multiple the words give ("half" → 0.5)."""
    total: Value | None = None
    """For a part: the whole it is part of ("eight of its 11 carriages" → 11)."""


def number(word: str) -> float | None:
    """A number written in digits or small words ("12", "1,200", "five", "forty-two")."""
    w = word.strip().lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in en.SMALL_NUMBERS:
        return float(en.SMALL_NUMBERS[w])
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](\w+))?", w)
    if m:
        tens = 20 + 10 * "twenty thirty forty fifty sixty seventy eighty ninety".split().index(
            m.group(1))
        unit = en.SMALL_NUMBERS.get(m.group(2) or "zero")
        return None if unit is None or unit > 9 else float(tens + unit)
    return None


def quantity(text: str) -> Value | None:
    from claimdiff.normalization._quantity import parse_quantity

    return parse_quantity(text)


def _value(text: str, core: Interval, support: Interval, dimension: str, unit: str | None,
           steps: tuple[str, ...], noun: str | None = None) -> Value:
    return Value(kind=Kind.QUANTITY, text=text, core=core, support=support, unit=unit,
                 dimension=dimension, noun=noun, granularity="1", steps=steps)


def singular(word: str) -> str:
    w = word.lower().strip()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def read_age(text: str, *, given: bool = False) -> Value | None:
    """ "a 64-year-old", "aged 64", "in her sixties" as an age in years (dimension `age`).

    `given`: the claim file says the value is an age, so a bare number ("52") is one.
    """
    m = en.AGE.match(text.strip())
    if m is None:
        from claimdiff.normalization._roles_age import hedged_age  # deferred: it reads ours

        if (hedged := hedged_age(text)) is not None:
            return hedged
    if m is None:
        bare = number(text) if given else None  # "Voss, 52": given as an age, a number is one
        if bare is None:
            return None
        core = Interval(bare, bare + 1, hi_open=True)
        return _value(text, core, core, "age", "year", (f"an age of {bare:g} years",))
    if m.group("decade") or m.group("klass"):
        d = (m.group("decade") or m.group("klass")).lower()
        lo, end = (float(d[:-1]), float(d[:-1]) + 10) if d[0].isdigit() else (
            en.AGE_CLASSES[d] if d in en.AGE_CLASSES else (en.DECADE_WORDS[d],
                                                           en.DECADE_WORDS[d] + 10))
        decade = Interval(lo, end, hi_open=True)
        third = (m.group("third") or "").lower()
        if not third:
            return _value(text, decade, decade, "age", "year", (f"'{d}' is an age of {lo:g} "
                                                                f"to {end:g} years",))
        # "in his mid-forties": the middle of the span at its core, the span as support
        # (where early ends and mid begins is each writer's own).
        start = lo + {"early": 0, "mid": 0.3, "late": 0.6}[third] * (end - lo)
        core = Interval(start, start + 0.4 * (end - lo), hi_open=True)
        return _value(text, core, decade, "age", "year", (
            f"'{third} {d}' is an age of {start:g} to {core.hi:g} years, within {lo:g} to "
            f"{end:g}",))
    n = number(m.group("n1") or m.group("n2") or m.group("n3"))
    if n is None:
        return None
    unit = singular(m.group("u2") or m.group("u3") or "year")
    per = en.AGE_UNITS.get(unit, 1.0)
    # An age of n units is true from the n-th birthday until the next one.
    core = Interval(n * per, (n + 1) * per, hi_open=True)
    return _value(text, core, core, "age", "year",
                  (f"an age of {n:g} {unit}s: from {n:g} to (not including) {n + 1:g}",))


def read_zero(text: str) -> Value | None:
    """ "no deaths", "zero casualties", "nobody" as a count of zero."""
    m = en.ZERO.match(text.strip())
    if m is None:
        return None
    noun = m.group("noun")
    if noun is not None and noun.split()[0].lower() == "one" \
            and text.strip()[:3].lower() == "no ":
        noun = None  # "no one" is nobody, not "no" counting "one"s
    elif noun is not None and noun.split()[0].lower() in en.ZERO_NOT_NOUNS:
        return None
    zero = Interval.point(0.0)
    return _value(text, zero, zero, "count", None, ("'no' counts zero",),
                  noun=noun.split()[0] if noun else "people")


_DEICTIC_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def read_ordinal(text: str, *, given: bool = False) -> Value | None:
    """ "in the 87th minute", "the 11th goal" as a rank of its noun (dimension `ordinal:NOUN`).

    `given`: the claim file says the value is an ordinal, so the one ordinal anywhere in
    the phrase is read ("the season's eleventh to be named") as a rank (dimension
    `ordinal`): the claim, not the phrase, says of what.
    """
    if given:
        found = list(re.finditer(r"\b(?:" + en.ORDINAL + r")\b", text, re.IGNORECASE))
        rank = en.RANK.search(text)  # "world number seven", "No. 7"
        if len(found) == 1:
            f = found[0]
            n = float(f.group("num").replace(",", "")) if f.group("num") else float(
                en.ORDINAL_WORDS[f.group("word").lower()])
        elif not found and rank is not None and number(rank.group("n")) is not None:
            n = float(number(rank.group("n")) or 0)
        else:
            return None
        point = Interval.point(n)
        return _value(text, point, point, "ordinal", None, (f"an ordinal: number {n:g}",))
    if names_a_time(text):
        return None  # "the third zorbly of August": a date, half-read as a rank
    m = re.match(r"^(?:(?:in|on|at|for|with)\s+)?(?:the|its|his|her|their|a|an)?\s*(?:"
                 + en.ORDINAL + r")\b(?P<noun>(?:[\s-]+[a-z][\w'-]*){1,3})$",
                 text.strip(), re.IGNORECASE)
    if m is None:
        return None
    n = float(m.group("num").replace(",", "")) if m.group("num") else float(
        en.ORDINAL_WORDS[m.group("word").lower()])
    words = re.split(r"[\s-]+", m.group("noun").strip())
    if "of" in (low := [w.lower() for w in words]):
        # "the fourth round of talks": the rank is of the word before "of", its complement
        # follows; nothing before "of" ("fourth of liter") is no rank of a noun.
        if low.index("of") == 0:
            return None
        words = words[:low.index("of")]
    if any(singular(w.lower()) in DAYS_PER_UNIT for w in words[:-1]) or any(
            w.lower() in _DEICTIC_DAYS for w in words) or any(
            w.lower() in ("closest", "nearest") for w in words):
        # "the 15th century buildings", "the 3rd quarter results": the rank is of a span
        # of time that dates the noun, not a rank of the noun; "tomorrow" is no series;
        # "the second closest Christmas" ranks nearness (`_nearest.py`).
        return None
    noun = singular(words[-1])
    point = Interval.point(n)
    return _value(text, point, point, f"ordinal:{noun}", None,
                  (f"an ordinal: number {n:g} of a series of {noun}s",), noun=noun)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNIT_ORDINALS = "|".join(w for w, n in en.ORDINAL_WORDS.items() if n < 10)
_BARE_ORDINAL = re.compile(
    r"(?:the\s+)?(?:(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th)|(?P<tens>"
    + "|".join(_TENS) + r")[\s\-‐‑–—]?(?P<unit>" + _UNIT_ORDINALS + r")|(?P<word>"
    + "|".join(sorted(en.ORDINAL_WORDS, key=len, reverse=True)) + r"))", re.IGNORECASE)


def read_bare_ordinal(text: str) -> Value | None:
    """A whole phrase that is only an ordinal ("3rd", "the fifth", "thirty-first",
    "seventythird") as a rank of nothing named (dimension `ordinal`). Only for a
    whole phrase: in running text "first" and "second" are too often no rank."""
    m = _BARE_ORDINAL.fullmatch(text.strip())
    if m is None:
        return None
    if m["num"]:
        n = int(m["num"].replace(",", ""))
        last = n % 10 if n % 100 not in (11, 12, 13) else 0
        if m["suffix"].lower() != {1: "st", 2: "nd", 3: "rd"}.get(last, "th"):
            return None  # "3th", "21th": not an ordinal as written
    elif m["tens"]:
        n = _TENS[m["tens"].lower()] + en.ORDINAL_WORDS[m["unit"].lower()]
    else:
        n = en.ORDINAL_WORDS[m["word"].lower()]
    point = Interval.point(float(n))
    return _value(text, point, point, "ordinal", None, (f"an ordinal alone: number {n}",))


_BOUND_HEDGES = {w: h for w, h in PREFIX_HEDGES_EN.items()
                 if h in (Hedge.MORE_THAN, Hedge.LESS_THAN, Hedge.AT_LEAST, Hedge.AT_MOST)}
_BOUND = re.compile(r"^(?P<h>" + "|".join(sorted(map(re.escape, _BOUND_HEDGES), key=len,
                                                  reverse=True)) + r")\s+", re.IGNORECASE)


_EVERY_SCALE = re.compile(r"\b(?P<e>every)\s+(?P<s>hundred|thousand|million)\b", re.IGNORECASE)


def read_ratio(text: str) -> Value | None:
    """ "one in five", "nine out of 10 adults", "a third of" as a percentage; a bound before
    it ("more than seven in ten", "under one in four") as a bound on that share, one more
    (or fewer) in so many its step."""
    # "four in every thousand" is four in one thousand, not four inches a thousand
    phrase = _EVERY_SCALE.sub(r"\g<e> one \g<s>", text.strip())
    bound = _BOUND.match(phrase)
    if bound is not None and (m := en.RATIO.match(phrase[bound.end():])) is not None:
        inner = read_ratio(phrase[bound.end():])
        b = scaled_number(m.group("b") or m.group("b2"), number)
        if inner is None or not b:
            return None
        n = inner.core.lo
        core, support = hedge_interval(n, 100 / b, _BOUND_HEDGES[" ".join(
            bound.group("h").lower().split())])
        return _value(text, core, Interval(support.lo, min(support.hi, 100.0)), "percent", "%",
                      (*inner.steps, f"'{bound.group('h')}' bounds it"), noun=inner.noun)
    f = en.FRACTION_OF.match(phrase)
    if f and not names_a_time(phrase):  # "half past 2 am": no share
        share = en.FRACTION_WORDS[f.group("f").lower()]
        return _share(text, share, share * 0.9, min(1.0, share * 1.1), f"'{f.group('f')}'")
    m = en.RATIO.match(phrase)
    if m is None:
        return None
    a, b = (scaled_number(m.group("a") or m.group("a2"), number),
            scaled_number(m.group("b") or m.group("b2"), number))
    if a is None or b is None or b == 0 or a > b:
        return None
    noun = (m.group("noun") or m.group("noun2") or "").strip() or None
    if noun is not None and en.SCALE_AFTER.match(noun):
        return None  # "two million people out of ten": the scale is the number's
    # "one in five" names the nearest simple ratio: anything between one in 5.5 and 4.5;
    # a round whole ("one in a thousand", "out of five hundred") as loosely, up to 10 %.
    half = max(0.5, min(granularity(str(int(b))) / 2, 0.1 * b)) if b >= 100 else 0.5
    lo, hi = a / (b + half), min(1.0, a / max(b - half, a))
    return _share(text, a / b, lo, hi, f"{a:g} in {b:g}", noun)


def _share(text: str, share: float, lo: float, hi: float, what: str,
           noun: str | None = None) -> Value:
    core = Interval.point(100 * share)
    support = Interval(min(100 * lo, core.lo), max(100 * hi, core.hi))
    return _value(text, core, support, "percent", "%",
                  (f"{what} is a share of {100 * share:.4g} %",), noun=noun)


def read_score(text: str, *, strict: bool = True) -> tuple[int, int] | None:
    """ "2-1", "won 5–2", "by five votes to two" as a pair; `strict` asks for a score word
    unless the phrase is nothing but the two numbers."""
    phrase = text.strip()
    found = list(en.SCORE.finditer(phrase))
    if len(found) != 1:
        numbers = [number(m.group()) for m in en.ANY_NUMBER.finditer(phrase)]
        if strict or len(numbers) != 2 or None in numbers:
            return None
        # Given as a score: its two numbers, in order ("214 in favour and 187 against").
        a_n, b_n = numbers
        assert a_n is not None and b_n is not None
        if not (a_n.is_integer() and b_n.is_integer()):
            return None
        return int(a_n), int(b_n)
    m = found[0]
    a, b = number(m.group("a")), number(m.group("b"))
    if a is None or b is None or not (a.is_integer() and b.is_integer()):
        return None
    bare = m.start() == 0 and m.end() == len(phrase) and re.search(r"[-–—:]", m.group())
    if strict and not bare and not en.SCORE_WORDS.search(phrase):
        return None
    return int(a), int(b)
