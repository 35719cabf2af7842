"""Time expressions generated from a grammar and from CLDR, with their values.

Each family builds a phrase from parts (a weekday, a part of the day, a clock
form, "this/next/last", a preposition, an ordinal day, a month name or its
abbreviation, a year in digits or words, a zone, "N units ago", "the end of",
"early/mid/late") or from the Unicode CLDR's English date and time patterns
(Babel's `format_date`, `format_time`, `format_datetime`, `format_skeleton`
in en_US, en_GB, en_IE, en_AU, en_IN), and computes the expected span with
`datetime` arithmetic here, never by asking claimdiff. A span is what the
phrase must hold: its support must hold all of it and its core must touch it.
An expected `None` means the phrase must be refused (a numeric date that reads
both day-month and month-day).

A family is a function of two choosers, `pick(options)` and `number(lo, hi)`,
so hypothesis (`st.data()`) and a seeded `random.Random` (the benchmark
`benchmarks/eval_generated_time.py`) draw from the same grammar.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

from babel import dates as cldr

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, normalize

T = TypeVar("T")
Pick = Callable[[Sequence[Any]], Any]
Number = Callable[[int, int], int]

LOCALES = ("en_US", "en_GB", "en_IE", "en_AU", "en_IN")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# Each month's written abbreviations (AP style and the common three letters).
MONTH_ABBR = {1: ("Jan", "Jan."), 2: ("Feb", "Feb."), 3: ("Mar", "Mar."), 4: ("Apr", "Apr."),
              5: ("May",), 6: ("Jun", "Jun."), 7: ("Jul", "Jul."), 8: ("Aug", "Aug."),
              9: ("Sep", "Sept", "Sept.", "Sep."), 10: ("Oct", "Oct."), 11: ("Nov", "Nov."),
              12: ("Dec", "Dec.")}
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD_ONES = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
            "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
            "nineteenth").split()
ORD_TENS = {20: "twentieth", 30: "thirtieth"}
# Zones as news writes them, with their offsets from UTC in minutes (CST and IST in their
# common English-news sense: US Central, India).
ZONES = {"GMT": 0, "UTC": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
         "MST": -420, "PST": -480, "PDT": -420, "CET": 60, "CEST": 120, "BST": 60,
         "JST": 540, "IST": 330, "AEST": 600, "MSK": 180}
# What a part of the day surely holds, whatever its edges (hours, end-exclusive).
PARTS = {"morning": (8, 11), "afternoon": (13, 17), "evening": (19, 21), "night": (22, 26)}


@dataclass(frozen=True)
class Case:
    """A generated phrase, the reference it is read against, and the span it must hold
    (`None`: it must be refused)."""

    family: str
    phrase: str
    reference: str
    expected: tuple[datetime, datetime] | None
    context: str | None = None
    anchors: dict[str, str] = field(default_factory=dict)


# -- words -------------------------------------------------------------------------------

def words(n: int) -> str:
    """0-99 in words: `forty-two`."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def ordinal_words(n: int) -> str:
    """1-31 as an ordinal in words: `twenty-first`."""
    if n < 20:
        return ORD_ONES[n]
    tens, ones = divmod(n, 10)
    return ORD_TENS[tens * 10] if not ones else f"{TENS[tens]}-{ORD_ONES[ones]}"


def ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def year_words(y: int, pick: Pick) -> str:
    """A year as said: `nineteen ninety-six`, `two thousand and ten`, `twenty twenty-four`."""
    hi, lo = divmod(y, 100)
    forms = []
    if 2000 <= y < 2010 or (2010 <= y < 2100 and pick((True, False))):
        rest = y - 2000
        forms.append("two thousand" + ("" if not rest else pick((" ", " and ")) + words(rest)))
    if lo >= 10:
        forms.append(f"{words(hi)} {words(lo)}")
    elif lo and y < 2000:
        forms.append(f"{words(hi)} oh {words(lo)}")
    return pick(forms) if forms else f"{words(hi)} hundred"


# -- calendar arithmetic (independent of claimdiff) --------------------------------------

def add_months(d: date, n: int) -> date:
    """`d` moved by n calendar months, the day clamped to the month's last."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, last))


def month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), add_months(date(y, m, 1), 1)


def day_span(d: date) -> tuple[datetime, datetime]:
    start = datetime(d.year, d.month, d.day)
    return start, start + timedelta(days=1)


def dt_span(a: date, b: date) -> tuple[datetime, datetime]:
    """Days a (inclusive) to b (exclusive) as datetimes."""
    return datetime(a.year, a.month, a.day), datetime(b.year, b.month, b.day)


def at(d: date, minutes: float, length: float = 1) -> tuple[datetime, datetime]:
    start = datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)
    return start, start + timedelta(minutes=length)


def a_day(number: Number, lo: int = 1995, hi: int = 2030) -> date:
    return date(lo, 1, 1) + timedelta(days=number(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))


def weekday_on_or_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def weekday_after(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)


# -- families ------------------------------------------------------------------------------

def cldr_date(pick: Pick, number: Number) -> Case:
    """CLDR's full, long and medium dates and their skeletons, in five English locales."""
    d, loc = a_day(number), pick(LOCALES)
    form = pick(("full", "long", "medium", "yMMMd", "yMMMMd", "yMMMEd", "MMMMEEEEd", "MMMd",
                 "MMMMd", "MMMEd"))
    if form in ("full", "long", "medium"):
        text = cldr.format_date(d, form, locale=loc)
    else:
        text = cldr.format_skeleton(form, d, locale=loc)
    # A date without its year is read in the months before the reference.
    ref = d + timedelta(days=number(0, 40))
    return Case("cldr date", text, ref.isoformat(), day_span(d), context="past")


def cldr_numeric(pick: Pick, number: Number) -> Case:
    """CLDR's short numeric dates: one reading when the day is above 12 or equals the
    month, else refused (day-month and month-day are both common)."""
    d, loc = a_day(number), pick(LOCALES)
    form = pick(("short", "yMd"))
    text = (cldr.format_date(d, "short", locale=loc) if form == "short"
            else cldr.format_skeleton("yMd", d, locale=loc))
    ref = d + timedelta(days=number(0, 300))
    ambiguous = d.day <= 12 and d.day != d.month
    return Case("cldr numeric date", text, ref.isoformat(), None if ambiguous else day_span(d))


def cldr_month(pick: Pick, number: Number) -> Case:
    """CLDR's months and quarters of a year: `Jun 2024`, `June 2024`, `Q2 2024`,
    `2nd quarter 2024`."""
    d, loc = a_day(number), pick(LOCALES)
    form = pick(("yMMM", "yMMMM", "yQQQ", "yQQQQ"))
    text = cldr.format_skeleton(form, d, locale=loc)
    if "Q" in form:
        q0 = (d.month - 1) // 3 * 3 + 1
        span = dt_span(date(d.year, q0, 1), add_months(date(d.year, q0, 1), 3))
    else:
        span = dt_span(*month_span(d.year, d.month))
    return Case("cldr month", text, (d + timedelta(days=number(0, 400))).isoformat(), span)


def _clock_time(number: Number) -> tuple[int, int]:
    return number(0, 23), number(0, 11) * 5


