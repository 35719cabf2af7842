"""Time phrases in the joined, spoken and shortened forms of other recognizers' test
suites, with their values.

Families in the manner of `timegen.py` (a function of `pick` and `number`; the expected
span computed here with `datetime` arithmetic, never by claimdiff), one per kind of phrase
that Microsoft Recognizers-Text's English date-time specs showed claimdiff refusing: a
month joined to its day (`Oct-2`, `Jan/1st`), a day of the month in words (`May twenty
one`, `Friday the twenty-second`), a 24-hour clock with a redundant `pm`, `N minutes to
H`, `12 noon`, `till` between two ends, days of a month named from the reference (`4 till
23 of this month`), decades in words (`the twenty-tens`, `the noughties`), `the month
after next`, a year with a one-digit month (`2015-3`), several amounts counted back or
ahead (`1 month 21 days ago`), days of a named week (`Friday to Sunday last week`), and
`the rest of the current month`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.normalization.timegen import (
    MONTH_ABBR,
    MONTHS,
    ONES,
    ORD_ONES,
    TENS,
    WEEKDAYS,
    Case,
    Number,
    Pick,
    a_day,
    add_months,
    at,
    day_span,
    dt_span,
    month_span,
    ordinal_digits,
    ordinal_words,
    words,
)

_AMPM = {"am": ("am", "a.m.", "a m", "in the morning"), "pm": ("pm", "p.m.", "p m",
                                                               "in the evening")}


def _month_said(pick: Pick, m: int) -> str:
    return str(pick((MONTHS[m - 1], *(a.rstrip(".") for a in MONTH_ABBR[m]))))


def joined_day(pick: Pick, number: Number) -> Case:
    """A month joined to its day by a hyphen or slash: `Oct-2`, `Sept/9`, `January-21st`
    (one digit, or an ordinal: two bare digits would be a year)."""
    d = a_day(number)
    day = pick((str(d.day), ordinal_digits(d.day))) if d.day < 10 else ordinal_digits(d.day)
    ref = d + timedelta(days=number(0, 200))
    text = f"{_month_said(pick, d.month)}{pick(('-', '/', ' - '))}{day}"
    return Case("month joined to its day", text, ref.isoformat(), day_span(d), context="past")


def _cardinal_words(n: int, pick: Pick) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] if not ones else f"{TENS[tens]}{pick((' ', '-'))}{ONES[ones]}"


def _ordinal_said(n: int, pick: Pick) -> str:
    if n < 20 or n % 10 == 0:
        return ordinal_words(n)
    tens, ones = divmod(n, 10)
    return f"{TENS[tens]}{pick((' ', '-'))}{ORD_ONES[ones]}"


def day_in_words(pick: Pick, number: Number) -> Case:
    """A day of the month in words after its month or weekday: `May twenty one`, `March
    the twenty-first`, `Friday the twenty second`, `Tuesday the first`."""
    d = a_day(number)
    said = pick((_cardinal_words(d.day, pick), _ordinal_said(d.day, pick)))
    if pick((True, False)):
        ref = d + timedelta(days=number(0, 200))
        the = pick(("", "the ")) if not said[0].isdigit() else ""
        text = f"{_month_said(pick, d.month)} {the}{said}"
    else:
        # In the reference's month: the weekday picks the nearest month whose day fits.
        ref = d + timedelta(days=number(0, (month_span(d.year, d.month)[1] - d).days - 1))
        text = f"{WEEKDAYS[d.weekday()]} the {_ordinal_said(d.day, pick)}"
    return Case("day in words", text, ref.isoformat(), day_span(d), context="past")


def clock_said(pick: Pick, number: Number) -> Case:
    """Clock times as other suites write them: a 24-hour time with a redundant `pm`
    (`15:15 pm`, `fifteen thirty p m`), `N minutes to/past H` with its half of the day,
    `12 noon`, `p m` written apart."""
    d = a_day(number)
    shape = pick(("24h pm", "minutes to", "noon", "spaced"))
    if shape == "24h pm":
        h, m = number(13, 23), number(0, 59)
        if pick((True, False)) and m >= 10 and h < 20:
            text = f"{ONES[h]} {_cardinal_words(m, pick)} {pick(('pm', 'p m', 'p.m.'))}"
        else:
            text = f"{h}:{m:02d} {pick(('pm', 'p.m.'))}"
        return Case("clock time said", text, d.isoformat(), at(d, h * 60 + m))
    if shape == "noon":
        return Case("clock time said", "12 noon", d.isoformat(), at(d, 720))
    half = pick(("am", "pm"))
    if shape == "spaced":
        h, m = number(1, 11), number(0, 59)
        text = f"{h}:{m:02d} {half[0]} m" if m else f"{h} {half[0]} m"
        return Case("clock time said", text, d.isoformat(),
                    at(d, (h + (12 if half == "pm" else 0)) * 60 + m))
    n, h = number(1, 59), number(2, 11)
    way = pick(("to", "past", "before", "after"))
    minute = (h - 1) * 60 + 60 - n if way in ("to", "before") else h * 60 + n
    said_n = pick((str(n), _cardinal_words(n, pick)))
    unit = pick(("minutes", "mins", "min")) if n > 1 else pick(("minute", "min"))
    said_h = pick((str(h), ONES[h]))
    text = f"{said_n} {unit} {way} {said_h} {pick(_AMPM[half])}"
    return Case("clock time said", text, d.isoformat(),
                at(d, minute + (720 if half == "pm" else 0)))


def till(pick: Pick, number: Number) -> Case:
    """`till` or `til` between two days without `from`: `today till tomorrow`, `Oct 3 till
    Oct 9` (two bare hours are left out: "ten till five" is 4:50)."""
    d = a_day(number)
    word = pick(("till", "til"))
    shape = pick(("days", "dates"))
    if shape == "days":
        first = pick(("yesterday", "today"))
        start = d - timedelta(days=1) if first == "yesterday" else d
        return Case("till", f"{first} {word} tomorrow", d.isoformat(),
                    dt_span(start, d + timedelta(days=2)))
    end = d + timedelta(days=number(1, 20))
    if end.month != d.month or end.year != d.year:
        end = d
    ref = end + timedelta(days=number(0, 100))
    text = (f"{_month_said(pick, d.month)} {d.day} {word} "
            f"{_month_said(pick, end.month)} {end.day}")
    return Case("till", text, ref.isoformat(), dt_span(d, end + timedelta(days=1)),
                context="past")


def days_of_named_month(pick: Pick, number: Number) -> Case:
    """Days of a month named from the reference: `4 till 23 of this month`, `from 4-23 in
    next month`, `between the 3rd and the 9th of last month`."""
    ref = a_day(number)
    rel, shift = pick((("this", 0), ("next", 1), ("last", -1), ("coming", 1),
                       ("previous", -1)))
    first = add_months(date(ref.year, ref.month, 1), shift)
    a = number(1, 14)
    b = number(a + 1, 28)
    da, db = pick(((str(a), str(b)), (ordinal_digits(a), ordinal_digits(b)),
                   (f"the {ordinal_digits(a)}", f"the {ordinal_digits(b)}")))
    link = pick(("to", "till", "until", "-", "through"))
    opener = pick(("", "from "))
    if pick((True, False)) and link != "-":
        opener, link = "between ", "and"
    where = pick((f"of {rel} month", f"in {rel} month", f"{rel} month"))
    text = f"{opener}{da}{'-' if link == '-' else f' {link} '}{db} {where}"
    return Case("days of a named month", text, ref.isoformat(),
                dt_span(first.replace(day=a), first.replace(day=b) + timedelta(days=1)))


_DECADE_WORDS = {10: "tens", 20: "twenties", 30: "thirties", 40: "forties", 50: "fifties",
                 60: "sixties", 70: "seventies", 80: "eighties", 90: "nineties"}


def decade_in_words(pick: Pick, number: Number) -> Case:
    """Decades in words: `the nineteen seventies`, `the twenty-tens`, `the two thousand
    and tens`, `the eighteen nineties`, `the two thousands`, `the noughties`."""
    ref = a_day(number, 2000, 2030)
    if pick((True, False, False, False)):
        text = pick(("the two thousands", "the noughties", "the aughts"))
        return Case("decade in words", text, ref.isoformat(),
                    dt_span(date(2000, 1, 1), date(2010, 1, 1)))
    century = pick((1800, 1900, 2000))
    tens = number(1, 9) * 10 if century != 2000 else number(1, 2) * 10
    said = {1800: "eighteen", 1900: "nineteen"}.get(century) or pick(
        ("twenty", "two thousand", "two thousand and"))
    text = f"the {said}{pick((' ', '-'))}{_DECADE_WORDS[tens]}"
    y = century + tens
    return Case("decade in words", text, ref.isoformat(), dt_span(date(y, 1, 1),
                                                                  date(y + 10, 1, 1)))


def after_next(pick: Pick, number: Number) -> Case:
    """`the month after next`, `the year before last`, `the month after the next`."""
    ref = a_day(number)
    unit, way = pick(("month", "year")), pick(("after", "before"))
    shift = 2 if way == "after" else -2
    text = f"the {unit} {way} {pick(('', 'the '))}{'next' if way == 'after' else 'last'}"
    if unit == "year":
        span = dt_span(date(ref.year + shift, 1, 1), date(ref.year + shift + 1, 1, 1))
    else:
        first = add_months(date(ref.year, ref.month, 1), shift)
        span = dt_span(*month_span(first.year, first.month))
    return Case("the unit after next", text, ref.isoformat(), span)


def year_and_month(pick: Pick, number: Number) -> Case:
    """A year and a one-digit month in digits: `2015-3`, `2015/3` (`2007-8` is refused:
    the years 2007 to 2008 read alike)."""
    y, m = number(1990, 2030), number(1, 9)
    ref = date(max(y, 2000) + number(0, 5), number(1, 12), number(1, 28))
    sep = pick(("-", "/"))
    # "2007-8" may be the years 2007 to 2008 as well: it must be refused.
    span = None if sep == "-" and m == (y + 1) % 10 else dt_span(*month_span(y, m))
    return Case("year and one-digit month", f"{y}{sep}{m}", ref.isoformat(), span)


_UNIT_ORDER = ("year", "month", "week", "day")


def counted_amounts(pick: Pick, number: Number) -> Case:
    """Several amounts counted back or ahead of the reference, each on the calendar and
    the largest first: `1 month 21 days ago`, `2 years, 1 month and 21 days ago`, `a year
    and three days from now`."""
    ref = a_day(number, 2000, 2025)
    units = sorted(set(pick((("year", "month", "day"), ("month", "day"), ("year", "day"),
                             ("year", "month"), ("week", "day"), ("year", "week"))),),
                   key=_UNIT_ORDER.index)
    amounts = [(number(1, 11), u) for u in units]
    said = []
    for n, u in amounts:
        count = pick((str(n), words(n))) if n > 1 else pick(("1", "one", "a"))
        said.append(f"{count} {u}{'s' if n > 1 else ''}")
    if pick((True, False)):  # writers do not always put the largest first
        said = said[1:] + said[:1] if len(said) > 2 else said
    joined = pick((" ".join(said), ", ".join(said), " and ".join(said),
                   ", ".join(said[:-1]) + " and " + said[-1]))
    way = pick(("ago", "from now"))
    sign = -1 if way == "ago" else 1
    day = ref
    for n, u in amounts:
        day = add_months(day, sign * n * (12 if u == "year" else 1)) if u in ("year", "month") \
            else day + timedelta(days=sign * n * (7 if u == "week" else 1))
    return Case("amounts counted from now", f"{joined} {way}", ref.isoformat(), day_span(day))


_WD_SAID = {0: ("Monday", "Mon"), 1: ("Tuesday", "Tue", "Tues"), 2: ("Wednesday", "Wed"),
            3: ("Thursday", "Thu", "Thur", "Thurs"), 4: ("Friday", "Fri"),
            5: ("Saturday", "Sat"), 6: ("Sunday", "Sun")}


def days_of_named_week(pick: Pick, number: Number) -> Case:
    """Days of a week named from the reference: `Friday to Sunday last week`, `this week
    from Tue to Thur`, `next week between Wednesday and Friday`."""
    ref = a_day(number)
    rel, shift = pick((("this", 0), ("next", 1), ("last", -1)))
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
    a = number(0, 5)
    b = number(a + 1, 6)
    said_a, said_b = pick(_WD_SAID[a]), pick(_WD_SAID[b])
    days = pick((f"{said_a} to {said_b}", f"from {said_a} to {said_b}",
                 f"between {said_a} and {said_b}", f"{said_a}-{said_b}"))
    text = pick((f"{days} {rel} week", f"{rel} week {days}", f"{rel} week, {days}"))
    return Case("days of a named week", text, ref.isoformat(),
                dt_span(monday + timedelta(days=a), monday + timedelta(days=b + 1)))


def rest_of_current(pick: Pick, number: Number) -> Case:
    """`the rest of the current month`, `rest of current week`, `remainder of the current
    year`: from the reference to the end of that unit."""
    ref = a_day(number)
    unit = pick(("week", "month", "year"))
    if unit == "week":
        end = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
    elif unit == "month":
        end = month_span(ref.year, ref.month)[1]
    else:
        end = date(ref.year + 1, 1, 1)
    rest = f"{pick(('rest', 'remainder'))} of {pick(('the ', ''))}current {unit}"
    text = f"{pick(('the ', ''))}{rest}"
    return Case("rest of the current unit", text, ref.isoformat(), dt_span(ref, end))


def _date_written(pick: Pick, d: date) -> str:
    """A full date in one of news's and forms' ways (unambiguous digits only)."""
    forms = [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
             d.isoformat()]
    if d.day > 12:
        forms.append(f"{d.month:02d}/{d.day:02d}/{d.year}")
    return str(pick(forms))


def two_dates(pick: Pick, number: Number) -> Case:
    """A range whose two ends are dates each written its own way, without `from`:
    `January 12, 2016 - 01/22/2016`, `2015-03-04 to March 9, 2015`."""
    a = a_day(number)
    b = a + timedelta(days=number(1, 60))
    text = f"{_date_written(pick, a)}{pick((' - ', ' to ', ' until ', ' through '))}" \
           f"{_date_written(pick, b)}"
    ref = b + timedelta(days=number(0, 400))
    return Case("two dates written apart", text, ref.isoformat(),
                dt_span(a, b + timedelta(days=1)))


def day_and_clock(pick: Pick, number: Number) -> Case:
    """A day of the month next to a clock time, without its month: `5th at 4 a.m.`,
    `8pm on the 15`."""
    d = a_day(number)
    ref = d + timedelta(days=number(0, 12))  # "the 6th" is the nearest 6th to the reference
    h = number(1, 11)
    half = pick(("am", "pm", "a.m.", "p.m."))
    minute = h * 60 + (720 if half[0] == "p" else 0)
    if pick((True, False)):
        text = f"{ordinal_digits(d.day)} at {h} {half}"
    else:
        text = f"{h}{half} on the {d.day}"
    return Case("day of the month and clock", text, ref.isoformat(), at(d, minute),
                context="past")


def workers_day(pick: Pick, number: Number) -> Case:
    """International Workers' Day by its names: `Int'l Workers Day 2019`, `International
    Labour Day 2021`: May 1."""
    y = number(1995, 2030)
    name = pick(("International Workers' Day", "Int'l Workers Day", "Intl. Workers' Day",
                 "International Labour Day", "International Labor Day"))
    ref = date(y, number(1, 12), number(1, 28))
    return Case("workers' day", f"{name} {y}", ref.isoformat(), day_span(date(y, 5, 1)))


_SUB_DAY = {"hour": (3600, ("hours", "hrs", "h")), "minute": (60, ("minutes", "mins", "min", "m")),
            "second": (1, ("seconds", "secs", "sec", "s"))}


def counted_moment(pick: Pick, number: Number) -> Case:
    """Amounts down to the second counted back or ahead of the moment of writing: `15 hours
    29 min ago`, `1 day 21 hours ago`, `1d 21h 25m ago`, `3m 49s ago`, `1h from now`."""
    d = a_day(number, 2000, 2025)
    now = datetime(d.year, d.month, d.day, number(0, 23), number(0, 59))
    units = pick((("day", "hour"), ("hour", "minute"), ("minute", "second"),
                  ("day", "hour", "minute"), ("hour",), ("minute",)))
    short = pick((True, False))
    said, seconds = [], 0
    for u in units:
        n = number(1, 23 if u == "hour" else 59 if u != "day" else 3)
        seconds += n * (86400 if u == "day" else _SUB_DAY[u][0])
        if u == "day":
            said.append(f"{n}d" if short else f"{n} day{'s' if n > 1 else ''}")
        elif short:
            said.append(f"{n}{pick(_SUB_DAY[u][1][2:] or _SUB_DAY[u][1][-1:])}")
        else:
            said.append(f"{n} {pick(_SUB_DAY[u][1][:2]) if n > 1 else u}")
    if len(said) == 1 and not short:
        said[0] = said[0].replace(" ", pick((" ", "")), 0)
    way = pick(("ago", "from now"))
    moment = now + (-1 if way == "ago" else 1) * timedelta(seconds=seconds)
    return Case("amounts counted from the moment", f"{' '.join(said)} {way}", now.isoformat(),
                (moment, moment))


def overnight(pick: Pick, number: Number) -> Case:
    """A clock range past midnight, or whose end takes its half of the day from the start:
    `11pm to 3am`, `from 10 p.m. to 2 a.m.`, `22:00 - 02:00`, `11pm-3`, `between 9pm and
    1am`."""
    d = a_day(number)
    start, end = number(19, 23), number(1, 6)
    shape = pick(("meridiem", "24h", "bare end"))
    if shape == "24h":
        text = f"{start:02d}:00{pick((' - ', '-', ' to '))}{end:02d}:00"
    else:
        pm, am = pick((("pm", "am"), ("p.m.", "a.m."), (" pm", " am")))
        end_said = f"{end}" if shape == "bare end" else f"{end}{am}"
        text = pick((f"{start - 12}{pm} to {end_said}", f"from {start - 12}{pm} to {end_said}",
                     f"{start - 12}{pm}-{end_said}", f"between {start - 12}{pm} and {end_said}"))
    first = datetime(d.year, d.month, d.day, start)
    return Case("clock range past midnight", text, d.isoformat(),
                (first, first + timedelta(hours=24 - start + end)))


def day_of_bare_unit(pick: Pick, number: Number) -> Case:
    """`last day of month`, `first day of month`, `the first day of next month`: a bound day
    of the month named, with or without its article."""
    ref = a_day(number)
    which = pick(("first", "last"))
    rel, shift = pick((("", 0), ("the ", 0), ("next ", 1), ("last ", -1)))
    first = add_months(date(ref.year, ref.month, 1), shift)
    day = first if which == "first" else month_span(first.year, first.month)[1] - timedelta(1)
    return Case("first or last day of a month", f"{pick(('', 'the '))}{which} day of {rel}month",
                ref.isoformat(), day_span(day))


FAMILIES = {

    "amounts counted from the moment": counted_moment, "clock range past midnight": overnight,
    "first or last day of a month": day_of_bare_unit,
    "two dates written apart": two_dates, "day of the month and clock": day_and_clock,
    "workers' day": workers_day,
    "month joined to its day": joined_day, "day in words": day_in_words,
    "clock time said": clock_said, "till": till,
    "days of a named month": days_of_named_month, "decade in words": decade_in_words,
    "the unit after next": after_next, "year and one-digit month": year_and_month,
    "amounts counted from now": counted_amounts, "days of a named week": days_of_named_week,
    "rest of the current unit": rest_of_current,
}
