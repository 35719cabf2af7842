"""Years with their era and the Roman days of a month.

* "in 14 A.D.", "AD 79", "2014 CE", "the year 814 AD": the year of the common era, any
  year claimdiff's calendar holds (1-9999); a year before it ("44 BC", "300 BCE") is
  refused by name, since the proleptic Gregorian calendar of `datetime` starts at year 1.
* "the ides of March", "the nones of July", "the kalends of May": the 15th of March,
  May, July and October and the 13th of the other months; the nones the 7th of those four
  months and the 5th of the others; the kalends the 1st (the named days of the Roman
  calendar). Read as that day of the month.
"""

from __future__ import annotations

import re

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import years_span
from claimdiff.normalization._context import date_value
from claimdiff.normalization._temporal_en import MONTHS
from claimdiff.normalization._value import Value

__all__ = ["era_rewrites", "read_era_year"]

_MON = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_AD = r"(?:A\.?\s?D\.?|C\.?\s?E\.?)"
_BC = r"(?:B\.?\s?C\.?(?:\s?E\.?)?)"
_ERA_YEAR = re.compile(rf"(?:(?:in|of|during|since)\s+)?(?:the\s+year\s+)?"
                       rf"(?:(?P<y>\d{{1,4}})\s*(?P<era>{_AD}|{_BC})|(?P<era2>{_AD})\s*"
                       rf"(?P<y2>\d{{1,4}}))", re.IGNORECASE)
_ROMAN_DAY = re.compile(rf"(?:the\s+)?(?P<day>ides|nones|kalends|calends)\s+of\s+"
                        rf"(?P<rest>(?P<mon>{_MON})\.?(?:\s+\S.*)?)", re.IGNORECASE)
# March, May, July, October keep their ides on the 15th and nones on the 7th.
_LATE_IDES = {3, 5, 7, 10}


def era_rewrites(phrase: str) -> list[tuple[str, str]]:
    """"the ides of March" as "March 15", with the step that explains it."""
    m = _ROMAN_DAY.fullmatch(phrase)
    if m is None:
        return []
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = {"ides": 15, "nones": 7, "kalends": 1, "calends": 1}[m["day"].lower()]
    if day in (15, 7) and month not in _LATE_IDES:
        day -= 2
    return [(f"{m['rest']} {day}" if " " not in m["rest"].strip()
             else f"{m['mon']} {day} {m['rest'].split(None, 1)[1]}",
             f"the {m['day'].lower()} of the month: day {day}")]


def read_era_year(phrase: str) -> Value | None:
    """"in 14 A.D.", "AD 79": that year; a year before the common era is refused."""
    m = _ERA_YEAR.fullmatch(phrase.strip())
    if m is None:
        return None
    year = int(m["y"] or m["y2"])
    era = (m["era"] or m["era2"]).upper().replace(".", "").replace(" ", "")
    if era.startswith("B") or year < 1:
        raise NormalizationError(
            f"cannot place {phrase.strip()!r}: years before the common era fall outside the "
            "calendar claimdiff places dates in (years 1-9999)", text=phrase)
    return date_value(phrase.strip(), years_span(year, year), timex=f"{year:04d}",
                      granularity="year", steps=(f"the year {year} of the common era",))
