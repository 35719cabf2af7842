"""Normalization: phrases to fuzzy values (a core inside a support).

`normalize(text, reference=..., anchors=...)` reads a date, a duration or a
quantity; `scan_temporal(text)` finds time expressions in running text.
"""

from __future__ import annotations

from claimdiff.normalization._api import normalize
from claimdiff.normalization._calendar import period_timex
from claimdiff.normalization._days import find_impossible_dates, impossible_day, parse_date
from claimdiff.normalization._given import given_value
from claimdiff.normalization._hedges import Hedge
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._scan import scan_temporal
from claimdiff.normalization._score import find_scores, score_value
from claimdiff.normalization._unit_senses import unit_senses
from claimdiff.normalization._value import Kind, Value

__all__ = [
    "Hedge",
    "Interval",
    "Kind",
    "Value",
    "find_impossible_dates",
    "find_scores",
    "given_value",
    "impossible_day",
    "normalize",
    "parse_date",
    "period_timex",
    "scan_temporal",
    "score_value",
    "unit_senses",
]