def cldr_time(pick: Pick, number: Number) -> Case:
    """CLDR's times (`3:30 PM`, `15:30`, `3:30:00 pm`, `3 PM`) on the reference's day."""
    ref, loc = a_day(number), pick(LOCALES)
    h, m = _clock_time(number)
    form = pick(("short", "medium", "hm", "Hm", "h"))
    if form == "h":
        m = 0
    t = datetime(2000, 1, 1, h, m).time()
    text = (cldr.format_time(t, form, locale=loc) if form in ("short", "medium")
            else cldr.format_skeleton(form, t, locale=loc))
    # The medium form is written to the second.
    length = 1 / 60 if form == "medium" else 1
    return Case("cldr time", text, ref.isoformat(), at(ref, h * 60 + m, length))


def cldr_datetime(pick: Pick, number: Number) -> Case:
    """CLDR's dates with times (`Jun 3, 2024, 3:30:00 PM`) and weekdays with times
    (`Mon 3:30 PM`, the latest such weekday up to the reference)."""
    d, loc = a_day(number), pick(LOCALES)
    h, m = _clock_time(number)
    stamp = datetime(d.year, d.month, d.day, h, m)
    form = pick(("medium", "long", "Ehm", "EHm"))
    if form in ("medium", "long"):
        text = cldr.format_datetime(stamp, form, locale=loc, tzinfo=timezone.utc)
        ref = d + timedelta(days=number(0, 40))
    else:
        text = cldr.format_skeleton(form, stamp, locale=loc)
        ref = d + timedelta(days=number(1, 6))
    length = 1 / 60 if form in ("medium", "long") else 1  # written to the second
    return Case("cldr date and time", text, ref.isoformat(), at(d, h * 60 + m, length),
                context="past")


def _clock_form(pick: Pick, number: Number, part: str | None = None) -> tuple[str, int]:
    """A clock time written one of the ways news writes it, and its minute of the day."""
    lo, hi = {"morning": (6, 11), "afternoon": (12, 17), "evening": (17, 21),
              None: (0, 23)}[part] if part != "night" else (20, 23)
    h = number(lo, hi)
    m = pick((0, 0, 5, 10, 15, 20, 30, 40, 45, 50))
    h12, ap = h % 12 or 12, "am" if h < 12 else "pm"
    a_p = pick((ap, ap.upper(), f"{ap[0]}.m.", f"{ap[0].upper()}.M.", f"{ap[0]} m"))
    sep = pick(("", " "))
    if m == 0:
        forms = [f"{h12}{sep}{a_p}", f"{words(h12)} {a_p}", f"{h12}:00{sep}{a_p}",
                 f"{h:02d}:00", f"{h12} o'clock {a_p}"]
        if h == 12:
            forms.append("noon")
        if part is None and h not in (0, 12):
            qual = ("in the morning" if h < 12 else "in the afternoon" if h < 18
                    else "in the evening")
            forms += [f"{h12} {qual}", f"{h12} o'clock {qual}", f"{words(h12)} {qual}"]
    else:
        forms = [f"{h12}:{m:02d}{sep}{a_p}", f"{h12}.{m:02d}{a_p}", f"{h:02d}:{m:02d}",
                 f"{words(h12)} {words(m)} {a_p}", f"{m} minutes past {h12}{sep}{a_p}"]
        if m == 15:
            forms.append(f"a quarter past {h12}{sep}{a_p}")
        if m == 30:
            forms.append(f"half past {h12}{sep}{a_p}")
        if m == 45 and h12 != 12 and h != 11 and h != 23:
            forms.append(f"a quarter to {h12 + 1}{sep}{a_p}")
    return pick(forms), h * 60 + m


def clock(pick: Pick, number: Number) -> Case:
    """A clock time alone or after `at`, on the reference's day; `at 3 15` (hour and
    minutes set apart after "at"), `a part of the day and a bare hour (`tonight 8`,
    `this evening 815`)."""
    ref = a_day(number)
    shape = pick(("form", "form", "form", "apart", "part"))
    if shape == "apart":
        h, m = number(1, 12), number(10, 59)
        # a.m. or p.m. unsaid: either reading holds it; the p.m. one is the expectation.
        return Case("clock time", f"at {h} {m}", ref.isoformat(), at(ref, (h % 12 + 12) * 60 + m))
    if shape == "part":
        # (four digits, "1015", are a 24-hour time: not an evening's)
        h, m = number(7, 9), pick((0, 15, 30, 45))
        said = f"{h}{m:02d}" if m else pick((str(h), words(h)))
        lead = pick(("tonight", "this evening", "tonight at", "this evening at"))
        return Case("clock time", f"{lead} {said}", ref.isoformat(), at(ref, (h + 12) * 60 + m))
    text, minute = _clock_form(pick, number)
    lead = pick(("", "at ", "at about ")) if text != "noon" else pick(("", "at "))
    if "about" in lead:
        return Case("clock time", lead + text, ref.isoformat(), at(ref, minute - 5, 10))
    return Case("clock time", lead + text, ref.isoformat(), at(ref, minute))


def weekday_part(pick: Pick, number: Number) -> Case:
    """A weekday with a part of the day or a clock time: `Tuesday night`, `early Friday`,
    `late on Monday`, `Thursday at 3pm`, `3pm on Thursday`, `on Friday morning at 9:30`."""
    ref = a_day(number)
    wd = pick([w for w in range(7) if w != ref.weekday()])
    context = pick(("past", "future"))
    day = weekday_on_or_before(ref, wd) if context == "past" else weekday_after(ref, wd)
    name = WEEKDAYS[wd]
    shape = pick(("part", "early", "late", "clock", "clock first", "part clock"))
    on = pick(("", "on "))
    if shape == "part":
        part = pick(tuple(PARTS))
        a, b = PARTS[part]
        return Case("weekday and part of day", f"{on}{name} {part}", ref.isoformat(),
                    at(day, a * 60, (b - a) * 60), context)
    if shape == "early":
        return Case("weekday and part of day", f"early {on}{name}", ref.isoformat(),
                    at(day, 2 * 60, 4 * 60), context)
    if shape == "late":
        return Case("weekday and part of day", f"late {on}{name}", ref.isoformat(),
                    at(day, 19 * 60, 4 * 60), context)
    if shape == "part clock":
        part = pick(("morning", "afternoon", "evening"))
        text, minute = _clock_form(pick, number, part)
        return Case("weekday and part of day", f"{on}{name} {part} at {text}", ref.isoformat(),
                    at(day, minute), context)
    text, minute = _clock_form(pick, number)
    phrase = f"{on}{name} at {text}" if shape == "clock" else f"{text} on {name}"
    return Case("weekday and clock time", phrase, ref.isoformat(), at(day, minute), context)


