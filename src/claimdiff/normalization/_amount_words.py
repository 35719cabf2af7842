"""Whole phrases around an amount: "thousands" alone, "to 5%", "by 5 percentage points"."""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.normalization._value import Value

__all__ = ["hyphens_apart", "read_to_or_by", "vague_alone"]

# "two-and-a-half years", "three-and-a-quarter million": the hyphens of an adjective.
_HYPHENED = re.compile(r"\b(\w+)-and-(an?|one|two|three)-(half|quarters?|thirds?)\b", re.IGNORECASE)
# "a half-dozen", "half-dozen": half a dozen.
_HALF_DOZEN = re.compile(r"\b(?:an?\s+)?half-dozen\b", re.IGNORECASE)


# "8- to 16-meter", "a 5- to 10-year sentence", "two- or three-day": a suspended hyphen,
# the first end borrowing the unit of the second ("or" between two ends is a range too).
_SUSPENDED = re.compile(r"\b([\w.,]+)-\s+(to|or|and)\s+([\w.,]+)-([A-Za-z]+)\b")
# "1.3e6", "-12e-1", "1.3 x 10^6", "2.48×10−5", "10^6": scientific notation, written out
# in digits, which keep its granularity (1.3e6 is 1,300,000 to the hundred thousand).
_SCIENTIFIC = re.compile(
    r"(?<![\w.^])(?:(?P<m>[-−]?\d+(?:\.\d+)?)\s?(?:[eE](?P<e>[+\-−]?\d{1,2})|[x×*]\s?10\s?"
    r"(?:\^|\*\*)\s?(?P<e2>[+\-−]?\d{1,2})|[x×]\s?10(?P<e3>[⁻−-]?[⁰¹²³⁴⁵⁶⁷⁸⁹\d]{1,2}))"
    r"|10\^(?P<e4>[+\-−]?\d{1,2}))(?![\w.])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def hyphens_apart(text: str) -> str | None:
    """ "two-and-a-half years" -> "two and a half years", "a half-dozen" -> "half a dozen",
    "8- to 16-meter" -> "8 to 16 meter", "1.3e6" -> "1300000", or `None` when there is
    nothing to part."""
    parted = _HALF_DOZEN.sub("half a dozen", _HYPHENED.sub(r"\1 and \2 \3", text))
    parted = _SUSPENDED.sub(r"\1 to \3 \4", parted)  # "5- or 6-mile": 5 to 6 miles
    parted = _SCIENTIFIC.sub(_written_out, parted)
    return None if parted == text else parted


def _written_out(m: re.Match[str]) -> str:
    from decimal import Decimal

    mantissa = (m["m"] or "1").replace("−", "-")
    exponent = int((m["e"] or m["e2"] or m["e3"] or m["e4"]).translate(_SUPERSCRIPTS))
    # grouped ("2,000"), so that a written-out 2e3 is never read as the year 2000
    return format(Decimal(mantissa).scaleb(exponent), ",f")

# A plural scale word alone is a vague amount, not one of it: "thousands" is "thousands of".
_VAGUE_ALONE = re.compile(r"(?:(?:tens|hundreds|dozens)\s+of\s+)?(?:dozens|scores|hundreds|"
                          r"thousands|millions|billions|trillions)", re.IGNORECASE)
# "to 5%", "by 5 points"; and words that frame an amount without hedging it ("a record
# 1,200", "a total of 40"; read in a whole phrase only: in running text they are context
# that pairs claims, "a record haul").
_TO_OR_BY = re.compile(r"(?P<w>to|by|only|a\s+record|a\s+whopping|a\s+total\s+of)\s+"
                       r"(?P<rest>\S.*)",
                       re.IGNORECASE)
_YEAR = re.compile(r"1\d{3}|20\d\d|2100")


def vague_alone(text: str) -> list[str]:
    """ "thousands", "dozens", "tens of millions" alone: the rewrite "thousands of"."""
    return [f"{text.strip()} of"] if _VAGUE_ALONE.fullmatch(text.strip()) else []


def read_to_or_by(text: str) -> Value | None:
    """ "(rose) to 5%" names the level reached, "(rose) by 5 percentage points" the size of
    the change; with the verb left out, the amount is what is written. A bare year after
    them ("to 2025", "by 2025") is a date's, not read here."""
    from claimdiff.normalization._quantity import parse_quantity

    level = _TO_OR_BY.fullmatch(text.strip())
    if level is None or _YEAR.fullmatch(level["rest"]):
        return None
    amount = parse_quantity(level["rest"])
    if amount is None:
        return None
    what = {"to": "the level reached", "by": "the size of a change"}.get(
        level["w"].lower(), "a frame, no hedge")
    return replace(amount, text=text.strip(), steps=(
        *amount.steps, f"{level['w']!r} before an amount: {what}"))
