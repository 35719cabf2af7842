"""The cheap test before a time of day is read: does a phrase hold a clock or a part of the
day at all ("at 7pm", "0700 GMT", "noonish", "Wednesday night")? Most phrases read are
dates, and this turns them away before the clock reader's work."""

from __future__ import annotations

import re

from claimdiff.normalization import _clock_en as lex
from claimdiff.normalization._clock_parse import HOUR_WORDS_RE, MINUTE_WORDS_RE, ZONE_ABBR_RE

_HOURW, _MINW, _ZONE_ABBR = HOUR_WORDS_RE, MINUTE_WORDS_RE, ZONE_ABBR_RE
_CUE = re.compile(
    r"\d\s*(?:[ap]\.?\s?m\b|[ap]\b|h\b|h\d|o['’]?\s?clock|-?ish)|\d[:.]\d\d"
    r"|\b(?:noon|midday|midnight|morning|afternoon|evening|night|lunchtime)-?ish\b"
    rf"|\b\d{{4}}\s*(?:hours|{_ZONE_ABBR})\b"
    rf"|\b(?:{_HOURW})(?:[\s-](?:{_MINW}))?\s*[ap]\.?\s?m\b|\bin\s+the\s+[ap]\.?m\b"
    rf"|(?:\bat|@)\s*\d|\b(?:{_HOURW})[\s-](?:{_MINW})\b|\b\d\d?\s+(?:tonight|tomorrow|today)\b"
    # "ten to six", "twenty-five to eleven", "10 minutes to 6": minutes before an hour.
    rf"|\b(?:{_MINW}|\d\d?\s+min(?:ute)?s?)\s+(?:to|till|of|after)\s+(?:{_HOURW}|\d\d?)\b"
    rf"|^\s*at\s+(?:(?:about|around|approximately|exactly|precisely)\s+)?(?:{_HOURW}|\d\d?)\b"
    # "from 9 to 5": two bare hours after "from" or "between" (`_clock_parse`: if they fall).
    rf"|^\s*(?:from|between)\s+(?:{_HOURW}|\d\d?)\s*(?:-|–|to|till|until|through|and)\s*"
    rf"(?:{_HOURW}|\d\d?)\s*$"
    rf"|\b(?:noon|midday|midnight|o['’]?\s?clock|past|half|quarter|early|late|mid"
    rf"|{'|'.join(lex.PARTS_OF_DAY)}|tonight)\b", re.IGNORECASE)


# Words one of which every branch of `_CUE` needs (a multiword part of the day needs its last
# word): a phrase with none of them, no "ish", no "@" and no digit a clock could follow is no
# time of day, and most dates are such phrases. `_CUE` alone costs more than a date's whole
# reading, trying each of its word lists at every word.
_NEEDED = frozenset({*lex.HOUR_WORDS, *(p.split()[-1] for p in lex.PARTS_OF_DAY), "noon",
                     "midday", "midnight", "clock", "oclock", "past", "half", "quarter", "early",
                     "late", "mid", "tonight", "tomorrow", "today", "in", "at", "to", "till", "of",
                     "after"})
_DIGIT_CUE = re.compile(r"\d\s*(?:[apho]|-?i)|\d[:.]\d|\d{4}\s*[a-z]", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+")


def _may_cue(text: str) -> bool:
    low = text.lower()
    if "@" in low or "ish" in low or _DIGIT_CUE.search(low):
        return True
    # "sevenpm", "seven p.m": an hour word runs into its a.m. or p.m.
    return any(w in _NEEDED or w[:-2] in _NEEDED and w[-2:] in ("am", "pm")
               or w[:-1] in _NEEDED and w[-1] in "ap" for w in _TOKEN.findall(low))


# A number before a zone abbreviation in capitals ("9-11 EST", "10 GMT") is a clock time.
_ZONE_CUE = re.compile(r"\d\s*\(?(?:" + "|".join(sorted(
    (z.upper() for z in (*lex.ZONES, *lex.RARE_ZONES, *lex.WORD_ZONES)
     if z.isalpha() and 3 <= len(z) <= 5), key=len, reverse=True)) + r")\b")


_CAPS_AFTER_DIGIT = re.compile(r"\d\s*\(?[A-Z]{3}")


def may_be_time_of_day(text: str) -> bool:
    """A cheap test: does the phrase hold a clock or part-of-day word at all?"""
    if _may_cue(text) and _CUE.search(text) is not None:
        return True
    # The zones' alternation only where a number runs into three capitals.
    return _CAPS_AFTER_DIGIT.search(text) is not None and _ZONE_CUE.search(text) is not None


__all__ = ["may_be_time_of_day"]
