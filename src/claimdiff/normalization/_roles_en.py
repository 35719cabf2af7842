"""English words and patterns for values with a role: scores, ratios, rates, ordinals, ages.

Only words and patterns live here; `_roles.py` reads with them.
"""

from __future__ import annotations

import re

SMALL_NUMBERS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())
}
SMALL_NUMBERS.update({"nil": 0, "none": 0, "a": 1, "an": 1})
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER = (r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:" + "|".join(_TENS) + r")(?:[- ](?:one|two|three|"
          r"four|five|six|seven|eight|nine))?|" + "|".join(sorted(SMALL_NUMBERS, key=len,
                                                                   reverse=True)))

ORDINAL_WORDS: dict[str, int] = {
    w: i + 1 for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split())
}
ORDINAL_WORDS.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                      "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100})
# "1,000th", "21st": digits, grouped by commas or not, and the suffix.
ORDINAL = (r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)|(?P<word>"
           + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")")

# A rank written as a number: "the world number seven", "No. 3 seed".
RANK = re.compile(r"\b(?:number|no\.?|#)\s*(?P<n>" + NUMBER + r")\b", re.IGNORECASE)

FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3,
    "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 1 / 4,
    "one quarter": 1 / 4, "one-quarter": 1 / 4, "three quarters": 3 / 4,
    "three-quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5, "a tenth": 1 / 10,
    "one tenth": 1 / 10,
}

# Words that make a value a multiple of another ("half that sum", "double last year's").
FACTOR_WORDS: dict[str, float] = {
    **FRACTION_WORDS, "double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0,
    "thrice": 3.0, "quadruple": 4.0,
}
TIMES = re.compile(r"(?P<n>" + NUMBER + r")\s+times\b", re.IGNORECASE)

# A rate's unit after "a", "per", "each", "every" or "/": time units become per day.
PER_TIME: dict[str, str] = {
    "second": "second", "sec": "second", "s": "second", "minute": "minute", "min": "minute",
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "night": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "quarter": "quarter", "year": "year",
    "annum": "year", "decade": "decade",
}
# What a price or an amount is "a" of besides a span of time ("$2 a share", "£5 a head");
# units of measure ("€1.42 a kilo", "$80 a barrel") are the unit table's.
PER_ITEMS = frozenset({"share", "head", "person", "piece", "unit", "ticket", "pupil",
                       "household"})
PER_ADVERBS: dict[str, str] = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
    "quarterly": "quarter", "annually": "year", "yearly": "year", "a-year": "year",
}
RATE_ADVERB = re.compile(r"^(?P<head>.+?)\s+(?:each\s+)?(?P<adv>" + "|".join(PER_ADVERBS)
                         + r")$", re.IGNORECASE)
RATE = re.compile(
    r"^(?P<head>.+?)\s*(?:\s(?P<art>an?|per|each|every)\s+|/\s*)(?P<per>[\w,.\s-]{1,40}?)$",
    re.IGNORECASE)

# "aged 64", "age 64", "64 years old", "64-year-old", "a six-month-old baby".
AGE_UNITS = {"year": 1.0, "yr": 1.0, "month": 1 / 12, "week": 7 / 365.2425, "day": 1 / 365.2425}
AGE = re.compile(
    r"^(?:(?:an?|the|his|her|their)\s+)?"
    r"(?:(?:aged|age|ages)\s+(?P<n1>" + NUMBER + r")(?:\s+years?)?"
    r"|(?P<n2>" + NUMBER + r")[-\s](?P<u2>year|yr|month|week|day)s?[-\s]olds?"
    r"|(?P<n3>" + NUMBER + r")\s+(?P<u3>year|month|week|day)s?\s+of\s+age"
    r"|(?:in\s+(?:his|her|their)\s+)(?:(?P<third>early|mid|late)[-\s]?)?"
    r"(?P<decade>\d0s|teens|" + "|".join(
        ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
         "nineties")) + r")"
    r"|(?P<klass>teen(?:ager|age)?|(?:sexa|septua|octo|nona)genarian|centenarian)(?=\s|$))"
    r"(?:\s+[\w'-]+){0,3}$",
    re.IGNORECASE)
