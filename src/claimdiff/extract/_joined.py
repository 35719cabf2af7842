"""Values found apart that are one value: a duration written in parts ("2 hours and 45
minutes"), a part and its total ("9 of the 14 workers")."""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.errors import ClaimdiffError
from claimdiff.extract._found import Found, found_at
from claimdiff.normalization import Kind, normalize

__all__ = ["compound_durations", "parts_of_totals"]

_JOIN = re.compile(r"\s*(?:and\s+)?")
"""Between the parts of one duration: a space or "and"; a comma may end one ("lasted two
days, 3 hours later it ended")."""


def compound_durations(text: str, found: list[Found]) -> list[Found]:
    """Durations written in parts ("4 hours 32 minutes 10 seconds", "1min 52sec", "2 hours
    and 45 minutes") as one value: a part alone is no reading of the whole."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _of_time(prev) and _of_time(f) and prev.end < f.start \
                and f.start - prev.end <= 6 and _JOIN.fullmatch(text, prev.end, f.start):
            try:
                whole = normalize(text[prev.start:f.end])
            except ClaimdiffError:
                whole = None
            if whole is not None and (whole.kind is Kind.DURATION or whole.dimension == "time"):
                # The whole's preposition is found again for its own kind: "by" is kept
                # before a quantity but not before a duration.
                out[-1] = found_at(text, prev.start, f.end, whole.kind, whole)
                continue
        out.append(f)
    return out


def _of_time(f: Found) -> bool:
    return f.value is not None and (f.kind is Kind.DURATION or f.value.dimension == "time")


# Between a part and its total: "9 of the 14 workers", "eight out of its 11 carriages".
_PART_OF = re.compile(r"(?:\s+|^)(?:out\s+)?of\s+(?:the|its|their|his|her|our|these|those|all"
                      r"(?:\s+the)?)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[\w,.’'-]+\s*$")


def parts_of_totals(text: str, found: list[Found]) -> list[Found]:
    """A part and its total ("9 of the 14 workers", "nine of the 14 workers") as one
    value, not two: the total is no figure the source states on its own (version 2 drafts
    give it the `total` role). The part is the last one to three words before "of the"."""
    out: list[Found] = []
    for f in found:
        merged = _with_part(text, f, out) if f.kind is Kind.QUANTITY else None
        if merged is None:
            out.append(f)
            continue
        while out and out[-1].end > merged.start:
            out.pop()  # the part, when it was found on its own ("9")
        out.append(merged)
    return out


def _with_part(text: str, total: Found, before: list[Found]) -> Found | None:
    gap = _PART_OF.search(text, max(0, total.start - 24), total.start)
    if gap is None:
        return None
    # The part may be a value found on its own ("9"), never one found before it.
    ends = [f.end for f in before if f.end <= gap.start()]
    floor = ends[-2] if len(ends) > 1 and ends[-1] == gap.start() else ends[-1] if ends \
        and ends[-1] < gap.start() else 0
    starts, at = [], gap.start()
    for _ in range(3):  # the part: "nine", "about 9", "nearly two hundred"
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None or m.start() < min(floor, at):
            break
        starts.append(at := m.start())
    for start in reversed(starts):  # the longest reading that is a part of the total
        phrase = text[start:total.end]
        try:
            value = normalize(phrase)
        except (ClaimdiffError, ValueError, ArithmeticError):
            continue
        if value.steps and value.steps[-1].startswith("a part of"):
            return replace(total, start=start, text=phrase, value=value,
                           prep_start=start)
    return None
