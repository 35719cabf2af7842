"""A time "in" a span of less than a day, kept as the span it took; a period named by its
length ("over the next three years"), kept as that length.

"opened each car in under 90 seconds", "finished the climb in about three hours": read
against the report's day, "in 90 seconds" is a moment ahead of it, a date that names no
day but the report's own; in news it is far more often how long something took, as
"less than a minute and a half" says in the other report. The date keeps that length as
its second reading (`claimdiff.measure._bridge`), used only against a duration. So does
a period from or up to the report's day named by its length, "over the next three years",
"during the past 18 months": it lasts what it says ("over 36 months").
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize

__all__ = ["in_span"]

_IN = re.compile(r"(?i)^in\s+(?P<span>.*\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)"
                 r"(?:\s+and\s+an?\s+half)?)$")
"""A span of seconds, minutes or hours after "in": "in under 90 seconds", "in an hour and a
half"; never of days or more ("in two years" is a date ahead as often as a length)."""
_NEXT = re.compile(r"(?i)^(?:(?:over|in|during|for|within|across|throughout)\s+)?the\s+"
                   r"(?:next|coming|following|past|last|previous|preceding)\s+(?P<span>.+)$")
"""A period named by its length from or up to the report's day: "over the next three
years", "the past five years"."""
_DAY = 1.0
"""The longest span, in days, whose moment ahead names no other day than the report's."""


def in_span(value: Value, phrase: str) -> Value | None:
    """"in under 90 seconds" read as a moment ahead of the report's day, "over the next
    three years" as a period from it: the length it states, else `None`."""
    if value.kind is not Kind.DATE:
        return None
    if (m := _NEXT.match(phrase.strip())) is not None:
        return _length(m.group("span"), phrase, float("inf"), "the length of the period")
    if (m := _IN.match(phrase.strip())) is None:
        return None
    return _length(m.group("span"), phrase, _DAY,
                   "the time it took, not a moment ahead of the report")


def _length(said: str, phrase: str, longest: float, how: str) -> Value | None:
    try:
        span = normalize(said)
    except ClaimdiffError:
        return None
    if span.kind is not Kind.DURATION or not span.support.bounded or span.support.hi > longest:
        return None
    return replace(span, text=phrase, steps=(*span.steps, f"{phrase!r} as {how}"))
