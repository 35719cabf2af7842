"""The parts of one quantity expression, read at a position into its `Reading`.

The sign before a number, the number itself (digits, words, a fraction), the unit after
it and the counted noun; `_quantity_read.read_at` calls them in that order and adds
hedges and ranges.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization import _quantity_grammar as g
from claimdiff.normalization._currency_names import currency_at, ends_in_currency_noun
from claimdiff.normalization._fractions import VULGAR
from claimdiff.normalization._hedges import granularity
from claimdiff.normalization._numbers import (
    AND_FRACTION_RE,
    Numeral,
    and_fraction,
    read_digits,
    read_words,
)
from claimdiff.normalization._units_en import (
    BARE_DEGREES,
    COUNTED_ABBREVIATIONS,
    PHRASE_ONLY_UNITS,
)

if TYPE_CHECKING:
    from claimdiff.normalization._quantity_read import Reading

__all__ = ["noun_at", "number_at", "sign_before", "unit_at"]

# Nothing but closing punctuation to the end of the text, matched at a position (a slice of
# the rest of a long sentence per currency word would make scanning quadratic).
_ENDS_TEXT = re.compile(r"[ .,;:!?)]*\Z")


def sign_before(text: str, pos: int) -> tuple[str, int] | None:
    m = g.SIGN_BEFORE_RE.search(text, max(0, pos - 6), pos)
    if m is None and pos and text[pos - 1 if text[pos - 1] != " " else pos - 2].isupper():
        m = g.ISO_BEFORE_RE.search(text, max(0, pos - 4), pos)  # "UAH 3.04"
    return (m.group("sign"), m.start()) if m and m.group("sign") in en.CURRENCY_SIGNS else None


def number_at(text: str, pos: int, kind: str, currency: bool) -> tuple[Numeral, int, float] | None:
    """The number at `pos` (digits or words) with its scale word: `(numeral, end, scale)`."""
    if kind == "digits":
        m = g.DIGITS_AT.match(text, pos)
        if not m:
            return None
        end, scale = m.end(), 1.0
        written = m.group()
        pm = g.POINT_RE.match(text, end) if text[end + 1:end + 6].lower() == "point" else None
        if pm and written.lstrip("-−").isdigit():
            decimals = pm["digits"] or "".join(
                str(en.UNIT_WORDS.index(w.lower())) for w in pm["words"].split())
            written, end = f"{written}.{decimals}", pm.end()
        fm = AND_FRACTION_RE.match(text, end) if text[end + 1:end + 5].lower() == "and " else None
        part = and_fraction(fm.group()) if fm and written.isdigit() else None
        glyph = VULGAR.get(text[end:end + 1]) if written.isdigit() else None
        if glyph:  # "3¼ lengths", "7½ hours": the glyph is "and a quarter", "and a half"
            n, d = glyph
            part = n / d, (0.0 if 10 ** 6 % d == 0 else 1 / (2 * d))
        if part and (fm or glyph):  # "5 and a half", "2 and three quarters", "3¼"
            whole = read_digits(written)
            assert whole is not None
            value = whole.value + part[0]
            u = part[1] or granularity(f"{value:g}")
            end, scale = (fm.end() if fm else end + 1), 1.0
            sm = g.SCALE_RE.match(text, end) if not text[end - 3:end] == " of" else None
            if sm:  # "5 and a half million": the scale word takes the whole
                scale, end = en.DIGIT_SCALES[sm.group("scale").lower()], sm.end()
            return Numeral(value * scale, u * scale,
                           f"{text[pos:end]!r} reads {value * scale:g}"), end, scale
        cm = g.CURRENCY_SCALE_RE.match(text, end) if currency else g.MILLION_M_RE.match(text, end)
        sm = g.SCALE_RE.match(text, end)
        if sm:
            # "4 hundred million": scale words multiply.
            while sm and scale < 1e12:
                scale, end = scale * en.DIGIT_SCALES[sm.group("scale").lower()], sm.end()
                sm = g.SCALE_RE.match(text, end)
        elif cm:
            scale, end = en.CURRENCY_ONLY_SCALES[cm.group().lower()], cm.end()
        numeral = read_digits(written, scale)
        return (numeral, end, scale) if numeral else None
    m = g.WORDS_AT.match(text, pos)
    if not m:
        return None
    numeral = read_words(m.group())
    last = m.group().lower().rsplit(None, 1)[-1]
    return (numeral, m.end(), en.SCALE_WORDS.get(last, 1.0)) if numeral else None


# Two-letter metric symbols a modifier hyphenates ("a 5-km stretch", "a 12-mm gap", "a
# 25-kg sack", "a 50-MW plant"), in their own case: one letter or another case names nothing.
_HYPHENED_SYMBOLS = frozenset("km mm cm kg mg ml mL kW MW GW kV kt Mt ha".split())


def unit_at(text: str, pos: int, r: Reading) -> int:
    """Read a unit word at `pos` into `r`; return the new end."""
    from claimdiff.normalization._units import lookup

    m = g.UNIT_RE.match(text, pos)
    if not m:
        # In running text a currency's name starts with a capital ("42 Kuwaiti dinars"):
        # checking that first keeps the name search off most numbers.
        first = text[pos + 1:pos + 2] if text[pos:pos + 1] == " " else text[pos:pos + 1]
        named = currency_at(text, pos) if r.currency is None and (
            first.isupper() or r.whole and ends_in_currency_noun(text)) else None
        if named is not None:  # "42 Kuwaiti dinars", "42 Saudiriyal" (CLDR's names)
            r.currency, r.unit = named[0], text[pos:named[1]].strip()
            return named[1]
        return pos
    word = re.sub(r"\s+", " ", m.group("unit"))
    if "-" in word and lookup(word) is None:
        word = word.replace("-", " ")  # "nautical-mile" of "a 2,400-nautical-mile course"
    low = word.lower()
    if word in en.SIGNS_AFTER:
        low = word  # "US$", "Rs", "LE": matched in these capitals only
    if len(word) <= 2 and m.group("sep") == "-" and word not in _HYPHENED_SYMBOLS:
        return pos  # "5-m" is rare; "COVID-19-s", "2-0-h" are not units
    if word == "F" and m.group("sep"):
        return pos  # "88F" is Fahrenheit; "the 4 F train", "Block 5 F" name things
    if low in en.PERCENT_WORDS:
        r.percent = "%"
    elif low in en.PERCENTAGE_POINT_WORDS:
        r.percent = "pp"
    elif low in en.BASIS_POINT_WORDS:
        r.percent = "bp"
    elif low in en.CURRENCY_WORDS and r.currency is None:
        ends = _ENDS_TEXT.match(text, m.end()) is not None
        if low in ("dollar", "euro") and len(r.numbers) == 1 and r.numbers[0].value != 1 \
                and not ends:
            # "a 5 dollar bill" is fine, but "dollar" before a noun is an adjective;
            # at the end of the text ("20 euro") it is the currency.
            return pos
        r.currency = en.CURRENCY_WORDS[low]
    elif low in en.CURRENCY_CENTS and r.currency is None and word != "C":  # "C": Celsius
        if low == "p" and (word != "p" or any(n.value in en.NOT_PENCE for n in r.numbers)):
            return pos  # "720p" is a video resolution
        r.currency = en.CURRENCY_CENTS[low]
    elif lookup(word) is None:
        return pos
    elif lookup(word) == "carat" and _GOLD.match(text, m.end()):
        return pos  # "18-carat gold" is a purity (the karat), no weight
    elif low in BARE_DEGREES and not (r.whole and g.AFTER_BARE_DEGREE_RE.match(text, m.end())):
        return pos  # in running text, or before a noun ("a 45 degree angle"): no temperature
    elif low in PHRASE_ONLY_UNITS and not (r.whole and (
            low[0] in "'′\"″" or g.PHRASE_END_RE.match(text, m.end()))):
        return pos  # a closing quote, or "5 in 10 people"
    r.unit = word
    return m.end()


_GOLD = re.compile(r"[\s-]+(?:gold|white|yellow|rose|red|solid)\b", re.IGNORECASE)
_ORDINAL = r"first|second|third|\w+th|\w+ieth"


def noun_at(text: str, pos: int, r: Reading, *, phrase: bool, words_ok: bool = True) -> int:
    """Read the counted noun after `pos` into `r`; return the new end."""
    hm = g.HYPHEN_WORD_RE.match(text, pos)
    words: list[tuple[str, int]] = []
    at = pos
    om = g.OF_NOUN_RE.match(text, pos)
    if om and (om.group("det") is None or om.group("det") in en.OF_DETERMINERS):
        r.noun = om.group("noun")  # "one of the soldiers", "two of Johnson's deputies"
        return om.end()
    if hm:  # "a 2,000-strong force", "a five-storey building"
        if re.fullmatch(_ORDINAL, hm.group("word"), re.IGNORECASE):
            return pos  # "twenty-first" is an ordinal
        if hm.group("word").lower() not in en.MEASURE_ADJECTIVES:
            if not (phrase or words_ok):
                return pos  # "a six-speed gearbox": a compound modifier, not a count
            r.noun = hm.group("word")
            return hm.end()
        at = hm.end()
    while len(words) < (8 if phrase else 3):
        m = g.WORD_RE.match(text, at)
        if not m:
            break
        word = m.group("word")
        if word.lower() in en.NOUN_STOP:
            break  # a function word ends the noun phrase, also in a whole phrase
        words.append((word, m.end()))
        at = m.end()
    if words and words[0][0].lower().removesuffix("s") in COUNTED_ABBREVIATIONS:
        r.noun = words[0][0]  # "18,200 TEU", "1.42 million TEUs": the trade's unit of count
        return words[0][1]
    for word, end in words:
        low = word.lower().rstrip("'’")
        plural = (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or (
            low in en.IRREGULAR_PLURALS
        )
        if plural and (word[0].islower() or word.isupper() is False):
            r.noun = word
            return end
    if words and (phrase or (len(r.numbers) == 1 and r.numbers[0].value == 1)):
        word, end = words[-1] if phrase else words[0]
        if word[0].islower() and word.lower() not in en.NOUN_STOP:
            r.noun = word
            return end
    return at if hm else pos
