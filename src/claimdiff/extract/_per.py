"""A rate is drafted whole: "11.6 km/s", "0.4 metres per second", "£2 a week", "$84 a barrel".

The quantity scanner reads running text up to the amount's own unit ("11.6 km", "£2"),
and "/s", "a week" or "per barrel" after it is left out: a closing speed would read as a
length and never meet "nearly 26,000mph", a weekly stake as a sum and "a week" as a length
of its own. Here the span is extended over it when the phrase then reads as a speed or a
rate (`normalize`); so is a count of named things per a span of time ("128 trains a day"
against "900 trains a week"), and output the trade press abbreviates ("180,000 bpd").
A rate keeps its bare amount as a second reading for the other report that writes the
figure without its unit ("$84" for "$84 a barrel"): `measure._bridge`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize
from claimdiff.normalization._rates import ABBREVIATED_RATES

__all__ = ["with_rates"]

_PER_TIME = re.compile(r"(?:\s*/\s*(?:s|sec|min|h|hr)|\s+(?:a|an|per)\s+"
                       r"(?:second|sec|minute|min|hour|hr))\b", re.IGNORECASE)
_PER = re.compile(r"(?:\s*/\s*|\s+(?:a|an|per|each)\s+)(?:(?:metric|square|cubic)\s+)?"
                  r"[A-Za-z]{2,}\b")
"""What an amount of money or of a unit of measure is per: "a week", "per kilo", "/litre"."""
_SPAN_AFTER = re.compile(r"\s+(?:earlier|later|ago|before|after|on|from|back|old|running)\b",
                         re.IGNORECASE)
"""Words that make "a year" a span of its own: "£300 a year earlier", "$5 a week ago"."""
_RATED = ("currency:", "mass", "volume", "area", "energy", "power")
"""The amounts drafted with what they are per; a count "a day" ("three a day", "twice a
day") is as often a frequency, and a length per time is a speed (above)."""
_PER_UNITS = frozenset({"day", "kg", "m³", "m²", "m", "J"})
"""What a rate drafted whole is per, as `normalize` writes it: a span of time or a unit of
measure. An amount per item ("£250 per sheep", "$2 a share", "per semester") stays bare:
another report names the item in other words ("£400 per ewe")."""
_COUNT_PER = re.compile(r"\s+(?:a|an|per|each)\s+(?:hour|day|night|week|fortnight|month|year)\b",
                        re.IGNORECASE)
_NOUN_END = re.compile(r"[A-Za-z]{3,}$")
"""A count of things per a span of time, the things named ("128 trains a day", "900 visitors
a week", "five flights an hour"): a rate, where a bare "three a day" is a frequency."""
_ABBREVIATED = re.compile(r"\s*(?:" + "|".join(map(re.escape, ABBREVIATED_RATES)) + r")\b",
                          re.IGNORECASE)
"""Output per day or year as the energy and mining press abbreviate it: "180,000 bpd"."""
_POUNDS = re.compile(r"(?i)\b(?:pounds?|lbs?)$")
"""Pounds a week are as often money as weight: left to `measure`, which reads the sense."""


def with_rates(text: str, found: Iterable[tuple[int, int, Value]]
               ) -> Iterator[tuple[int, int, Value]]:
    """`found` (spans of `text` and their readings), each length followed by "/s", "/h", "an
    hour" or "per second" read with it, as a speed."""
    for s, e, value in found:
        if (m := _ABBREVIATED.match(text, e)) is not None:
            rate = _read(text[s:m.end()], ("volume/", "mass/"))
        elif value.dimension == "length":
            m = _PER_TIME.match(text, e)
            rate = _read(text[s:m.end()], ("speed",)) if m else None
        elif value.dimension == "count" and _NOUN_END.search(text, s, e):
            m = _COUNT_PER.match(text, e)
            if m and _SPAN_AFTER.match(text, m.end()):
                m = None
            rate = _read(text[s:m.end()], ("count/",)) if m else None
        else:
            m = _PER.match(text, e) if value.dimension.startswith(_RATED) \
                and not _POUNDS.search(text, s, e) else None
            if m and _SPAN_AFTER.match(text, m.end()):
                m = None
            rate = _read(text[s:m.end()], (f"{value.dimension}/",)) if m else None
            if rate is not None and rate.dimension.rpartition("/")[2] not in _PER_UNITS:
                rate = None
        yield (s, m.end(), rate) if m and rate else (s, e, value)


def _read(phrase: str, dimensions: tuple[str, ...]) -> Value | None:
    """The phrase's reading when it is a quantity of one of `dimensions` (a prefix ends in
    "/")."""
    try:
        value = normalize(phrase)
    except (ClaimdiffError, ValueError, ArithmeticError):
        return None
    ok = value.kind is Kind.QUANTITY and any(
        value.dimension.startswith(d) if d.endswith("/") else value.dimension == d
        for d in dimensions)
    return value if ok else None
