"""Values read from one named group of each match of a pattern.

Several finders look for a number the scanners leave (an age in words, the part of a
partitive, a span either side of a moment) by a pattern of their own; each reads the
group it names with `normalize` and skips the matches `normalize` refuses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Value, normalize

__all__ = ["matched_values"]


def matched_values(pattern: re.Pattern[str], chunk: str,
                   group: str) -> Iterator[tuple[re.Match[str], Value]]:
    """Each match of `pattern` in `chunk` with its `group` read as a value; a group that
    reads as no value is skipped (the pattern only proposes)."""
    for m in pattern.finditer(chunk):
        try:
            yield m, normalize(m.group(group))
        except ClaimdiffError:
            continue
