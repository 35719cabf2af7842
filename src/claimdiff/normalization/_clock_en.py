"""English words for times of day: parts of the day, clock words and time zones."""

from __future__ import annotations

import re

from claimdiff.normalization._temporal_en import MONTHS, WEEKDAYS

# Part of the day -> (core from, core to, support from, support to), in hours from
# the day's midnight (over 24 reaches into the next day). Cores are the usual
# sense; supports the loosest fair one (Duckling's intervals: morning 0-12,
# afternoon 12-19, evening and night 18-24).
PARTS_OF_DAY: dict[str, tuple[float, float, float, float]] = {
    "morning": (6, 12, 0, 12),
    "afternoon": (12, 18, 12, 19),
    "evening": (18, 22, 17, 24),
    "night": (20, 28, 18, 30),
    "overnight": (22, 30, 18, 32),
    "lunch": (12, 14, 11, 15),
    "lunchtime": (12, 14, 11, 15),
    # Meals, at their usual hours (the support the loosest common ones).
    "breakfast": (7, 9, 6, 10),
    "breakfast time": (7, 9, 6, 10),
    "brunch": (10, 13, 9, 14),
    "dinner": (18, 21, 17, 22),
    "dinnertime": (18, 21, 17, 22),
    "dinner time": (18, 21, 17, 22),
    "supper": (18, 21, 17, 22),
    "suppertime": (18, 21, 17, 22),
    "supper time": (18, 21, 17, 22),
    "dawn": (5, 7, 4, 8),
    "daybreak": (5, 7, 4, 8),
    "dusk": (17, 20, 16, 21),
    "sunrise": (5, 7, 4, 8),
    "sunset": (17, 20, 16, 21),
    "the early morning hours": (0, 5, 0, 7),
    "nightfall": (18, 21, 16, 22),
    "the early hours": (0, 5, 0, 7),
    "the small hours": (0, 5, 0, 7),
    "the wee hours": (0, 5, 0, 7),
    "business hours": (9, 17, 8, 18),
    "working hours": (9, 17, 8, 18),
}
# TIMEX3 part-of-day codes.
PART_CODES: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "lunch": "MI", "lunchtime": "MI", "breakfast": "MO", "breakfast time": "MO",
    "brunch": "MI", "dinner": "EV", "dinnertime": "EV", "dinner time": "EV", "supper": "EV",
    "suppertime": "EV", "supper time": "EV", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
    "nightfall": "EV", "sunrise": "MO", "sunset": "EV", "the early morning hours": "NI",
    "the early hours": "NI", "the small hours": "NI",
    "the wee hours": "NI", "business hours": "DT", "working hours": "DT",
}
# Words that put a clock time in the first or second half of the day.
MORNING_WORDS = frozenset({"morning", "breakfast", "breakfast time", "the early hours",
                           "the small hours", "the wee hours", "dawn", "daybreak", "sunrise",
                           "the early morning hours"})
# Named instants, minutes from midnight.
NAMED_TIMES: dict[str, int] = {"noon": 720, "midday": 720, "mid day": 720, "mid-day": 720,
                               "midnight": 1440, "high noon": 720, "the midday": 720,
                               "the noon": 720}
