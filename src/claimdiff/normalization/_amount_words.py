"""Whole phrases around an amount: "thousands" alone, "to 5%", "by 5 percentage points"."""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.normalization._value import Value

__all__ = [
    "colloquial",
    "hyphens_apart",
    "ish_as_about",
    "plus_at_least",
    "read_to_or_by",
    "restated_in_digits",
    "vague_alone",
]

# "two-and-a-half years", "three-and-a-quarter million": the hyphens of an adjective.
_HYPHENED = re.compile(r"\b(\w+)-and-(an?|one|two|three)-(half|quarters?|thirds?)\b", re.IGNORECASE)
# "a half-dozen", "a half dozen", "half-dozen": half a dozen.
_HALF_DOZEN = re.compile(r"\b(?:an?\s+)?half[-\s]dozen\b", re.IGNORECASE)


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


def restated_in_digits(text: str) -> str | None:
    """ "forty-five (45) days" -> "forty-five days": number words restated in digits, as
    contracts and statutes write them, are one number; `None` when nothing is restated or
    the two differ (then the phrase is refused: it says two numbers)."""
    if "(" not in text:
        return None
    from claimdiff.normalization._numbers import WORDS, read_words

    m = re.search(rf"(?P<w>{WORDS})\s*\((?P<d>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<f>\d+))?\)",
                  text, re.IGNORECASE)
    if m is None or (said := read_words(m["w"])) is None:
        return None
    digits = float(m["d"].replace(",", "") + (f".{m['f']}" if m["f"] else ""))
    return text[:m.end("w")] + text[m.end():] if said.value == digits else None


# "3+ hours", "10+ years": a count with "+" is at least that many (as "10+ people" is read).
_PLUS_TIME = re.compile(r"(?<![\w.+])(?P<n>\d[\d,.]*)\s?\+\s+(?=(?:seconds?|minutes?|hours?|days?|"
                        r"weeks?|months?|years?|decades?|centuries|hrs?|mins?|secs?|yrs?|wks?)"
                        r"\b)", re.IGNORECASE)


# "50-ish", "fortyish people", "9ish": the suffix "-ish" on a number is "about" it.
_ISH = re.compile(r"(?P<n>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)-?ish\b(?P<rest>.*)", re.IGNORECASE)


def ish_as_about(text: str) -> str | None:
    """ "50-ish people" -> "about 50 people", or `None` when no number opens the phrase."""
    if "ish" not in text.lower():
        return None
    m = _ISH.fullmatch(text.strip())
    if m is None:
        return None
    if not m["n"][0].isdigit():
        from claimdiff.normalization._numbers import read_words

        if read_words(m["n"]) is None:  # "English", "Danish": no number
            return None
    return f"about {m['n']}{m['rest']}"


# Spoken and colloquial amounts, rewritten to the words the grammar reads: "five grand"
# (a thousand; not "3 grand slams": only at the end or before a function word), "quid"
# (pounds sterling; "bucks" name no one currency: Australian, Canadian, US), "single"
# and "a single" (one), "dozen", "couple", "pair" opening a phrase without their "a"
# ("couple thousand", "pair of"), "1.2G" (giga: a
# billion; a decimal is needed, as "4G" and "5G" name mobile networks), "-.5" (the
# nought left out after a sign), "–5" (an en dash set as a minus sign).
_COLLOQUIAL = re.compile(
    r"(?P<grand>(?<=[\d\s])grand\b(?=\s*$|\s+(?:a|an|per|each|apiece|for|in|to|from|and|or|"
    r"on|of)\b))"
    r"|(?P<quid>(?<=[\d\s])quid\b)"
    r"|(?P<giga>(?<![\w.])[-−]?\d*\.\d+)G\b"
    r"|(?P<single>^single(?=\s*$)|^an?\s+single(?=\s*$|\s+[a-z]+\s*$))"
    r"|(?P<alone>^(?:dozen|couple|pair)\b)"
    # "5 dot 2", "one dot five": a decimal point read aloud (Duckling's "one point 2" rule)
    r"|(?P<dot>(?:(?<=\d\s)|(?<=^)|(?<=[a-z]\s))dot(?=\s+(?:\d|zero|oh|one|two|three|four|"
    r"five|six|seven|eight|nine)\b))"
    r"|(?P<sign>(?<![\w.])[-−](?=\.\d))|(?P<dash>(?<![\w.,])–(?=\.?\d))")


def _colloquial(m: re.Match[str]) -> str:
    if m["grand"]:
        return "thousand"
    if m["quid"]:
        return "pounds sterling"
    if m["giga"]:
        return m["giga"] + " billion"
    if m["single"]:
        return "one"
    if m["dot"]:
        return "point"
    if m["alone"]:
        return f"a {m['alone'].strip().lower()}"
    if m["dash"]:
        return "-"  # "–5": an en dash set as a minus sign
    return m["sign"] + "0"


def colloquial(text: str) -> str | None:
    """ "five grand" -> "five thousand", "20 quid" -> "20 pounds sterling", "a single" -> "one",
    "dozen" -> "a dozen", ".0012G" -> ".0012 billion", "5 dot 2" -> "5 point 2", or `None`."""
    parted = _COLLOQUIAL.sub(_colloquial, text.strip())
    return None if parted == text.strip() else parted


def plus_at_least(text: str) -> str | None:
    """ "3+ hours" -> "at least 3 hours", or `None`."""
    if "+" not in text:
        return None
    parted = _PLUS_TIME.sub(r"at least \g<n> ", text)
    return None if parted == text else parted


