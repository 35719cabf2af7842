"""English words for time: the lexicon the temporal grammar is built from.

Only language data lives here, so that another language (`_temporal_fr.py`)
can supply the same names and reuse the grammar and the resolvers.
"""

from __future__ import annotations

from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, SUFFIX_HEDGES_EN, Hedge

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
    MONTHS[_name[:3] + "."] = _number
MONTHS.update({"sept": 9, "sept.": 9})
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
"""The months' names as written, January first."""

WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]):
    WEEKDAYS[_name] = _number
WEEKDAYS.update({"mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "weds.": 2, "thu.": 3, "thur.": 3,
                 "thurs.": 3, "fri.": 4, "sat.": 5, "sun.": 6})

# TIMEX3 season codes.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    "springtime": "SP", "summertime": "SU", "wintertime": "WI",
}

# Part-of-period words and their TIMEX3 mod. "earlier/later this year" read as
# the first/last part of the period (HeidelTime does the same).
PARTS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "dawn": "START", "mid": "MID", "middle": "MID", "late": "END", "later": "END",
    "end": "END", "close": "END",
}
PART_PREFIX_WORDS = ["early", "earlier", "mid", "middle", "late", "later"]
PART_NOUN_WORDS = ["beginning", "start", "middle", "end", "close", "dawn"]

# Deictic shift words: last -> -1, this -> 0, next -> +1.
SHIFTS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "latest": -1,
    "most recent": -1,
    "this": 0, "current": 0, "present": 0, "the current": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}

# Calendar units of a duration: canonical name, TIMEX3 designator and whether
# it is written after a `T` (times of day). Months and longer are calendar units.
UNITS: dict[str, str] = {
    "second": "second", "sec": "second", "secs": "second",
    "minute": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "night": "day", "week": "week", "wk": "week", "wks": "week",
    "fortnight": "fortnight", "month": "month", "mo": "month", "mos": "month",
    "quarter": "quarter", "year": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium",
}

# Numbers that are words but not for text2num.
SPECIAL_NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "a single": 1, "single": 1, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "half an": 0.5, "a half": 0.5,
}
# Vague amounts: (core lo, core hi, support lo, support hi), in the unit.
VAGUE_NUMBERS: dict[str, tuple[float, float, float, float]] = {
    "a couple of": (2, 3, 2, 4), "a couple": (2, 3, 2, 4), "couple of": (2, 3, 2, 4),
    "a few": (2, 4, 2, 6), "few": (2, 4, 2, 6), "several": (3, 7, 2, 10),
    "many": (5, 20, 3, 1e6), "a number of": (3, 10, 2, 1e6), "some": (2, 6, 2, 1e6),
    "dozens of": (24, 99, 24, 1e6), "hundreds of": (200, 999, 200, 1e6),
    "recent": (2, 6, 1, 1e6), "the past few": (2, 4, 2, 6), "the next few": (2, 4, 2, 6),
}
NUMBER_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand",
]
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

# Times of day: TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

# Deictic days: offset in days from the reference, or a TIMEX3 reference token.
DEICTIC_DAYS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}
PRESENT_WORDS = [
    "now", "right now", "currently", "at present", "presently", "nowadays",
    "these days", "at the moment", "at this time", "at this point", "the present",
    "this time", "today's",
]
# Vague past and future: TIMEX3 PAST_REF / FUTURE_REF. Words that also read as
# connectors ("earlier", "later", "then") are left out on purpose.
PAST_WORDS = ["the past", "recently", "formerly", "at the time", "in the past", "lately"]
FUTURE_WORDS = ["the future", "in the future", "someday", "as soon as possible", "asap"]

# Words a phrase may start with that do not change what it denotes.
FUNCTION_WORDS = ["on", "in", "the", "since", "for", "during", "of", "at", "by", "from",
                  "over", "throughout", "until", "till", "as of", "a", "an"]

# Connectors between a duration and its anchor.
# "since" and "from" are left out: "since 2018" reads as 2018 (a function word).
# "later"/"earlier" before a noun phrase ("two months later the start of departure
# operations", a construction of translated news) count as "after"/"before" it.
AFTER_WORDS = ["after", "following", "later than", "later"]
BEFORE_WORDS = ["before", "prior to", "earlier than", "preceding", "ahead of", "earlier"]
LATER_WORDS = ["later", "afterwards", "afterward", "on"]
EARLIER_WORDS = ["earlier", "before", "previously", "prior"]
AGO_WORDS = ["ago", "back"]

HEDGES: dict[str, Hedge] = dict(PREFIX_HEDGES_EN)
# "a full", "a whole", "an entire", "the full" 12 months: no more, no less.
HEDGES.update({"a mere": Hedge.EXACT, "only": Hedge.EXACT, "a full": Hedge.EXACT,
               "a whole": Hedge.EXACT, "an entire": Hedge.EXACT, "the full": Hedge.EXACT,
               "the entire": Hedge.EXACT, "full": Hedge.EXACT,
               "a good": Hedge.AT_LEAST, "well over": Hedge.MORE_THAN,
               "a little over": Hedge.MORE_THAN, "a little more than": Hedge.MORE_THAN,
               "a little under": Hedge.ALMOST, "a little less than": Hedge.LESS_THAN,
               "just about": Hedge.APPROX, "some": Hedge.APPROX,
               "within": Hedge.AT_MOST, "in under": Hedge.LESS_THAN})
SUFFIX_HEDGES: dict[str, Hedge] = dict(SUFFIX_HEDGES_EN)

# Recurrences (TIMEX3 SET): adverbs and the unit they repeat.
SET_ADVERBS: dict[str, str] = {
    "hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
    "monthly": "month", "quarterly": "quarter", "annually": "year", "yearly": "year",
}
SET_WORDS = ["every", "each"]

# Decades written in words: "the nineties" (the century comes from the reference).
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}
CENTURY_WORDS: dict[str, int] = {"nineteen": 1900, "twenty": 2000}

# Words that join the two ends of a range, and those that may open it.
RANGE_LEADS = ["from", "between"]
RANGE_LINKS = ["to", "until", "till", "through", "thru", "and"]

# Halves of a year ("the first half of 2023", "H1 2023"): TIMEX3 `2023-H1`.
HALF_WORDS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
# The n-th week of a month ("the first week of June"): days 7n-6 .. 7n; "last" is
# the last seven days.
WEEK_ORDINALS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3,
                                 "3rd": 3, "fourth": 4, "4th": 4, "last": -1, "final": -1,
                                 "second last": -2, "2nd last": -2, "second to last": -2,
                                 "next to last": -2, "penultimate": -2}
# "the turn of the century": the unit whose boundary is meant, in years.
TURN_UNITS: dict[str, int] = {"century": 100, "millennium": 1000}
# "the previous day", "the day after": days from the anchor.
DAY_SHIFTS: dict[str, int] = {"previous": -1, "preceding": -1, "before": -1, "prior": -1,
                              "next": 1, "following": 1, "after": 1}
# Fractions of a unit said as one amount ("a quarter century", "half a century" is
# SPECIAL_NUMBERS').
FRACTIONS: dict[str, float] = {"quarter": 0.25}
