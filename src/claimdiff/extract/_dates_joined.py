"""A date written in two parts that the time scanner finds apart, drafted as one.

The scanner reads "Monday" and "next week", "April" and "next year", "a week" and
"Monday", "Tuesday" and "March" as separate expressions, yet together they name one day or
month: "Monday next week", "April next year", "a week on Monday" (British: eight days after
the coming Monday's week starts), "the second Tuesday of March", "the last Friday in May".
Drafted apart, "a week" became a length and "Monday" the wrong day. Two neighbouring
expressions joined by nothing but a space, "on", "of" or "in" (a weekday after an ordinal
word taking that word with it) are drafted as one when the whole phrase reads as one date.
A length the clause already governs ("jailed for a week on Monday", "within a week") is a
length said on a day, never joined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize

__all__ = ["joined_dates"]

Span = tuple[int, int, "Value | None"]
Joined = tuple[int, int, "Value | None", bool]

_GAP = re.compile(r"\s+(?:(?:on|of|in)\s+)?", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|last|final)\s+$",
                             re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_GOVERNED = re.compile(r"\b(?:for|of|than|over|within|under|about|nearly|almost|around|"
                       r"lasting|after|before|in|up\s+to|at\s+least|some|just|only)\s+$",
                       re.IGNORECASE)
"""Words that make the length before "on Monday" a length: "for a week on Monday"."""
_PLACED = date(2025, 3, 5)
"""The day a joined phrase is read against when the article has none: only whether it
reads as one date matters then, and its value stays unplaced."""


def joined_dates(text: str, spans: list[Span], reference: date | None,
                 free: Callable[[int, int], bool]) -> Iterator[Joined]:
    """`spans` (the time scanner's, in order), two neighbours drafted as one where their
    words read as one date (`free` says a span is not yet taken by another finder), each
    with whether it was joined: a joined date is drafted without the preposition before it,
    which the readers of these phrasings do not take ("on the first Monday of January")."""
    i = 0
    while i < len(spans):
        if i + 1 < len(spans) and (joined := _join(text, spans[i], spans[i + 1], reference,
                                                   free)) is not None:
            yield (*joined, True)
            i += 2
            continue
        yield (*spans[i], False)
        i += 1


def _join(text: str, first: Span, second: Span, reference: date | None,
          free: Callable[[int, int], bool]) -> Span | None:
    (s, e, one), (s2, e2, two) = first, second
    gap = _GAP.fullmatch(text, e, s2)
    if gap is None or two is not None and two.kind is not Kind.DATE:
        return None
    duration = one is not None and one.kind is Kind.DURATION
    if duration and (not gap.group().strip() or _GOVERNED.search(text, max(0, s - 16), s)):
        return None
    if one is not None and one.kind not in (Kind.DATE, Kind.DURATION):
        return None
    if _WEEKDAY.fullmatch(text, s, e) and (nth := _ORDINAL_BEFORE.search(
            text, max(0, s - 16), s)) is not None:
        s = nth.start()
    phrase = text[s:e2].rstrip(".")
    if not free(s, s + len(phrase)):
        return None
    try:
        value = normalize(phrase, reference=reference or _PLACED, context=text)
    except (ClaimdiffError, ValueError, ArithmeticError):
        return None
    if value.kind is not Kind.DATE:
        return None
    return s, s + len(phrase), value if reference is not None else None
