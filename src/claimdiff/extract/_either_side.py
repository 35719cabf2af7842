"""A span either side of a moment is a window twice as long: "two hours either side of low
tide" is open four hours.

Drafted as "two hours", the window would meet "around four hours at each low tide" as a
conflict; the words after the span double what it measures, so the draft carries them and
states the reading (a span of each side, then the whole window).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.extract._matched import matched_values
from claimdiff.normalization import Kind, Value

__all__ = ["either_side"]

_EITHER = re.compile(
    r"(?<![\w.,])(?P<d>(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty-five|half\s+an)\s+(?:seconds?|minutes?|hours?|"
    r"days?|weeks?|months?|years?))\s+(?:on\s+)?(?:either|each)\s+side(?=\s+of\b)", re.IGNORECASE)


def either_side(chunk: str) -> list[tuple[int, int, Value]]:
    """Each span of `chunk` said of either side of a moment, as `(start, end, window)`: the
    span's reading doubled."""
    out = []
    for m, span in matched_values(_EITHER, chunk, "d"):
        if span.kind is not Kind.DURATION or not span.support.bounded:
            continue
        out.append((m.start("d"), m.end(), replace(
            span, text=m.group(), core=span.core.scale(2.0), support=span.support.scale(2.0),
            timex=None,
            steps=(*span.steps, f"{m.group('d')!r} either side: a window twice as long"))))
    return out
