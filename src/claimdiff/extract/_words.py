"""Measures written without a figure, and spans the time scanner reads too short.

The quantity scanner starts at a digit or a number word, so a unit of measure after an
article ("roughly a mile", "more than a tonne") or a part of one ("half a mile",
"three-quarters of an hour") is never found, though `normalize` reads it; the time scanner
takes "three-quarters" alone for nine months and "two to three weeks" for its last half.
Each reader returns `(start, end, value)` with offsets into the chunk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from functools import partial

from claimdiff.errors import ClaimdiffError
from claimdiff.extract._matched import matched_values
from claimdiff.normalization import Kind, Value, normalize

__all__ = ["bare_counts", "clock_words", "duration_ranges", "holidays",
           "measures_without_figures", "race_times", "word_ages"]

_HEDGE = (r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|less\s+than|"
          r"over|under|at\s+least|up\s+to|well\s+over|just\s+(?:over|under)|close\s+to)\s+)?")
_UNIT = (r"(?:(?:square|cubic)\s+)?(?:mile|kilomet(?:re|er)|met(?:re|er)|centimet(?:re|er)|"
         r"millimet(?:re|er)|inch|foot|nautical\s+mile|tonne|metric\s+ton|kilogram(?:me)?|kilo|"
         r"gram|ounce|hectare|acre|lit(?:re|er)|gallon|barrel|megawatt|gigawatt|kilowatt)")
"""Units of measure a writer puts after "a": not "a yard", "a pound", "a degree" or "a second",
which as often name a place, a currency, a diploma or an order; "a ton" is as often a heap."""
_TIME_UNIT = r"(?:hour|minute|day|week|month|year|decade|century)"
_PART = (r"(?:half|a\s+quarter|(?:one|two|three)[\s-]quarters?|a\s+third|one[\s-]third|"
         r"two[\s-]thirds|a\s+fifth|a\s+tenth)")
_AND_PART = r"(?:\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters))"
"""A part said after the unit it is a part of: "a mile and a quarter", "a kilometre and a
half" (`normalize` reads it as "one and a quarter miles")."""
_MEASURE = re.compile(
    rf"(?<![\w-])(?P<hedge>{_HEDGE})(?:{_PART}\s+(?:of\s+)?an?\s+(?:{_UNIT}|{_TIME_UNIT})"
    rf"|(?P<article>an?|the(?=\s+{_UNIT}{_AND_PART}))\s+{_UNIT}{_AND_PART}?)"
    r"(?![\w-]|\s+(?:later|earlier|after|before|ago|on|since)\b)",
    re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:per|each|every|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|twenty|hundred|thousand|million|billion)|[$€£¥])"
                          r"(?:\s*[a-z]+)?\W*$", re.IGNORECASE)
""""$80 a barrel", "40 miles a gallon": a rate's "per", not a measure of one unit."""


def _read(matches: Iterable[re.Match[str]], keep: Callable[[Value], bool], *,
          phrase: Callable[[re.Match[str]], str] = lambda m: m.group(),
          reference: date | None = None) -> list[tuple[int, int, Value]]:
    """Each match's phrase as `normalize` reads it, where the reading is one `keep` wants;
    a phrase it refuses is no value."""
    out = []
    for m in matches:
        try:
            value = normalize(phrase(m), reference=reference)
        except ClaimdiffError:
            continue
        if keep(value):
            out.append((m.start(), m.end(), value))
    return out


def _same(phrase: str, _: re.Match[str]) -> str:
    return phrase


def measures_without_figures(chunk: str) -> list[tuple[int, int, Value]]:
    """A unit of measure after "a" or a part of one ("roughly a mile", "an acre", "half a
    mile", "up to three-quarters of a mile", "a quarter of an hour"), as `normalize`
    reads it; never a rate's "a" ("$80 a barrel")."""
    def keep(v: Value) -> bool:
        return (v.kind in (Kind.QUANTITY, Kind.DURATION)
                and v.dimension not in ("count", "percent") and v.core.bounded)

    out = []
    for m in _MEASURE.finditer(chunk):
        if _RATE_BEFORE.search(chunk, max(0, m.start() - 16), m.start()):
            continue
        # "ran the mile and a quarter": the distance of a named race is a mile and a quarter
        whole = m.group() if (m.group("article") or "").lower() != "the" else (
            m.group()[:m.start("article") - m.start()] + "a"
            + m.group()[m.end("article") - m.start():])
        # "around half a mile": `normalize` reads no hedge before "half"; the part's own
        # reading is already loose (half a mile is 0.37 to 0.62 miles at its loosest)
        phrases = [whole, whole[len(m.group("hedge")):]] if m.group("hedge") else [whole]
        for phrase in phrases:
            read = _read([m], keep, phrase=partial(_same, phrase))
            if read:
                out += read
                break
    return out


