"""Multiples drafted as values: "three times oversubscribed", "3.4 times", "a fifteen-fold
rise", "more than doubled".

`normalize` reads a multiple as a ratio (`claimdiff.normalization`, unit `×`), which
compares only with another ratio; the quantity scanner would take "3.4 times" for a bare
count of 3.4, or drop it. `multiples` finds the phrases first, so that a draft carries the
multiple whole.
"""

from __future__ import annotations

import re

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize

_HEDGE = (r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|"
          r"at\s+least|up\s+to)\s+)?")
"""Hedges, but not "over" and "under": a verb's particle as often ("rolled over 14 times")."""
_COUNT = (r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"fifteen|twenty|thirty|forty|fifty|a\s+hundred|one\s+hundred)")
_MULTIPLE = re.compile(
    rf"(?<![\d,.])\b{_HEDGE}(?:{_COUNT}\s+times(?:\s+(?:as\s+(?:many|much|large|high|big|long)"
    rf"(?:\s+as)?|more|higher|larger|bigger|greater))?"
    rf"|(?:an?\s+)?{_COUNT}[\s-]?fold(?:\s+(?:rise|increase|jump|fall|drop|decrease))?"
    r"|(?:twice|thrice)\s+as\s+(?:many|much|large|high|big|long)(?:\s+as)?"
    r"|(?:doubled|tripled|trebled|quadrupled|halved))\b", re.IGNORECASE)
"""A multiple as news writes it; "twice" alone is how often, not how much, and is left."""
_NOT_AFTER = re.compile(r"\s+(?:a|per|every|each)\s+(?:day|week|month|year|season)\b|"
                        r"\s+(?:in|over|during)\b", re.IGNORECASE)
""""three times a week", "five times in ten years": how often, not how much."""


def multiples(chunk: str) -> list[tuple[int, int, Value]]:
    """The multiples of `chunk` that `normalize` reads as ratios, as `(start, end, value)`."""
    out = []
    for m in _MULTIPLE.finditer(chunk):
        if _NOT_AFTER.match(chunk, m.end()) and "times" in m.group().lower() \
                and " as " not in m.group().lower():
            continue
        try:
            value = normalize(m.group())
        except ClaimdiffError:
            continue
        if value.kind is Kind.QUANTITY and value.dimension == "ratio":
            out.append((m.start(), m.end(), value))
    return out


__all__ = ["multiples"]
