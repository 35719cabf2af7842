"""Numerals as written, in digits or words, to a number and its granularity.

The granularity `u` is the place value of the last non-zero digit as written
(`_hedges.granularity`), times the scale word: "1.5 million" -> 100,000,
"12.7 thousand" -> 100, "two hundred" -> 100, "forty-four" -> 1.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization._hedges import granularity
from claimdiff.normalization._numeral_forms import (
    AND_FRACTION,
    AND_FRACTION_RE,
    DIGITS,
    DIGITS_RE,
    WORDS,
    WORDS_RE,
    and_fraction,
    misplaced_and,
)
from claimdiff.normalization._numeral_forms import AND_PART as _AND_PART
from claimdiff.normalization._numeral_forms import DIGIT_ALT as _W_DIGIT
from claimdiff.normalization._numeral_forms import PART_OF_SCALE_RE as _PART_OF_SCALE_RE
from claimdiff.normalization._numeral_forms import SCORE as _SCORE
from claimdiff.normalization._numeral_forms import TENS_ALT as _W_TENS


@dataclass(frozen=True)
class Numeral:
    """A number read from its written form."""

    value: float
    granularity: float
    """Place value of the last non-zero digit as written, scale included."""
    how: str
    """One short sentence on how it was read."""


# "1.234.567": dots group thousands. "2.000", "12.700": 2 or 2,000? Not read (unless a scale
# word follows: "1.356 billion" is a decimal in any English text).
_DOT_GROUPED = re.compile(r"[-−]?[1-9]\d{0,2}(?:\.\d{3}){2,}")
_DOT_AMBIGUOUS = re.compile(r"[-−]?[1-9]\d{0,2}\.\d{3}")
# The decimal-comma forms of `DIGITS`.
_DECIMAL_COMMA = re.compile(r"[-−]?(?:[1-9]\d{0,2}(?:\.\d{3})+,\d+"
                            r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d+|\d+,\d{1,2})")


def read_digits(text: str, scale: float = 1.0) -> Numeral | None:
    """`"12,700"`, `"12 700"`, `"1.234.567"`, `"-1.5"` (times `scale`) as a `Numeral`, or `None`.

    A single dot before three digits ("2.000", "12.700") may be a decimal point
    or a European thousands separator, so it gives `None` unless a scale word
    follows (`scale != 1`: "1.356 billion").
    """
    if scale == 1 and _DOT_AMBIGUOUS.fullmatch(text):
        return None
    grouped = _DOT_GROUPED.fullmatch(text) is not None
    comma = _DECIMAL_COMMA.fullmatch(text) is not None
    if comma:  # "1.234,5": dots and spaces group, the comma is the decimal point
        cleaned = re.sub(r"[.\s\u00a0\u202f\u2009]", "", text).replace(",", ".")
    else:
        cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", text)
    cleaned = cleaned.replace("−", "-")
    if grouped:
        cleaned = cleaned.replace(".", "")
    try:
        number = Decimal(cleaned)
    except ArithmeticError:
        return None
    u = granularity(cleaned)
    value = float(number * Decimal(repr(scale))) if scale != 1 else float(number)
    how = f"{text!r} reads {value:g} with granularity {u * scale:g}" + (
        " (dots group thousands)" if grouped else " (a decimal comma)" if comma else "")
    return Numeral(value, u * scale, how)


def read_words(text: str) -> Numeral | None:
    """Number words (`"forty-four"`, `"a dozen"`, `"one and a half million"`) or `None`."""
    from text_to_num import text2num  # deferred: only needed for spelled-out numbers

    words = re.sub(r"\s+", " ", text.strip().lower())
    words = re.sub(r"\b(thousand|million|billion|trillion), ", r"\1 ", words)
    # "twentytwo", "thirtyfive": tens and units written as one word.
    words = re.sub(rf"\b({_W_TENS})(?=(?:{_W_DIGIT})\b)", r"\1 ", words)
    # "oh point five", "point oh five": "oh" is a nought beside the decimal point.
    words = re.sub(r"\boh(?= point\b)|(?<=\bpoint )oh\b", "zero", words)
    words = re.sub(r"(?<=\bzero )oh\b", "zero", words)
    words = re.sub(rf"(?<= point )({_W_TENS})-(?=(?:{_W_DIGIT})\b)", r"\1 ", words)
    if misplaced_and(words):
        return None
    if words in en.ZERO_WORDS:
        return Numeral(0.0, 1.0, f"{text!r} reads 0 (number words)")
    of_scale = _PART_OF_SCALE_RE.fullmatch(words)
    if of_scale:
        # "a quarter of a million" is 250,000 read to a quarter of the scale, as "half a
        # million" is read to half of it.
        n = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3}[of_scale["n"]]
        d = 4 if of_scale["d"] == "quarter" else 3
        scale = en.SCALE_WORDS[of_scale["scale"]]
        if n >= d:
            return None
        value, u = n / d * scale, scale / d
        return Numeral(value, u, f"{text!r} reads {value:g} with granularity {u:g} "
                                 "(a part of a scale word)")
    if words.startswith("point "):
        words = "zero " + words  # "point seven": 0.7
    point = re.fullmatch(rf"(?P<whole>.+?) point (?P<digits>\w+(?: \w+)*?)"
                         rf"(?: (?P<scale>{'|'.join(en.SCALE_WORDS)}))?", words)
    if point and (not point["scale"] or point["scale"] in en.SCALE_WORDS):
        # "two point two million": the digits after "point" one by one ("point 77" too).
        # ("nought point nought three": British zero words are digits too)
        digits = [en.UNIT_WORDS.index(w) if w in en.UNIT_WORDS[:10] else
                  0 if w in ("nought", "naught") else -1 for w in point["digits"].split()]
        if point["digits"].isdigit():
            digits = [int(c) for c in point["digits"]]
        elif -1 in digits and len(point["digits"].split()) <= 2 \
                and (group := read_words(point["digits"])) is not None \
                and 10 <= group.value <= 99 and float(group.value).is_integer():
            # "one point twenty-five": the digits said as one two-digit number, as a price
            # or a rate is read aloud.
            digits = [int(c) for c in str(int(group.value))]
        whole = read_words(point["whole"])
        if whole is None or -1 in digits or not float(whole.value).is_integer():
            return None  # "one and a half point five": no decimal
        scale = en.SCALE_WORDS.get(point["scale"] or "", 1.0)
        # the whole part written out in full: "2023049.2369", never "2.02305e+06.2369"
        decimal = f"{int(whole.value)}." + "".join(map(str, digits))
        value, u = float(decimal) * scale, granularity(decimal) * scale
        return Numeral(value, u, f"{text!r} reads {value:g} with granularity {u:g} "
                                 "(number words)")
    big = _big_scales(words)
    if big is not None:
        value, u = big
        return Numeral(value, u, f"{text!r} reads {value:g} with granularity {u:g} "
                                 "(number words)")
    words = re.sub(r"^(?=(?:hundred|thousand)\b)", "one ", words)  # "hundred thousand"
    factor = 1.0
    if words.startswith("half a ") or words.startswith("half an "):
        factor, words = 0.5, words.split(" ", 2)[2]
        if words in en.BIG_SCALES:  # "half a trillion", "half a crore"
            value, u = 0.5 * en.BIG_SCALES[words], 0.5 * en.BIG_SCALES[words]
            return Numeral(value, u, f"{text!r} reads {value:g} with granularity {u:g} "
                                     "(number words)")
    words = re.sub(r"^an? (?=dozen|hundred|thousand|million|billion|trillion)", "one ", words)
    fraction, frac_u = 0.0, 0.0
    frac = _AND_PART.search(words) if " and " in words else None
    if frac:
        part = and_fraction(frac.group())
        if part is None:
            return None
        fraction, frac_u = part
        # "one and a half million", "one million and a half": the part is of the scale
        # word; not of "hundred" at the end ("seven hundred and a fifth" is 700.2)
        scaled = frac.end() < len(words) or not words[:frac.start()].endswith("hundred")
        words = words[: frac.start()] + words[frac.end():]
    scale = 1.0
    last = words.rsplit(" ", 1)
    if fraction and scaled and len(last) == 2 and last[1] in en.SCALE_WORDS:
        # "one and a half million": the scale applies to the whole.
        scale, words = en.SCALE_WORDS[last[1]], last[0]
    score = _SCORE.fullmatch(words)
    if score:  # "two-score", "threescore and ten": twenty times, and what is added
        times = read_words(score["n"])
        rest = read_words(score["rest"]) if score["rest"] else Numeral(0.0, 20.0, "")
        if times is None or rest is None or not times.value.is_integer() or rest.value >= 20:
            return None
        value = (20 * times.value + rest.value) * factor
        u = rest.granularity if score["rest"] else 20.0
        return Numeral(value, u, f"{text!r} reads {value:g} with granularity {u:g} "
                                 "(a score is twenty)")
    dozens = 1.0
    if words.endswith(("dozen", "dozens")):  # "two dozen", "two hundred dozens"
        dozens, words = 12.0, words.rsplit("dozen", 1)[0].strip() or "one"
    if "dozen" in words:
        return None
    try:
        base = float(text2num(words, en.LANG))
    except ValueError:
        if (skip := _SKIP_HUNDREDS.fullmatch(words)) is None:
            return None
        # "nine ninety-nine": hundreds said without "hundred", as prices and room numbers
        # are (Duckling's "one twenty two"); a clock time ("one twenty-three") is read first.
        base = float(100 * en.UNIT_WORDS.index(skip["h"]) + text2num(skip["rest"], en.LANG))
    value = (base + fraction) * dozens * scale * factor
    written = Decimal(repr(base + fraction)).normalize()
    u = (frac_u or granularity(format(written, "f"))) * scale * factor
    if dozens != 1.0:
        u = 12.0 * factor if value >= 12 else 1.0
    how = f"{text!r} reads {value:g} with granularity {u:g} (number words)"
    return Numeral(value, u, how)


# A digit word, then a number from 11 to 99 that is no round ten ("five twenty-pound notes"
# are five notes): `read_words`' hundreds said without "hundred".
_SKIP_HUNDREDS = re.compile(rf"(?P<h>{'|'.join(en.UNIT_WORDS[1:10])}) (?P<rest>"
                            rf"(?:{_W_TENS})[ -](?:{_W_DIGIT})|{'|'.join(en.UNIT_WORDS[11:])})")
_HALF = re.compile(r"\band an? (?:half|quarter)\b|^half an? ")
_BIG = re.compile(rf"\b({'|'.join(sorted(en.BIG_SCALES, key=len, reverse=True))})\b")


def _big_scales(words: str) -> tuple[float, float] | None:
    """Value and granularity of words with scales text2num does not compose, or `None`.

    A scale multiplies all that comes before it ("one trillion", "three thousand
    millions", "twenty lakh crore"); descending scales add up ("three crore twelve lakh fifty-six
    thousand", as "thirty-one million two hundred thousand" does): text2num stops at
    billions and knows no lakh or crore.
    """
    if _BIG.search(words) is None:
        return None
    parts = _BIG.split(words)
    if len(parts) < 3 or _HALF.search(words):
        return None
    value, u, last = 0.0, 1.0, math.inf
    for head, word in zip(parts[0:-1:2], parts[1::2], strict=True):
        head, scale = head.strip(), en.BIG_SCALES[word]
        if head == "" and value:
            value, u, last = value * scale, u * scale, scale  # "twenty lakh crore"
            continue
        if scale >= last:
            return None  # "two million three million"
        if head in ("", "a", "an", "one"):
            n: Numeral | None = Numeral(1.0, 1.0, "")
        else:
            n = read_words(head)
        if n is None:
            return None
        value, u, last = value + n.value * scale, n.granularity * scale, scale
    tail = parts[-1].strip()
    if tail:
        rest = read_words(tail)
        if rest is None or rest.value >= last:
            return None
        value, u = value + rest.value, rest.granularity
    return value, u


def scaled_number(text: str, small: Callable[[str], float | None]) -> float | None:
    """A number with its scale words ("five hundred", "2 million", "1,000"), or `None`;
    `small` reads the plain ones ("ten", "12")."""
    if (n := small(text)) is not None:
        return n
    first, *scales = text.lower().split()
    if first[:1].isdigit():
        factor = 1.0
        for w in scales:
            if w.rstrip("s") not in en.SCALE_WORDS:
                return None
            factor *= en.SCALE_WORDS[w.rstrip("s")]
        read = read_digits(first, scale=factor)
    else:
        read = read_words(text)
    return None if read is None else read.value


__all__ = ["AND_FRACTION", "AND_FRACTION_RE", "DIGITS", "DIGITS_RE", "WORDS", "WORDS_RE",
           "Numeral", "and_fraction", "misplaced_and", "read_digits", "read_words",
           "scaled_number"]
