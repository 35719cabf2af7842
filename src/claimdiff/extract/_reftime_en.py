"""English words of the reference-time rules (`_reftime`): which time expressions read
from the time the text last named, and which dates are the time of a report.

After the TimeML guidelines (TimeML 1.2.1, TIMEX3 `anchorTimeID` and `temporalFunction`):
an anaphoric expression ("the next day", "that week", "two days later") is anchored to
the reference time, the last time the narrative named; a deictic one ("tomorrow", "next
week", "two days ago") to the document's creation time.
"""

from __future__ import annotations

import re

from claimdiff.extract._lexicon_en import AUXILIARY_PAST, IRREGULAR

__all__ = ["ANAPHORIC", "COUNTED", "HALF", "IN_TEXT", "LAST_OF", "LOOK_BACK", "NAMED",
           "NAMES_A_DAY", "NEXT_OF", "PERIOD_OF", "POSSESSIVE_PART", "REPORTING", "SHIFTS",
           "START_MONTH", "UNIT_WORDS", "YEAR_END",
           "clause_of", "count", "in_past"]

_UNITS = r"day|week|month|quarter|year|weekend|morning|afternoon|evening|night"
UNIT_WORDS = frozenset(_UNITS.split("|"))

SHIFTS = {"that": 0, "the same": 0, "the": 0, "later that": 0, "earlier that": 0,
          "the following": 1, "the next": 1, "the subsequent": 1, "after": 1,
          "the previous": -1, "the preceding": -1, "the prior": -1, "before": -1}
"""How many units from the reference time a determiner or a trailing word moves."""

ANAPHORIC = re.compile(
    r"(?:(?:on|in|during|by|for|at|of|over|from|until|through)\s+)?"
    r"(?:(?P<det>that|the\s+same|later\s+that|earlier\s+that|the\s+following|the\s+next|"
    r"the\s+subsequent|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>" + _UNITS + r")"
    r"|the\s+(?P<bunit>" + _UNITS + r")\s+(?P<tail>before|after)"
    r"|(?P<the>the)\s+(?P<tunit>day|week|month|quarter|year)"
    r"|(?P<same>(?:that|the\s+same)\s+period))",
    re.IGNORECASE)
"""A period named from the reference time: "that week", "the same day", "the following
year", "later that evening", "the night before"; "the day", "the week", "the quarter",
"the year" alone (the period the text is speaking of); "that period", "the same period"
(the reference time itself; "at the time" is TimeML's `PAST_REF`, as `normalize` reads it). Matched
against a whole phrase."""

NAMED = re.compile(
    r"(?:(?:on|in|during|by|for|of|over|from|until|through)\s+)?"
    r"(?P<det>that|the\s+same|later\s+that|earlier\s+that|the\s+following|the\s+next|"
    r"the\s+subsequent|the\s+previous|the\s+preceding|the\s+prior)\s+"
    r"(?P<name>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|spring|summer|fall|autumn|winter)",
    re.IGNORECASE)
"""A month or season named from the reference time: "that summer", "the following
March" (the one after the reference time), "the previous winter"."""

START_MONTH = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
               "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
               "december": 12, "spring": 3, "summer": 6, "fall": 9, "autumn": 9,
               "winter": 12}

_COUNT = (r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}")
COUNTED = re.compile(
    r"(?:(?:just|only|some|about|nearly|almost)\s+)?(?P<n>" + _COUNT + r")\s+"
    r"(?P<unit>day|week|month|year|quarter|decade)s?\s+"
    r"(?P<dir>later|earlier|before|after|afterwards?|previously|on)"
    r"|(?P<yperiod>(?:the|a)\s+year[- ](?:earlier|ago|before)\s+(?:period|quarter|month|week|day)"
    r"|(?:the\s+)?same\s+(?:period|time|quarter|month|week|day)\s+(?:a\s+year\s+(?:earlier|"
    r"ago|before)|last\s+year|the\s+(?:previous|prior|year\s+before)(?:\s+year)?))",
    re.IGNORECASE)
"""A time counted from the reference time: "two days later", "a year earlier", "three
weeks on", "the year-earlier quarter" (financial news: the same period a year before)."""

POSSESSIVE_PART = re.compile(
    r"(?P<owner>(?:this|last|next)\s+year|\d{4}|(?:the\s+)?(?:previous|prior)\s+year)['’]s\s+"
    r"(?P<part>(?:first|second|third|fourth|final|last)\s+(?:quarter|half))", re.IGNORECASE)
"""A part of a year named by its year first: "this year's first quarter", "last year's
second half", "2012's final quarter" (the part "of" that year)."""

HALF = re.compile(r"(?:(?:in|during|for|of|by)\s+)?(?:the\s+)?(?P<ord>first|second)\s+half",
                  re.IGNORECASE)
"""A half with no year ("in the second half"): of the year the text speaks of."""

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def count(word: str) -> int:
    """A count word or numeral as an integer."""
    return _COUNTS.get(word.lower()) or int(word)