def this_next_last(pick: Pick, number: Number) -> Case:
    """`this/next/last` with a week, month, year, quarter, weekend or weekday."""
    ref = a_day(number)
    which = pick(("this", "next", "last"))
    unit = pick(("week", "month", "year", "quarter", "weekend", "weekday"))
    shift = {"this": 0, "next": 1, "last": -1}[which]
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        span = dt_span(monday, monday + timedelta(days=7))
    elif unit == "month":
        first = add_months(date(ref.year, ref.month, 1), shift)
        span = dt_span(first, add_months(first, 1))
    elif unit == "year":
        span = dt_span(date(ref.year + shift, 1, 1), date(ref.year + shift + 1, 1, 1))
    elif unit == "quarter":
        first = add_months(date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), 3 * shift)
        span = dt_span(first, add_months(first, 3))
    elif unit == "weekend":
        # Read on a weekday: "last weekend" the one just past, "next" the coming one.
        ref = ref - timedelta(days=ref.weekday()) + timedelta(days=number(0, 4))
        saturday = ref + timedelta(days=5 - ref.weekday())
        if which == "last":
            saturday -= timedelta(days=7)
        if which == "this" and ref.weekday() == 0:
            saturday -= timedelta(days=7)  # on a Monday "this weekend" is a guess: skip
            which = "last"
        span = dt_span(saturday, saturday + timedelta(days=2))
    else:
        wd = pick([w for w in range(7) if w != ref.weekday()])
        unit = WEEKDAYS[wd]
        if which == "last":
            day = weekday_on_or_before(ref, wd)
        elif which == "next":
            day = weekday_after(ref, wd)
        else:
            day = ref - timedelta(days=ref.weekday() - wd)
        span = day_span(day)
    return Case("this/next/last", f"{which} {unit}", ref.isoformat(), span)


def _a_date_text(pick: Pick, d: date, year: bool = True) -> str:
    month = pick((MONTHS[d.month - 1], *MONTH_ABBR[d.month]))
    day = pick((str(d.day), ordinal_digits(d.day)))
    shapes = [f"{month} {day}", f"{day} {month}", f"the {ordinal_digits(d.day)} of {month}",
              f"{month} the {ordinal_digits(d.day)}", f"the {ordinal_words(d.day)} of {month}"]
    text = pick(shapes)
    if year:
        text += pick((f", {d.year}", f" {d.year}")) if text[-1].isdigit() or \
            text.endswith(("st", "nd", "rd", "th")) else f" {d.year}"
    return text


def ordinal_day(pick: Pick, number: Number) -> Case:
    """Days written with ordinals, names and abbreviations: `the 3rd of Sept. 2024`,
    `June the 15th, 2024`, `the twenty-first of March 2021`, `3rd June 2024`."""
    d = a_day(number)
    year = pick((True, True, False))
    ref = d + timedelta(days=number(0, 40) if not year else number(-900, 900))
    return Case("ordinal day", _a_date_text(pick, d, year), ref.isoformat(), day_span(d),
                context="past")


def preposition(pick: Pick, number: Number) -> Case:
    """A date after a preposition: `on`, `in`, `during`, `by`, `until`, `since`, `before`,
    `after`, `from ... on`."""
    d = a_day(number, 1995, 2020)
    ref = d + timedelta(days=number(400, 2000))
    prep = pick(("on", "in", "during", "by", "until", "since", "before", "after"))
    if prep in ("in", "during", "since") or pick((True, False)):
        what = pick(("month", "year"))
        if what == "month":
            text = f"{pick((MONTHS[d.month - 1], *MONTH_ABBR[d.month]))} {d.year}"
            span = dt_span(*month_span(d.year, d.month))
        else:
            text, span = str(d.year), dt_span(date(d.year, 1, 1), date(d.year + 1, 1, 1))
    else:
        text, span = _a_date_text(pick, d), day_span(d)
    if prep == "since":
        span = (span[0], datetime(ref.year, ref.month, ref.day))
    elif prep == "before":
        span = (span[0] - timedelta(days=30), span[0])
    elif prep == "after":
        span = (span[1], span[1] + timedelta(days=30))
    prep = "on" if prep == "on" and not text[-1].isdigit() else prep
    return Case("preposition and date", f"{prep} {text}", ref.isoformat(), span)


def spelled_year(pick: Pick, number: Number) -> Case:
    """Years in words: `in nineteen ninety-six`, `March two thousand and ten`."""
    y = number(1950, 2030)
    ref = date(max(y, 2000) + number(0, 5), number(1, 12), number(1, 28))
    said = year_words(y, pick)
    if pick((True, False)):
        m = number(1, 12)
        return Case("year in words", f"{MONTHS[m - 1]} {said}", ref.isoformat(),
                    dt_span(*month_span(y, m)))
    return Case("year in words", f"{pick(('in ', ''))}{said}", ref.isoformat(),
                dt_span(date(y, 1, 1), date(y + 1, 1, 1)))


def zone(pick: Pick, number: Number) -> Case:
    """A clock time with its zone, read against a reference with a UTC offset: the
    value is on the reference's wall clock."""
    d = a_day(number)
    name = pick(tuple(ZONES))
    text, minute = _clock_form(pick, number)
    if text.endswith(("morning", "afternoon", "evening")):
        text, minute = f"{minute // 60:02d}{minute % 60:02d}", minute
    off = pick((-300, 0, 60, 120, 330, 540))
    ref = datetime(d.year, d.month, d.day, 12, tzinfo=timezone(timedelta(minutes=off)))
    written = datetime(d.year, d.month, d.day) + timedelta(minutes=minute)
    local = written + timedelta(minutes=off - ZONES[name])
    return Case("clock time and zone", f"{text} {name}", ref.isoformat(),
                (local, local + timedelta(minutes=1)))


UNIT_DAYS = {"day": 1, "week": 7}


def ago(pick: Pick, number: Number) -> Case:
    """`N units ago`, `N units from now`, `N units later/earlier` (after an event):
    a, an, digits, words, `a couple of`, `a few`, `several`."""
    d = a_day(number, 2000, 2025)
    unit = pick(("minute", "hour", "day", "week", "month", "year"))
    amount = pick(("a", "digits", "words", "a couple of", "a few", "several"))
    n = {"a": 1, "a couple of": 2, "a few": 3, "several": 4}.get(amount, number(2, 11))
    said = {"digits": str(n), "words": words(n)}.get(amount, amount)
    if said == "a" and unit == "hour":
        said = "an"
    way = pick(("ago", "from now", "later", "earlier"))
    sign = -1 if way in ("ago", "earlier") else 1
    phrase = f"{said} {unit}{'s' if n > 1 else ''} {way}"
    if unit in ("minute", "hour"):
        if way in ("later", "earlier"):
            way = pick(("ago", "from now"))
            sign = -1 if way == "ago" else 1
            phrase = f"{said} {unit}{'s' if n > 1 else ''} {way}"
        now = datetime(d.year, d.month, d.day, number(0, 23), number(0, 59))
        moment = now + sign * timedelta(minutes=n * (60 if unit == "hour" else 1))
        return Case("units ago or from now", phrase, now.isoformat(), (moment, moment))
    if unit in UNIT_DAYS:
        target = d + sign * timedelta(days=n * UNIT_DAYS[unit])
    else:
        target = add_months(d, sign * n * (12 if unit == "year" else 1))
    if way in ("later", "earlier"):
        later = (d + timedelta(days=number(0, 900))).isoformat()
        return Case("units ago or from now", phrase, later, day_span(target),
                    anchors={"previous": d.isoformat()})
    return Case("units ago or from now", phrase, d.isoformat(), day_span(target))


