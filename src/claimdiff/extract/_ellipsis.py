"""Figures of elliptical clauses: "Yes took 52.4 per cent and No 47.6", "Harwick scored 30
points and Dunmore 24", "beat Brandt's 45% to Kovac's 52".

The second clause leaves out its verb and the unit: the bare number after a name is a
figure of the same kind as the one before it in the sentence, with its own holder. The
scanner takes no bare number; `elided` finds such numbers after the value they
follow and reads them with that value's unit ("47.6" as 47.6 per cent).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.errors import ClaimdiffError
from claimdiff.extract._found import Found
from claimdiff.normalization import Kind, normalize

_LINK = (r"(?:\s*,\s*(?:and\s+|while\s+|but\s+|whereas\s+)?|\s+(?:and|while|but|whereas|to|"
         r"against|with|versus|vs\.?)\s+)")
_HOLDER = (r"(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
           r"(?:['’]s)?")
_ELIDED = re.compile(
    _LINK + r"(?P<holder>" + _HOLDER + r")\s+(?P<n>(?:(?:about|nearly|almost|just|some|only|"
    r"roughly)\s+)?(?!(?:1[89]|20)\d\d\b)\d[\d,]*(?:\.\d+)?)"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:and|in|on|at|for|respectively|while|but|after|before)\b)")
"""A name (or a possessive) right after a link word and right before a bare number that ends
its clause: no verb, no unit between ("and Mr Halm 46.9 per cent" has its own unit)."""
_REACH = 120
"""How far after a figure its elliptical partner may stand, within the sentence."""
_END = re.compile(r"[.;!?](?:\s|$)")


def elided(text: str, found: list[Found], end: int) -> list[Found]:
    """Bare numbers ending an elliptical clause after a figure with a unit or a noun, read
    with that figure's unit and marked as read in context (the draft states the reading)."""
    out: list[Found] = []
    spans = [(f.start, f.end) for f in found]
    for f in found:
        v = f.value
        if v is None or f.kind is not Kind.QUANTITY or not (v.unit or v.noun):
            continue
        unit = _unit_of(f.text)
        if unit is None:
            continue
        stop = _END.search(text, f.end, f.end + _REACH)
        limit = min(stop.start() if stop else f.end + _REACH, end, len(text))
        at = f.end
        while (m := _ELIDED.match(text, at, limit)) is not None:
            s, e = m.start("n"), m.end("n")
            if any(a < e and s < b for a, b in spans) or m.group("holder").lower() in _NOT_NAMES:
                break
            prefix, suffix = unit
            number = m.group("n")
            hedge, _, bare = number.rpartition(" ")
            try:
                value = normalize(f"{hedge} {prefix}{bare}{suffix}".strip())
            except ClaimdiffError:
                break
            if value.kind is not Kind.QUANTITY or value.dimension != v.dimension:
                break
            out.append(replace(f, start=s, end=e, text=number, prep_start=s,
                               value=replace(value, text=number), in_context=True))
            spans.append((s, e))
            at = e
    return out


_NOT_NAMES = frozenset({"the", "it", "in", "on", "at", "by", "of"})


def _unit_of(written: str) -> tuple[str, str] | None:
    """What a figure writes around its number: a currency sign before it ("£", "$"), its unit
    or noun after it (" per cent", " points", "bn"); `None` when there is no number."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", written)
    if m is None:
        return None
    before = "".join(c for c in written[:m.start()] if not (c.isalnum() or c.isspace()))
    after = written[m.end():]
    return before, after


__all__ = ["elided"]
