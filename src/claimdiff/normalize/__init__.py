"""Normalization: phrases to fuzzy values (a core inside a support)."""

from __future__ import annotations

from claimdiff.normalize._hedges import Hedge
from claimdiff.normalize._interval import Interval
from claimdiff.normalize._value import Kind, Value

__all__ = ["Hedge", "Interval", "Kind", "Value"]
