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
* Weekdays counted from the reference: "Friday after next" (a week after next
  Friday), "March after next", "3 Fridays from now" (the third after the
  reference); a weekday with a day of the month, "Tuesday the 19th": the nearest
  month, within six of the reference's, whose 19th is a Tuesday (else refused).

Each rewrite is read by the whole reader again and named in the steps.
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.normalization._context import Context
from claimdiff.normalization._roles_en import ORDINAL_WORDS
from claimdiff.normalization._temporal_en import MONTHS, WEEKDAYS

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
# "February the 15th", also after its weekday ("Monday, April the 23rd 2007").
_MONTH_THE_DAY = re.compile(rf"(?P<pre>(?:.*?[\s,])?)(?P<mon>(?:{_MON})\.?)\s+the\s+{_DAY}"
                            rf"(?P<rest>.*)", re.IGNORECASE)
_ON_DAY = re.compile(rf"on\s+(?:the\s+)?{_DAY}", re.IGNORECASE)
_DAY_OF_NAMED_MONTH = re.compile(
    rf"(?:the\s+)?(?:{_DAY}|(?P<bare>\d{{1,2}}))(?:\s+day)?\s+of\s+(?:the\s+)?"
    r"(?P<rel>next|following|this|current|previous|last|past)\s+month", re.IGNORECASE)
_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_AFTER_NEXT = re.compile(rf"(?:the\s+)?(?:(?P<wd>{_WD})|(?P<mon>{_MON}))\s+after\s+next",
                         re.IGNORECASE)
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
_WEEKDAYS_FROM_NOW = re.compile(
    rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNT)})\s+(?P<wd>{_WD})s\s+(?:from\s+(?:now|today)|hence)",
    re.IGNORECASE)
_WEEKDAY_AND_DAY = re.compile(rf"(?P<wd>{_WD}),?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)",
                              re.IGNORECASE)
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


def _written(day: date) -> str:
    return f"{_MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def _weekday_rewrites(phrase: str, ref: date) -> list[tuple[str, str]]:
    """"Friday after next", "March after next", "3 fridays from now", "Tuesday the 19th"."""
    out: list[tuple[str, str]] = []
    if m := _AFTER_NEXT.fullmatch(phrase):
        if m["wd"]:  # a week after "next Friday", the first one after the reference
            ahead = (WEEKDAYS[m["wd"].lower()] - ref.weekday()) % 7 or 7
            day = date.fromordinal(ref.toordinal() + ahead + 7)
            out.append((_written(day), f"the {m['wd']} a week after the next one"))
        else:
            month = MONTHS[m["mon"].lower().rstrip(".")]
            year = (ref.year if month > ref.month else ref.year + 1) + 1
            out.append((f"{_MONTH_NAMES[month - 1]} {year}", "the one after next"))
    if m := _WEEKDAYS_FROM_NOW.fullmatch(phrase):
        n = int(m["n"]) if m["n"].isdigit() else _COUNT[m["n"].lower()]
        ahead = (WEEKDAYS[m["wd"].lower()] - ref.weekday()) % 7 or 7
        if n >= 1:
            day = date.fromordinal(ref.toordinal() + ahead + 7 * (n - 1))
            out.append((_written(day), f"the {_nth(n)} {m['wd']} after {ref}"))
    if m := _WEEKDAY_AND_DAY.fullmatch(phrase):
        # The weekday picks the month: the nearest month, from the reference's, whose
        # day of that number falls on it.
        wd, d = WEEKDAYS[m["wd"].lower()], int(m["d"])
        for shift in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
            index = ref.year * 12 + ref.month - 1 + shift
            try:
                day = date(index // 12, index % 12 + 1, d)
            except ValueError:
                continue
            if day.weekday() == wd:
                out.append((f"{m['wd']}, {_written(day)}", f"the nearest month whose {_nth(d)} "
                            f"is a {m['wd']}"))
                break
    return out


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
        out.append((f"{m['pre']}{m['mon']} {day}{m['rest']}", "a month and its day"))
    if (m := _ON_DAY.fullmatch(phrase)) and (day := _day(m)):
        out.append((f"on the {_nth(day)}", "a day of the month"))
    if ctx.reference is not None:
        out += _weekday_rewrites(phrase, date.fromordinal(ctx.reference))
    if (m := _DAY_OF_NAMED_MONTH.fullmatch(phrase)) and ctx.reference is not None and (
            day := _day(m)):
        ref = date.fromordinal(ctx.reference)
        index = ref.year * 12 + ref.month - 1 + _SHIFT[m["rel"].lower()]
        month, year = _MONTH_NAMES[index % 12], index // 12
        out.append((f"{month} {day}, {year}", f"'{m['rel']} month' is {month} {year}"))
    return out
