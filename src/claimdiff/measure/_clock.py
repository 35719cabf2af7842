"""Times of day ("5:47 p.m.", "shortly before midnight") read as minutes after midnight.

A clock time in a report rarely names its day, and two reports dated on
different days would place a bare "5:47 p.m." on different dates; a time of
day is therefore measured on its own axis, `time of day`, in minutes after
midnight. Hedges widen it the way readers do: "shortly before 4 p.m." is the
three quarters of an hour up to 4 p.m., "about 9:45 p.m." half an hour either
side, a time on the hour ("4 p.m.") a quarter of an hour either side.
"""

from __future__ import annotations

import re

from claimdiff.normalization import Interval, Kind, Value
from claimdiff.normalization._clock_en import ZONE_CAPS, zone_offset

CLOCK = re.compile(
    r"(?P<hedge>(?:shortly|just|soon|some\s+time|sometime|a\s+little|minutes)\s+(?:before|after)"
    r"|(?:about|around|approximately|roughly|circa|nearly|almost|before|after|by|until|till|"
    r"['’]?til)\s+)?\s*"
    r"(?:(?P<hp>\d{1,2})(?:[:.](?P<mp>[0-5]\d))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+"
    r"(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))\b"
    r"|(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
    r"|(?<![\d(])(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s+\(?" + ZONE_CAPS + r"\b)"
    r"|(?P<word>noon|midday|midnight))"
    r"(?:\s+\(?(?P<zone>" + ZONE_CAPS + r")\)?(?![\w(]))?"
    r"(?:\s*\((?P<rh>[01]\d|2[0-3])[:.]?(?P<rm>[0-5]\d)\s+(?P<rzone>" + ZONE_CAPS + r")\))?",
    re.IGNORECASE)
"""A clock time with its hedge: "5:47 p.m.", "4.50am", "22:50", "shortly after noon", "8.40 in
the evening", "11 o'clock at night" (the part of the day says which half), and its zone when
written ("4.30 pm IST", "7pm (1800 GMT)": the restatement says the report's own zone)."""

_EXACT, _HOUR, _ABOUT, _SHORTLY, _OPEN = 2, 15, 30, 45, 120


_HOURS = ("one two three four five six seven eight nine ten eleven twelve").split()
_PAST_TO = {"quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20,
            "twenty-five": 25, "twenty five": 25}
WORD_CLOCK = re.compile(
    r"\b(?P<n>(?:a\s+)?quarter|half|five|ten|twenty(?:[\s-]five)?)\s+(?P<dir>past|to)\s+"
    r"(?P<h>" + "|".join(_HOURS) + r")\b(?=.*?\b(?P<part>morning|afternoon|evening|night)\b)",
    re.IGNORECASE)
"""A time of day in words with the part of the day that places it ("ten to seven on the
morning of 21 November"); alone ("ten to nine") it may be morning or evening: no reading."""


def _word_clock(text: str) -> tuple[str, Value] | None:
    m = WORD_CLOCK.search(text)
    if m is None:
        return None
    hour = _HOURS.index(m.group("h").lower()) + 1
    by = _PAST_TO[" ".join(m.group("n").lower().split())]
    minute = hour % 12 * 60 + (by if m.group("dir").lower() == "past" else -by)
    if m.group("part").lower() != "morning":
        minute += 720
    minute %= 1440
    x = float(minute)
    phrase = " ".join(m.group().split())
    return phrase, Value(kind=Kind.QUANTITY, text=phrase, core=Interval(x, x + 1, hi_open=True),
                         support=Interval(x - _EXACT, x + _EXACT), unit="min",
                         dimension="time of day", granularity="minute",
                         steps=(f"'{phrase}' in the {m.group('part').lower()}: a time of day, "
                                f"in minutes after midnight ({minute // 60:02d}:"
                                f"{minute % 60:02d} = {minute})",))


def clock_reading(text: str) -> tuple[str, Value] | None:
    """The first time of day in `text`: the words read, and minutes after midnight."""
    m = CLOCK.search(text)
    if m is None:
        return _word_clock(text)
    if m.group("word"):
        minute, on_hour = (0 if m.group("word").lower() == "midnight" else 720), True
        if m.group("word").lower() == "midnight" and "before" in (m.group("hedge") or ""):
            minute = 1440
    elif m.group("hp") is not None:
        hour = int(m.group("hp"))
        if not 1 <= hour <= 12:
            return None
        part = (m.group("part") or "").lower()
        pm = part in ("afternoon", "evening") or (not part and 6 <= hour < 12)
        hour = hour % 12 + (12 if pm else 0)  # "2 at night" is 02:00, "10 at night" 22:00
        minute, on_hour = hour * 60 + int(m.group("mp") or 0), m.group("mp") is None
    elif m.group("h24") is not None:
        minute, on_hour = int(m.group("h24")) * 60 + int(m.group("m24")), False
    elif m.group("h4") is not None:  # "0700 GMT": four digits only with their zone
        minute, on_hour = int(m.group("h4")) * 60 + int(m.group("m4")), False
    else:
        hour = int(m.group("h"))
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
        minute, on_hour = hour * 60 + int(m.group("m") or 0), m.group("m") is None
    hedge = " ".join((m.group("hedge") or "").lower().split())
    x = float(minute)
    if hedge.endswith("before") and hedge != "before":
        core, support = Interval(x - 20, x), Interval(x - _SHORTLY, x)
    elif hedge.endswith("after") and hedge != "after":
        core, support = Interval(x, x + 20), Interval(x, x + _SHORTLY)
    elif hedge in ("until", "till", "til", "'til", "’til"):
        # the end of a span ("open from 9am until 4.30pm"): the state lasts up to the time,
        # so its loosest reading is the hour up to it, not the two hours "before" takes
        core = support = Interval(x - _OPEN / 2, x)
    elif hedge in ("before", "by"):
        core, support = Interval(x - _OPEN / 2, x), Interval(x - _OPEN, x)
    elif hedge == "after":
        core, support = Interval(x, x + _OPEN / 2), Interval(x, x + _OPEN)
    elif hedge:
        core, support = Interval(x - 10, x + 10), Interval(x - _ABOUT, x + _ABOUT)
    elif on_hour:
        core, support = Interval(x, x + 1, hi_open=True), Interval(x - _HOUR, x + _HOUR)
    else:
        core, support = Interval(x, x + 1, hi_open=True), Interval(x - _EXACT, x + _EXACT)
    phrase = m.group().strip()
    return phrase, Value(kind=Kind.QUANTITY, text=phrase, core=core, support=support,
                         unit="min", dimension="time of day", granularity="minute",
                         steps=(f"'{phrase}': a time of day, in minutes after midnight "
                                f"({minute // 60:02d}:{minute % 60:02d} = {minute})",),
                         zone=_zone(m, minute))


def _zone(m: re.Match[str], minute: int) -> int | None:
    """The UTC offset the time is written in: its own zone, or the one its restatement in
    another zone implies ("7pm (1800 GMT)": UTC+1)."""
    if m.group("rzone") is None:
        return zone_offset(m.group("zone")) if m.group("zone") else None
    utc = int(m.group("rh")) * 60 + int(m.group("rm")) - (zone_offset(m.group("rzone")) or 0)
    return (minute - utc + 720) % 1440 - 720


__all__ = ["CLOCK", "clock_reading"]