_NUM = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|fifteen|twenty|thirty|forty|fifty|sixty)")
_RANGE = re.compile(
    rf"\b(?:between\s+{_NUM}\s+and\s+|{_NUM}\s*(?:to|or|-|–)\s*){_NUM}\s+(?:second|minute|hour|day|"
    r"week|month|year|decade)s?\b"
    r"|\b(?:well\s+)?beyond\s+(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:fortnight|(?:second|minute|hour|day|week|month|year|decade)s?)\b", re.IGNORECASE)
"""A span given as a range ("two to three weeks", "between 14 and 21 days") or past a bound
("beyond a fortnight")."""


def duration_ranges(chunk: str) -> list[tuple[int, int, Value]]:
    """Durations the time scanner reads only in part: a range, whose last figure it takes
    alone ("three weeks" of "two to three weeks"), and a span past a bound ("beyond a
    fortnight": more than a fortnight, never a date after one)."""
    return _read(_RANGE.finditer(chunk), lambda v: v.kind is Kind.DURATION)


_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK_WORDS = re.compile(
    r"\b(?:(?:a\s+)?quarter|half|five|ten|twenty(?:[\s-]five)?)\s+(?:past|to)\s+" + _HOUR
    + r"(?:\s+o['’]clock)?(?P<part>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
    r"|on\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+"
    r"\s+\d{1,2}|[A-Z][a-z]+day)|on\s+[A-Z][a-z]+day\s+(?:morning|afternoon|evening|night)"
    r"|(?:this|that|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|(?:last|that)\s+night))",
    re.IGNORECASE)
"""A time of day in words with the part of the day that says which half it is in ("a quarter
past six on Wednesday morning", "ten to six on the morning of 3 March"); without one
("at ten to nine") it is no reading: morning and evening are both possible."""


def clock_words(chunk: str, reference: date | None) -> list[tuple[int, int, Value]]:
    """Times of day told in words with their part of the day, read with the day they name."""
    return _read(_CLOCK_WORDS.finditer(chunk), lambda v: v.kind is Kind.DATE and v.sub_day
                 and v.core.hi - v.core.lo < 0.5, reference=reference)


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORD = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?|"
                r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|dozens|scores|hundreds|thousands)")
_BARE = re.compile(
    r"(?<![\w-])(?P<n>(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    rf"some\s+|at\s+least\s+)?{_NUMBER_WORD})(?![\w-])(?=\s+(?:were|was|are|is|had|have|has|remain(?:s|ed)?|"
    r"died|survived|drowned|escaped|fled|stayed|went|came|needed|required|suffered|received|"
    r"injured|hurt|killed|wounded|dead|missing|more|others?|in\s+(?!the\s+(?:morning|afternoon|"
    r"evening)\b)|at\s+(?!least\b)|on|of\s+(?:them|whom|those|us|which)"
    r"|last|this|next)\b"
    r"|\s*[,;:.)]|\s*$)", re.IGNORECASE)
"""A number word standing for what it counts, its noun said before or understood: "forty-one
were hurt", "nine in Millbrook", "refloated another twenty-one on the high tide", "a shortlist
of six.", "dozens injured", "nine of them seriously". Not "one" (a pronoun as often)."""
_NOT_BARE = re.compile(
    r"(?:\b(?:at|by|until|till|from|after|before|around|about|since|past|to|than|aged|age|"
    r"the\s+age\s+of|under|over|of\s+the|page|number|no\.?|chapter|room|gate|lane|platform|"
    r"[A-Z][a-z]+\s+(?:street|road))|\d[\d.,]*|[-–])\s*$", re.IGNORECASE)
"""Before a number word that is no count: a time ("at nine", "until six"), a range's end ("two
to three"), a label ("lane five")."""


_DOZEN = re.compile(r"(?<![\w-])(?P<n>(?:(?:about|around|nearly|almost|some|more\s+than)\s+)?"
                    r"(?:half\s+a|a)\s+dozen)(?![\w-])", re.IGNORECASE)


def bare_counts(chunk: str) -> list[tuple[int, int, Value]]:
    """Number words with no noun after them that count something (`_BARE`), and dozens ("half
    a dozen more performances"); the scanner wants a noun after a number word."""
    found = [m for m in [*_BARE.finditer(chunk), *_DOZEN.finditer(chunk)]
             if not _NOT_BARE.search(chunk, max(0, m.start() - 16), m.start())]
    read = _read(found, lambda v: v.kind is Kind.QUANTITY and v.dimension == "count",
                 phrase=lambda m: m.group("n"))
    return [(s, e, replace(v, text=chunk[s:e])) for s, e, v in read]


_WORD_AGE = re.compile(
    r"\b(?:aged|(?:who|he|she)\s+(?:is|was|turned))\s+(?:(?:just|only|now|still)\s+)?"
    r"(?P<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + _UNITS + r"))?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?<=aged\s)(?:ten|" + _UNITS + r"))(?![\w-])",
    re.IGNORECASE)
