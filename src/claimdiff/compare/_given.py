"""A curator's explicit reading (`normalized:` in a claim file) as a `Value`.

The reader lives in `claimdiff.normalization` so that `validate` checks a given
reading against its quote exactly as `compare` reads it.
"""

from __future__ import annotations

from claimdiff.normalization import given_value

__all__ = ["given_value"]
