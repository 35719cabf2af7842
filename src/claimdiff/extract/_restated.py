"""A figure restated in another unit in brackets is one figure, not two.

"341mm (more than 13 inches) of rain", "a 366-metre (1,201 ft) ship": the bracketed value
says the same thing in the reader's other unit. Drafted as a value of its own it is a second
figure of the same measurement, and pairing may take it instead of the figure itself (one
report's 287.4 mm against the other's "13 inches" rather than its "341mm"). A bracketed
value right after a value of the same dimension whose reading overlaps it is dropped; one
that does not overlap ("341mm (15 inches)") is kept, a second figure a reader should see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from claimdiff.normalization import Value

__all__ = ["restated"]

_OPEN = re.compile(r"\s*[(\[]\s*")
_CLOSE = re.compile(r"\s*[)\]]")


class _Found(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> Value | None: ...


F = TypeVar("F", bound=_Found)


def restated(text: str, found: Sequence[F]) -> list[F]:
    """`found` (sorted by position) without the bracketed restatements of the value before."""
    out: list[F] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _restates(text, prev, f):
            continue
        out.append(f)
    return out


def _restates(text: str, prev: _Found, f: _Found) -> bool:
    a, b = prev.value, f.value
    if a is None or b is None or a.dimension != b.dimension or not a.dimension \
            or a.dimension == "count":
        return False  # "12 (of 40)" is no restatement; a bare count says no unit
    if prev.end > f.start or not _OPEN.fullmatch(text, prev.end, f.start) \
            or not _CLOSE.match(text, f.end):
        return False
    return a.support.overlaps(b.support)
