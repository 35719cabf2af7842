"""Readings that belong together: "from $36,040 at 10.45pm to $34,935", "(60 miles)".

Two rules, applied after the single quantities are read:

* "from a … to b" with a few words between (no clause punctuation) is one
  range, as "from a to b" is.
* A quantity restating the previous one in parentheses ("more than 100 km (60
  miles)") keeps its hedge.
"""

from __future__ import annotations

import re

from claimdiff.normalization._hedges import Hedge
from claimdiff.normalization._quantity_read import Reading
from claimdiff.normalization._units import lookup

_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_GAP_TO = re.compile(r"[^,;()]{0,40}?\bto\s+", re.IGNORECASE)
_RESTATED = re.compile(r"\s*\(\s*|\s*/\s*")


def join_readings(text: str, readings: list[Reading]) -> list[Reading]:
    """`readings` with from-to pairs merged into ranges and restatements hedged alike."""
    out: list[Reading] = []
    i = 0
    while i < len(readings):
        r = readings[i]
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        if nxt is not None and _pair(text, r, nxt):
            out.append(_merge(text, r, nxt))
            i += 2
            continue
        if out and r.hedge is Hedge.BARE and _RESTATED.fullmatch(text, out[-1].end, r.start):
            r.hedge, r.hedge_word = out[-1].hedge, out[-1].hedge_word
        out.append(r)
        i += 1
    return out


def _single(r: Reading) -> bool:
    return len(r.numbers) == 1 and r.vague is None and r.hedge is Hedge.BARE


def _pair(text: str, a: Reading, b: Reading) -> bool:
    if not (_single(a) and _single(b)) or not _compatible(a, b):
        return False
    head = text[max(0, a.start - 8):a.start]
    # "dropping from 208 pounds to 193". Not "rose to $7.36 billion from $6.78 billion":
    # that states two levels, before and after.
    return bool(_FROM_BEFORE.search(head) and _GAP_TO.fullmatch(text, a.end, b.start))


def _compatible(a: Reading, b: Reading) -> bool:
    def key(r: Reading) -> tuple[str | None, str | None, str | None]:
        unit = None if r.currency or r.percent or not r.unit else (lookup(r.unit) or r.unit)
        return r.currency, r.percent, unit

    ka, kb = key(a), key(b)
    return ka == kb or ka == (None, None, None) or kb == (None, None, None)


def _merge(text: str, a: Reading, b: Reading) -> Reading:
    head = _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
    start = head.start() if head else a.start
    marked = b if (b.currency or b.percent or b.unit) else a
    return Reading(
        start=start,
        end=b.end,
        numbers=[a.numbers[0], b.numbers[0]],
        unit=marked.unit,
        currency=marked.currency,
        percent=marked.percent,
        noun=a.noun or b.noun,
        opener="from",
        has_scale=a.has_scale or b.has_scale,
        steps=["'from … to' joins two numbers into a range"],
    )
