"""Letters that Unicode case-insensitive matching equates with ASCII ones.

The grammars match with `re.IGNORECASE`, under which `ſ` matches `s`, `ı` and
`İ` match `i`, and the Kelvin sign matches `k`; the tables they look words up
in are keyed by ASCII. Reading a folded copy (same length, so spans hold) keeps
the two consistent: "ſeptember" reads as "september" instead of failing a lookup.
"""

from __future__ import annotations

__all__ = ["fold_case_variants", "out_of_range"]

_TABLE = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})

YEARS = "years 1-9999"
"""The calendar claimdiff places dates in (Python's `datetime.date`)."""


def fold_case_variants(text: str) -> str:
    """`text` with the four letters above replaced by their ASCII partners."""
    return text.translate(_TABLE)


def out_of_range(err: Exception) -> bool:
    """Whether `err` is date arithmetic leaving the years 1-9999 ("2,800 years ago")."""
    if isinstance(err, OverflowError):
        return True
    message = str(err)
    return isinstance(err, ValueError) and ("out of range" in message
                                            or "ordinal must be" in message)
