"""A percentage set against a base is drafted with its base: "40% above average", "12 per
cent below the long-term mean", "62% of the long-term average".

The quantity scanner stops at the percent sign, and "40%" alone reads as a level, 40 per
cent of something; "40% above average" is a rise of 40 per cent over the average, the
level 140 per cent of it. Drafted without its base, the figure would meet "1.4 times as
wet as normal" (140 per cent) as a conflict. `normalize` reads the whole phrase as a
change against its base (dimension `change:percent`) and refuses a base it does not know,
so the span is extended only as far as a phrase read whole. A level against a
reference ("62% of the five-year average") reads as the change it states, 38% below it,
so it meets "38 per cent below average"; a share of a whole ("30% of the total") stays a
share, as `normalize` reads no change in it.
"""

from __future__ import annotations

import re

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Value, normalize
from claimdiff.normalization._quantity import scan_quantities
from claimdiff.normalization._roles_en import LEVEL_NOUNS

__all__ = ["against_bases"]

_AGAINST = re.compile(r"\s+(?:above|below|of)\s+(?=[\w'’-])", re.IGNORECASE)
_CUE = re.compile(r"\s(?:above|below)\s|\b(?:" + "|".join(LEVEL_NOUNS) + r")\b", re.IGNORECASE)
"""Words without which no percentage of a sentence has a base: most sentences have none."""
_WORD = re.compile(r"\s*([\w'’-]+)")
_MOST_WORDS = 5
"""A base is a few words ("the five-year average", "the long-term mean")."""


def against_bases(chunk: str) -> list[tuple[int, int, Value]]:
    """The percentages of `chunk` followed by "above" or "below" and a base `normalize`
    reads whole, each with its base, as a change: `(start, end, value)`. Found before the
    time phrases, so that a base's "five-year" is no duration of its own."""
    if _CUE.search(chunk) is None:
        return []  # most sentences compare nothing: no quantity scan
    return [got for s, e, value in scan_quantities(chunk)
            if (got := _with_base(chunk, s, e, value)) is not None]


def _with_base(text: str, s: int, e: int, value: Value) -> tuple[int, int, Value] | None:
    if value.dimension != "percent":
        return None  # a sum "above budget" is the same sum either way; a share is not
    m = _AGAINST.match(text, e)
    if m is None:
        return None
    best, pos = None, m.end()
    for _ in range(_MOST_WORDS):
        word = _WORD.match(text, pos)
        if word is None:
            break
        pos = end = word.end()
        try:
            change = normalize(text[s:end])
        except (ClaimdiffError, ValueError, ArithmeticError):
            continue
        if change.dimension == "change:percent":
            best = (s, end, change)  # the longest base read whole
    return best
