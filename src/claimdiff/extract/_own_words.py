"""A value's phrase keeps the words that say what it is.

Two phrasings leave a figure's meaning outside the words the scanner takes:

- an age introduced by "aged" ("a man aged 44", "aged about 60", "aged seven"): the scanner
  finds the bare number, a count, and the reader, or a rule quoting "aged 44", never sees
  that it is an age. `aged` widens such a figure over its lead word and reads it as an age.
- a number written in words and again in digits in brackets, as legal and official texts
  do ("fifteen (15) days", "thirty (30) per cent", "two (2) accused"): the scanner reads
  the words and the bracketed digits apart, and the unit after the brackets ("days") alone.
  `doubled` reads the whole as one figure, the digits and what follows them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.errors import ClaimdiffError
from claimdiff.extract._found import Found
from claimdiff.normalization import Kind, Value, normalize
from claimdiff.normalization._numbers import read_words

__all__ = ["aged", "doubled"]

_AGED = re.compile(r"\b(?:aged|age)\s+$", re.IGNORECASE)
"""The lead word of an age right before a figure ("aged 44", "age 61")."""
_FIGURE = re.compile(r"(?:(?:about|around|nearly|almost|just|only|roughly|some|over|under)\s+)?"
                     r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)", re.IGNORECASE)


def aged(text: str, found: list[Found]) -> list[Found]:
    """`found` with each bare figure right after "aged" widened over it and read as an age
    ("aged 44", "aged about 60"); a figure with a unit or a noun of its own is left alone."""
    out = []
    for f in found:
        lead = _AGED.search(text, max(0, f.start - 8), f.start)
        if lead is not None and f.value is not None and f.value.dimension == "count" \
                and _FIGURE.fullmatch(f.text):
            try:
                value = normalize(text[lead.start():f.end])
            except ClaimdiffError:
                value = None
            if value is not None and value.dimension == "age":
                f = replace(f, start=lead.start(), text=text[lead.start():f.end], value=value,
                            prep_start=lead.start())
        out.append(f)
    return out


_DOUBLED = re.compile(
    r"(?<![\w-])(?P<words>[A-Za-z]+(?:[\s-]+(?:and\s+)?[A-Za-z]+){0,5}?)\s*"
    r"\(\s*(?P<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*\)")
"""Words then the same number in digits in brackets: "fifteen (15)", "one hundred (100)"."""
_AFTER = re.compile(r"\s+(?:%|per\s+cent|percent|\w+(?:\.\w+)*)(?:\s+\w+(?:\.\w+)*){0,2}")
_TRAILING = re.compile(r"\s+\S+$")


def doubled(chunk: str) -> list[tuple[int, int, Value]]:
    """Numbers written in words and again in digits in brackets, read as one figure with the
    unit or noun after the brackets: `(start, end, value)` in `chunk`, the phrase whole."""
    out = []
    for m in _DOUBLED.finditer(chunk):
        digits = float(m["digits"].replace(",", ""))
        start = _words_start(m["words"], digits)
        if start is None:
            continue
        s = m.start("words") + start
        best: tuple[int, Value] | None = None
        after = _AFTER.match(chunk, m.end())
        tail = after.group() if after else ""
        while True:  # the longest phrase that reads as the figure with its unit
            value = _reading(chunk[s:m.end()] + tail)
            if value is not None:
                best = (m.end() + len(tail), value)
                break
            if not tail:
                break
            tail = _TRAILING.sub("", tail) if _TRAILING.search(tail) else ""
        if best is not None:
            out.append((s, best[0], replace(best[1], text=chunk[s:best[0]])))
    return out


def _words_start(words: str, digits: float) -> int | None:
    """Where in `words` the number that equals `digits` starts (the longest such tail)."""
    for k in [0, *(i + 1 for i, c in enumerate(words) if c in " -")]:
        try:
            value = read_words(words[k:])
        except (ClaimdiffError, ValueError):
            continue
        if value is not None and value.value == digits:
            return k
    return None


def _reading(phrase: str) -> Value | None:
    try:
        value = normalize(phrase)
    except ClaimdiffError:
        return None
    return value if value.kind in (Kind.QUANTITY, Kind.DURATION) else None
