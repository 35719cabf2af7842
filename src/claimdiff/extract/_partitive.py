"""The part of a partitive written in words: "Yes carried *nine* of the 14 provinces".

The quantity scanner wants a noun right after a number word, and a part has none: its
noun is the total's ("nine [provinces] of the 14 provinces"). A part in digits ("9 of the
14") is found as a number; one in words is found here, when a total follows the partitive.
"""

from __future__ import annotations

import re

from claimdiff.extract._matched import matched_values
from claimdiff.normalization import Kind, Value

__all__ = ["parts_in_words"]

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_TEENS}|{_UNITS})"
_PART = re.compile(
    rf"(?<![\w-])(?P<n>{_WORD}(?:\s+hundred(?:\s+(?:and\s+)?{_WORD})?)?)"
    r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our|these|those|all(?:\s+the)?)\s+"
    rf"(?=\d|(?:{_WORD})\b)", re.IGNORECASE)


def parts_in_words(chunk: str) -> list[tuple[int, int, Value]]:
    """Each number word that is the part of a partitive with a total: `(start, end, value)`."""
    return [(m.start("n"), m.end("n"), value) for m, value in matched_values(_PART, chunk, "n")
            if value.kind is Kind.QUANTITY and value.unit is None]
