"""A curated claim's date or time read as its report means it, not as a bare phrase.

- A day counted from an earlier event ("the following day", "the day before") is
  placed only from the claim's `anchor:`; without one it cannot be placed (read from
  the day of writing, "the following day" in a report of Thursday's paper would be
  Friday, a false conflict with "on Tuesday"). Such a phrase is recognised by its
  reading: it moves with an anchor, where "yesterday" or "on Tuesday" never does.
- A time of day that names no day ("shortly before noon", "at 4:17 a.m.", "during the
  morning") is a time of day, in minutes after midnight, never a time on the day of
  writing: a report of the next day would place it a day later. As for values read
  from text (`claimdiff.measure.clock_reading`).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from typing import TypeAlias

from claimdiff.errors import ClaimdiffError, NormalizationError
from claimdiff.measure import Measurement, clock_reading, field_words
from claimdiff.normalization import Interval, Kind, Value, normalize

__all__ = ["as_curated", "clock_of", "earlier_alike", "other_events"]

Reading: TypeAlias = "Value | NormalizationError"

_FAR = normalize("1 January 1900")
"""An anchor no report counts from: a reading that moves with it counts from an anchor."""

_NO_DAY = frozenset("""at in on during the a an of about around approximately roughly some
nearly almost just shortly soon before after by until till little time minutes early late
morning afternoon evening night overnight dawn daybreak dusk sunrise sunset noon midday
midnight hours hour small wee""".split())
"""Words of a time of day that name no day: "in the early hours", "shortly before noon"."""
_WORD = re.compile(r"[^\W_]+")


def as_curated(text: str, reading: Reading, reference: date | None, quote: str | None, *,
               anchored: bool) -> Reading:
    """`reading` of a curated claim's phrase `text`, as the report means it."""
    if not isinstance(reading, Value) or reading.kind is not Kind.DATE:
        return reading
    if not anchored and _counts_from_an_event(text, reading, reference, quote):
        return NormalizationError(
            f"{text!r} counts from an earlier event, not from the day of writing: set the "
            "claim's `anchor:` to the id of the claim it counts from", text=text)
    if reading.sub_day and not _names_a_day(text):
        return _time_of_day(text, reading)
    return reading


def _counts_from_an_event(text: str, reading: Value, reference: date | None,
                          quote: str | None) -> bool:
    try:
        moved = normalize(text, reference=reference, anchor=_FAR, context=quote)
    except (ClaimdiffError, ValueError, ArithmeticError):
        return False
    return moved.core != reading.core


def _names_a_day(text: str) -> bool:
    clock = clock_reading(text)
    rest = text.replace(clock[0], " ") if clock is not None else text
    return any(w.lower() not in _NO_DAY for w in _WORD.findall(rest))


def clock_of(text: str, reading: Reading) -> Value | None:
    """The time of day a date names with its day ("shortly before midnight Sunday", "just
    after 5am on Thursday"), in minutes after midnight; `None` for a date of no clock time.
    One curator writes the time and the day, the other the time alone."""
    if not isinstance(reading, Value) or reading.kind is not Kind.DATE or not reading.sub_day:
        return None
    found = _time_of_day(text, reading)
    return found if isinstance(found, Value) and found.dimension == "time of day" else None


def _time_of_day(text: str, reading: Value) -> Reading:
    """The reading's place in its day, in minutes after midnight (the clock's own reading
    where the phrase is a clock time: its hedges are the clock's)."""
    clock = clock_reading(text)
    if clock is not None and clock_reading(text.replace(clock[0], " ", 1)) is None:
        return clock[1]  # one clock time; "between 2am and 4am" is the reading's window
    ends = (reading.core.lo, reading.core.hi, reading.support.lo, reading.support.hi)
    if not all(map(math.isfinite, ends)):
        return reading
    day = math.floor(reading.core.lo)

    def minutes(x: Interval) -> Interval:
        return Interval(round((x.lo - day) * 1440), round((x.hi - day) * 1440),
                        lo_open=x.lo_open, hi_open=x.hi_open)

    return Value(kind=Kind.QUANTITY, text=text, core=minutes(reading.core),
                 support=minutes(reading.support), unit="min", dimension="time of day",
                 granularity="minute", steps=(*reading.steps, "a time of day naming no day: "
                                              "minutes after midnight"))


def other_events(x: Measurement, y: Measurement, pred_a: str, pred_b: str) -> str | None:
    """Why two claims paired by their values (not their words) may date two events: their
    predicates name different events ("were freed" against "number abducted"), so their
    `when`s are no evidence against each other; `None` when they name one event (the same
    event word, or predicates sharing a content word)."""
    if x.event is not None and x.event == y.event:
        return None
    if field_words(pred_a) & field_words(pred_b):
        return None
    return f"the claims were paired on their values, and '{pred_a}' and '{pred_b}' may be " \
        "different events"



_EARLIER = "previous"


def earlier_alike(x: Measurement, y: Measurement, when_a: Reading | None,
                  when_b: Reading | None, reference_a: date | None,
                  reference_b: date | None) -> tuple[Measurement, Measurement]:
    """`x` and `y` (curated values paired), the one with no role taking the other's
    `previous` (a `when` of a year before the report: "Last year | Typhoon Orrin | 79
    dead") when its own claim's `when` lies wholly before its report's year too ("last
    September | Typhoon Orrin killed | 61 people"): both are of the earlier event."""
    if x.role == _EARLIER and y.role is None and _before(when_b, reference_b):
        return x, replace(y, role=_EARLIER)
    if y.role == _EARLIER and x.role is None and _before(when_a, reference_a):
        return replace(x, role=_EARLIER), y
    return x, y


def _before(when: Reading | None, reference: date | None) -> bool:
    """A date read wholly before the first day of its report's year."""
    return isinstance(when, Value) and when.kind is Kind.DATE and reference is not None \
        and when.core.hi < date(reference.year, 1, 1).toordinal()