def part_of_period(pick: Pick, number: Number) -> Case:
    """`the end/beginning/start/middle of` a week, month or year, and `early/mid/late`
    a month, year or decade. The span is what any reading must hold."""
    ref = a_day(number)
    shape = pick(("of", "early"))
    if shape == "of":
        where = pick(("end", "beginning", "start", "middle"))
        unit = pick(("the week", "the month", "the year", "next month", "last year",
                     "month", "year"))
        if unit.endswith("week"):
            monday = ref - timedelta(days=ref.weekday())
            wd = {"end": 4, "middle": 2}.get(where, 0)
            return Case("part of a period", f"the {where} of {unit}", ref.isoformat(),
                        day_span(monday + timedelta(days=wd)))
        if unit.endswith("month"):
            first = add_months(date(ref.year, ref.month, 1), 1 if "next" in unit else 0)
            if unit == "month":
                first = date(ref.year, number(1, 12), 1)
                unit = f"{MONTHS[first.month - 1]} {first.year}"
            end = add_months(first, 1)
            span = {"end": dt_span(end - timedelta(days=3), end),
                    "middle": dt_span(first + timedelta(days=13), first + timedelta(days=16))
                    }.get(where, dt_span(first, first + timedelta(days=3)))
            return Case("part of a period", f"the {where} of {unit}", ref.isoformat(), span)
        y = ref.year - (1 if "last" in unit else 0)
        if unit == "year":
            y = ref.year - number(0, 20)
            unit = str(y)
        span = {"end": dt_span(date(y, 12, 1), date(y + 1, 1, 1)),
                "middle": dt_span(date(y, 6, 15), date(y, 7, 15)),
                }.get(where, dt_span(date(y, 1, 1), date(y, 2, 1)))
        return Case("part of a period", f"the {where} of {unit}", ref.isoformat(), span)
    mod = pick(("early", "mid-", "late", "the early", "the late", "the mid-"))
    plain = mod.replace("the ", "").rstrip("-")
    what = pick(("month", "year", "decade"))
    y = ref.year - number(0, 20)
    if what == "month":
        m = number(1, 12)
        first, end = month_span(y, m)
        span = {"early": dt_span(first, first + timedelta(days=5)),
                "mid": dt_span(first + timedelta(days=12), first + timedelta(days=17)),
                "late": dt_span(end - timedelta(days=5), end)}[plain]
        name = pick((MONTHS[m - 1], *MONTH_ABBR[m]))
        return Case("early/mid/late", f"{mod}{'' if mod.endswith('-') else ' '}{name} {y}",
                    ref.isoformat(), span)
    if what == "year":
        span = {"early": dt_span(date(y, 1, 1), date(y, 3, 1)),
                "mid": dt_span(date(y, 6, 1), date(y, 8, 1)),
                "late": dt_span(date(y, 11, 1), date(y + 1, 1, 1))}[plain]
        return Case("early/mid/late", f"{mod}{'' if mod.endswith('-') else ' '}{y}",
                    ref.isoformat(), span)
    dec = (y // 10 - number(0, 5)) * 10
    span = {"early": dt_span(date(dec, 1, 1), date(dec + 3, 1, 1)),
            "mid": dt_span(date(dec + 4, 1, 1), date(dec + 6, 1, 1)),
            "late": dt_span(date(dec + 7, 1, 1), date(dec + 10, 1, 1))}[plain]
    text = pick((f"{dec}s", f"'{dec % 100:02d}s"))
    lead = mod if mod.startswith("the") else f"the {mod}"
    return Case("early/mid/late", f"{lead}{'' if lead.endswith('-') else ' '}{text}",
                ref.isoformat(), span)


def day_words_and_time(pick: Pick, number: Number) -> Case:
    """`yesterday afternoon`, `tomorrow at 9am`, `at 3:15 p.m. yesterday`, `late
    yesterday`, `the day before yesterday`, `the day after tomorrow`."""
    ref = a_day(number)
    word, offset = pick((("yesterday", -1), ("today", 0), ("tomorrow", 1),
                         ("the day before yesterday", -2), ("the day after tomorrow", 2)))
    day = ref + timedelta(days=offset)
    shape = pick(("alone", "part", "clock", "clock first", "late", "early"))
    if shape == "alone" or (shape in ("part", "late", "early") and word.startswith("the")):
        return Case("day word and time", word, ref.isoformat(), day_span(day))
    if shape == "part":
        part = pick(("morning", "afternoon", "evening"))
        a, b = PARTS[part]
        if word == "today":
            word = "this"
        return Case("day word and time", f"{word} {part}", ref.isoformat(),
                    at(day, a * 60, (b - a) * 60))
    if shape == "late":
        return Case("day word and time", f"late {word}", ref.isoformat(),
                    at(day, 19 * 60, 4 * 60))
    if shape == "early":
        return Case("day word and time", f"early {word}", ref.isoformat(),
                    at(day, 2 * 60, 4 * 60))
    text, minute = _clock_form(pick, number)
    phrase = f"{word} at {text}" if shape == "clock" else f"{pick(('', 'at '))}{text} {word}"
    return Case("day word and time", phrase, ref.isoformat(), at(day, minute))


def date_and_time(pick: Pick, number: Number) -> Case:
    """A written date with a clock time: `June 3 at 3pm`, `3pm on June 3, 2024`, `at
    15:00 on the 3rd of June`, `Tuesday, June 3 at 9:30 a.m.`."""
    d = a_day(number)
    ref = d + timedelta(days=number(0, 40))
    day_text = _a_date_text(pick, d, pick((True, False)))
    if pick((True, False)):
        day_text = f"{WEEKDAYS[d.weekday()]}, {day_text}"
    text, minute = _clock_form(pick, number)
    shape = pick(("date at", "at on", "date comma"))
    phrase = {"date at": f"{day_text} at {text}", "at on": f"{pick(('', 'at '))}{text} on "
              f"{day_text}", "date comma": f"{day_text}, {text}"}[shape]
    return Case("date and clock time", phrase, ref.isoformat(), at(d, minute), context="past")


def clock_range(pick: Pick, number: Number) -> Case:
    """Clock ranges and open ends with their day: `from 9am to 5pm on Monday`,
    `between 2 and 4 p.m. Friday`, `until 5pm on Friday`, `by 9am Tuesday`."""
    ref = a_day(number)
    wd = pick([w for w in range(7) if w != ref.weekday()])
    day = weekday_on_or_before(ref, wd)
    name = WEEKDAYS[wd]
    a = number(7, 15)
    b = a + number(1, 5)
    ap = lambda h: ("am" if h < 12 else "pm")  # noqa: E731
    h12 = lambda h: h % 12 or 12  # noqa: E731
    shape = pick(("from to", "between", "dash", "until", "by"))
    on = pick(("on ", ""))
    if shape == "from to":
        phrase = f"from {h12(a)}{ap(a)} to {h12(b)}{ap(b)} {on}{name}"
    elif shape == "between":
        same = ap(a) == ap(b)
        first = f"{h12(a)}" if same else f"{h12(a)}{ap(a)}"
        phrase = f"between {first} and {h12(b)} {ap(b)[0]}.m. {on}{name}"
    elif shape == "dash":
        phrase = f"{name} {a:02d}:00-{b:02d}:00"
    else:
        phrase = f"{shape} {h12(b)}{ap(b)} {on}{name}"
        return Case("clock range", phrase, ref.isoformat(), at(day, b * 60 - 30, 30),
                    context="past")
    return Case("clock range", phrase, ref.isoformat(), at(day, a * 60, (b - a) * 60),
                context="past")


def named_month(pick: Pick, number: Number) -> Case:
    """A month or season named from the reference: `last March`, `next June`, `this
    September`, `March last year`, `June next year`, `last summer`."""
    ref = a_day(number)
    m = number(1, 12)
    which = pick(("last", "next", "this", "last year", "next year", "this year"))
    name = pick((MONTHS[m - 1], *MONTH_ABBR[m][:1]))
    if which == "last":
        y = ref.year if m < ref.month else ref.year - 1
    elif which == "next":
        y = ref.year if m > ref.month else ref.year + 1
    elif which == "this":
        # "this March" takes the side of its sentence's tense.
        context = pick(("past", "future"))
        if context == "past":
            y = ref.year if m <= ref.month else ref.year - 1
        else:
            y = ref.year if m >= ref.month else ref.year + 1
        return Case("month named from now", f"this {name}", ref.isoformat(),
                    dt_span(*month_span(y, m)), context=context)
    else:
        y = ref.year + {"this year": 0, "last year": -1, "next year": 1}[which]
    phrase = f"{which} {name}" if " " not in which else f"{name} {which}"
    return Case("month named from now", phrase, ref.isoformat(),
                dt_span(*month_span(y, m)))


def nth_weekday(pick: Pick, number: Number) -> Case:
    """`the first Monday of March 2024`, `the last Friday in June 2021`, `the second
    Tuesday of next month`."""
    ref = a_day(number)
    wd, n = number(0, 6), pick((1, 2, 3, 4, -1))
    if pick((True, False)):
        y, m = ref.year - number(0, 10), number(1, 12)
        month_text = f"{pick((MONTHS[m - 1], *MONTH_ABBR[m][:1]))} {y}"
    else:
        first = add_months(date(ref.year, ref.month, 1), 1)
        y, m, month_text = first.year, first.month, "next month"
    first, end = month_span(y, m)
    if n > 0:
        day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = end - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - wd) % 7)
    nth = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}[n]
    return Case("nth weekday of a month", f"the {nth} {WEEKDAYS[wd]} "
                f"{pick(('of', 'in'))} {month_text}", ref.isoformat(), day_span(day))


