"""Regular expressions for English quantity phrases, built from the lexicons.

Kept apart from the reader (`_quantity.py`) so a French grammar can mirror it.
"""

from __future__ import annotations

import re

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, SUFFIX_HEDGES_EN, alternation
from claimdiff.normalization._numbers import DIGITS, WORDS
from claimdiff.normalization._units_en import UNITS


def _alt(words: object) -> str:
    keys = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


_VAGUE_FIXED = _alt(en.VAGUE_FIXED)
_VAGUE_SCALE = _alt(en.VAGUE_PLURAL_SCALES)
_VAGUE_MULT = _alt(en.VAGUE_MULTIPLIERS)
VAGUE = (
    rf"(?:(?P<vmult>{_VAGUE_MULT})\s+of\s+(?P<vscale>{_VAGUE_SCALE})(?:\s+of\b)?"
    rf"|(?P<vscale2>{_VAGUE_SCALE})\s+of\b"
    # "several hundred", "a few dozen", "a couple of hundred", "a few hundred thousand"
    rf"|(?P<vfew>several|a\s+few|a\s+couple(?:\s+of)?)\s+(?P<vfscale>(?:dozen|hundred|thousand|"
    rf"million|billion)(?:\s+(?:thousand|million|billion))?)\b"
    rf"|(?P<vfixed>{_VAGUE_FIXED}))"
)

# Where a quantity may start: a vague amount, digits (maybe signed) or number words.
START_RE = re.compile(
    rf"\b(?P<vague>{VAGUE})(?=\s|$)"
    # A minus sign belongs to the number only after a space or bracket ("COVID-19" has none).
    rf"|(?P<digits>(?:(?<![\w.,])[-−](?=\d))?(?<![\d])(?<!\d[.,]){DIGITS})"
    rf"|\b(?P<words>{WORDS})(?![\w])",
    re.IGNORECASE,
)
DIGITS_AT = re.compile(rf"[-−]?{DIGITS}")
# "1 point 1", "3 point 25 million": digits, the word "point", then the decimals.
POINT_RE = re.compile(r"\s+point\s+(?P<digits>\d+)\b"
                      r"|\s+point(?P<words>(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|"
                      r"nine))+)\b", re.IGNORECASE)
WORDS_AT = re.compile(rf"(?:{WORDS})(?![\w])", re.IGNORECASE)

# A scale word after digits: "1.5 million", "3bn", "$25k"; hyphenated as a modifier in the
# house style of Canadian and South African papers ("a $2.4-billion deal", "R2,4-billion").
SCALE_RE = re.compile(rf"(?:\s+|-(?=(?:million|billion|trillion)\b)|(?=[a-z]))"
                      rf"(?P<scale>{_alt(en.DIGIT_SCALES)})\b(?!\.[a-z])",
                      re.IGNORECASE)  # "1 k.g." is a kilogram
# A figure that is plainly money after a letter sign (`en.LETTER_SIGNS`): a scale word, groups
# of thousands or cents ("R3.1 billion", "N500,000", "R12.50"), not "N95" or "the R40".
LETTER_MONEY_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+\.\d\d(?![\d.])"
                             r"|\d+(?:[.,]\d+)?(?:[\s-](?:million|billion|trillion)\b|(?:bn|m|k)\b)",
                             re.IGNORECASE)
CURRENCY_SCALE_RE = re.compile(rf"(?P<scale>{_alt(en.CURRENCY_ONLY_SCALES)})\b", re.IGNORECASE)

# "1.2m tons", "35m of", "4.3M sales", "1.2m people": an attached m is a million before
# "of" or a plural noun (one ending in "s" or an irregular plural such as "people").
_BEFORE_PLURAL = rf"(?=\s+(?:of\b|[a-z]+s\b|(?:{_alt(en.IRREGULAR_PLURALS)})\b))"
MILLION_M_RE = re.compile(
    rf"(?:M\b|m{_BEFORE_PLURAL}"
    # CLDR's compact forms: "426B", "1.2T" (billion, trillion) at the end or before a plural
    # noun, "33.4L votes" (lakh; a lone "12L" is twelve litres).
    rf"|[BT](?:{_BEFORE_PLURAL}|(?=\s*$))|L{_BEFORE_PLURAL})"
)
MINUS_RE = re.compile(r"(?:^|(?<=[^\w]))(?:minus|negative)[\s-]$", re.IGNORECASE)
# "two of the soldiers", "two of the building's three exits" (a total in figures, "9 of the
# 14 workers", stays a value of its own)
OF_NOUN_RE = re.compile(
    r"\s+of\s+(?:(?P<det>[a-z]+)(?:\s+[A-Za-z]+['’]s)?|[A-Z]?[a-z]+['’]s)\s+"
    r"(?P<rest>(?:[A-Za-z-]+\s+){0,3}?)"
    r"(?P<noun>[A-Za-z-]+(?:s|men|people|children))\b"
)

# A currency sign just before the number ("$", "US$ ", "€", "RM").
# ISO codes before the amount are matched as any three capitals (checked against
# `CURRENCY_SIGNS` by the reader), only after a capital: not some 150 alternatives
# tried before every number.
_SIGNS = _alt(k for k in en.CURRENCY_SIGNS if not re.fullmatch("[A-Z]{3}", k))
SIGN_BEFORE_RE = re.compile(rf"(?<![A-Za-z])(?P<sign>{_SIGNS})\s?$")
ISO_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?P<sign>[A-Z]{3})\s?$")

