"""A time "in" a span of less than a day, kept as the span it took.

"opened each car in under 90 seconds", "finished the climb in about three hours": read
against the report's day, "in 90 seconds" is a moment ahead of it, a date that names no
day but the report's own; in news it is far more often how long something took, as
"less than a minute and a half" says in the other report. The date keeps that length as
its second reading (`claimdiff.measure._bridge`), used only against a duration.
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
_DAY = 1.0
"""The longest span, in days, whose moment ahead names no other day than the report's."""


def in_span(value: Value, phrase: str) -> Value | None:
    """"in under 90 seconds" read as a moment ahead of the report's day: the length it
    states, else `None`."""
    if value.kind is not Kind.DATE or (m := _IN.match(phrase.strip())) is None:
        return None
    try:
        span = normalize(m.group("span"))
    except ClaimdiffError:
        return None
    if span.kind is not Kind.DURATION or not span.support.bounded or span.support.hi > _DAY:
        return None
    return replace(span, text=phrase, steps=(
        *span.steps, f"{phrase!r} as the time it took, not a moment ahead of the report"))