def shifted_date(pick: Pick, number: Number) -> Case:
    """`three days after June 3, 2024`, `two weeks before March 1`, `a month after
    the 3rd of May 2020`."""
    d = a_day(number)
    ref = d + timedelta(days=number(0, 40))
    unit = pick(("day", "week", "month", "year"))
    n = number(1, 9)
    said = pick((str(n), words(n))) if n > 1 else pick(("a", "one"))
    sign = pick((1, -1))
    if unit in UNIT_DAYS:
        target = d + sign * timedelta(days=n * UNIT_DAYS[unit])
    else:
        target = add_months(d, sign * n * (12 if unit == "year" else 1))
    phrase = (f"{said} {unit}{'s' if n > 1 else ''} {'after' if sign > 0 else 'before'} "
              f"{_a_date_text(pick, d, pick((True, False)))}")
    return Case("units before or after a date", phrase, ref.isoformat(), day_span(target),
                context="past")


def quarter_half(pick: Pick, number: Number) -> Case:
    """Quarters and halves: `the third quarter of 2023`, `Q3 2023`, `the first half of
    2024`, `H2 2021`, `the second quarter`."""
    ref = a_day(number)
    y = ref.year - number(0, 10)
    if pick((True, False)):
        q = number(1, 4)
        text = pick((f"the {ORD_ONES[q]} quarter of {y}", f"Q{q} {y}", f"{ORD_ONES[q]}-quarter "
                     f"{y}", f"the {ordinal_digits(q)} quarter of {y}"))
        first = date(y, 3 * q - 2, 1)
        return Case("quarter or half", text, ref.isoformat(), dt_span(first,
                                                                         add_months(first, 3)))
    h = number(1, 2)
    text = pick((f"the {('first', 'second')[h - 1]} half of {y}", f"H{h} {y}"))
    first = date(y, 6 * h - 5, 1)
    return Case("quarter or half", text, ref.isoformat(), dt_span(first, add_months(first, 6)))


def weekday_from_date(pick: Pick, number: Number) -> Case:
    """A weekday counted from a date: `the Monday after June 3, 2024`, `the third Tuesday
    after Christmas 2014`, `the last Friday before 12 March 2020`."""
    d = a_day(number)
    ref = d + timedelta(days=number(0, 60))
    wd, n = number(0, 6), number(1, 4)
    sign = pick((1, -1))
    if sign > 0:
        day = d + timedelta(days=(wd - d.weekday() - 1) % 7 + 1 + 7 * (n - 1))
    else:
        day = d - timedelta(days=(d.weekday() - wd - 1) % 7 + 1 + 7 * (n - 1))
    nth = pick((("", "first", "1st"), ("second", "2nd"), ("third", "3rd"),
                ("fourth", "4th"))[n - 1])
    if n == 1 and sign < 0:
        nth = pick(("", "first", "last"))
    anchor = pick((_a_date_text(pick, d), f"Christmas {d.year}"))
    if anchor.startswith("Christmas"):
        d = date(d.year, 12, 25)
        if sign > 0:
            day = d + timedelta(days=(wd - d.weekday() - 1) % 7 + 1 + 7 * (n - 1))
        else:
            day = d - timedelta(days=(d.weekday() - wd - 1) % 7 + 1 + 7 * (n - 1))
    way = pick(("after", "following")) if sign > 0 else pick(("before", "preceding"))
    lead = pick(("the ", "")) if nth else "the "
    text = f"{lead}{nth + ' ' if nth else ''}{WEEKDAYS[wd]} {way} {anchor}"
    return Case("weekday counted from a date", text, ref.isoformat(), day_span(day))


def around_now(pick: Pick, number: Number) -> Case:
    """`earlier this year`, `later this month`, `earlier in the week`: before or after
    the time of writing, within the unit; `sometime in 2014`, `anytime after 2014`."""
    ref = a_day(number)
    if pick((True, False)):
        y = ref.year - number(1, 10)
        shape = pick(("sometime in", "some time in", "anytime after", "sometime before"))
        if shape.endswith("after"):
            span = dt_span(date(y + 1, 1, 1), date(y + 1, 2, 1))
        elif shape.endswith("before"):
            span = dt_span(date(y - 1, 12, 1), date(y, 1, 1))
        else:
            span = dt_span(date(y, 1, 1), date(y + 1, 1, 1))
        return Case("before or after now", f"{shape} {y}", ref.isoformat(), span)
    unit = pick(("week", "month", "year"))
    if unit == "week":
        first = ref - timedelta(days=ref.weekday())
        end = first + timedelta(days=7)
    elif unit == "month":
        first, end = month_span(ref.year, ref.month)
    else:
        first, end = date(ref.year, 1, 1), date(ref.year + 1, 1, 1)
    if (ref - first).days < 2 or (end - ref).days < 3:
        ref = first + timedelta(days=2)  # a day before and a day after in the unit
    way = pick(("earlier", "later"))
    span = dt_span(first, ref - timedelta(days=1)) if way == "earlier" else dt_span(
        ref + timedelta(days=1), end)
    # What any such reading must hold: the day next to the time of writing, that side.
    span = (span[1] - timedelta(days=1), span[1]) if way == "earlier" else (
        span[0], span[0] + timedelta(days=1))
    return Case("before or after now", f"{way} {pick(('this', 'in the'))} {unit}",
                ref.isoformat(), span)


