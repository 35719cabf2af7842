"""Phrases made of two or more readable parts joined by commas and "and".

* Bounds: "more than ten and at most twenty", "at most 100 and at least 20":
  each part is a bounded quantity of the same dimension; the phrase states the
  range where both hold, which is its core and its support.
* Compound amounts: "1 year, 1 month and 21 days", "2 hours and 30 minutes",
  "7 feet 10 inches", "2 km and 1 meter", "1h 30m" (parts of one dimension, not counts;
  time units by their letters run from hours down, so "m" after hours is minutes):
  each part a plain duration; the phrase is their sum, every part but the last
  taken as exact (a finer part says the coarser ones are not rounded).

Every part must be read whole, or the phrase is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_compound"]

# A comma before a digit with no space is a thousands separator ("7,200"), no join.
_JOIN = re.compile(r"\s*,(?!\d)\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_BOUNDS = {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
_DATE_PART = re.compile(r"^P(?P<date>[^T]*)(?:T(?P<time>.*))?$")


# "7 feet 10 inches", "3 GBP 1 pence", "1 hour fifteen seconds": a unit word, then the
# next amount (digits, or one or two last words).
_UNIT_THEN_NUMBER = re.compile(
    r"(?<=[A-Za-z.'\"])\s+(?=\d|[A-Za-z]+(?:-[A-Za-z]+)?(?:\s+[A-Za-z]+)?$)|(?<=\d['′])(?=\d)")


def _parts(text: str, at_units: bool) -> list[str]:
    parts = [p for p in _JOIN.split(text.strip()) if p]
    if at_units:
        parts = [q for p in parts for q in _split_at_units(p) if q]
        if len(parts) == 1 and (m := _SIGN_THEN_CENTS.fullmatch(parts[0])):
            parts = [m["a"], m["b"]]  # "$20 43": a sign-led amount, then its hundredths
    return parts


_SIGN_THEN_CENTS = re.compile(r"(?P<a>\S*[^\w\s]\s?\d+)\s+(?P<b>\d{1,2})")


def _split_at_units(text: str) -> list[str]:
    """`text` cut before each amount that follows a unit word (a word amount must start
    with a number word: "1 hour fifteen seconds", not "fifteen | seconds")."""
    from claimdiff.normalization._numbers import read_words

    cuts = [m.end() for m in _UNIT_THEN_NUMBER.finditer(text)
            if text[m.end()].isdigit() or read_words(text[m.end():].split()[0]) is not None]
    return [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def read_compound(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """The phrase read as joined bounds or a sum of durations, or `None`.

    `read` reads one part (`None` or an error when it cannot)."""
    hedged = _hedged_sum(text, read)
    if hedged is not None:
        return hedged
    for at_units in (False, True):
        value = _read_parts(text, _parts(text, at_units), read)
        if value is not None:
            return value
    return _two_bounds(text, read)


def _two_bounds(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """Two bounds joined where a number's own "and" is too: "no more than seven hundred
    and fifty and no less than fifty" is cut at the join where both sides are bounds."""
    for m in _JOIN.finditer(text):
        a, b = read(text[:m.start()]), read(text[m.end():])
        if a is not None and b is not None and a.kind is b.kind is Kind.QUANTITY \
                and a.mod in _BOUNDS and b.mod in _BOUNDS:
            return _both_bounds(text, a, b)
    return None


def _read_parts(text: str, parts: list[str], read: Callable[[str], Value | None]
                ) -> Value | None:
    if len(parts) < 2:
        return None
    parts = _time_letters(_implied_unit(parts))
    if len(parts) == 2 and (money := _hundredths(text, parts, read)) is not None:
        return money
    values = [read(p) for p in parts]
    if any(v is None for v in values):
        return None
    got = [v for v in values if v is not None]
    if all(v.kind is Kind.QUANTITY and v.mod in _BOUNDS for v in got) and len(got) == 2:
        return _both_bounds(text, got[0], got[1])
    if all(v.kind is Kind.DURATION and v.mod is None for v in got):
        return _sum(text, got)
    if all(v.kind is Kind.QUANTITY and v.mod is None and v.dimension != "count"
           and (v.dimension, v.unit) == (got[0].dimension, got[0].unit) for v in got):
        return _sum(text, got)  # "7 feet and 10 inches", "2 km and 1 meter"
    return None


# "1 hour fifteen", "2 hours and 10": a bare last number counts the next smaller unit.
_SMALLER = {"hour": "minutes", "hours": "minutes", "hr": "minutes", "hrs": "minutes",
            "h": "minutes", "minute": "seconds", "minutes": "seconds", "min": "seconds",
            "mins": "seconds", "foot": "inches", "feet": "inches", "ft": "inches"}
_BARE_NUMBER = re.compile(r"\d{1,2}|[a-z]+(?:-[a-z]+)?", re.IGNORECASE)


# "1h 30m", "2 h 15 min", "1hr 20m 5s": time units by their letters. "m" alone is the
# metre, but after hours (a compound's units run from coarse to fine) it is the minute.
_LETTERS = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?(?P<u>h|hrs?|hours?|m|mins?|minutes?|s|secs?|"
                      r"seconds?)\.?", re.IGNORECASE)
_LETTER_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "m": "minute", "min": "minute",
                 "mins": "minute", "s": "second", "sec": "second", "secs": "second",
                 **{w + s: w for w in ("hour", "minute", "second") for s in ("", "s")}}
_FINER = ("hour", "minute", "second")


