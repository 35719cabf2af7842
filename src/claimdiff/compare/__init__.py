"""Comparison of values: verdicts with explanations."""

from __future__ import annotations

from claimdiff.compare._claims import DiffOptions, diff
from claimdiff.compare._sources import compare_sources
from claimdiff.compare._values import ValueComparison, compare_values

__all__ = ["DiffOptions", "ValueComparison", "compare_sources", "compare_values", "diff"]