def date_range(pick: Pick, number: Number) -> Case:
    """Ranges of days, months and years: `from June 3 to June 10, 2024`, `June 3-10,
    2024`, `3-10 June 2024`, `between March and May 2020`, `from 2010 to 2015`, `from
    the 3rd to the 10th of June 2024`."""
    d = a_day(number, 1995, 2028)
    ref = d + timedelta(days=number(30, 400))
    shape = pick(("days", "months", "years"))
    if shape == "days":
        e = d + timedelta(days=number(1, 20))
        if e.month != d.month:
            e = month_span(d.year, d.month)[1] - timedelta(days=1)
            if e == d:
                d = d - timedelta(days=1)
        mon = pick((MONTHS[d.month - 1], *MONTH_ABBR[d.month]))
        dash = pick(("-", "–", " - ", " to ", " through "))
        text = pick((f"{mon} {d.day}{dash}{e.day}, {d.year}",
                     f"{d.day}{dash}{e.day} {mon} {d.year}",
                     f"from {mon} {d.day} to {mon} {e.day}, {d.year}",
                     f"from the {ordinal_digits(d.day)} to the {ordinal_digits(e.day)} of {mon} "
                     f"{d.year}", f"between {mon} {d.day} and {e.day}, {d.year}"))
        return Case("date range", text, ref.isoformat(), dt_span(d, e + timedelta(days=1)))
    if shape == "months":
        m1 = number(1, 10)
        m2 = number(m1 + 1, 12)
        a, b = MONTHS[m1 - 1], MONTHS[m2 - 1]
        text = pick((f"between {a} and {b} {d.year}", f"from {a} to {b} {d.year}",
                     f"{a}-{b} {d.year}", f"{a} through {b} {d.year}"))
        return Case("date range", text, ref.isoformat(),
                    dt_span(date(d.year, m1, 1), month_span(d.year, m2)[1]))
    y2 = d.year + number(1, 6)
    text = pick((f"from {d.year} to {y2}", f"between {d.year} and {y2}", f"{d.year}-{y2}",
                 f"{d.year}–{y2}", f"{d.year} to {y2}"))
    return Case("date range", text, date(y2 + 1, 6, 1).isoformat(),
                dt_span(date(d.year, 1, 1), date(y2 + 1, 1, 1)))


