"""Other ways of writing a date, rewritten to the form the grammar reads.

* Year first: "2019 March" -> "March 2019", "2019 Q3" -> "Q3 2019".
* Numeric months: "03/2019", "3-2019" -> "March 2019"; "Mar-2021", "Sept. 21"
  with a two-digit year -> "March 2021"; "31-Oct-74" -> "31 October 1974" (a
  two-digit year is the one nearest the reference, ten years ahead at most).
* A year named from the reference: "June last year", "January this year",
  "the 4th of July next year" -> the year written out.
* A quarter without its year: "Q3", "the third quarter" -> the nearest one
  begun by the reference (its year written out), as for months.
* Spelled-out years: "nineteen ninety-six", "two thousand and ten", "twenty
  twenty-four", "the year two thousand" -> digits.
* Month and day in digits without a year: "2/15", "15/2" (a number above 12 is
  the day); "3/4" is refused as ambiguous, as "12/06/2024" is.
* Counted from now: "three months from now", "7 days hence" -> "... after today";
  "2015-3-3" (ISO with one-digit month or day) -> "3 March 2015".
* Fiscal years: "fiscal 2022", "FY2022", "FY22", "fiscal year 2022": see
  `read_fiscal`.

Each rewrite is read by the whole reader again and named in the steps.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._assistant import assistant_rewrites
from claimdiff.normalization._calendar import month_span
from claimdiff.normalization._calendar_forms import calendar_rewrites
from claimdiff.normalization._chat import chat_rewrites
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._period_names import period_rewrites
from claimdiff.normalization._phrasings import phrasing_rewrites
from claimdiff.normalization._shorthand import shorthand_rewrites
from claimdiff.normalization._temporal_en import MONTHS, WEEKDAYS
from claimdiff.normalization._value import Kind, Value
from claimdiff.normalization._written_forms import written_rewrites

__all__ = ["read_fiscal", "read_weekday_in", "rewrites"]

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_TEENS}|(?:oh|o)[\s-](?:{_UNITS}))"
_SPELLED_YEAR = re.compile(
    rf"\b(?P<c>{_TEENS}|twenty)[\s-](?P<y>{_TWO_DIGITS}|hundred)\b"
    rf"|\b(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-](?P<x>{_TWO_DIGITS}|{_UNITS}))?\b",
    re.IGNORECASE)
_BARE_HUNDRED = re.compile(rf"(?:{_TEENS}|twenty)[\s-]hundred", re.IGNORECASE)
_YEAR_FIRST = re.compile(rf"(?P<y>\d{{4}}),?\s+(?P<rest>(?:{_MON})\.?|Q[1-4])", re.IGNORECASE)
_NUMERIC_MONTH = re.compile(r"(?P<m>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y>\d{4})")
_MON_YEAR = re.compile(rf"(?P<mon>{_MON})\.?\s*[-/'’]\s*(?P<y>\d{{4}}|\d{{2}})", re.IGNORECASE)
_DAY_MON_YEAR = re.compile(rf"(?P<d>\d{{1,2}})\s*[-/.]\s*(?P<mon>{_MON})\.?\s*[-/.]\s*"
                           rf"(?P<y>\d{{4}}|\d{{2}})", re.IGNORECASE)
# "14th April 15", "14april 2015", "3/3/15": a day and month with a short or glued year.
_DAY_MON_SPACED = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<mon>{_MON})\.?,?\s+"
                             rf"(?:['’](?P<yy>\d{{2}})|(?P<y>\d{{4}}|\d{{2}}))", re.IGNORECASE)
# "18-Feb", "3-sept.": a day and a month joined by a hyphen, as tables write them.
_DAY_MON = re.compile(rf"(?:on\s+)?(?P<d>[0-2]?\d|3[01])-(?P<mon>{_MON})\.?", re.IGNORECASE)
_NUMERIC_SHORT = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})")
_RELATIVE_YEAR = re.compile(r"(?P<rest>.+?),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year",
                            re.IGNORECASE)
_QUARTER = re.compile(r"(?:the\s+)?(?:Q(?P<qd>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|"
                      r"3rd|4th)\s+(?:quarter|qtr))", re.IGNORECASE)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
                  "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FROM_NOW = re.compile(r"(?P<span>.+?)\s+(?:from\s+(?:right\s+)?now|from\s+today|hence)",
                       re.IGNORECASE)
# "2 more minutes", "two additional weeks": the adjective adds nothing to the amount.
_EXTRA = re.compile(r"(?P<n>\S+)\s+(?:more|extra|additional|further)\s+(?P<unit>[A-Za-z]+)",
                    re.IGNORECASE)
_MONTH_DAY = re.compile(r"(?:on\s+)?(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})")
_ISO_SHORT = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_FISCAL = re.compile(r"(?:the\s+)?(?:(?:fiscal(?:\s+year)?|FY)\s*['’]?(?P<y>\d{4}|\d{2})"
                     r"|(?P<y2>\d{4})\s+fiscal\s+year)", re.IGNORECASE)
_OF_THE_YEAR = re.compile(r"(?P<rest>.+?)\s+of\s+(?:the|this)\s+year", re.IGNORECASE)


def _words_number(text: str) -> int:
    from text_to_num import text2num

    text = re.sub(r"^(?:oh|o)[\s-]", "", text.strip().lower())
    return int(text2num(text.replace(" ", "-") if text.count(" ") == 1 and "-" not in text
                        and text.split()[0] in _TENS.split("|") else text, "en"))


def _spelled(m: re.Match[str]) -> str:
    if m["c"]:
        century = _words_number(m["c"])
        rest = 0 if m["y"].lower() == "hundred" else _words_number(m["y"])
        return str(century * 100 + rest)
    return str(2000 + (_words_number(m["x"]) if m["x"] else 0))


def _two_digit_year(yy: str, ref: int | None) -> int:
    if len(yy) == 4:
        return int(yy)
    ref_year = date.fromordinal(ref).year if ref is not None else 2000
    year = ref_year // 100 * 100 + int(yy)
    return year - 100 if year > ref_year + 10 else year


def _month_name(key: str) -> str:
    return _MONTH_NAMES[MONTHS[key.lower().rstrip(".")] - 1]


# "a full year", "a whole month", "an entire week": one of the unit, no less.
_FULL_UNIT = re.compile(r"(?P<h>a\s+full|a\s+whole|an\s+entire)\s+(?P<u>second|minute|hour|day|"
                        r"week|fortnight|month|quarter|year|decade|century)['’]?s?",
                        re.IGNORECASE)


def rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` the grammar may read, each with the step that explains it."""
    out: list[tuple[str, str]] = [*shorthand_rewrites(phrase, ctx),
                                  *phrasing_rewrites(phrase, ctx), *chat_rewrites(phrase, ctx),
                                  *period_rewrites(phrase, ctx), *assistant_rewrites(phrase, ctx),
                                  *calendar_rewrites(phrase, ctx)]
    if m := _FULL_UNIT.fullmatch(phrase):
        out.append((f"{m['h']} one {m['u']}", "'a full year': exactly one year"))
    spelled = _SPELLED_YEAR.sub(_spelled, phrase)
    # "twelve hundred" alone is a number (1,200); "in nineteen hundred" a year.
    if spelled != phrase and not _BARE_HUNDRED.fullmatch(phrase):
        out.append((spelled, f"spelled-out year: {spelled!r}"))
    if m := _YEAR_FIRST.fullmatch(phrase):
        out.append((f"{m['rest']} {m['y']}", "year first"))
    if m := _NUMERIC_MONTH.fullmatch(phrase):
        out.append((f"{_MONTH_NAMES[int(m['m']) - 1]} {m['y']}", "month/year in digits"))
    if m := _MON_YEAR.fullmatch(phrase):
        year = _two_digit_year(m["y"], ctx.reference)
        out.append((f"{_month_name(m['mon'])} {year}", "month and year"))
    if m := _DAY_MON_YEAR.fullmatch(phrase):
        year = _two_digit_year(m["y"], ctx.reference)
        out.append((f"{int(m['d'])} {_month_name(m['mon'])} {year}", "day, month and year"))
    if m := _DAY_MON.fullmatch(phrase):
        out.append((f"{int(m['d'])} {_month_name(m['mon'])}", "day and month"))
    if m := _DAY_MON_SPACED.fullmatch(phrase):
        year = _two_digit_year(m["y"] or m["yy"], ctx.reference)
        out.append((f"{int(m['d'])} {_month_name(m['mon'])} {year}", "day, month and year"))
    if m := _NUMERIC_SHORT.fullmatch(phrase):
        year = _two_digit_year(m["y"], ctx.reference)
        out.append((f"{m['a']}/{m['b']}/{year}", f"a two-digit year: {year}"))
    if (m := _RELATIVE_YEAR.fullmatch(phrase)) and ctx.reference is not None:
        shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        year = date.fromordinal(ctx.reference).year + shift
        out.append((f"{m['rest']} {year}", f"'{m['rel']} year' is {year}"))
    if (m := _FROM_NOW.fullmatch(phrase)) and not re.search(
            r"\b(?:sec|min|h(?:ou)?r)", m["span"], re.IGNORECASE):  # "7 days hence"
        # Days and longer: the reference is a day, so "2 minutes from now" is not placed.
        out.append((f"{m['span']} after today", "counted from the reference"))
    if m := _EXTRA.fullmatch(phrase):
        out.append((f"{m['n']} {m['unit']}", "an added amount is an amount"))
    if m := _MONTH_DAY.fullmatch(phrase):
        out += _month_day(phrase, int(m["a"]), int(m["b"]))
    if (m := _ISO_SHORT.fullmatch(phrase)) and 1 <= int(m["m"]) <= 12:
        out.append((f"{int(m['d'])} {_MONTH_NAMES[int(m['m']) - 1]} {m['y']}",
                    "year-month-day in digits"))
    if (m := _OF_THE_YEAR.fullmatch(phrase)) and ctx.reference is not None:
        year = date.fromordinal(ctx.reference).year  # "the second half of the year"
        out.append((f"{m['rest']} of {year}", f"'the year' is the reference's, {year}"))
    if (m := _QUARTER.fullmatch(phrase)) and ctx.reference is not None:
        q = int(m["qd"]) if m["qd"] else _QUARTER_WORDS[m["qw"].lower()]
        ref = date.fromordinal(ctx.reference)
        # The latest such quarter begun by the reference (news reports the past).
        year = ref.year if month_span(ref.year, 3 * q - 2)[0] <= ctx.reference else ref.year - 1
        if ctx.future and year < ref.year + 1 and month_span(year, 3 * q)[1] < ctx.reference:
            year += 1
        out.append((f"Q{q} {year}", f"a quarter without its year: Q{q} {year}"))
    if (m := _SEASON_NAMED.fullmatch(phrase)) and ctx.reference is not None:
        name, year = _season_from(date.fromordinal(ctx.reference), _SHIFTS[m["rel"].lower()])
        # A winter is named with both its years, so its support starts in its December.
        named = f"winter {year}-{(year + 1) % 100:02d}" if name == "winter" else f"{name} {year}"
        out.append((named, f"{m['rel']} season, from the reference: {named}"))
    return out + written_rewrites(phrase, ctx)


