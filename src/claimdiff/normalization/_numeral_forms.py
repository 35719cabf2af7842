"""The written forms of a numeral as patterns: digits (grouped every way the world groups
them) and number words, with the part after a whole number ("and a half") and its reading.

`_numbers` reads what these patterns find; `_quantity_grammar` builds its quantities on them.
"""

from __future__ import annotations

import re

from claimdiff.normalization import _quantity_en as en

# Thousands grouped by commas, by (thin, no-break or plain) spaces, by two or more dots
# ("1.234.567", European style), or no grouping.
DIGITS = (
    # A decimal comma where it can be nothing else: after dot or space groups ("1.234,5",
    # "1 234,56"), or one or two digits after a comma ending the number ("1,5", "3,25":
    # no thousands group has fewer than three digits; a list "1,2,3" is left alone).
    r"(?:[1-9]\d{0,2}(?:\.\d{3})+,\d+(?![\d,])"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d+(?![\d,])"
    r"|(?<![\d,])\d+,\d{1,2}(?![\d]|,\d)"
    r"|\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?"
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}(?!\.?\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])(?:\.\d+)?"
    # Indian grouping: the last three digits, then pairs ("12,34,567": 12 lakh 34,567).
    r"|[1-9]\d?(?:,\d\d)+,\d{3}(?![\d])(?:\.\d+)?"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)
DIGITS_RE = re.compile(DIGITS)

_W_UNIT = "|".join(sorted(en.UNIT_WORDS, key=len, reverse=True))
TENS_ALT = "|".join(en.TENS_WORDS)
_W_SCALE = "|".join(sorted({*en.SCALE_WORDS, *en.BIG_SCALES}, key=len, reverse=True))
_W_ANY = (
    rf"(?:(?:{TENS_ALT})(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|{_W_UNIT}|{_W_SCALE})\b"
)
_W_FIRST = (
    rf"(?:(?:{TENS_ALT})(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine)\b)?|{_W_UNIT}"
    r"|oh(?=\s+point\b)"
    rf"|{'|'.join(en.ZERO_WORDS)})\b"
)
DIGIT_ALT = "|".join(en.UNIT_WORDS[:10])
# "one million, two hundred thousand": a comma after a scale word, before the next group
# (as spellers write cheques and `inflect` writes numbers).
_SCALE_COMMA = r"(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),\s+"
# "and a half", "and quarter", "and three quarters (of)", "and a fifth", "and three
# eighths": the part after a whole number ("one and three quarters of an hour" keeps its
# "of" out: "of an hour" is read apart). A denominator past "quarter" needs its numerator:
# a bare "and third", "and fifth" is an ordinal's end ("two hundred and third").
_PART_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5,
                      "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                      "twelfth": 12, "sixteenth": 16, "twentieth": 20, "thirtieth": 30,
                      "hundredth": 100}
_DEN_WORDS = "|".join(sorted(_PART_DENOMINATORS, key=len, reverse=True))
_NUMERATOR_WORDS = "an?|one|two|three|four|five|six|seven|eight|nine"
AND_FRACTION = (rf"\s+and\s+(?:(?:{_NUMERATOR_WORDS})\s+(?:{_DEN_WORDS})s?|half|quarter)\b"
                r"(?:\s+of(?=\s+(?!(?:the|an?|his|her|its|their|them|those|these|our|my|your)\b)"
                r"[a-z]))?")
AND_FRACTION_RE = re.compile(AND_FRACTION, re.IGNORECASE)
_FRACTION_PARTS = re.compile(rf" and (?:(?P<n>{_NUMERATOR_WORDS}) )?(?P<d>{_DEN_WORDS})s?"
                             r"(?: of)?$")
_NUMERATORS = {None: 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9}


AND_PART = re.compile(rf" and (?:(?:{_NUMERATOR_WORDS}) (?:{_DEN_WORDS})s?|half|quarter)\b"
                       r"(?: of)?")


# "and" joins number words only after a scale word ("two hundred and six", "a thousand and
# one", "one million and a half"), a dozen or a score ("threescore and ten"), or before a
# part ("five and a quarter"); "ninety and one", "four and five thousand" are two numbers.
_JOINING_AND = re.compile(r"(?<!hundred)(?<!thousand)(?<!million)(?<!billion)(?<!trillion)"
                          r"(?<!lakh)(?<!crore)(?<!dozen)(?<!score) and ")


