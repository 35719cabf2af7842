"""The words of a refused phrase that were not understood, for its error message."""

from __future__ import annotations

from claimdiff.errors import NormalizationError
from claimdiff.normalization._context import Context
from claimdiff.normalization._temporal import read_temporal


def _reads(text: str, ctx: Context) -> int:
    """0: not read; 1: read as a bare count; 2: read as a time, or a quantity with a unit."""
    from claimdiff.normalization._quantity import parse_quantity

    try:
        if read_temporal(text, ctx) is not None:
            return 2
    except NormalizationError:
        return 2  # a time phrase that could not be placed was still understood
    except (ValueError, OverflowError):
        return 0
    quantity = parse_quantity(text)
    if quantity is None:
        return 0
    return 1 if quantity.dimension == "count" else 2


# Value phrases are short; past this many words the search for the words not understood
# (about 5 x words readings, each reading ranges inside ranges) would dominate a refusal.
_SEARCHED_WORDS = 16


def unread_part(text: str, ctx: Context) -> str | None:
    """The words of a refused phrase that were not understood: the fewest words
    whose removal leaves a readable phrase ("June 12 zorbly" -> "zorbly"; a time or
    a measure is preferred to a bare count), or `None`."""
    words = text.split()
    if len(words) > _SEARCHED_WORDS:  # each removal tried reads the phrase again: bounded
        return None
    for size in range(1, min(len(words), 6)):
        best, best_score = None, 0
        for start in range(len(words) - size, -1, -1):
            score = _reads(" ".join(words[:start] + words[start + size:]), ctx)
            if score > best_score:
                best, best_score = " ".join(words[start:start + size]), score
        if best is not None:
            return best
    return None


__all__ = ["unread_part"]