# "this season", "last season", "the next season": the calendar's, from the reference.
_SEASON_NAMED = re.compile(r"(?:the\s+)?(?P<rel>this|current|last|past|previous|next|coming|"
                           r"upcoming)\s+seasons?", re.IGNORECASE)
_SHIFTS = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
           "coming": 1, "upcoming": 1}
_SEASON_NAMES = ("winter", "spring", "summer", "autumn")


def _season_from(ref: date, shift: int) -> tuple[str, int]:
    """The season `shift` seasons from the one holding `ref` (meteorological: winter is
    December to February and named by its December's year)."""
    # Seasons counted as 4 * year + (0 winter ending that year, 1 spring, 2 summer,
    # 3 autumn); December opens the next year's count.
    year, season = divmod(4 * ref.year + ref.month // 3 + shift, 4)
    return _SEASON_NAMES[season], year - 1 if season == 0 else year


def _month_day(phrase: str, a: int, b: int) -> list[tuple[str, str]]:
    """"2/15" or "15/2" without a year: a number above 12 is the day; when both could
    be the month ("3/4") the phrase is refused, naming both readings."""
    if a <= 12 < b <= 31:
        return [(f"{_MONTH_NAMES[a - 1]} {b}", "month/day: a number above 12 is the day")]
    if b <= 12 < a <= 31:
        return [(f"{a} {_MONTH_NAMES[b - 1]}", "day/month: a number above 12 is the day")]
    if 1 <= a <= 12 and 1 <= b <= 12 and a != b:
        raise NormalizationError(
            f"cannot read {phrase!r}: ambiguous: {_MONTH_NAMES[a - 1]} {b} (month/day) or "
            f"{a} {_MONTH_NAMES[b - 1]} (day/month)", text=phrase)
    if 1 <= a == b <= 12:
        return [(f"{_MONTH_NAMES[a - 1]} {b}", "month and day alike")]
    return []


def read_fiscal(phrase: str, ctx: Context) -> Value | None:
    """A fiscal year: every common convention's year of that name.

    Fiscal years end in March (UK, India, Japan's government), June (Australia),
    September (US federal) or December, and are named by the year they end in;
    Japanese companies name them by the year they start in. "Fiscal 2022" is
    therefore April 2021 to December 2022 (its core, the end-year conventions)
    and up to March 2023 (its support). TIMEX3 `FY2022`.
    """
    m = _FISCAL.fullmatch(phrase)
    if m is None:
        return None
    year = _two_digit_year(m["y"] or m["y2"], ctx.reference)
    core = (month_span(year - 1, 4)[0], month_span(year, 12)[1])
    support = (core[0], month_span(year + 1, 3)[1])
    return date_value(phrase, core, support, timex=f"FY{year}", granularity="fiscal year",
                      steps=(f"fiscal {year}: a year ending from March to December {year} "
                             f"(or, named by its start, ending March {year + 1})",))


_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "penultimate": -2, "second last": -2,
        "second to last": -2, "2nd last": -2, "2nd to last": -2, "next to last": -2,
        "last but one": -2, "third to last": -3, "third last": -3}