SIGN_AT_RE = re.compile(rf"(?P<sign>{_SIGNS}|[A-Z]{{3}})\s?")

_UNIT_WORDS = (
    list(UNITS)
    + list(en.CURRENCY_WORDS)
    + list(en.CURRENCY_CENTS)
    + list(en.PERCENT_WORDS)
    + list(en.PERCENTAGE_POINT_WORDS)
    + list(en.BASIS_POINT_WORDS)
)
# A unit right after the number (attached, after a space, or hyphenated: "12.7 km-long");
# a unit of several words hyphenated as a modifier too ("a 2,400-nautical-mile course",
# "the 1,200-square-metre building": `unit_at` reads its words apart).
_HYPHENED_UNITS = _alt(_UNIT_WORDS).replace(r"\s+", r"(?:\s+|-)")
UNIT_RE = re.compile(
    rf"(?P<sep>\s?|-)(?P<unit>{_HYPHENED_UNITS})(?![A-Za-z0-9²³])", re.IGNORECASE
)

# What may follow a degree with no scale read as a temperature: the end, punctuation, a
# range's next end, "below zero"; not a noun ("a 45 degree angle" is an angle).
AFTER_BARE_DEGREE_RE = re.compile(r"\s*(?:$|[^\w\s]|(?:to|and|through|thru|or|below)\b)",
                                  re.IGNORECASE)
PHRASE_END_RE = re.compile(r"\s*(?:[,;]|\band\b|$)", re.IGNORECASE)
BELOW_ZERO_RE = re.compile(r"\s+below\s+(?:zero|nought)\b", re.IGNORECASE)

# Range connectors between two numbers.
# A hyphen is a range only with the same spacing on both sides ("50 -1.3%" is two numbers).
# "four or five people", "two or three hundred": a range said as alternatives.
RANGE_RE = re.compile(r"\s+(?P<w>to|and|through|thru|or)\s+|\s+(?P<s>[-–—])\s+|(?P<h>[-–—])",
                      re.IGNORECASE)
LOOSE_RANGE_RE = re.compile(r"\s*(?P<s>[-–—])\s*(?=\d)")
RANGE_OPENER_RE = re.compile(r"(?:^|(?<=[^\w]))(?P<opener>between|from)\s+$", re.IGNORECASE)

PREFIX_HEDGES = PREFIX_HEDGES_EN
_PREFIX = alternation(PREFIX_HEDGES)
PREFIX_HEDGE_RE = re.compile(
    rf"(?:^|(?<=[^\w.]))(?P<hedge>{_PREFIX})\s+$|(?P<tilde>~)\s?$|(?P<sub>sub-)$",
    re.IGNORECASE,
)
# "2,000+" only attached: "S&P 500 +0.3%" is a signed number, not "500 or more".
SUFFIX_HEDGE_RE = re.compile(
    rf"(?:\s+|-)?(?P<hedge>{alternation({k: v for k, v in SUFFIX_HEDGES_EN.items() if k != '+'})})"
    rf"(?![A-Za-z])|(?P<plus>\+)(?![\d.])",
    re.IGNORECASE,
)

# "-strong", "-long", " long": measure adjectives after the number or unit.
ADJECTIVE_RE = re.compile(rf"(?:-|\s)(?P<adj>{_alt(en.MEASURE_ADJECTIVES)})\b", re.IGNORECASE)

# A word that may head a counted noun phrase.
WORD_RE = re.compile(r"\s+(?P<word>[A-Za-z][A-Za-z'’-]*)")
HYPHEN_WORD_RE = re.compile(r"-(?P<word>[A-Za-z][A-Za-z'’]*)")

CLOCK_AFTER_RE = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|utc\b|[ap]\.m\b)|:\d", re.IGNORECASE
)
WORD_BEFORE_RE = re.compile(r"(?P<word>[A-Za-z][A-Za-z.'’&]*)\s+$")
WORD_AFTER_RE = re.compile(r"\s+(?P<word>[A-Za-z][A-Za-z.]*)")

# The words one of which a text without digits must contain for `START_RE` to match:
# the first number word it can start with ("one", "twenty", "dozen" of "a dozen",
# "million" of "half a million") and the head word of each vague amount. Each
# stands between word boundaries in a match, so it is one of the text's words.
START_WORDS = frozenset(
    w.lower()
    for w in [*en.UNIT_WORDS, *en.ZERO_WORDS, *en.TENS_WORDS, *en.SCALE_WORDS, "dozen",
              "dozens", "several", "point",
              "few", "couple", "scores", *(f"{n}score" for n in ("two", "three", "four", "five",
                                                                  "six", "seven", "eight", "nine",
                                                                  "ten")),
              *en.VAGUE_MULTIPLIERS, *en.VAGUE_PLURAL_SCALES,
              *(max(k.split(), key=len) for k in en.VAGUE_FIXED),
              # "twentytwo": tens and units written as one word
              *(t + u for t in en.TENS_WORDS for u in en.UNIT_WORDS[1:10])]
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
# Characters `re.IGNORECASE` equates with an ASCII letter that `str.lower` does not map to it.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def may_hold_quantity(text: str) -> bool:
    """False only when `START_RE` cannot match anywhere in `text` (a cheap test)."""
    if _DIGIT.search(text):
        return True
    folded = (text if text.isascii() else text.translate(_FOLD)).lower()
    return not START_WORDS.isdisjoint(_WORD.findall(folded))
