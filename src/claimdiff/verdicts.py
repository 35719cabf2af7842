"""Verdict names, defined here once."""

from __future__ import annotations

from enum import Enum


class Verdict(str, Enum):
    """The verdict on one compared value (or one aligned pair of claims).

    Ordered by severity: `CONFLICT` first.
    """

    CONFLICT = "conflict"
    """The loosest fair readings (supports) are disjoint."""
    COMPATIBLE = "compatible"
    """Only the supports overlap: the same thing at different precision."""
    AGREE = "agree"
    """The literal readings (cores) overlap."""
    INCOMPARABLE = "incomparable"
    """Different dimensions (km against kg, a date against a count)."""

    @property
    def severity(self) -> int:
        """Sort key: 0 for the most severe verdict."""
        return _ORDER[self]

    def __str__(self) -> str:
        return self.value


_ORDER = {Verdict.CONFLICT: 0, Verdict.COMPATIBLE: 1, Verdict.AGREE: 2, Verdict.INCOMPARABLE: 3}