_NTH_WORDS = "|".join(sorted((re.escape(w) for w in _NTH), key=len, reverse=True))
_NTH_WEEKDAY = re.compile(rf"(?:the\s+)?(?P<nth>{_NTH_WORDS})\s+(?P<wd>{_WD})\s+(?:of|in)\s+"
                          r"(?P<rest>.+)", re.IGNORECASE)
_WEEKDAY_OF_WEEK = re.compile(rf"(?:the\s+)?(?P<wd>{_WD}),?\s+(?:of\s+)?(?P<rest>(?:the\s+)?"
                              r"(?:this|next|last|following|previous|coming)\s+week)",
                              re.IGNORECASE)


def read_weekday_in(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """A weekday inside a period read by `read`: "the first Tuesday of October",
    "the last Friday in May 2024", "the second to last Sunday of June" (the n-th such day
    of the month, from its start or its end), "Wednesday next
    week", "Monday of this week" (that day of the week)."""
    m = _NTH_WEEKDAY.fullmatch(phrase) or _WEEKDAY_OF_WEEK.fullmatch(phrase)
    if m is None:
        return None
    period = read(m["rest"])
    if period is None or period.kind is not Kind.DATE or not all(
            map(math.isfinite, (period.core.lo, period.core.hi))):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    days = [d for d in range(int(period.core.lo), int(period.core.hi) + 1)
            if date.fromordinal(d).weekday() == wd]
    nth = _NTH.get(re.sub(r"\s+", " ", m.groupdict().get("nth") or "first").lower(), 1)
    if not days or abs(nth) > len(days):
        return None
    day = days[nth - 1] if nth > 0 else days[nth]  # counted from the end: "second to last"
    return date_value(phrase, (day, day), timex=iso(day), granularity="day",
                      steps=(*period.steps, f"the {m.groupdict().get('nth') or 'one'} "
                             f"{m['wd'].capitalize()} of {period.render()}"))
