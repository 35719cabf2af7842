"""Dates written as possessives: "Sunday's referendum", "today's march".

A possessive date is the determiner of a noun, so a preposition before it governs the
noun phrase, not the date: "after Sunday's referendum" dates the referendum on Sunday
(the clause around it happened after it). And "today's" before an event ("today's
march", "today's vote") is the day of writing, where "today's world" points at no day.
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize

_POSSESSIVE = re.compile(r"['’]s\b")
_GOVERNED = re.compile(r"(?i)(?:after|before|since|until|till|ahead\s+of|following)\s+")
_TODAY = re.compile(r"(?i)(today|tonight)['’]s\s+([a-z]+)")
_EVENT_ENDINGS = ("ing", "ment", "tion", "sion", "al", "ure")


def _eventive(word: str) -> bool:
    """A noun naming something that happens: a verb's own noun ("march", "vote", "rally",
    "strike") or a derived one ("meeting", "announcement", "election", "final")."""
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    return word.lower().endswith(_EVENT_ENDINGS) or "VERB" in getAllLemmas(word.lower())


def possessive_date(chunk: str, s: int, e: int, value: Value | None,
                    reference: date | None) -> tuple[int, int, Value | None]:
    """The span and reading of the date at `chunk[s:e]` when it is a possessive; else as
    given."""
    phrase = chunk[s:e]
    if _POSSESSIVE.match(chunk, e) and (m := _GOVERNED.match(phrase)) is not None:
        rest = phrase[m.end():]
        read = _read(rest, reference)
        if read is not None:
            return s + m.end(), e, read
    today = _TODAY.match(chunk, s)
    if today is not None and today.start(2) >= e and _eventive(today.group(2)):
        read = _read(today.group(1), reference)
        if read is not None:
            return s, s + len(today.group(1)), read
    return s, e, value


def _read(phrase: str, reference: date | None) -> Value | None:
    try:
        value = normalize(phrase, reference=reference)
    except ClaimdiffError:
        return None
    return value if value.kind is Kind.DATE else None


__all__ = ["possessive_date"]