"""An age in words after "aged" or a person's "is" ("now aged sixty-eight", "Delacey, who is
seventy-two and ...", a child "aged seven": one to ten only after "aged", where "she was one"
is no age): no noun follows, so the scanner leaves it; `claimdiff.measure` reads
it as an age."""


def word_ages(chunk: str) -> list[tuple[int, int, Value]]:
    """Ages written in words after "aged" or "who is" (`_WORD_AGE`), the number alone."""
    return [(m.start("n"), m.end("n"), value) for m, value in matched_values(_WORD_AGE, chunk, "n")
            if value.kind is Kind.QUANTITY and value.dimension == "count"]


_RACE_TIME = re.compile(r"(?<![\d:.,])(?:(?P<h>\d):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d)"
                        r"\.(?P<f>\d{1,3})(?![\d:])")
"""A time a race is won in, to the hundredth ("1:59.41", "4:31.50", "2:05:37.2"): the fraction
of a second tells it from a clock time."""


def race_times(chunk: str) -> list[tuple[int, int, Value]]:
    """Race times in minutes and seconds, read as the span they state ("1:59.41" is 1 minute
    59.41 seconds); the clock reader would take "1:59" for a time of day."""
    read = _read(_RACE_TIME.finditer(chunk), lambda v: v.kind is Kind.DURATION,
                 phrase=_race_span)
    return [(s, e, replace(v, text=chunk[s:e])) for s, e, v in read]


def _race_span(m: re.Match[str]) -> str:
    """"1:59.41" in words `normalize` reads as a span: "1 minutes 59.41 seconds"."""
    parts = [f"{m.group('h')} hours"] if m.group("h") else []
    return " ".join([*parts, f"{int(m.group('m'))} minutes",
                     f"{m.group('s')}.{m.group('f')} seconds"])


_HOLIDAY = re.compile(
    r"\b(?:(?:New\s+Year['’]?s|Christmas|Xmas)(?:\s+(?:Day|Eve))?|Boxing\s+Day|Easter(?:\s+(?:Sunday|"
    r"Monday|Day))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Independence\s+Day|Labou?r\s+Day|"
    r"Memorial\s+Day|Veterans\s+Day|Halloween|(?:St\.?\s+|Saint\s+)?Valentine['’]?s\s+Day|"
    r"St\.?\s+Patrick['’]?s\s+Day|Bastille\s+Day|May\s+Day|Remembrance\s+(?:Day|Sunday)|"
    r"Armistice\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hanukkah|Passover|Yom\s+Kippur|"
    r"Rosh\s+Hashanah|Ramadan|Eid(?:\s+al-(?:Fitr|Adha))?|Diwali|(?:Lunar|Chinese)\s+New\s+Year)"
    r"(?:,?\s+\d{4})?(?![\w'’-])")
"""Holidays by name, capitalised as names are ("from New Year's Day", "on Easter Monday"):
`normalize` places them in their year; the time scanner does not find them."""


def holidays(chunk: str, reference: date | None) -> list[tuple[int, int, Value]]:
    """The days holidays name, read against the reference time as months without a year are
    ("New Year's Day" in a report of November: the coming one)."""
    return _read(_HOLIDAY.finditer(chunk), lambda v: v.kind is Kind.DATE, reference=reference)