DECADE_WORDS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenties thirties forties fifties sixties seventies eighties nineties".split())}
AGE_CLASSES = {"teens": (13, 20), "teen": (13, 20), "teenager": (13, 20), "teenage": (13, 20),
               "sexagenarian": (60, 70), "septuagenarian": (70, 80),
               "octogenarian": (80, 90), "nonagenarian": (90, 100), "centenarian": (100, 110)}
"""Ages a noun names by its span of years ("a teenager", "in her teens", "an octogenarian"):
the first year and the year after the last (a centenarian's end is a loose 110)."""

# "no deaths", "zero casualties", "not a single injury", "nobody", "no one".
ZERO = re.compile(
    r"^(?:(?:no|zero|not\s+(?:a\s+single|one|any))\s+(?P<noun>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
    r"|(?P<nobody>nobody|no\s+one|no-one|none))(?:\s+(?:was|were|has|have|had|is|are)\b.*)?$",
    re.IGNORECASE)
# "zero point five" is a number (a decimal), not a zero count of "point five".
# Nor "zero zero seven", "zero five": digits said one by one, no count of "sevens".
ZERO_NOT_NOUNS = frozenset("""longer more less later sooner doubt matter one way point zero oh
    nought naught two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion""".split())

# "2-1", "5–2", "3:0", "five to two", "by five votes to two".
SCORE = re.compile(
    r"(?<![\w.,-])(?P<a>" + NUMBER + r")(?:\s+(?:votes?|goals?|points?|seats?))?"
    r"\s*(?:-|–|—|:|\s+to\s+|\s+votes?\s+to\s+)(?P<b>" + NUMBER + r")(?![\w.,]*\d)",
    re.IGNORECASE)
SCORE_WORDS = re.compile(
    r"\b(?:win|won|wins|victory|defeat|defeated|beat|beats|lost|loss|lose|draw|drew|tie|tied|"
    r"vote|votes|voted|majority|ruling|decision|split|score|scoreline|lead|led)\b",
    re.IGNORECASE)

# Any number, for a score given as its two numbers ("214 deputies backed it and 187 voted against").
ANY_NUMBER = re.compile(r"(?<![\w.,])(?:" + NUMBER + r")(?![\w]|[.,]\d)", re.IGNORECASE)

# "one in five", "one train in five", "nine out of 10 adults", "two of every three", "two
# out of five hundred" (a scale word belongs to the number, never to the noun after it).
_SCALED = (r"(?:" + NUMBER + r")(?:\s+(?:hundred|thousand|million|billion|trillion|lakh|"
           r"crore)s?)*(?![\w-])")
RATIO = re.compile(
    r"^(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?P<a>" + _SCALED + r")"
    r"(?P<noun>(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:in|out\s+of|of)\s+(?:every\s+)(?P<b>"
    + _SCALED + r")(?:\s+[\w'-]+){0,2}$"
    r"|^(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?P<a2>" + _SCALED + r")"
    r"(?P<noun2>(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:in|out\s+of)\s+(?P<b2>" + _SCALED
    + r")(?:\s+[\w'-]+){0,2}$",
    re.IGNORECASE)
SCALE_AFTER = re.compile(r"^\s*(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b",
                         re.IGNORECASE)
FRACTION_OF = re.compile(
    r"^(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?P<f>"
    + "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True))
    + r")\s+of\b(?!\s+(?:an?\s+|one\s+)?(?:hundred|thousand|million|billion|trillion|dozen"
    r"|score|\d))(?!\s+(?:the\s+|its\s+|their\s+)?\d)"
    # "a quarter of a ... million" ends in a scale word: a number, however written between
    r"(?!.*\b(?:hundred|thousand|million|billion|trillion|lakh|crore)\s*$).*$", re.IGNORECASE)

# "eight of its 11 carriages", "three of the five judges".
PART_OF = re.compile(
    r"^(?P<part>.+?)\s+(?:of|out\s+of)\s+(?:its|their|his|her|the|our|all|all\s+the)\s+"
    r"(?P<total>(?:" + NUMBER + r").*)$", re.IGNORECASE)

# Changes: a verb or adverb before the amount, or a noun after it.
CHANGE_NOUNS_UP = "increase rise gain jump growth climb surge hike boost"
CHANGE_NOUNS_DOWN = "decrease fall drop decline cut loss reduction dip slump contraction"
CHANGE_NOUN = re.compile(
    r"^(?:an?\s+)?(?P<amount>.+?)[\s-](?P<noun>" + "|".join(
        (CHANGE_NOUNS_UP + " " + CHANGE_NOUNS_DOWN).split()) + r")s?\b(?:\s+(?:in|of)\s+\w+)?"
    r"(?P<rest>.*)$", re.IGNORECASE)