def easter(y: int) -> date:
    """Western Easter (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _nth_weekday_of(y: int, m: int, wd: int, n: int) -> date:
    first, end = month_span(y, m)
    if n > 0:
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = end - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def holiday(pick: Pick, number: Number) -> Case:
    """Holidays with their year, computed here: fixed days, US weekday rules, Easter,
    a weekday on or before a day (Victoria Day), and the eve of any of them (`the eve of
    Easter 2020`, `Labor Day eve 2019`: the day before)."""
    y = number(1990, 2035)
    rules: dict[str, Callable[[int], date]] = {
        "Christmas": lambda y: date(y, 12, 25), "Christmas Day": lambda y: date(y, 12, 25),
        "Christmas Eve": lambda y: date(y, 12, 24), "New Year's Eve": lambda y: date(y, 12, 31),
        "New Year's Day": lambda y: date(y, 1, 1), "Halloween": lambda y: date(y, 10, 31),
        "Valentine's Day": lambda y: date(y, 2, 14), "Independence Day": lambda y: date(y, 7, 4),
        "St Patrick's Day": lambda y: date(y, 3, 17),
        "Thanksgiving": lambda y: _nth_weekday_of(y, 11, 3, 4),
        "Labor Day": lambda y: _nth_weekday_of(y, 9, 0, 1),
        "Memorial Day": lambda y: _nth_weekday_of(y, 5, 0, -1),
        "Martin Luther King Day": lambda y: _nth_weekday_of(y, 1, 0, 3),
        "Mother's Day": lambda y: _nth_weekday_of(y, 5, 6, 2),
        "Father's Day": lambda y: _nth_weekday_of(y, 6, 6, 3),
        "Easter": easter, "Easter Sunday": easter,
        "Good Friday": lambda y: easter(y) - timedelta(days=2),
        "Easter Monday": lambda y: easter(y) + timedelta(days=1),
        "Flag Day": lambda y: date(y, 6, 14), "Canada Day": lambda y: date(y, 7, 1),
        "Victoria Day": lambda y: date(y, 5, 24) - timedelta(days=date(y, 5, 24).weekday()),
        "Grandparents Day": lambda y: _nth_weekday_of(y, 9, 0, 1) + timedelta(days=6),
        "Cyber Monday": lambda y: _nth_weekday_of(y, 11, 3, 4) + timedelta(days=4),
        "Arbor Day": lambda y: _nth_weekday_of(y, 4, 4, -1),
    }
    name = pick(tuple(rules))
    d = rules[name](y)
    if pick((False, True)):
        d -= timedelta(days=1)
        name = pick((f"the eve of {name}", f"{name} eve"))
    text = pick((f"{name} {y}", f"{name} of {y}", f"on {name} {y}"))
    return Case("holiday", text, date(y + number(0, 3), 6, 1).isoformat(), day_span(d))


def iso_stamp(pick: Pick, number: Number) -> Case:
    """ISO 8601 and numeric stamps: `2024-06-03 15:30`, `2024-06-03T15:30:00`,
    `2024-06-03T15:30:00Z` (read on the reference's clock), `3 June 2024 15:30`."""
    d = a_day(number)
    h, m = _clock_time(number)
    off = pick((0, 60, -300))
    ref = datetime(d.year, d.month, d.day, 12, tzinfo=timezone(timedelta(minutes=off)))
    zone = pick(("", "Z", "+00:00", "+02:00"))
    sep = pick(("T", " "))
    sec = pick(("", ":00"))
    text = f"{d.isoformat()}{sep}{h:02d}:{m:02d}{sec}{zone if sep == 'T' else ''}"
    written = datetime(d.year, d.month, d.day, h, m)
    if text.endswith(("Z", "+00:00")):
        written += timedelta(minutes=off)
    elif text.endswith("+02:00"):
        written += timedelta(minutes=off - 120)
    length = timedelta(seconds=1) if sec else timedelta(minutes=1)
    return Case("ISO date and time", text, ref.isoformat(), (written, written + length))


def season(pick: Pick, number: Number) -> Case:
    """Seasons: `summer 2019`, `the summer of 2019`, `fall 2020`, `autumn of 2021`,
    `last summer`, `spring '22`; what any reading holds: the season's middle month."""
    ref = a_day(number)
    name, middle = pick((("spring", 4), ("summer", 7), ("fall", 10), ("autumn", 10),
                         ("winter", 1)))
    if pick((True, False)):
        y = ref.year - number(1, 10)
        text = pick((f"{name} {y}", f"the {name} of {y}", f"{name} of {y}",
                     f"{name} '{y % 100:02d}"))
        ym = y + 1 if name == "winter" else y  # winter 2019: December 2019 to February 2020
        return Case("season", text, ref.isoformat(), dt_span(*month_span(ym, middle)))
    # "last summer": the latest one ended before the reference's month.
    y = ref.year if middle + 1 < ref.month else ref.year - 1
    if name == "winter":
        if ref.month == 3:  # winter by the sky lasts to March 20: "last winter" is ambiguous
            ref = ref + timedelta(days=31)
        y = ref.year if ref.month > 3 else ref.year - 1
    return Case("season", f"last {name}", ref.isoformat(), dt_span(*month_span(y, middle)))


def part_of_a_date(pick: Pick, number: Number) -> Case:
    """A part of the day of a written date or a weekday: `the morning of June 3, 2024`,
    `the night of June 3`, `noon on Monday`, `Monday at noon`, `midnight on Friday`,
    `early on Monday`, `late last night`, `late yesterday afternoon`."""
    d = a_day(number)
    ref = d + timedelta(days=number(1, 6))
    shape = pick(("of date", "noon", "modified"))
    if shape == "of date":
        part = pick(("morning", "afternoon", "evening", "night"))
        a, b = PARTS[part]
        text = f"the {part} of {_a_date_text(pick, d, pick((True, False)))}"
        return Case("part of a date", text, ref.isoformat(), at(d, a * 60, (b - a) * 60),
                    context="past")
    wd = WEEKDAYS[d.weekday()]
    if shape == "noon":
        text = pick((f"noon on {wd}", f"{wd} at noon", f"midday {wd}", f"{wd} at midday",
                     f"at noon on {wd}"))
        return Case("part of a date", text, ref.isoformat(), at(d, 720), context="past")
    word, day = pick((("yesterday", ref - timedelta(days=1)), ("last night", None),
                      (f"on {wd}", d), (wd, d)))
    if day is None:
        return Case("part of a date", "last night", ref.isoformat(),
                    at(ref - timedelta(days=1), 22 * 60, 120))
    mod, part = pick(("early", "late")), pick(("morning", "afternoon", "evening", ""))
    if part:
        # Typical hours, whatever the edges: an "early Friday morning" in the news is
        # before dawn, a "late morning" before noon.
        span = {("early", "morning"): (3, 5), ("late", "morning"): (10, 11),
                ("early", "afternoon"): (13, 14), ("late", "afternoon"): (16, 17),
                ("early", "evening"): (18, 19), ("late", "evening"): (21, 22)}[mod, part]
        text = f"{mod} {word.removeprefix('on ')} {part}"
    else:
        span = (2, 6) if mod == "early" else (19, 23)
        text = f"{mod} {word}"
    return Case("part of a date", text, ref.isoformat(),
                at(day, span[0] * 60, (span[1] - span[0]) * 60), context="past")


def window(pick: Pick, number: Number) -> Case:
    """Stretches up to or from now: `the past two weeks`, `over the last 3 years`, `in
    the coming days`, `the next 48 hours`; what they hold: the days next to now."""
    ref = a_day(number)
    unit = pick(("day", "week", "month", "year"))
    n = number(2, 9)
    said = pick((str(n), words(n)))
    back = pick((True, False))
    if back:
        text = pick((f"the past {said} {unit}s", f"over the last {said} {unit}s",
                     f"in the past {said} {unit}s", f"the last {said} {unit}s"))
        span = dt_span(ref - timedelta(days=1), ref)
    else:
        text = pick((f"the next {said} {unit}s", f"in the coming {said} {unit}s",
                     f"over the next {said} {unit}s"))
        span = dt_span(ref + timedelta(days=1), ref + timedelta(days=2))
    return Case("window up to or from now", text, ref.isoformat(), span)


def decade(pick: Pick, number: Number) -> Case:
    """Decades and centuries: `the 1990s`, `the '90s`, `the nineties`, `the 20th
    century`, `the nineteenth century`."""
    ref = a_day(number, 2001, 2029)  # "the '30s" read in the 2030s is theirs
    if pick((True, False)):
        dec = number(193, 199) * 10  # "the twenties" read in the 2020s is ambiguous
        names = {1920: "twenties", 1930: "thirties", 1940: "forties", 1950: "fifties",
                 1960: "sixties", 1970: "seventies", 1980: "eighties", 1990: "nineties"}
        text = pick((f"the {dec}s", f"the '{dec % 100}s", f"the {names[dec]}",
                     f"in the {dec}s"))
        return Case("decade or century", text, ref.isoformat(),
                    dt_span(date(dec + 1, 1, 1), date(dec + 9, 1, 1)))
    c = number(15, 21)
    text = pick((f"the {ordinal_digits(c)} century", f"the {ordinal_words(c)} century"))
    return Case("decade or century", text, ref.isoformat(),
                dt_span(date((c - 1) * 100 + 1, 1, 1), date(c * 100, 1, 1)))


def day_and_clock_bounds(pick: Pick, number: Number) -> Case:
    """A day named from now with a clock bound or range: `tomorrow by 5pm`, `until 3pm
    on Friday`, `next Monday at 3`, `from 3pm until 5 tomorrow`, `between 9:30 and
    11 on Thursday`, `in 3 days at 5pm`, `2 days from now at 9am`."""
    ref = a_day(number)
    which = pick(("today", "tomorrow", "yesterday", "next", "last", "in", "from now"))
    if which in ("today", "tomorrow", "yesterday"):
        day = ref + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[which])
        day_text, context = which, None
    elif which in ("in", "from now"):
        n = number(2, 6)
        day = ref + timedelta(days=n)
        day_text = f"in {n} days" if which == "in" else f"{n} days from now"
        context = "future"
    else:
        wd = pick([w for w in range(7) if w != ref.weekday()])
        day = weekday_after(ref, wd) if which == "next" else weekday_on_or_before(ref, wd)
        day_text, context = f"{which} {WEEKDAYS[wd]}", None
    h = number(8, 17)
    h12, ap = h % 12 or 12, "am" if h < 12 else "pm"
    shape = pick(("at", "by", "until", "after", "range"))
    if shape == "at":
        text = pick((f"{day_text} at {h12}{ap}", f"at {h12}{ap} {day_text}"))
        span = at(day, h * 60)
    elif shape == "range":
        h2 = h + number(1, 3)
        text = pick((f"{day_text} from {h12}{ap} to {h2 % 12 or 12}"
                     f"{'am' if h2 < 12 else 'pm'}",
                     f"from {h12}{ap} until {h2 % 12 or 12}{'am' if h2 < 12 else 'pm'} "
                     f"{day_text}"))
        span = at(day, h * 60, (h2 - h) * 60)
    else:
        text = pick((f"{day_text} {shape} {h12}{ap}", f"{shape} {h12}{ap} {day_text}"))
        span = at(day, h * 60 - 30, 30) if shape != "after" else at(day, h * 60, 30)
    if which in ("in", "from now") and text.startswith(("at", "from", "by", "until", "after")):
        text = f"{day_text} {text}"  # "in 3 days at 5pm", not "at 5pm in 3 days"
        text = text.replace(f" {day_text}", "", 1) if text.count(day_text) > 1 else text
    return Case("day and clock bounds", text, ref.isoformat(), span, context=context)


