"""A draft's reading as its text places it, before it is measured: a hedge written just
before the phrase ("shortly after 9pm"), a term ("a four-year term") as the span it runs,
a level reached after a verb of going ("goes up to 9.80"), a state read by its start, a
phrase that is only a clock time or an ordinal."""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.compare._readings import ClaimReadings
from claimdiff.errors import ClaimdiffError
from claimdiff.measure import (
    SourceText,
    since_point,
    temperature_difference,
)
from claimdiff.model import Claim
from claimdiff.normalization import Kind, Value, normalize

__all__ = ["bare_clock", "by_start", "gone_up", "only_part", "term_span", "with_hedge"]


def with_hedge(written: str, claim: Claim, text: SourceText | None) -> str:
    """The phrase with a hedge the drafted value left out ("shortly" of "shortly before")."""
    if text is None or not written.lower().startswith(("before", "after")):
        return written
    where = text.locate(written, claim.span)
    if where is None:
        return written
    m = _HEDGE_BEFORE.search(text.text, max(0, where[0] - 12), where[0])
    return f"{m.group(1)} {written}" if m else written


_HEDGE_BEFORE = re.compile(r"\b(shortly|just|soon)\s+$", re.IGNORECASE)


def term_span(reading: Value, written: str, claim: Claim, text: SourceText | None) -> Value:
    """The reading as the words after it say: a temperature "above" a level is a difference
    (`temperature_difference`); a duration modifying a noun of an agreed term ("a five-year
    *contract*", "a 35-year *concession*") is the term itself, exact: its loosest reading
    is its core."""
    if reading.dimension == "temperature" and text is not None:
        where = text.locate(written, claim.span)
        return reading if where is None else temperature_difference(reading, text.text, where[1])
    if reading.kind is not Kind.DURATION or text is None or not _COMPOUND.search(written):
        return reading
    where = text.locate(written, claim.span)
    m = _TERM_NOUN.match(text.text, where[1]) if where is not None else None
    if m is None:
        return reading
    return replace(reading, support=reading.core, steps=(
        *reading.steps, f"the length of a {m.group(1).lower()}: an agreed term, exact"))


_COMPOUND = re.compile(r"\w-(?:year|month|week|day)\b", re.IGNORECASE)
_TERM_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(contract|deal|lease|concession|licen[cs]e|term|mandate|sentence|ban|"
    r"agreement|loan|bond|warranty|franchise|tenancy|moratorium|suspension|extension)s?\b",
    re.IGNORECASE)


def bare_clock(written: str, clock: str) -> bool:
    """The phrase is a time of day and nothing more ("at 5:47 p.m."): it names no day."""
    return only_part(written, clock)


def only_part(written: str, part: str) -> bool:
    """`written` is `part` with at most a preposition or article around it."""
    rest = written.replace(part, " ").split()
    return all(w.lower() in ("at", "on", "from", "until", "by", "local", "time", "the", "its",
                             "in", "for") for w in rest)


def gone_up(reading: Value, readings: ClaimReadings, claim: Claim,
             text: SourceText | None) -> Value:
    """"goes *up to* 68,500 tonnes" is a rise to 68,500 tonnes, not at most 68,500: "up" is
    the verb's particle, and the level reached is exact."""
    written = reading.text
    if text is None or not written.lower().startswith("up to "):
        return reading
    where = text.locate(written, claim.span)
    if where is None or not _GO.search(text.text, max(0, where[0] - 10), where[0]):
        return reading
    try:
        level = normalize(written[6:], reference=readings.reference(claim))
    except ClaimdiffError:
        return reading
    if level.kind is not reading.kind:
        return reading
    return replace(level, text=written, steps=(
        f"'{written}' after a verb of going: a level reached, {written[6:]}", *level.steps))


_GO = re.compile(r"\b(?:go|goes|went|gone|going)\s+$", re.IGNORECASE)


def by_start(reading: Value, readings: ClaimReadings, claim: Claim) -> Value:
    """A date "since X" measured by X, the start of the state it dates."""
    point = since_point(reading.text) if reading.kind is Kind.DATE else None
    if point is None:
        return reading
    try:
        start = normalize(point, reference=readings.reference(claim))
    except ClaimdiffError:
        return reading
    if start.kind is not Kind.DATE:
        return reading
    return replace(start, text=reading.text, steps=(
        f"'{reading.text}' dates a state by its start: {point}", *start.steps))
