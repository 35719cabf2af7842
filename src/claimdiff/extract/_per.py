"""A length per unit of time is a speed: "11.6 km/s", "0.4 metres per second", "41.2 mm/h".

The quantity scanner reads running text up to the amount's own unit ("11.6 km"),
and "/s", "/h" or "per second" after it is left out: a closing speed would read as a
length and never meet "nearly 26,000mph". Here the span is extended over it when
the phrase then reads as a speed. Other rates stay as the scanner reads them: a
price "a kilo", a dose "per litre", a distance "a day" are as often written
without their unit in the other report ("$84" for "$84 a barrel"), and a rate
would no longer meet the bare figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize

__all__ = ["with_rates"]

_PER_TIME = re.compile(r"(?:\s*/\s*(?:s|sec|min|h|hr)|\s+(?:a|an|per)\s+"
                       r"(?:second|sec|minute|min|hour|hr))\b", re.IGNORECASE)


def with_rates(text: str, found: Iterable[tuple[int, int, Value]]
               ) -> Iterator[tuple[int, int, Value]]:
    """`found` (spans of `text` and their readings), each length followed by "/s", "/h", "an
    hour" or "per second" read with it, as a speed."""
    for s, e, value in found:
        m = _PER_TIME.match(text, e) if value.dimension == "length" else None
        speed = _speed(text[s:m.end()]) if m else None
        yield (s, m.end(), speed) if m and speed else (s, e, value)


def _speed(phrase: str) -> Value | None:
    try:
        value = normalize(phrase)
    except (ClaimdiffError, ValueError, ArithmeticError):
        return None
    return value if value.kind is Kind.QUANTITY and value.dimension == "speed" else None
