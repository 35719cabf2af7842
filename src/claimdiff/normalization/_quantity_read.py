"""The quantity reader: one quantity expression at a position, as a `Reading`.

`_quantity.py` turns readings into `Value`s; this module only finds what was
written (numbers, scale, unit, hedge, counted noun) and where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization import _quantity_grammar as g
from claimdiff.normalization._change_en import change_before
from claimdiff.normalization._currency_names import currency_at, ends_in_currency_noun
from claimdiff.normalization._hedges import SUFFIX_HEDGES_EN, Hedge, granularity
from claimdiff.normalization._numbers import (
    AND_FRACTION_RE,
    Numeral,
    and_fraction,
    read_digits,
    read_words,
)
from claimdiff.normalization._units_en import BARE_DEGREES, PHRASE_ONLY_UNITS

# Nothing but closing punctuation to the end of the text, matched at a position (a slice of
# the rest of a long sentence per currency word would make scanning quadratic).
_ENDS_TEXT = re.compile(r"[ .,;:!?)]*\Z")


@dataclass
class Reading:
    """What a quantity expression says, in its written unit, with its character span."""

    start: int
    end: int
    numbers: list[Numeral]
    """One number, or two for a range (in written order)."""
    hedge: Hedge = Hedge.BARE
    hedge_word: str | None = None
    vague: str | None = None
    """The vague quantifier ("dozens of", "tens of thousands of"), if that is what was written."""
    unit: str | None = None
    """The unit word as written ("km", "%", "dollars", "$")."""
    currency: str | None = None
    percent: str | None = None
    """"%" for percentages, "pp" for percentage points."""
    noun: str | None = None
    opener: str | None = None
    """"between" or "from" before a range."""
    has_scale: bool = False
    whole: bool = False
    """Read from a whole phrase (not running text): a bare degree is then a temperature."""
    steps: list[str] = field(default_factory=list)


def _sign_before(text: str, pos: int) -> tuple[str, int] | None:
    m = g.SIGN_BEFORE_RE.search(text, max(0, pos - 6), pos)
    if m is None and pos and text[pos - 1 if text[pos - 1] != " " else pos - 2].isupper():
        m = g.ISO_BEFORE_RE.search(text, max(0, pos - 4), pos)  # "UAH 3.04"
    return (m.group("sign"), m.start()) if m and m.group("sign") in en.CURRENCY_SIGNS else None


def _number_at(text: str, pos: int, kind: str, currency: bool) -> tuple[Numeral, int, float] | None:
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
        if fm and part:  # "5 and a half", "2 and three quarters"
            whole = read_digits(written)
            assert whole is not None
            value = whole.value + part[0]
            u = part[1] or granularity(f"{value:g}")
            end, scale = fm.end(), 1.0
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


def _unit_at(text: str, pos: int, r: Reading) -> int:
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
    low = word.lower()
    if word in en.SIGNS_AFTER:
        low = word  # "US$", "Rs", "LE": matched in these capitals only
    if len(word) <= 2 and m.group("sep") == "-":
        return pos  # "5-m" is rare; "COVID-19-s", "2-0-h" are not units
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
    elif low in BARE_DEGREES and not (r.whole and g.AFTER_BARE_DEGREE_RE.match(text, m.end())):
        return pos  # in running text, or before a noun ("a 45 degree angle"): no temperature
    elif low in PHRASE_ONLY_UNITS and not (r.whole and (
            low[0] in "'′\"″" or g.PHRASE_END_RE.match(text, m.end()))):
        return pos  # a closing quote, or "5 in 10 people"
    r.unit = word
    return m.end()


_ORDINAL = r"first|second|third|\w+th|\w+ieth"


def _noun_at(text: str, pos: int, r: Reading, *, phrase: bool, words_ok: bool = True) -> int:
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


def read_at(text: str, m: re.Match[str], *, phrase: bool) -> Reading | None:
    """The quantity starting at the `START_RE` match `m`, or `None`."""
    start = m.start()
    sign = _sign_before(text, start)
    r = Reading(start, m.end(), [], whole=phrase)
    if sign:
        r.currency, r.unit, r.start = en.CURRENCY_SIGNS[sign[0]], sign[0], sign[1]
    if m.group("vague"):
        r.vague = re.sub(r"\s+", " ", m.group("vague").lower())
        end = m.end()
    elif g.MINUS_RE.search(text, max(0, start - 9), start):  # "minus 5", "negative five"
        got = _number_at(text, start, "digits" if m.group("digits") else "words", bool(sign))
        if got is None:
            return None
        n, end, scale = got
        r.numbers.append(Numeral(-n.value, n.granularity, n.how + " ('minus': negative)"))
        r.has_scale = scale != 1
        mm = g.MINUS_RE.search(text, max(0, start - 9), start)
        r.start = mm.start() if mm else start
    else:
        kind = "digits" if m.group("digits") else "words"
        got = _number_at(text, start, kind, bool(sign))
        if got is None:
            return None
        numeral, end, scale = got
        r.has_scale = scale != 1
        r.numbers.append(numeral)
        end = _range_at(text, start, end, r, kind, scale)
    if r.unit is None or r.currency and r.unit in en.CURRENCY_SIGNS:
        end = _unit_at(text, end, r)
    if r.unit is None and not r.vague and text[start:end].lower().endswith((" of", "\tof", "\nof")):
        return None  # "one and a quarter of" is part of a unit ("of hour") or nothing
    bz = g.BELOW_ZERO_RE.match(text, end) if "below" in text[end:end + 8].lower() else None
    if bz and r.currency is None and r.percent is None \
            and all(n.value > 0 for n in r.numbers) and _temperature_or_none(r.unit):
        # "2 below zero", "5 degrees below zero": a temperature under nought.
        r.numbers = [Numeral(-n.value, n.granularity, n.how + " ('below zero': negative)")
                     for n in reversed(r.numbers)]
        r.unit, r.whole, end = r.unit or "degrees", True, bz.end()
    sm = g.SUFFIX_HEDGE_RE.match(text, end)
    if sm and not r.vague:
        word = sm.group("hedge") or sm.group("plus")
        r.hedge, r.hedge_word, end = SUFFIX_HEDGES_EN[word.lower()], word, sm.end()
        if r.unit is None and r.hedge is Hedge.ODD:
            end = _unit_at(text, end, r)  # "twenty-odd years": the unit after the hedge
    am = g.ADJECTIVE_RE.match(text, end)
    if am and (r.unit or am.group().startswith("-")):
        end = am.end()
    if r.unit is None or r.unit in en.CURRENCY_SIGNS and r.vague:
        end = _noun_at(text, end, r, phrase=phrase, words_ok=not m.group("words"))
    r.end = end
    _prefix(text, r)
    return r


def _range_at(text: str, num_start: int, end: int, r: Reading, kind: str, scale: float) -> int:
    """Extend `r` over "a to b" / "a-b" / "a and b" when a second number follows."""
    first = r.numbers[0]
    probe = Reading(r.start, end, [first], currency=r.currency, whole=r.whole)
    after_first = _unit_at(text, end, probe) if r.unit is None else end
    cm = g.RANGE_RE.match(text, after_first)
    if not cm and r.whole:
        # "around 2 -7 l": in a whole phrase uneven spacing cannot part two quantities
        cm = g.LOOSE_RANGE_RE.match(text, after_first)
    if not cm:
        return end
    groups = cm.groupdict()
    conn = (groups.get("w") or groups.get("s") or groups.get("h") or "").lower()
    opener = g.RANGE_OPENER_RE.search(text, max(0, r.start - 12), r.start)
    if conn == "and" and not (opener and opener.group("opener").lower() == "between"):
        return end
    if conn in "-–—" and kind == "words":
        return end  # "five-year" is a compound, not a range
    if _year_like(text, num_start, end) and not g.DIGITS_AT.match(text, cm.end()):
        return end
    pos = cm.end()
    sm = g.SIGN_AT_RE.match(text, pos)
    if sm and sm.group("sign") not in en.CURRENCY_SIGNS:
        sm = None
    currency2 = en.CURRENCY_SIGNS[sm.group("sign")] if sm else None
    if sm:
        pos = sm.end()
    if currency2 and r.currency and currency2 != r.currency:
        return end
    kind2 = "digits" if g.DIGITS_AT.match(text, pos) else "words"
    got = _number_at(text, pos, kind2, bool(r.currency or currency2))
    if got is None:
        return end
    second, end2, scale2 = got
    year1 = _year_like(text, num_start, end) and not r.currency
    year2 = _year_like(text, pos, end2) and not currency2
    lead = re.search(r"\b(?:in|since|by|until|of|from|during|before|after)\s+$",
                     text[max(0, num_start - 8):num_start], re.IGNORECASE)
    # "100-1000 liters": a unit after the end says it is no year.
    unit_after = _unit_at(text, end2, Reading(r.start, end2, [second], whole=r.whole)) != end2
    # "200 to 1000 people": a counted noun after the end says it is no year either
    noun = re.match(r"\s+([a-z][a-z-]*)\b", text[end2:end2 + 40])
    unit_after = unit_after or bool(noun and noun.group(1) not in _NOT_NOUNS)
    if (year1 and not year2 and (lead or scale2 != 1)) or (year2 and not year1
                                                           and not unit_after) or re.match(
        r"[-/]\d", text[end2:end2 + 2]
    ):
        return end  # "in 2018 to 3.9 million", "2019-09-01"
    if second.value == first.value:
        return end  # "2-2", "89-89": a score, not a range
    probe2 = Reading(r.start, end2, [second], currency=currency2 or r.currency, whole=r.whole)
    end2_unit = _unit_at(text, end2, probe2)
    both_marked = bool(probe.unit or r.currency) and bool(probe2.unit or currency2)
    if conn == "to" and opener is None and both_marked and change_before(text, r.start):
        return end  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if probe.unit and (probe2.unit or "").lower() != probe.unit.lower():
        return end  # "up 9.4 per cent to $84": two quantities, not a range
    if scale == 1 and scale2 != 1 and first.value <= second.value / scale2:
        # "1 to 2 thousand", "$10 to $15 billion": the scale word is shared.
        first = Numeral(first.value * scale2, first.granularity * scale2,
                        first.how + f" (scale {scale2:g} shared with the range's other end)")
    if second.value * scale2 < first.value * scale:
        return end  # "1957-58", "fell from 10 to 5": a year pair or a change, not a range
    if conn == "or" and (second.value - first.value > 2 * first.granularity
                         or opener or year1 or year2 or bool(currency2 and not r.currency)):
        # "4 or 5", "two or three hundred", "20 or 30": neighbouring guesses, a step or two
        # apart; "25k or 40k (cheaper), respectively", "2019 or 2020", "8 or $9" are two values
        return end
    r.numbers = [first, second]
    r.has_scale = r.has_scale or scale2 != 1
    r.currency = r.currency or currency2
    r.opener = opener.group("opener").lower() if opener else None
    if probe2.unit:
        r.unit, r.percent = probe2.unit, probe2.percent
        r.currency = r.currency or probe2.currency
        return end2_unit
    return end2


_NOT_NOUNS = frozenset("""in on at by to of and or but for from when as after before since until
during while with than that which who where ad bc bce ce""".split())
"""Words after a year that are not what a range counts ("1990 to 2000 in Europe")."""


def _year_like(text: str, start: int, end: int) -> bool:
    """A bare four-digit number that may be a year ("2018")."""
    written = text[start:end]
    return bool(re.fullmatch(r"1\d{3}|2[01]\d{2}", written))


def _prefix(text: str, r: Reading) -> None:
    """Extend `r` leftwards over a range opener and a hedge."""
    at = r.start
    if r.opener:
        om = g.RANGE_OPENER_RE.search(text, max(0, at - 12), at)
        if om:
            at = om.start()
    hm = g.PREFIX_HEDGE_RE.search(text, max(0, at - 25), at)
    if hm and r.hedge is Hedge.BARE and not r.vague:
        if hm.group("tilde"):
            r.hedge, r.hedge_word = Hedge.APPROX, "~"
        elif hm.group("sub"):  # "sub-300 sq m office space"
            r.hedge, r.hedge_word = Hedge.LESS_THAN, "sub-"
        else:
            word = re.sub(r"\s+", " ", hm.group("hedge").lower())
            r.hedge, r.hedge_word = g.PREFIX_HEDGES[word], hm.group("hedge")
        at = hm.start()
    r.start = at


def _temperature_or_none(unit: str | None) -> bool:
    from claimdiff.normalization._units import unit_info

    if unit is None:
        return True
    info = unit_info(unit)
    return info is not None and info.dimension == "temperature"