LATER = frozenset({"later", "after", "afterward", "afterwards", "on"})

YEAR_END = re.compile(r"(?P<head>.*\b(?:of|in)\s+)(?:the\s+)?(?P<unit>year|month|week)",
                      re.IGNORECASE)
"""A part of "the year" ("the end of the year", "by the end of year", "early in the
year", "the rest of the month"): the year (month, week) of the reference time, in a
phrase that names no other year."""

PERIOD_OF = {"day": "today", "week": "this week", "month": "this month",
             "quarter": "this quarter", "year": "this year", "weekend": "this weekend",
             "morning": "this morning", "afternoon": "this afternoon",
             "evening": "this evening", "night": "tonight"}
"""The deictic phrase naming the same period as seen from the reference time."""

NEXT_OF = {"day": "tomorrow", "morning": "tomorrow morning", "afternoon": "tomorrow afternoon",
           "evening": "tomorrow evening", "night": "tomorrow night"}
LAST_OF = {"day": "yesterday", "morning": "yesterday morning",
           "afternoon": "yesterday afternoon", "evening": "yesterday evening",
           "night": "last night"}

REPORTING = re.compile(
    r"\b(?:said|says|say|told\s+(?:[\w.'’-]+\s+){0,3}?|announced|added|stated|confirmed|"
    r"reported|explained|noted|insisted|warned)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE)
"""Right before a date, a verb of saying: "officials said Friday" dates the report, not
the events the narrative tells; such a date sets no reference time."""

NAMES_A_DAY = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this|last|next|coming|past|previous|following|"
    r"mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|"
    r"eve|day|week|month|year)|\d{4}|\d/\d|\d-\d\d-|\d(?:st|nd|rd|th)\b",
    re.IGNORECASE)
"""Words that say which day a time of day is on; a time without them ("at 8 p.m.", "in
the morning", "shortly before noon") is on the day the text is speaking of."""

LOOK_BACK = re.compile(r"\b(?:earlier|ago|before|previous(?:ly)?|preceding|prior)\b",
                       re.IGNORECASE)
"""A phrase looking back from the reference time ("a year earlier", "the day before")."""

_WORD = re.compile(r"[A-Za-z]+")
_PAST_WORDS = frozenset(IRREGULAR) | frozenset(AUXILIARY_PAST.values()) | {"said", "told"}


def in_past(sentence: str) -> bool:
    """Whether a sentence tells of the past: a verb in the simple past ("peaked", "rose",
    "was"); "meets at the end of the month" (a timetable's present) does not."""
    return any(w.lower() in _PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w.islower())
               for w in _WORD.findall(sentence))


_CUT = re.compile(r"[,;:()—–]|\b(?:and|but|which|who|that|while|whereas|because|although)\b",
                  re.IGNORECASE)


def clause_of(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The words of `text[lo:hi]` around the date at `start:end` up to the nearest comma,
    colon, bracket or clause word on either side: the clause whose verb dates it."""
    left = max((m.end() for m in _CUT.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in _CUT.finditer(text, end, hi)), hi)
    return text[left:right]


_NO_NOUN_AFTER = r"(?![\w-]|[ \t]+than\b)"
_NO_DETERMINER_AFTER = r"(?![ \t]+(?:the|a|an|this|that|his|her|their|its)\b)"
_ENDS = r"(?=[ \t]*(?:[,.;:!?)\"”’]|$))"
IN_TEXT = re.compile(
    r"\b(?:(?:(?:that|the\s+same|later\s+that|earlier\s+that|the\s+following|the\s+next|"
    r"the\s+subsequent|the\s+previous|the\s+preceding|the\s+prior)\s+(?:" + _UNITS + r"|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|spring|summer|fall|autumn|winter|period)"
    r"|(?:" + _COUNT + r")\s+(?:day|week|month|year|quarter|decade)s?\s+"
    r"(?:later|earlier|afterwards?)" + _NO_DETERMINER_AFTER +
    r"|(?:the|a)\s+year[- ](?:earlier|ago|before)\s+(?:period|quarter|month|week|day))"
    + _NO_NOUN_AFTER +
    r"|(?:the\s+(?:" + _UNITS + r")|(?:" + _COUNT + r")\s+(?:day|week|month|year)s?)\s+"
    r"(?:before|after)" + _ENDS + r"|(?:" + _COUNT + r")\s+(?:day|week|month|year)s?\s+on"
    + _ENDS + ")", re.IGNORECASE | re.MULTILINE)
"""Where running text names a time from its reference time: what `ANAPHORIC`, `COUNTED`
and `NAMED` read, found by the extractor before the temporal scanner (which reads "the
following year" from the day of writing, and "two days later" as a duration). "Before"
and "after" must end their clause: "the day before the vote" counts from the vote, not
from the date named before. A month or season must not stand before a noun ("show that
spring rainfall was low"). Not "later than", nor a count "later" right before a
determiner ("two months later the start of the operations": after that start)."""


