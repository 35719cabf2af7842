"""Normalization: phrases to fuzzy values (a core inside a support).

`normalize(text, reference=..., anchors=...)` reads a date, a duration or a
quantity; `scan_temporal(text)` finds time expressions in running text.
"""

from __future__ import annotations

from claimdiff.normalize._api import normalize
from claimdiff.normalize._hedges import Hedge
from claimdiff.normalize._interval import Interval
from claimdiff.normalize._scan import scan_temporal
from claimdiff.normalize._value import Kind, Value

__all__ = ["Hedge", "Interval", "Kind", "Value", "normalize", "scan_temporal"]
