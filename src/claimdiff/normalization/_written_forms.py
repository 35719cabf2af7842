"""Dates and clock times in joined, spoken and shortened forms, rewritten for the whole
reader (`written_rewrites`).

Rewrites, each tried only when the phrase as written is not read:

* a month joined to a one-digit or ordinal day: "Oct-2", "Oct/2", "Jan-1st" -> "October 2"
  (two bare digits after a month stay its year: "Mar-21" is March 2021);
* a day of the month in words after a month or a weekday: "May twenty one", "Friday the
  twenty second" -> "May 21", "Friday the 22nd";
* "p m", "a m" written apart; a 24-hour clock with a redundant "pm" ("15:15 pm",
  "fifteen thirty p m") -> "15:15";
* "N minutes to/past H" -> the clock time ("three minutes to eight" -> "7:57");
* "12 noon", "12 midnight" -> "noon", "midnight"; "midafternoon" -> "mid-afternoon";
* "til", "till" between two ends -> "from ... until ..." ("today till tomorrow", "4pm
  til 6pm"; not after a bare hour: "ten till five" is 4:50);
* days of a month named from the reference: "4 till 23 of this month", "from 4-23 in next
  month" -> "November 4 to 23, 2016";
* decades in words: "the twenty-tens", "the two thousands", "the noughties" -> "the 2010s";
* "the month after next", "the year before last" -> that month or year;
* a range whose two ends are dates each written its own way: "January 12, 2016 -
  01/22/2016" -> "from ... to ..."; an ordinal day before a clock time ("5th at 4 a.m.")
  or a number after "on the" next to one ("8pm on the 15") is the day of the month;
  "Int'l" is "International" ("Int'l Workers' Day");
* a year and a one-digit month: "2015-3", "2015/3" -> "March 2015" ("2022-3", which
  may be the years 2022 to 2023, is left unread).

Readers of the forms the rules leave unread ("1 month 21 days ago", "Friday to Sunday last
week", "11pm to 3am") are in `_written_readers`.
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.normalization._context import Context
from claimdiff.normalization._temporal_en import MONTHS

__all__ = ["CARDINAL", "WD", "WEEKDAY_FORMS", "WEEKDAY_NAMES", "said_number", "written_rewrites"]

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_MON = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORD_ONES = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
             "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
             "nineteenth").split()
_ORD_TENS = {"twentieth": 20, "thirtieth": 30}
_ONE = "|".join(_ONES[1:10])
CARDINAL = (rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{_ONE}))?|{'|'.join(_ONES[1:])})")
_ORDINAL = (rf"(?:(?:twenty|thirty)[\s-](?:{'|'.join(_ORD_ONES[1:10])})|"
            rf"{'|'.join([*_ORD_ONES[1:], *_ORD_TENS])})")
WEEKDAY_FORMS = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2,
                  "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4,
                  "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6}
WD = "|".join(sorted(WEEKDAY_FORMS, key=len, reverse=True))
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def number_words(text: str) -> int | None:
    """1-59 written in words ("twenty one", "forty-five"), else `None`."""
    parts = re.split(r"[\s-]+", text.strip().lower())
    if len(parts) == 1 and parts[0] in _ONES:
        return _ONES.index(parts[0])
    if parts[0] in _TENS and (len(parts) == 1 or len(parts) == 2 and parts[1] in _ONES[1:10]):
        return _TENS[parts[0]] + (_ONES.index(parts[1]) if len(parts) == 2 else 0)
    return None


def ordinal_words(text: str) -> int | None:
    """1st-31st written in words ("twenty second", "thirtieth"), else `None`."""
    parts = re.split(r"[\s-]+", text.strip().lower())
    if len(parts) == 1:
        if parts[0] in _ORD_TENS:
            return _ORD_TENS[parts[0]]
        return _ORD_ONES.index(parts[0]) if parts[0] in _ORD_ONES[1:] else None
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in _ORD_ONES[1:10]:
        return _TENS[parts[0]] + _ORD_ONES.index(parts[1])
    return None


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _month(key: str) -> str:
    return _MONTH_NAMES[MONTHS[key.lower()] - 1] if key.lower() in MONTHS else \
        _MONTH_NAMES[MONTHS[key.lower() + "."] - 1]


_JOINED_DAY = re.compile(rf"(?P<mon>{_MON})\s*[-/]\s*(?P<d>[1-9]|[0-3]?\d(?:st|nd|rd|th))",
                         re.IGNORECASE)
_MONTH_DAY_WORDS = re.compile(rf"(?P<mon>{_MON})\s+(?:the\s+)?(?P<d>{CARDINAL}|{_ORDINAL})"
                              rf"(?P<rest>,?\s+\d{{4}})?", re.IGNORECASE)
_WEEKDAY_DAY_WORDS = re.compile(rf"(?P<wd>{WD})\.?,?\s+the\s+(?P<d>{CARDINAL}|{_ORDINAL})",
                                re.IGNORECASE)
_SPACED_MERIDIEM = re.compile(r"\b(?P<x>[ap])\.?\s+m\b\.?", re.IGNORECASE)
_REDUNDANT_PM = re.compile(r"(?P<h>1[3-9]|2[0-3]):(?P<m>[0-5]\d)\s*(?:pm|p\.m\.?)",
                           re.IGNORECASE)
_SAID_24H = re.compile(rf"(?P<h>{'|'.join(_ONES[13:])}|twenty(?:[\s-](?:one|two|three))?)\s+"
                       rf"(?P<m>{CARDINAL})\s*(?:pm|p\.m\.?)", re.IGNORECASE)
_MINUTES_TO = re.compile(rf"(?P<n>\d{{1,2}}|{CARDINAL})\s+(?:minutes?|mins?)\s+"
                         rf"(?P<way>to|before|till|past|after)\s+(?P<h>1[0-2]|[1-9]|"
                         rf"{'|'.join(_ONES[1:13])})(?![:\d])(?P<rest>\s*(?:o'?clock)?.*)",
                         re.IGNORECASE)
_TWELVE = re.compile(r"12\s+(?P<w>noon|midnight)", re.IGNORECASE)
_MID_PART = re.compile(r"\bmid(?P<p>morning|afternoon|evening)\b", re.IGNORECASE)
_TILL = re.compile(r"(?:from\s+)?(?P<a>\S.*?)\s+(?:til|till|til\.)\s+(?P<b>\S.*)",
                   re.IGNORECASE)
# "ten till five" is 4:50: two bare hours are no range.
_BARE_HOUR = re.compile(r"\d{1,2}(?::\d\d)?|" + "|".join(_ONES[1:13]), re.IGNORECASE)
_DAYS_OF_MONTH = re.compile(r"(?:from\s+|between\s+)?(?:the\s+)?(?P<a>[0-3]?\d)(?:st|nd|rd|th)?"
                            r"\s*(?:-|–|to|till|til|until|through|and)\s*(?:the\s+)?"
                            r"(?P<b>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:of\s+|in\s+)?(?:the\s+)?"
                            r"(?P<rel>this|next|last|previous|coming|current)\s+month",
                            re.IGNORECASE)
_DECADE_NAMES = {"tens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                 "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE_WORDS = re.compile(r"(?P<the>the\s+)?(?P<c>nineteen|eighteen|twenty|two\s+thousand"
                           r"(?:\s+and)?)[\s-](?P<d>" + "|".join(_DECADE_NAMES) + r")",
                           re.IGNORECASE)
_NOUGHTIES = re.compile(r"(?P<the>the\s+)?(?:noughties|aughts|naughties|two\s+thousands)",
                        re.IGNORECASE)
_AFTER_NEXT = re.compile(r"the\s+(?P<unit>month|year)\s+(?P<way>after|before)\s+(?:the\s+)?"
                         r"(?P<rel>next|last)", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"(?P<y>1[89]\d\d|20\d\d)\s*[-/]\s*(?P<m>[1-9])")
_SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}


def said_number(text: str) -> int | None:
    return int(text) if text.isdigit() else number_words(text)


def _day_words(text: str) -> int | None:
    n = ordinal_words(text) or number_words(text)
    return n if n is not None and 1 <= n <= 31 else None


def _clock_rewrites(phrase: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    spaced = _SPACED_MERIDIEM.sub(lambda m: f"{m['x'].lower()}m", phrase)
    if spaced != phrase:
        out.append((spaced, "'p m' is 'pm'"))
    if m := _REDUNDANT_PM.fullmatch(phrase.strip()):
        out.append((f"{m['h']}:{m['m']}", "a 24-hour time needs no 'pm'"))
    if (m := _SAID_24H.fullmatch(spaced.strip())) and (minute := number_words(m["m"])) \
            is not None and minute < 60:
        hour = 20 + (number_words(m["h"].split()[-1]) or 0) if " " in m["h"].strip() \
            or "-" in m["h"] else number_words(m["h"])
        if hour is not None and 13 <= hour <= 23:
            out.append((f"{hour}:{minute:02d}", "a 24-hour time said in words"))
    if m := _MINUTES_TO.fullmatch(phrase.strip()):
        n, hour = said_number(m["n"]), said_number(m["h"])
        if n is not None and hour is not None and 0 < n < 60:
            if m["way"].lower() in ("to", "before", "till"):
                hour, minute = (hour - 2) % 12 + 1, 60 - n
            else:
                minute = n
            rest = re.sub(r"^\s*o'?clock", "", m["rest"])
            out.append((f"{hour}:{minute:02d}{rest}", f"{n} minutes {m['way']} {m['h']}"))
    if m := _TWELVE.fullmatch(phrase.strip()):
        out.append((m["w"], f"'12 {m['w']}' is {m['w']}"))
    mid = _MID_PART.sub(lambda m: f"mid-{m['p']}", phrase)
    if mid != phrase:
        out.append((mid, "'mid' joined to a part of the day"))
    return out


def _calendar_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if m := _JOINED_DAY.fullmatch(phrase):
        day = int(re.sub(r"\D", "", m["d"]))
        if 1 <= day <= 31:
            out.append((f"{_month(m['mon'])} {day}", "a month joined to its day"))
    if (m := _MONTH_DAY_WORDS.fullmatch(phrase)) and (said := _day_words(m["d"])):
        out.append((f"{_month(m['mon'])} {said}{m['rest'] or ''}", "a day in words"))
    if (m := _WEEKDAY_DAY_WORDS.fullmatch(phrase)) and (said := _day_words(m["d"])):
        out.append((f"{m['wd']} the {said}{_suffix(said)}", "a day in words"))
    if (m := _TILL.fullmatch(phrase)) and not _BARE_HOUR.fullmatch(m["a"]):
        out.append((f"from {m['a']} until {m['b']}", "'till' between two ends"))
    if (m := _DAYS_OF_MONTH.fullmatch(phrase)) and ctx.reference is not None:
        ref = date.fromordinal(ctx.reference)
        y, mo = divmod(ref.year * 12 + ref.month - 1 + _SHIFT[m["rel"].lower()], 12)
        out.append((f"{_MONTH_NAMES[mo]} {int(m['a'])} to {int(m['b'])}, {y}",
                    f"days of {m['rel'].lower()} month: {_MONTH_NAMES[mo]} {y}"))
    if m := _DECADE_WORDS.fullmatch(phrase):
        c = m["c"].lower()
        base = 2000 if c.startswith("two") else {"eighteen": 1800, "nineteen": 1900}.get(c, 2000)
        decade = base + _DECADE_NAMES[m["d"].lower()]
        out.append((f"the {decade}s", f"a decade in words: the {decade}s"))
    if _NOUGHTIES.fullmatch(phrase):
        out.append(("the 2000s", "the decade from 2000"))
    if (m := _AFTER_NEXT.fullmatch(phrase)) and ctx.reference is not None:
        ref = date.fromordinal(ctx.reference)
        sign = 2 if m["way"].lower() == "after" else -2
        if m["unit"].lower() == "year":
            out.append((str(ref.year + sign), f"two years from the reference's: {ref.year + sign}"))
        else:
            y, mo = divmod(ref.year * 12 + ref.month - 1 + sign, 12)
            out.append((f"{_MONTH_NAMES[mo]} {y}", "two months from the reference's"))
    if (m := _YEAR_MONTH.fullmatch(phrase)) and not (
            "-" in phrase and int(m["m"]) == (int(m["y"]) + 1) % 10):  # "2022-3": 2022-23?
        out.append((f"{_MONTH_NAMES[int(m['m']) - 1]} {m['y']}", "year and month in digits"))
    return out


# A date as a range end: a month name, a weekday, a day word, or a date in digits.
_DATE_END = re.compile(rf"(?:.*\b(?:{_MON}|{WD}|today|tomorrow|yesterday)\b.*|\d{{1,4}}[/.-]"
                       r"\d{1,2}[/.-]\d{1,4})", re.IGNORECASE)
_TWO_DATES = re.compile(r"(?P<a>\S.*?)\s+(?:-|–|to|until|through|thru)\s+(?P<b>\S.*)",
                        re.IGNORECASE)
# "5th at 4 a.m.": an ordinal day opening the phrase is "the 5th"; "8pm on the 15": a
# number after "on the" next to a clock time is the day of the month.
_ORDINAL_AT = re.compile(r"(?P<d>[0-3]?\d(?:st|nd|rd|th))\s+(?P<rest>(?:at|,)\s*\S.*)",
                         re.IGNORECASE)
_CLOCK_ON_THE = re.compile(r"(?P<clock>\S.*?(?:[ap]\.?m\.?|\d:\d\d))\s+on\s+the\s+"
                           r"(?P<d>[1-9]|[12]\d|3[01])", re.IGNORECASE)


def _range_rewrites(phrase: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if (m := _TWO_DATES.fullmatch(phrase)) and not re.match(r"(?:from|between)\b", phrase,
                                                            re.IGNORECASE) and all(
            _DATE_END.fullmatch(end.strip()) for end in (m["a"], m["b"])):
        out.append((f"from {m['a']} to {m['b']}", "two dates, each written its own way"))
    if m := _ORDINAL_AT.fullmatch(phrase):
        out.append((f"the {m['d']} {m['rest']}", "a day of the month"))
    if m := _CLOCK_ON_THE.fullmatch(phrase):
        day = int(m["d"])
        out.append((f"{m['clock']} on the {day}{_suffix(day)}", "a day of the month"))
    intl = re.sub(r"\bint['’]?l\b\.?", "International", phrase, flags=re.IGNORECASE)
    if intl != phrase:
        out.append((intl, "'Int'l' is 'International'"))
    return out


def written_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` in the forms above, each with the step that explains it."""
    return [*_clock_rewrites(phrase), *_calendar_rewrites(phrase, ctx), *_range_rewrites(phrase)]
