"""Report model: what a diff or a check found, as data for the reporters."""

from __future__ import annotations

from claimdiff.report._fingerprint import fingerprint, pair_fingerprint

__all__ = ["fingerprint", "pair_fingerprint"]