CHANGE_ADJ = re.compile(
    r"^(?P<amount>.+?)\s+(?P<adj>higher|lower|more|less|up|down)\b(?P<rest>.*)$", re.IGNORECASE)
# "40% above average", "12 per cent below last year's level": the preposition takes its
# base without "than", so the base must be one: a noun a figure is measured against, after
# words that place it (a datum such as "above sea level" or "below freezing" makes a level,
# and an unknown word is no base, so the phrase is refused and the word named).
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|"
           r"december")
_BASE_NOUN = (r"average|norm|normal|forecasts?|estimates?|expectations?|targets?|budget|plan|"
              r"levels?|figures?|totals?|trend|consensus|guidance|median|mean|benchmark|"
              r"threshold|baseline|projections?|outturn")
_BASE_WORD = (r"the|its|their|his|her|our|this|that|last|previous|prior|same|official|"
              r"long-term|seasonal|historical|historic|pre-[a-z]+|year's|month's|week's|"
              r"\d{4}(?:'s)?|(?:[a-z]+-|\d+-)?(?:year|month|week|day)|" + _MONTHS)
CHANGE_PREP = re.compile(
    r"^(?P<amount>.+?)\s+(?P<adj>above|below)\s+(?P<rest>(?:(?:" + _BASE_WORD + r")\s+){0,4}"
    r"(?:" + _BASE_NOUN + r")|(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year)$",
    re.IGNORECASE)
# "62% of the long-term average", "140 per cent of normal", "80% of pre-pandemic levels": a
# level stated against a reference level is a change from it (62% of the average is 38%
# below it). Only nouns that are levels a figure is held against, never a whole a share is
# taken of ("30% of the total", "of the budget", "of the population" stay shares).
REFERENCE_NOUNS = ("average", "norm", "normal", "mean", "median", "baseline")
LEVEL_NOUNS = (*REFERENCE_NOUNS, "level", "levels")
OF_BASE = re.compile(
    r"^(?P<amount>.+?)\s+of\s+(?P<rest>(?:(?:" + _BASE_WORD + r")\s+){0,4}"
    r"(?:" + "|".join(REFERENCE_NOUNS) + r")|(?:(?:" + _BASE_WORD + r")\s+){1,4}"
    r"levels?)$", re.IGNORECASE)
BASE = re.compile(
    r"^\s*,?\s*(?:than|from|on|over|compared\s+(?:with|to)|against|versus|vs\.?|since|"
    r"year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter)\b\s*(?P<base>.*)$",
    re.IGNORECASE)
DOWN_FROM = re.compile(r"^(?P<dir>up|down)\s+from\s+(?P<base>.+)$", re.IGNORECASE)

# Comparison bases folded to the period they compare against.
BASE_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("year", r"\b(?:a|one)\s+year\s+(?:earlier|before|ago)|\blast\s+year|\byear[- ]on[- ]"
                 r"year|\bsame\s+(?:\w+\s+)?(?:quarter|month|period|week|day)\s+(?:of\s+)?"
                 r"(?:last|the\s+previous|a)\s+year|\bprevious\s+year|\bprior\s+year|"
                 r"\byear[- ]earlier|\bannual"),
        ("quarter", r"\b(?:previous|prior|last|preceding)\s+quarter|\bquarter[- ]on[- ]quarter"
                    r"|\ba\s+quarter\s+(?:earlier|before)"),
        ("month", r"\b(?:previous|prior|last|preceding)\s+month|\bmonth[- ]on[- ]month"
                  r"|\ba\s+month\s+(?:earlier|before|ago)"),
        ("week", r"\b(?:previous|prior|last|preceding)\s+week|\bweek[- ]on[- ]week"
                 r"|\ba\s+week\s+(?:earlier|before|ago)"),
        ("day", r"\b(?:previous|prior|preceding)\s+day|\bthe\s+day\s+before|\byesterday"),
        ("estimate", r"\bestimate|\bforecast|\bprojection|\bfigure"),
    ))
