"""The quantity reader: one quantity expression at a position, as a `Reading`.

`_quantity.py` turns readings into `Value`s; this module only finds what was
written (numbers, scale, unit, hedge, counted noun) and where; the parts of one expression
are read by `_quantity_parts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization import _quantity_grammar as g
from claimdiff.normalization._change_en import change_before
from claimdiff.normalization._hedges import SUFFIX_HEDGES_EN, Hedge
from claimdiff.normalization._numbers import Numeral
from claimdiff.normalization._quantity_parts import noun_at as _noun_at
from claimdiff.normalization._quantity_parts import number_at as _number_at
from claimdiff.normalization._quantity_parts import sign_before as _sign_before
from claimdiff.normalization._quantity_parts import unit_at as _unit_at

__all__ = ["Reading", "read_at"]


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




_TWO_DIGITS = re.compile(r"\d{2}")
"""A figure of two digits or more written onto a two-letter sign ("Sh120"): money."""


def read_at(text: str, m: re.Match[str], *, phrase: bool) -> Reading | None:
    """The quantity starting at the `START_RE` match `m`, or `None`."""
    start = m.start()
    sign = _sign_before(text, start)
    if sign and sign[0] in en.LETTER_SIGNS and not g.LETTER_MONEY_RE.match(text, start) \
            and not (sign[0] in en.WORD_SIGNS and sign[1] + len(sign[0]) == start
                     and _TWO_DIGITS.match(text, start)):
        sign = None  # "N95 masks", "the R40": a name, the figure stands alone
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
    if hm and hm.group("hedge") and _RISE_UP.search(text, max(0, hm.start() - 12), hm.start()) \
            and re.fullmatch(r"up\s+to", hm.group("hedge"), re.IGNORECASE):
        hm = None  # "goes up to 68,500 tonnes": a rise and the level it reaches, no bound
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


_RISE_UP = re.compile(
    r"\b(?:go|goes|going|gone|went|move[sd]?|moving|shot|shoot(?:s|ing)?|jump(?:s|ed|ing)?|"
    r"edge[sd]?|edging|inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|push(?:es|ed|ing)?|"
    r"bump(?:s|ed|ing)?|ramp(?:s|ed|ing)?|step(?:s|ped|ping)?)\s+$", re.IGNORECASE)
"""A verb whose particle "up" says a rise ("the quota goes up to"): "to" is the level."""


def _temperature_or_none(unit: str | None) -> bool:
    from claimdiff.normalization._units import unit_info

    if unit is None:
        return True
    info = unit_info(unit)
    return info is not None and info.dimension == "temperature"