def assorted(pick: Pick, number: Number) -> Case:
    """Assorted phrasings: `in 2 hours`, `in half an hour`, `the last 3 hours`, `at 3pm
    sharp`, `3pm-ish`, `by the end of next week`, `until the end of the month`, `noon
    tomorrow`, `midnight tonight`, `tomorrow morning at 9`, `the second week of June 2024`."""
    d = a_day(number)
    t = number(1, 22) * 60 + number(0, 59)
    now = datetime(d.year, d.month, d.day) + timedelta(minutes=t)
    shape = pick(("in hours", "last hours", "sharp", "end of", "noon", "morning at", "week of"))
    if shape == "in hours":
        n, unit = pick(((2, "hours"), (3, "hours"), (30, "minutes"), (45, "minutes"),
                        (90, "minutes")))
        said = pick((str(n), words(n))) if n < 60 else str(n)
        text = pick((f"in {said} {unit}", f"{said} {unit} from now"))
        if (n, unit) == (30, "minutes") and pick((True, False)):
            text = pick(("in half an hour", "in a half hour"))
        moment = now + timedelta(minutes=n * (60 if unit == "hours" else 1))
        return Case("assorted", text, now.isoformat(), (moment, moment))
    if shape == "last hours":
        n = number(2, 9)
        text = pick((f"the last {n} hours", f"the past {words(n)} hours",
                     f"the next {n} hours"))
        if "next" in text:
            return Case("assorted", text, now.isoformat(), (now + timedelta(minutes=1),
                                                            now + timedelta(minutes=2)))
        return Case("assorted", text, now.isoformat(), (now - timedelta(minutes=2),
                                                        now - timedelta(minutes=1)))
    if shape == "sharp":
        h = number(1, 11)
        text = pick((f"at {h}pm sharp", f"{h}pm sharp", f"at exactly {h}pm",
                     f"{h} p.m. precisely"))
        return Case("assorted", text, d.isoformat(), at(d, (h + 12) * 60))
    if shape == "end of":
        unit = pick(("week", "month", "year"))
        which = pick(("this", "next", "the"))
        ref = d
        if unit == "week":
            first = ref - timedelta(days=ref.weekday()) + timedelta(weeks=which == "next")
            end = first + timedelta(days=7)
        elif unit == "month":
            first = add_months(date(ref.year, ref.month, 1), which == "next")
            end = add_months(first, 1)
        else:
            first = date(ref.year + (which == "next"), 1, 1)
            end = date(first.year + 1, 1, 1)
        bound = pick(("by", "until", "before"))
        text = f"{bound} the end of {which} {unit}"
        return Case("assorted", text, ref.isoformat(), dt_span(end - timedelta(days=1), end))
    if shape == "noon":
        word, part, hour = pick((("noon", "tomorrow", 12), ("midday", "tomorrow", 12),
                                 ("noon", "today", 12), ("midnight", "tonight", 24)))
        text = pick((f"{word} {part}", f"at {word} {part}", f"{part} at {word}"))
        day = d + timedelta(days=part == "tomorrow")
        moment = at(day, hour * 60)[0]
        return Case("assorted", text, d.isoformat(), (moment, moment))
    if shape == "morning at":
        h = number(7, 11)
        text = pick((f"tomorrow morning at {h}", f"tomorrow morning around {h}",
                     f"at {h} tomorrow morning"))
        return Case("assorted", text, d.isoformat(), at(d + timedelta(days=1), h * 60))
    n = number(1, 3)
    y, m = d.year, number(1, 12)
    first = date(y, m, 1) + timedelta(days=7 * (n - 1))
    text = f"the {('first', 'second', 'third')[n - 1]} week of {MONTHS[m - 1]} {y}"
    return Case("assorted", text, d.isoformat(), dt_span(first + timedelta(days=2),
                                                         first + timedelta(days=4)))


FAMILIES: dict[str, Callable[[Pick, Number], Case]] = {
    "cldr date": cldr_date, "cldr numeric date": cldr_numeric, "cldr month": cldr_month,
    "cldr time": cldr_time, "cldr date and time": cldr_datetime, "clock time": clock,
    "weekday and part of day": weekday_part, "this/next/last": this_next_last,
    "ordinal day": ordinal_day, "preposition and date": preposition,
    "year in words": spelled_year, "clock time and zone": zone,
    "units ago or from now": ago, "part of a period": part_of_period,
    "day word and time": day_words_and_time, "date and clock time": date_and_time,
    "clock range": clock_range, "month named from now": named_month,
    "nth weekday of a month": nth_weekday, "units before or after a date": shifted_date,
    "quarter or half": quarter_half, "weekday counted from a date": weekday_from_date,
    "before or after now": around_now, "date range": date_range, "holiday": holiday,
    "ISO date and time": iso_stamp, "season": season, "part of a date": part_of_a_date,
    "window up to or from now": window, "decade or century": decade,
    "day and clock bounds": day_and_clock_bounds, "assorted": assorted,
}


def _chat_families() -> None:
    from tests.normalization.timegen_assist import FAMILIES as ASSIST
    from tests.normalization.timegen_chat import FAMILIES as CHAT
    from tests.normalization.timegen_periods import FAMILIES as PERIODS
    from tests.normalization.timegen_written import FAMILIES as WRITTEN

    FAMILIES.update(CHAT)
    FAMILIES.update(WRITTEN)
    FAMILIES.update(PERIODS)
    FAMILIES.update(ASSIST)


# -- judging -------------------------------------------------------------------------------

def _fraction(stamp: datetime) -> float:
    return stamp.toordinal() + (stamp.hour * 3600 + stamp.minute * 60 + stamp.second) / 86400


def judge(case: Case) -> str:
    """`right`, or why not: `refused: ...`, `wrong: ...`."""
    try:
        value = normalize(case.phrase, reference=case.reference, context=case.context,
                          anchors=case.anchors or None)
    except NormalizationError as err:
        return "right" if case.expected is None else f"refused: {err}"
    if case.expected is None:
        return f"wrong: read an ambiguous date as {value.render()}"
    if value.kind is not Kind.DATE:
        return f"wrong: a {value.kind.value}, not a date"
    timeline = value.on_timeline()
    lo, hi = (_fraction(x) for x in case.expected)
    eps = 1e-7
    sup, core = timeline.support, timeline.core
    holds = sup.lo <= lo + eps and (sup.hi >= hi - eps or math.isinf(sup.hi))
    if hi - lo < eps:  # an instant
        touches = core.lo - eps <= lo <= core.hi + eps
    else:
        touches = core.lo < hi - eps and core.hi > lo + eps or (
            core.lo == core.hi and lo - eps <= core.lo <= hi + eps)
    if holds and touches:
        return "right"
    return (f"wrong: read {timeline.render()} (support {sup.lo:.4f}..{sup.hi:.4f}), "
            f"expected {case.expected[0]:%Y-%m-%d %H:%M}..{case.expected[1]:%Y-%m-%d %H:%M}")


_chat_families()