# Deictic words that name a day and a part of it.
DAY_AND_PART: dict[str, tuple[str, str]] = {
    "tonight": ("today", "night"), "last night": ("yesterday", "night"),
    "this morning": ("today", "morning"), "this afternoon": ("today", "afternoon"),
    "this evening": ("today", "evening"), "tomorrow night": ("tomorrow", "night"),
    "yesterday night": ("yesterday", "night"),
}
HOUR_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# Minutes in words, 1-59: "ten", "twenty-three", "forty five", "oh five".
MINUTE_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_TEENS, 10)},
    **_TENS,
    **{f"{t}{sep}{u}": n + i for t, n in _TENS.items() for i, u in enumerate(_UNITS, 1)
       for sep in ("-", " ")},
    **{f"{oh} {u}": i for i, u in enumerate(_UNITS, 1) for oh in ("oh", "o")},
    "five": 5, "a quarter": 15, "quarter": 15, "half": 30,
}
# Time zones as written -> offset from UTC in minutes (standard abbreviations;
# the ambiguous ones, CST and IST, take their most common English-news sense).
ZONES: dict[str, int] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "msk": 180, "ist": 330, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480,
    "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "hst": -600, "et": -300, "pt": -480,
    # Zones named in words (standard time; as the abbreviations, summer time is unsaid).
    "eastern": -300, "eastern time": -300, "central": -360, "central time": -360,
    "mountain": -420, "mountain time": -420, "pacific": -480, "pacific time": -480,
    "moscow time": 180, "beijing time": 480,
    # Zones by their full names (the time zone database's English names, as news and
    # invitations spell them out); the named standard or summer time is meant.
    "eastern standard time": -300, "eastern daylight time": -240,
    "central standard time": -360, "central daylight time": -300,
    "mountain standard time": -420, "mountain daylight time": -360,
    "pacific standard time": -480, "pacific daylight time": -420,
    "alaska standard time": -540, "hawaii standard time": -600, "atlantic standard time": -240,
    "greenwich mean time": 0, "coordinated universal time": 0, "universal time": 0,
    "british summer time": 60, "central european time": 60, "central european summer time": 120,
    "eastern european time": 120, "eastern european summer time": 180,
    "india standard time": 330, "china standard time": 480, "japan standard time": 540,
    "korea standard time": 540, "australian eastern standard time": 600,
    "moscow standard time": 180,
}
# The other standard abbreviations (the time zone database's, as Duckling's grammar lists
# them), less the English words (`WORD_ZONES`) and the two-way ones without a news sense
# (SST: Samoa or Singapore; AMT: Amazon or Armenia; GST: Gulf time or a sales tax). Rarer
# in news, they follow a clock time that is one by itself ("5pm PKT", "17:30 WIB"): "2010
# ICT" stays a year and a field.
RARE_ZONES: dict[str, int] = {
    "wib": 420, "wita": 480, "sast": 120, "pkt": 300, "npt": 345, "ict": 420, "pht": 480,
    "myt": 480, "bnt": 480, "ulat": 480, "irst": 210, "irdt": 270, "azt": 240,
    "amst": -180, "uzt": 300, "tjt": 300, "tmt": 300, "kgt": 360, "almt": 360, "btt": 360,
    "mmt": 390, "cct": 390, "awdt": 540, "acst": 570, "acdt": 630, "lhst": 630, "lhdt": 660,
    "chast": 765, "chadt": 825, "fjt": 720, "fjst": 780, "nct": 660, "vut": 660, "sbt": 660,
    "pgt": 600, "chst": 600, "pwt": 540, "tlt": 540, "idt": 180, "msd": 240, "samt": 240,
    "mut": 240, "sct": 240, "ret": 240, "mvt": 300, "iot": 360, "cxt": 420, "davt": 420,
    "hovt": 420, "krat": 420, "novt": 420, "omst": 360, "yekt": 300, "irkt": 480,
    "yakt": 540, "vlat": 600, "magt": 660, "pett": 720, "anat": 720, "gilt": 720,
    "mht": 720, "tvt": 720, "wft": 720, "tkt": 780, "phot": 780,
    "brt": -180, "brst": -120, "uyt": -180, "uyst": -120, "clt": -240, "clst": -180,
    "pyt": -240, "pyst": -180, "gyt": -240, "srt": -180, "gft": -180,
    "ecot": -300, "galt": -360, "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
    "pmst": -180, "pmdt": -120, "wgt": -180, "wgst": -120, "egt": -60, "egst": 0,
    "azot": -60, "azost": 0, "cvt": -60, "fnt": -120, "fkst": -180, "akdt": -480,
    "hdt": -540, "ckt": -600, "taht": -600, "gamt": -540,
}
# Zone abbreviations that are also English words: a zone only written in capitals after
# a clock time ("5pm EAT", "11am WAT"; "at 5pm eat" is no zone).
WORD_ZONES: dict[str, int] = {
    "eat": 180, "cat": 120, "wat": 60, "west": 60, "get": 240, "aft": 270, "wit": 540,
    "art": -180, "bot": -240, "cot": -300, "pet": -300, "vet": -240, "mart": -570, "nut": -660,
    "lint": 840,
}
# Hedges before a clock time -> (core half-width, support half-width) in minutes,
# or a side: "before"/"after" (shortly, within the window) or "until"/"from" (open).
CLOCK_HEDGES: dict[str, tuple[str, int, int]] = {
    "around": ("approx", 15, 30), "about": ("approx", 15, 30),
    "approximately": ("approx", 15, 30), "roughly": ("approx", 15, 30),
    "circa": ("approx", 15, 30), "~": ("approx", 15, 30),
    "shortly before": ("before", 30, 60), "just before": ("before", 15, 30),
    "shortly after": ("after", 30, 60), "just after": ("after", 15, 30),
    "soon after": ("after", 30, 60), "soon before": ("before", 30, 60),
    # "a little after 10am", "right before noon", "just past midnight": as "just".
    "a little after": ("after", 15, 30), "a little before": ("before", 15, 30),
    "a bit after": ("after", 15, 30), "a bit before": ("before", 15, 30),
    "slightly after": ("after", 15, 30), "slightly before": ("before", 15, 30),
    "right after": ("after", 15, 30), "right before": ("before", 15, 30),
    "just past": ("after", 15, 30), "shortly past": ("after", 30, 60),
    "not long after": ("after", 30, 60), "not long before": ("before", 30, 60),
    "until": ("until", 0, 0), "till": ("until", 0, 0), "through": ("until", 0, 0),
    "before": ("until", 0, 0), "by": ("until", 0, 0), "no later than": ("until", 0, 0),
    "after": ("from", 0, 0), "from": ("from", 0, 0), "since": ("from", 0, 0),
}

# Words of a time of day or a date: a counted noun or a ranked noun holding one ("7 AM
# zorbly", "0900 BST zorbly", "the third zorbly of August") drops what the time reader
# should have read.
_TIME_MARK = re.compile(r"(?<![A-Za-z.])(?:[ap]\.?\s?m\b\.?|o['’]clock\b)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


def names_a_time(phrase: str) -> bool:
    """Whether the phrase holds an a.m./p.m., a month or weekday name (capitalised, or
    longer than five letters: "may" is a verb) or a zone abbreviation in capitals."""
    if _TIME_MARK.search(phrase):
        return True
    for word in _WORD.findall(phrase):
        low = word.lower()
        if (low in MONTHS or low in WEEKDAYS) and (word[:1].isupper() or len(low) > 5):
            return True
        if word.isupper() and len(word) >= 3 and low in ZONES:
            return True
    return False


ZONE_CAPS = r"(?-i:" + "|".join(sorted(
    {z.upper() for z in (*ZONES, *RARE_ZONES, *WORD_ZONES) if z.isalpha() and 2 <= len(z) <= 5},
    key=len, reverse=True)) + ")"
"""A zone abbreviation after a clock time in running text ("4.30 pm IST", "0700 GMT"), in
capitals only: "at 10am eat" names no zone."""


def zone_offset(abbreviation: str) -> int | None:
    """The UTC offset, in minutes, of a zone abbreviation (`None` when it is none)."""
    low = abbreviation.lower()
    return ZONES.get(low, RARE_ZONES.get(low, WORD_ZONES.get(low)))