def _time_letters(parts: list[str]) -> list[str]:
    found = [_LETTERS.fullmatch(p.strip()) for p in parts]
    if not all(found):
        return parts
    matches = [m for m in found if m is not None]
    units = [_LETTER_UNITS[m["u"].lower()] for m in matches]
    order = [_FINER.index(u) for u in units]
    if matches[0]["u"].lower() in ("m", "s") or order != sorted(set(order)) \
            or not any(m["u"].lower() in ("m", "s", "h") for m in matches):
        return parts  # "30m 20s" may be metres; units must run from coarse to fine
    return [f"{m['n']} {u}{'' if m['n'] == '1' else 's'}" for m, u in zip(matches, units,
                                                                        strict=True)]


def _implied_unit(parts: list[str]) -> list[str]:
    if len(parts) < 2 or not _BARE_NUMBER.fullmatch(parts[-1]):
        return parts
    unit = parts[-2].split()[-1].lower()
    if unit not in _SMALLER:
        return parts
    return [*parts[:-1], f"{parts[-1]} {_SMALLER[unit]}"]


# "3 CAD 3 cents", "20 ringgit and 43c", "3 GBP and one", "US$3 and fourteen": after an
# amount of money, a number alone or with a hundredths word is hundredths of that
# currency (cents of dollars, pence of pounds, sen of ringgit, kopiykas of hryvnias).
_HUNDREDTHS = re.compile(r"(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s*(?:cents?|c|pence|p|sens?|"
                         r"kopiykas?|kopecks?|kopeks?|centimes?|centavos?|paise|fils)?",
                         re.IGNORECASE)


def _hundredths(text: str, parts: list[str], read: Callable[[str], Value | None]
                ) -> Value | None:
    m = _HUNDREDTHS.fullmatch(parts[1])
    if m is None:
        return None
    from claimdiff.normalization._numbers import read_words

    whole = read(parts[0])
    # The number as written ("50" is fifty hundredths, not a round 45-55).
    cents = float(m["n"]) if m["n"].isdigit() else getattr(read_words(m["n"]), "value", None)
    if (whole is None or cents is None or not whole.dimension.startswith("currency:")
            or whole.mod is not None or not float(cents).is_integer() or not 0 <= cents < 100):
        return None
    n = cents
    exact = Interval.point((whole.core.lo + whole.core.hi) / 2)
    near = min(0.5, 0.05 * n) / 100  # the bare-number rule: n ± min(u/2, 5 %), u one hundredth
    core = Interval(n / 100 - near, n / 100 + near) + exact
    support = Interval(n / 100 - 0.005, n / 100 + 0.005) + exact
    return replace(whole, text=text, core=core, support=support, granularity="0.01",
                   steps=(*whole.steps, f"{n:g} hundredths of {whole.unit} added"))


def _both_bounds(text: str, a: Value, b: Value) -> Value | None:
    if (a.dimension, a.unit) != (b.dimension, b.unit):
        return None
    # Two bounds state a range outright: what both allow is the core and the support.
    both = a.support.intersection(b.support)
    if both is None:
        return None
    return replace(a, text=text, core=both, support=both, mod=None,
                   noun=a.noun or b.noun,
                   steps=(*a.steps, *b.steps,
                          f"'{a.text}' and '{b.text}': both hold, so the intersection"))


def _sum(text: str, values: list[Value]) -> Value:
    # The finer parts say the coarser ones are not rounded ("1 year and 21 days" is
    # not 0.5-1.5 years plus 21 days): every part but the last counts as exact.
    core, support = values[-1].core, values[-1].support
    for v in values[:-1]:
        exact = Interval.point((v.core.lo + v.core.hi) / 2)
        core, support = core + exact, support + exact
    dates: list[str] = []
    times: list[str] = []
    for v in values:
        m = _DATE_PART.match(v.timex or "")
        if m is None:
            dates, times = [], []
            break
        dates.append(m["date"])
        times.append(m["time"] or "")
    timex = None
    if dates and values[0].kind is Kind.DURATION:
        timex = "P" + "".join(dates) + ("T" + "".join(times) if any(times) else "")
    return replace(values[-1], text=text, core=core, support=support, timex=timex,
                   steps=(*[s for v in values for s in v.steps],
                          "the parts of a compound amount add up"))


def _hedged_sum(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """"more than 1 dollar and forty-two cents", "about 2 hours and 10 minutes": a hedge
    before a compound amount bounds the sum, by the rules of `hedge_interval` at the
    granularity of the last part (one hundredth, one minute)."""
    from claimdiff.normalization._calendar import DAYS_PER_UNIT
    from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, alternation, hedge_interval

    m = re.match(rf"(?P<h>{alternation(PREFIX_HEDGES_EN)})\s+(?P<rest>\S.*)", text.strip(),
                 re.IGNORECASE)
    if m is None:
        return None
    from claimdiff.normalization._numbers import read_words

    last = m["rest"].split()[-1]
    if last.isdigit() or read_words(last) is not None:
        return None  # "more than $5 and 20": twenty cents, or twenty more of something?
    inner = read_compound(m["rest"], read)
    if inner is None or inner.mod is not None or inner.kind not in (Kind.QUANTITY,
                                                                   Kind.DURATION):
        return None
    try:
        u = float(inner.granularity or "")
    except ValueError:
        u = DAYS_PER_UNIT.get(inner.granularity or "", 0.0)
    if not u:
        return None
    hedge = PREFIX_HEDGES_EN[re.sub(r"\s+", " ", m["h"].lower())]
    n = (inner.core.lo + inner.core.hi) / 2
    core, support = hedge_interval(n, u, hedge)
    return replace(inner, text=text.strip(), core=core, support=support, mod=hedge.timex_mod,
                   steps=(*inner.steps, f"'{m['h']}' bounds the sum: {hedge.name}"))
