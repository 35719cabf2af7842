"""When a curated value is of: its time (past, present, future) and a change's span.

Two values of one measured thing are of different times when one is "27% last year"
or a "previous share" and the other this year's, or a "current tariff" against a
forecast's; a change over one trading session is no change over the year to date.
Each is a contrast (`Measurement.contrast`): opposite poles are never paired.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_PAST = re.compile(r"\b(?:previous(?:ly)?|prior|former(?:ly)?|last\s+year|(?:a|one)\s+year\s+"
                   r"(?:earlier|ago|before)|the\s+year\s+before|before\s+the)\b", re.I)
_PRESENT = re.compile(r"\b(?:current(?:ly)?|existing|present)\b", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)
_FUTURE = re.compile(r"\b(?:future|next\s+year|upcoming)\b", re.I)
_TENSE = {"past": frozenset({("tense-past", 0), ("tense-future", 0)}),
          "present": frozenset({("tense-past", 1), ("tense-future", 0)}),
          "future": frozenset({("tense-future", 1)}), "this year": frozenset({("tense-past", 1)})}
"""Past, present and future as contrasts: any two of them are opposite poles of one. "This
year" is no past, but may be a forecast's ("expected profit this year")."""
_TO_DATE = re.compile(r"\b(?:this\s+year|so\s+far|year[\s-]+to[\s-]+date|ytd|since\s+"
                      r"(?:january|the\s+start)|start\s+of\s+the\s+year)\b", re.I)
_SESSION = re.compile(r"\b(?:trading|session|after[\s-]hours|intraday|pre-?market)\b", re.I)


@lru_cache(maxsize=65536)
def tense(own: str, claim: str, ahead: bool) -> frozenset[tuple[str, int]]:
    """Whether a value is of the past ("27% last year", "previous share", "current
    tariff" against a forecast's), the present or the future: the value's own words
    first, then its claim's, then a forecast or target claim's future."""
    for text in (own, claim):
        for name, pattern in (("past", _PAST), ("present", _PRESENT), ("future", _FUTURE),
                              ("this year", _THIS_YEAR)):
            if pattern.search(text):
                return _TENSE[name]
    return _TENSE["future"] if ahead else frozenset()


@lru_cache(maxsize=65536)
def span(text: str) -> frozenset[tuple[str, int]]:
    """The span of a change: one trading session ("rose 6% in extended trading") against
    the year to date ("gained 40 per cent this year")."""
    session, to_date = bool(_SESSION.search(text)), bool(_TO_DATE.search(text))
    if session == to_date:
        return frozenset()
    return frozenset({("span", 1 if to_date else 0)})


_EARLIER = re.compile(r"\b(?:(?:last|previous|prior|preceding)\s+(?:year|season|edition|campaign)"
                      r"|(?:years?|seasons?)\s+(?:earlier|ago|before))\b", re.I)
_YEARS = re.compile(r"\b((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_DATED_FINER = re.compile(rf"\b{_MONTH}[a-z]*\.?\s|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
                          r"|\b(?:since|from|until|till|by|between|to|through)\s", re.I)
"""A month or a day dates an event ("in March 2025"), a span's start or end is no period of
a figure ("since 2017", "by 2030")."""


@lru_cache(maxsize=65536)
def before_report(when: str, reference: date | None) -> bool:
    """A claim's `when` is a period before its report's: "last season", "last year's
    contest", "two years earlier", or a year ("in 2024", "2019-20") that ended before the
    report's year. The figure is then an earlier period's, where an undated figure of the
    same report is of its own time; a month or a day dates an event instead ("in March
    2025": the tower granted then may be the one the report is about)."""
    if _EARLIER.search(when):
        return True
    if reference is None or _DATED_FINER.search(f"{when} "):
        return False
    ends = [int(m[1]) if not m[2] else int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
            for m in _YEARS.finditer(when)]
    return bool(ends) and max(ends) < reference.year


__all__ = ["before_report", "span", "tense"]
