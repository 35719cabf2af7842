"""Shorthand and day-of-month phrasings, rewritten to the form the grammar reads.

* Abbreviations of the calendar's words: "yr", "qtr", "wk", "wkend", "mo" ("last
  yr", "next qtr"); business shorthand "EOM" / "BOM" / "EOY" / "BOY" / "EOW" (the
  end or beginning of the month, year or week); weekday abbreviations without
  their period ("thu", "Sat") when they stand as a date in a whole phrase (in
  running text "sun" and "sat" are words, so the scanner never sees these).
* A day of a month written as an ordinal: "the third day of October" -> "October
  3"; "February the 15th" -> "February 15"; "on 24th" -> "on the 24th"; "on the
  first" -> "on the 1st"; a day of a month named from the reference: "the 20th of
  next month", "20 of this month", "the 20th day of the previous month" -> the day
  written out with its month and year.

Each rewrite is read by the whole reader again and named in the steps.
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.normalization._context import Context
from claimdiff.normalization._roles_en import ORDINAL_WORDS
from claimdiff.normalization._temporal_en import MONTHS

__all__ = ["shorthand_rewrites"]

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD_WORD = "|".join(sorted((w for w, n in ORDINAL_WORDS.items() if n <= 31), key=len,
                            reverse=True))
_TENS_ORD = {"twenty": 20, "thirty": 30}
# A day of the month as an ordinal: "3rd", "third", "twenty-first", "thirty first".
_DAY = (rf"(?:(?P<dn>\d{{1,2}})(?:st|nd|rd|th)|(?:(?P<tens>twenty|thirty)[\s-]?)?"
        rf"(?P<dw>{_ORD_WORD}))")
_ABBREVIATIONS = {"yr": "year", "yrs": "years", "qtr": "quarter", "qtrs": "quarters",
                  "wk": "week", "wks": "weeks", "wkend": "weekend", "wkends": "weekends",
                  "mo": "month", "mos": "months"}
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b", re.IGNORECASE)
_BUSINESS = {"eom": "the end of the month", "bom": "the beginning of the month",
             "eoy": "the end of the year", "boy": "the beginning of the year",
             "eow": "the end of the week"}
_BUSINESS_RE = re.compile(r"(?:the\s+)?\b(?P<w>EOM|BOM|EOY|BOY|EOW)\b", re.IGNORECASE)
# Not after "the": "the sun", "the wed" are no dates.
_WEEKDAY_SHORT = re.compile(r"(?<!the )\b(?P<w>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b(?!\.)",
                            re.IGNORECASE)
_DAY_OF_MONTH = re.compile(rf"(?:the\s+)?{_DAY}\s+day\s+of\s+(?P<rest>(?:{_MON})\.?.*)",
                           re.IGNORECASE)
_MONTH_THE_DAY = re.compile(rf"(?P<mon>(?:{_MON})\.?)\s+the\s+{_DAY}(?P<rest>.*)",
                            re.IGNORECASE)
_ON_DAY = re.compile(rf"on\s+(?:the\s+)?{_DAY}", re.IGNORECASE)
_DAY_OF_NAMED_MONTH = re.compile(
    rf"(?:the\s+)?(?:{_DAY}|(?P<bare>\d{{1,2}}))(?:\s+day)?\s+of\s+(?:the\s+)?"
    r"(?P<rel>next|following|this|current|previous|last|past)\s+month", re.IGNORECASE)
_SHIFT = {"next": 1, "following": 1, "this": 0, "current": 0, "previous": -1, "last": -1,
          "past": -1}


def _day(m: re.Match[str]) -> int | None:
    if m["dn"]:
        day = int(m["dn"])
    elif m["dw"]:
        day = ORDINAL_WORDS[m["dw"].lower()] + _TENS_ORD.get((m["tens"] or "").lower(), 0)
    elif "bare" in m.re.groupindex and m["bare"]:
        day = int(m["bare"])
    else:
        return None
    return day if 1 <= day <= 31 else None


def _nth(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def shorthand_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` without its shorthand, each with the step that explains it."""
    out: list[tuple[str, str]] = []
    expanded = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(0).lower()], phrase)
    expanded = _BUSINESS_RE.sub(lambda m: _BUSINESS[m["w"].lower()], expanded)
    if expanded != phrase:
        out.append((expanded, "abbreviations written out"))
    dotted = _WEEKDAY_SHORT.sub(lambda m: m["w"] + ".", phrase)
    if dotted != phrase:
        out.append((dotted, "a weekday abbreviated"))
    if (m := _DAY_OF_MONTH.fullmatch(phrase)) and (day := _day(m)):
        out.append((f"{m['rest']} {day}" if re.fullmatch(rf"(?:{_MON})\.?", m["rest"], re.I)
                    else f"the {_nth(day)} of {m['rest']}", "the n-th day of a month"))
    if (m := _MONTH_THE_DAY.fullmatch(phrase)) and (day := _day(m)):
        out.append((f"{m['mon']} {day}{m['rest']}", "a month and its day"))
    if (m := _ON_DAY.fullmatch(phrase)) and (day := _day(m)):
        out.append((f"on the {_nth(day)}", "a day of the month"))
    if (m := _DAY_OF_NAMED_MONTH.fullmatch(phrase)) and ctx.reference is not None and (
            day := _day(m)):
        ref = date.fromordinal(ctx.reference)
        index = ref.year * 12 + ref.month - 1 + _SHIFT[m["rel"].lower()]
        month, year = _MONTH_NAMES[index % 12], index // 12
        out.append((f"{month} {day}, {year}", f"'{m['rel']} month' is {month} {year}"))
    return out