def hyphens_apart(text: str) -> str | None:
    """ "two-and-a-half years" -> "two and a half years", "a half-dozen" -> "half a dozen",
    "8- to 16-meter" -> "8 to 16 meter", "1.3e6" -> "1300000", or `None` when there is
    nothing to part."""
    parted = text
    if "half" in text:
        parted = _HALF_DOZEN.sub("half a dozen", parted)
    if "-" in text:
        parted = _HYPHENED.sub(r"\1 and \2 \3", parted)
        parted = _SUSPENDED.sub(r"\1 to \3 \4", parted)  # "5- or 6-mile": 5 to 6 miles
    if _MAY_BE_SCIENTIFIC.search(parted):
        parted = _SCIENTIFIC.sub(_written_out, parted)
    if _HAS_SCALE.search(parted):  # the common phrase ("June 12, 2024") stops here
        parted = _PART_SCALE.sub(_part_of_scale, parted)
        parted = _SCALE_AND_PART.sub(r"\1\2.5 \3", parted)
        parted = _CHAIN.sub(_chain_in_digits, parted)
    return None if parted == text else parted


_MAY_BE_SCIENTIFIC = re.compile(r"\d\s?[eE][+\-−]?\d|10\s?(?:\^|\*\*)|[x×]\s?10")
_HAS_SCALE = re.compile(r"hundred|thousand|lakh|million|crore|billion|trillion", re.IGNORECASE)


# "half million", "a half million", "a quarter million", "three-quarter million": the
# part of the scale word, as "half a million" and "a quarter of a million" say it.
_PART_SCALE = re.compile(r"(?<![\w-])(?:an?\s+)?(?P<p>half|quarter|three[\s-]quarters?)[\s-]"
                         r"(?P<s>hundred|thousand|million|billion|trillion)\b(?!\s+(?:and|of)\b)",
                         re.IGNORECASE)


def _part_of_scale(m: re.Match[str]) -> str:
    if re.search(r"\band\s+(?:an?\s+)?$", m.string[:m.start()], re.IGNORECASE):
        return m.group(0)  # "5 and a half million": the part of a mixed number
    part = m["p"].lower()
    scale = m["s"].lower()
    if part == "half":
        return f"half a {scale}"
    return f"{'a quarter' if part == 'quarter' else 'three quarters'} of a {scale}"


# "3 million and a half": 3.5 million (the part is of the scale, as in words).
_SCALE_AND_PART = re.compile(r"(?<![\w.,])(\d+)()\s+(million|billion|trillion|thousand)\s+and"
                             r"\s+a\s+half\b(?!\s+of)", re.IGNORECASE)
# "4 thousand 3 hundred and 21", "2 million 300 thousand", "6 crore and two hundred":
# digits with scale words in descending groups, written out as one number in digits.
_SCALES = {"hundred": 100, "thousand": 1000, "lakh": 100_000, "million": 10**6,
           "crore": 10**7, "billion": 10**9, "trillion": 10**12}
_SMALL = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:{_SMALL}))?"
         rf"|{_SMALL})")
_WORD_GROUP = rf"{_TENS}(?:\s+hundred(?:\s+(?:and\s+)?{_TENS})?)?"
_GROUP = rf"(?:\d{{1,3}}(?:\.\d+)?|{_WORD_GROUP})"
_CHAIN = re.compile(
    rf"(?<![\w.,])(?:\d{{1,3}}(?:\.\d+)?\s+(?:{'|'.join(_SCALES)})s?)"
    rf"(?:(?:\s+and)?\s+{_GROUP}\s+(?:{'|'.join(_SCALES)})s?)*"
    rf"(?:(?:\s+and)?\s+(?:\d{{1,3}}|{_WORD_GROUP})(?![\w.,]|-[a-z]))?(?![\w.,])",
    re.IGNORECASE)
"""The last group is no part of the chain when a hyphen joins it to a noun: "1.42 million
twenty-foot containers" is 1.42 million containers, each twenty feet long."""


def _chain_in_digits(m: re.Match[str]) -> str:
    """The chain in digits, or as written when it is not one number ("3 hundred people":
    one group and a noun; "2 million 3 million": scales not descending)."""
    from decimal import Decimal

    from claimdiff.normalization._numbers import read_words

    tokens = re.findall(r"[\d.]+|[a-z]+(?:-[a-z]+)?", m.group(0).lower())
    total, group, last, groups = Decimal(0), None, None, 0
    words: list[str] = []

    def number_of(ws: list[str]) -> Decimal | None:
        read = read_words(" ".join(ws)) if ws else None
        return None if read is None or not float(read.value).is_integer() else Decimal(
            int(read.value))

    for tok in tokens:
        if tok == "and":
            continue
        scale = _SCALES.get(tok.rstrip("s") if tok != "hundreds" else "hundred")
        if scale == 100 and words:  # "nine hundred (and fifty-four) thousand": in the group
            words.append(tok)
            continue
        if scale is None:
            if tok[0].isdigit() and words:  # "eight hundred (and) 79": one group
                head, words = number_of(words), []
                if head is None or Decimal(tok) >= 100:
                    return m.group(0)
                group = head + Decimal(tok)
            elif tok[0].isdigit():
                group = Decimal(tok)
            else:
                words.append(tok)
            continue
        if words:
            group, words = number_of(words), []
        if group is None or (last is not None and scale >= last):
            return m.group(0)
        total, group, last, groups = total + group * scale, None, scale, groups + 1
    if words:
        group = number_of(words)
        if group is None:
            return m.group(0)
    if group is not None:
        if last is not None and group >= last:
            return m.group(0)
        total += group
        groups += 1
    if groups < 2 or not any(c.isdigit() for c in m.group(0)):
        return m.group(0)
    return f"{total:,f}".rstrip("0").rstrip(".") if "." in f"{total:f}" else f"{total:,f}"


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
