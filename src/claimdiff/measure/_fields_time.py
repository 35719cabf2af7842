"""When a curated value is of: its time (past, present, future) and a change's span.

Two values of one measured thing are of different times when one is "27% last year"
or a "previous share" and the other this year's, or a "current tariff" against a
forecast's; a change over one trading session is no change over the year to date.
Each is a contrast (`Measurement.contrast`): opposite poles are never paired.
"""

from __future__ import annotations

import re
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


__all__ = ["span", "tense"]