def misplaced_and(words: str) -> bool:
    """Whether an "and" in lower-cased number words joins what English never joins."""
    return " and " in words and _JOINING_AND.search(AND_PART.sub("", words)) is not None


def and_fraction(words: str) -> tuple[float, float] | None:
    """The part and its granularity of " and three quarters" (`None` if not one): halves and
    quarters at the granularity of their decimals (1.5, 1.25), thirds at a sixth (the
    granularity 1/(2d) of `_fractions`)."""
    m = _FRACTION_PARTS.fullmatch(re.sub(r"\s+", " ", words.lower()))
    if m is None:
        return None
    d = _PART_DENOMINATORS[m["d"]]
    n = _NUMERATORS[m["n"]]
    if n >= d:
        return None  # "and two halves": no part of one
    # halves, quarters, fifths ... at the granularity of their decimals (1.5, 1.25, 3.2);
    # thirds and the like at 1/(2d), the granularity of `_fractions`
    return n / d, (0.0 if 10 ** 6 % d == 0 else 1 / (2 * d))


# "a quarter of a million", "three-quarters of a billion", "two thirds of a million": a
# part of one scale word; "the quarter of a million dollars on offer" too, which read from
# its "a million" alone was four times too much.
_PART_OF_SCALE = (r"(?:an?|one|two|three|the)[\s-]+(?:quarters?|thirds?)\s+of\s+an?\s+"
                  r"(?:hundred|thousand|million|billion|trillion|lakh|crore)\b")
PART_OF_SCALE_RE = re.compile(r"(?P<n>an?|one|two|three|the)[\s-]+(?P<d>quarter|third)s?\s+"
                              r"of\s+an?\s+(?P<scale>\w+)")


# "and" inside a number only after a scale word ("two hundred and six"; `misplaced_and`).
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", "thousand", "million", "billion",
                                                      "trillion", "lakh", "crore", "dozen",
                                                      "score")) + ")"
# "threescore", "fourscore": a score (twenty) times a number, in one word.
_SCORE_FIRST = r"(?:two|three|four|five|six|seven|eight|nine|ten)score\b"
SCORE = re.compile(r"(?P<n>[a-z -]+?)[\s-]?score(?: and (?P<rest>[a-z -]+))?")


# "two hundred and six", "a dozen", "one and a half million", "half a million". A bare
# scale word ("million" in "parts per million") does not start a number.
WORDS = (
    # "point seven seven", "point 77": a decimal without its leading nought.
    rf"(?:(?<![\w,.]\s)(?<![\w.])point(?:(?:\s+(?:{DIGIT_ALT}|nought|naught|oh))+\b|\s+\d+\b)"
    rf"|{_PART_OF_SCALE}"
    rf"|(?:(?:half\s+an?|an?)\s+(?:dozen|{_W_SCALE})\b|{_SCORE_FIRST}|{_W_FIRST})"
    rf"(?:(?!{AND_FRACTION})(?:\s+|-|{_AFTER_SCALE}\s+and\s+|{_SCALE_COMMA})(?:{_W_ANY}|dozens?\b"
    rf"|score\b(?!\s+(?:of|draws?|line|card|board)\b)))*"
    # "one point five", "point oh five", "one point twenty-five" (a two-digit group), "one
    # point 2" (digits after the point, as "point 77" has them)
    rf"(?:\s+point(?:(?:\s+(?:{_W_UNIT}|nought|naught|oh|(?:{TENS_ALT})(?:[- ](?:{DIGIT_ALT}))?))+"
    r"\b|\s+\d+\b))?)"
    rf"(?:{AND_FRACTION})?"
    rf"(?:\s+(?:{_W_SCALE})\b)?"
)
WORDS_RE = re.compile(WORDS, re.IGNORECASE)


__all__ = ["AND_FRACTION", "AND_FRACTION_RE", "AND_PART", "DIGITS", "DIGITS_RE", "DIGIT_ALT",
           "PART_OF_SCALE_RE", "SCORE", "TENS_ALT", "WORDS", "WORDS_RE", "and_fraction",
           "misplaced_and"]
