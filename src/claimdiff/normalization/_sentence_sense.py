"""What the sentence a phrase was taken from says about it (`normalize(..., context=)`).

* The unit of a range's first number: in "between 12 and 18 months" an extractor may hand
  over "12" alone; the sentence gives it the unit its range's second end carries (TimeML
  annotates "12" there as `P12M`: TIMEX3 guidelines 1.2.1, §2.3 on ranges, each end its
  own TIMEX3 with the shared unit).
* The year right after a date cut short: "January day" of "that January day in 2011" is
  read with the year its sentence writes after it ("in 2011", ", 2011", "of 2011").
* "today" in its present-day sense ("today's digital world", "faster than can be done
  today", "fifty years ago ... today"): TIMEX3 `PRESENT_REF`, the value the TimeML
  annotation guidelines (v1.2.1, the TIMEX3 `value` attribute) give "now" and "today"
  said of the present in general; "today"
  as a calendar day keeps its date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.errors import NormalizationError
from claimdiff.normalization._value import Kind, Value

__all__ = ["generic_today", "range_unit", "read_dated", "read_united"]

_NUMBER = r"\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?"
_JOIN = r"\s*(?:-|–|—|\bto\b|\band\b|\bor\b|\bthrough\b|\bthru\b)\s*"
_UNIT = r"(?!(?:in|at|on|by|of|for|from|as|a|an|the|each|per)\b)[a-z]+"
"""A word after a range; not a preposition or article ("from 64 to 67 in stages": no inches)."""

# Nouns of an era, not of a day's events: "today's world", "today's young people".
_ERA_NOUNS = (
    "world|society|societies|age|era|generation|generations|economy|economies|youth|young|"
    "kids|children|teenagers|students|workers|workforce|workplace|consumers|families|"
    "parents|standards|terms|dollars|prices|money|market|markets|marketplace|environment|"
    "culture|climate|technology|technologies|media|landscape|politics|times|life|lives|"
    "science|medicine|industry|business|businesses|companies|world's|military|armies|"
    "democracies|cities|schools|universities|music|cars|computers|internet")
_TODAYS_ERA = re.compile(rf"\btoday['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{_ERA_NOUNS})\b",
                         re.IGNORECASE)
# A comparison with the present as a state of things: "than can be done today", "than
# they are today", "than is possible today" (not "warmer than today": a day's weather).
_THAN_TODAY = re.compile(r"\bthan\s+(?:[a-z']+\s+){0,3}?(?:is|are|can|could|exists?|possible|"
                         r"available|known|used|done)\b[^.;:!?]*?\btoday\b", re.IGNORECASE)
# The sentence sets the present against another era: "fifty years ago", "in the 1960s",
# "used to", "for much of the 20th century", "generations".
_ERA_CONTRAST = re.compile(r"\b(?:(?:\w+\s+){1,2}(?:decades|centuries|generations)\s+ago|"
                           r"(?:\d{2,}|ten|\w+teen|\w+ty(?:-\w+)?|a\s+hundred)\s+years\s+ago"
                           r"(?!\s+today)|"
                           r"used\s+to|in\s+the\s+(?:'?\d{2}|\d{4})s|(?:\d+(?:st|nd|rd|th)|"
                           r"\w+teenth|\w+ieth)\s+century|in\s+(?:the\s+)?(?:old|olden)\s+days|"
                           r"in\s+the\s+past|once\s+were|back\s+then)\b", re.IGNORECASE)


def range_unit(text: str, context: str) -> str | None:
    """`text` (a bare number) with the unit its range in the sentence carries: "12" in
    "between 12 and 18 months" is "12 months"; `None` when the sentence shows no such
    range (or shows it with different units, so the number's unit is unsure)."""
    number = text.strip()
    if not re.fullmatch(_NUMBER, number, re.IGNORECASE):
        return None
    units = {m["unit"].lower() for m in re.finditer(
        rf"(?<![\w.,]){re.escape(number)}{_JOIN}(?P<b>{_NUMBER})\s+(?P<unit>{_UNIT})\b",
        context, re.IGNORECASE)
        if not re.fullmatch(r"to|and|or|through|thru", m["unit"], re.IGNORECASE)}
    if len(units) != 1:
        return None
    return f"{number} {units.pop()}"


def generic_today(text: str, context: str) -> bool:
    """Whether "today" (the phrase `text`) means the present day in general in the
    sentence `context`, not the calendar day."""
    if not re.fullmatch(r"(?:of\s+|for\s+)?today(?:['’]s)?", text.strip(), re.IGNORECASE):
        return False
    if not re.search(r"\btoday\b", context, re.IGNORECASE):
        return False
    return bool(_TODAYS_ERA.search(context) or _THAN_TODAY.search(context)
                or _ERA_CONTRAST.search(context))


def read_united(text: str, context: str, read: Callable[[str], Value | None]) -> Value | None:
    """A bare number whose sentence shows it as a range's first end ("12" of "between 12
    and 18 months"), read with the range's unit by `read`: `None` unless that reads and
    the number alone would be a bare count (or nothing)."""
    united = range_unit(text, context)
    if united is None:
        return None
    try:
        alone = read(text)
        if alone is not None and (alone.kind is not Kind.QUANTITY or alone.noun
                                  or alone.dimension != "count"):
            return None
        value = read(united)
    except (NormalizationError, ValueError, OverflowError):
        return None
    if value is None or value.kind is Kind.QUANTITY and value.dimension == "count":
        return None
    return replace(value, text=text.strip(), steps=(
        f"a range's first end: its sentence gives the unit, {united!r}", *value.steps))


def read_dated(text: str, context: str, read: Callable[[str], Value | None]) -> Value | None:
    """A date without its year whose sentence writes the year right after it ("January day"
    in "that January day in 2011"), read with it by `read`; `None` otherwise."""
    phrase = text.strip()
    if not phrase or re.search(r"\d{4}", phrase):
        return None
    m = re.search(rf"(?<!\w){re.escape(phrase)}(?P<join>,\s*|\s+(?:in|of)\s+)(?P<y>\d{{4}})\b",
                  context, re.IGNORECASE)
    if m is None:
        return None
    try:
        alone = read(phrase)
        if alone is None or alone.kind is not Kind.DATE:
            return None
        value = read(f"{phrase}{m['join']}{m['y']}")
    except (NormalizationError, ValueError, OverflowError):
        return None
    if value is None or value.kind is not Kind.DATE:
        return None
    return replace(value, text=phrase, steps=(
        f"its sentence writes the year after it: {m['y']}", *value.steps))
