"""What looks like a number in running text but is no quantity: names, years, dates, times."""

from __future__ import annotations

import re

from claimdiff.normalization import _quantity_en as en
from claimdiff.normalization import _quantity_grammar as g
from claimdiff.normalization._hedges import Hedge
from claimdiff.normalization._quantity_read import Reading
from claimdiff.normalization._units_en import ABBREVIATED_RATES


def not_a_quantity(text: str, m: re.Match[str], r: Reading) -> bool:
    """Scan-mode filters: names, years, dates, clock times, ordinals, bare number words."""
    s, e = m.start(), m.end()
    marked = bool(r.unit or r.currency or r.percent or r.vague or r.has_scale)
    before = text[max(0, s - 2):s]
    if re.search(r"\d[-–−]$|[×^⁄/:#]$", before):
        return True  # tail of "2-1", "10−30", "1/16", "17:22", "#5"
    if re.search(r"[A-Za-z]-$", before) and not r.currency and r.start == s:
        return True  # "COVID-19", "production-four-door" (but "minus-5", "sub-300")
    if m.group("digits"):
        if re.match(r"[A-Za-z]", text[e:e + 1]) and r.end == e:
            return True  # "22nd", "1990s", "5G", "10am": letters glued to the number
        if re.search(r"[A-Za-z]$", before) and not r.currency:
            return True  # "S23", "M21"
        if re.match(r"/\d|:\d|\.\d|[⁄×]", text[e:e + 2]):
            return True
    if g.CLOCK_AFTER_RE.match(text, e) or (not marked and g.CLOCK_AFTER_RE.match(text, r.end)):
        return True  # "2 p.m.", "11 a.m. GMT" (even where "p" could be pence)
    if r.vague and r.noun is None and r.unit is None and _DIGIT_NEXT.match(text, r.end):
        return True  # "a score of 3-1", "a score of 85 points": the number is the amount
    if marked:
        return False
    wb = g.WORD_BEFORE_RE.search(text, max(0, s - 20), s)
    wa = g.WORD_AFTER_RE.match(text, e)
    prev = wb.group("word") if wb else ""
    low_prev = prev.lower().rstrip(".")
    if low_prev in en.MONTHS and (prev[:1].isupper() or r.noun is None):
        return True  # "June 12", "Sept. 20-24"
    if wa and wa.group("word").lower().rstrip(".") in en.MONTHS and r.noun is None:
        return True  # "12 June"
    if m.group("words"):
        # "no one knows", "the one who": "one" as a pronoun; number words need a noun.
        pronoun = m.group().lower() == "one" and low_prev in en.ONE_PRONOUN
        return r.noun is None or pronoun
    if r.hedge is not Hedge.BARE:
        return False
    if r.noun is None and (low_prev in en.LABEL_WORDS or re.match(r"\)", text[r.end:r.end + 1])
                           and before.endswith("(")):
        return True  # "category 4", "row 21", "(4)"
    acronym = _ACRONYM_NEXT.match(text, e) and r.noun  # "20 EV models"
    if re.match(r" [A-Z]", text[e:e + 2]) and not (r.noun and text.startswith(r.noun, e + 1)
                                                   or acronym or _RATE_NEXT.match(text, e)):
        return True  # "787 Dreamliner", "737 Max jets", "49 Zorro Ranch Road", "4 Started"
    if r.noun is None and re.match(r"[-–]\d", text[e:e + 2]):
        return True  # "2-2 on aggregate": a score
    if all(_year(text, n, m) for n in r.numbers):
        # "in 2018", "the 1988 film", "between 1600 and 1900"; "2000 soldiers" is a count.
        glued = r.noun is not None and re.fullmatch(r"\s+\S+", text[r.end - len(r.noun) - 1:r.end])
        if glued and r.noun and r.noun.endswith("s") and len(r.numbers) == 2:
            return False  # "from 1000 to 2000 hires"
        return not (glued and r.noun and r.noun.endswith("s") and prev and prev[0].islower()
                    and low_prev not in _YEAR_LEADS)
    if prev and any(c.isupper() for c in prev):
        # "Game 2", "Windows 10", "iPhone 11"; but "With 300 troops", "Only 5 people".
        return low_prev not in _CAPITAL_OK and low_prev not in en.NOUN_STOP
    return False


def _year(text: str, n: object, m: re.Match[str]) -> bool:
    value = getattr(n, "value", 0.0)
    return float(value).is_integer() and 1000 <= value <= 2199 and bool(
        re.fullmatch(r"\d{4}", (m.group("digits") or "").strip("-−"))
    )


# Matched at a position, never on `text[pos:]`: a copy of the rest of a long sentence per
# number would make scanning quadratic.
_DIGIT_NEXT = re.compile(r"\s*\d")
_ACRONYM_NEXT = re.compile(r" [A-Z]{2,}\b")
_RATE_NEXT = re.compile(r" (?:" + "|".join(map(re.escape, ABBREVIATED_RATES)) + r")\b",
                        re.IGNORECASE)
"""A rate the trade press abbreviates after the figure ("1.5 Mtpa"): no name."""

_YEAR_LEADS = frozenset("in since of by until from during early late mid before after "
                        "for the this that last next".split())
_CAPITAL_OK = frozenset("the a an about around over under only just nearly almost some all "
                        "another with".split())
