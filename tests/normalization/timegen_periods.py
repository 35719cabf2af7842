"""Time phrases that name a part of any period, or a period next to a date, with their
values.

Families in the manner of `timegen.py` (a function of `pick` and `number`; the expected
span computed here with `datetime` arithmetic, never by claimdiff), one per kind of phrase
news and conversation write that no other family showed: an ordinal part of any period
(`the second half of the 20th century`, `the third month of 2024`, `the second week of
next month`), other names of halves and parts (`the latter half of`, `the tail end of`,
`the early part of`, `midyear`), the day, week or weekend before or after a date (`the day
before Christmas 2023`, `the weekend after June 3, 2024`), a holiday's week or weekend
(`Labor Day weekend`), a weekday or month `before last`, one day `into` the next, split
years (`the 2023/24 season`), and year-first dates (`2024 June 3`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from tests.normalization.timegen import (
    MONTHS,
    WEEKDAYS,
    Case,
    Number,
    Pick,
    _nth_weekday_of,
    a_day,
    add_months,
    day_span,
    dt_span,
    easter,
    ordinal_digits,
    ordinal_words,
)

_ORD = {1: ("first", "1st"), 2: ("second", "2nd"), 3: ("third", "3rd"), 4: ("fourth", "4th")}


def _written(pick: Pick, d: date) -> str:
    """A day with its year, written one of the ways news writes it."""
    return pick((f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} "
                 f"{d.year}", f"the {ordinal_digits(d.day)} of {MONTHS[d.month - 1]} {d.year}"))


def _period(pick: Pick, number: Number, ref: date) -> tuple[str, date, date]:
    """A period read whole, and its first day and the day after its last."""
    kind = pick(("year", "next year", "last year", "century", "decade", "month", "next month"))
    if kind == "year":
        y = number(1950, 2040)
        return pick((str(y), f"the year {y}")), date(y, 1, 1), date(y + 1, 1, 1)
    if kind in ("next year", "last year"):
        y = ref.year + (1 if kind == "next year" else -1)
        return kind, date(y, 1, 1), date(y + 1, 1, 1)
    if kind == "century":
        c = number(15, 21)
        return (f"the {ordinal_digits(c)} century", date(100 * (c - 1), 1, 1),
                date(100 * c, 1, 1))
    if kind == "decade":
        d = 10 * number(195, 203)
        return f"the {d}s", date(d, 1, 1), date(d + 10, 1, 1)
    if kind == "month":
        y, m = number(1990, 2035), number(1, 12)
        first = date(y, m, 1)
        return f"{MONTHS[m - 1]} {y}", first, add_months(first, 1)
    first = add_months(date(ref.year, ref.month, 1), 1)
    return "next month", first, add_months(first, 1)


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def period_part(pick: Pick, number: Number) -> Case:
    """An ordinal part of any period: `the second half of the 20th century`, `the first
    decade of the 1990s`... `the third month of 2024`, `the last week of next month`."""
    ref = a_day(number)
    name, first, end = _period(pick, number, ref)
    months = _months_between(first, end)
    units = ["half", "quarter", "week", "day"] + (["month"] if months > 1 else []) + (
        ["year"] if months >= 24 else []) + (["decade"] if months >= 240 else [])
    unit = pick(units)
    size = {"half": months // 2, "quarter": months // 4, "month": 1, "year": 12,
            "decade": 120}.get(unit)
    count = {"half": 2, "quarter": 4}.get(unit) or (
        months // size if size and months % size == 0 else 4)
    n = number(1, min(count, 4))
    last = unit not in ("half", "quarter") and pick((False, True))
    word = pick(("last", "final")) if last else pick(_ORD[n])
    if unit in ("week", "day"):
        days = 7 if unit == "week" else 1
        a = end - timedelta(days=days) if last else first + timedelta(days=days * (n - 1))
        b = a + timedelta(days=days)
    elif months % 4 or (unit == "half" and months % 2):
        # Halves and quarters of a month are cut in days.
        k = 2 if unit == "half" else 4
        length = (end - first).days
        a, b = (first + timedelta(days=length * (n - 1) // k),
                first + timedelta(days=length * n // k))
    else:
        assert size is not None
        start = months - size if last else size * (n - 1)
        a, b = add_months(first, start), add_months(first, start + size)
    text = f"{pick(('the ', ''))}{word} {unit} {pick(('of', 'in'))} {name}"
    return Case("part of any period", text, ref.isoformat(), dt_span(a, b))


def part_named(pick: Pick, number: Number) -> Case:
    """Other names of halves and parts: `the latter half of 2023`, `the front half of next
    year`, `the tail end of 2019`, `the early part of 2020`, `midyear 2021`."""
    y = number(1950, 2040)
    form = pick(("latter", "back", "front", "former", "tail", "early", "later"))
    if form in ("latter", "back"):
        return Case("part named", f"the {form} half of {y}", f"{y + 1}-03-01",
                    dt_span(date(y, 7, 1), date(y + 1, 1, 1)))
    if form in ("front", "former"):
        return Case("part named", f"the {form} half of {y}", f"{y + 1}-03-01",
                    dt_span(date(y, 1, 1), date(y, 7, 1)))
    if form == "tail":
        return Case("part named", f"the {pick(('tail end', 'tail-end'))} of {y}",
                    f"{y + 1}-03-01", dt_span(date(y, 12, 1), date(y + 1, 1, 1)))
    if form == "early":
        noun = pick(("part", "months", "stages"))
        return Case("part named", f"the {pick(('early', 'opening'))} {noun} of {y}",
                    f"{y + 1}-03-01", dt_span(date(y, 1, 1), date(y, 2, 1)))
    noun = pick(("part", "months", "weeks"))
    return Case("part named", f"the {pick(('later', 'closing', 'final'))} {noun} of {y}",
                f"{y + 1}-03-01", dt_span(date(y, 12, 1), date(y + 1, 1, 1)))


def _holiday(pick: Pick, y: int) -> tuple[str, date]:
    rules: dict[str, Callable[[int], date]] = {
        "Christmas": lambda y: date(y, 12, 25), "Christmas Eve": lambda y: date(y, 12, 24),
        "Halloween": lambda y: date(y, 10, 31), "Independence Day": lambda y: date(y, 7, 4),
        "Thanksgiving": lambda y: _nth_weekday_of(y, 11, 3, 4),
        "Labor Day": lambda y: _nth_weekday_of(y, 9, 0, 1),
        "Memorial Day": lambda y: _nth_weekday_of(y, 5, 0, -1), "Easter": easter,
        "Good Friday": lambda y: easter(y) - timedelta(days=2),
    }
    name = pick(tuple(rules))
    return name, rules[name](y)


def neighbor(pick: Pick, number: Number) -> Case:
    """The day, week or weekend before or after a date: `the day before Christmas 2023`,
    `the week after June 3, 2024`, `the weekend before Easter 2019`, `the month before
    March 2024`, `the year after 2019`."""
    ref = a_day(number)
    unit = pick(("day", "week", "weekend", "month", "year"))
    after = pick((True, False))
    word = pick(("after", "following")) if after else pick(("before", "preceding", "prior to"))
    if unit == "month":
        y, m = number(1990, 2035), number(1, 12)
        first = add_months(date(y, m, 1), 1 if after else -1)
        return Case("neighbor of a date", f"the month {word} {MONTHS[m - 1]} {y}",
                    ref.isoformat(), dt_span(first, add_months(first, 1)))
    if unit == "year":
        y = number(1950, 2040)
        z = y + 1 if after else y - 1
        return Case("neighbor of a date", f"the year {word} {y}", ref.isoformat(),
                    dt_span(date(z, 1, 1), date(z + 1, 1, 1)))
    if pick((True, False)):
        name, d = _holiday(pick, number(1990, 2035))
        text = f"{name} {d.year}"
    else:
        d = a_day(number)
        text = _written(pick, d)
    if unit == "day":
        span = day_span(d + timedelta(days=1 if after else -1))
    elif unit == "week":
        span = dt_span(d + timedelta(days=1), d + timedelta(days=8)) if after else dt_span(
            d - timedelta(days=7), d)
    elif after:
        sat = d + timedelta(days=(5 - d.weekday() - 1) % 7 + 1)
        span = dt_span(sat, sat + timedelta(days=2))
    else:
        sun = d - timedelta(days=(d.weekday() - 6 - 1) % 7 + 1)
        span = dt_span(sun - timedelta(days=1), sun + timedelta(days=1))
    return Case("neighbor of a date", f"the {unit} {word} {text}", ref.isoformat(), span)


def holiday_week(pick: Pick, number: Number) -> Case:
    """A holiday's week or weekend, read from soon after it: `Christmas week`, `Labor Day
    weekend`, `Thanksgiving weekend`, `Easter weekend`."""
    name, d = _holiday(pick, number(1990, 2035))
    ref = d + timedelta(days=number(1, 40))
    wd = d.weekday()
    if wd in (0, 3, 4, 5, 6) and pick((True, False)):
        sat = d - timedelta(days=2) if wd == 0 else d + timedelta(days=5 - wd) if wd < 5 \
            else d - timedelta(days=wd - 5)
        return Case("holiday week or weekend", f"{name} weekend", ref.isoformat(),
                    dt_span(min(d, sat), max(d, sat + timedelta(days=1)) + timedelta(days=1)))
    monday = d - timedelta(days=wd)
    return Case("holiday week or weekend", f"{pick(('', 'the '))}{name} week", ref.isoformat(),
                dt_span(monday, monday + timedelta(days=7)))


def before_last(pick: Pick, number: Number) -> Case:
    """A weekday or month before last: `the Friday before last`, `March before last`."""
    ref = a_day(number)
    if pick((True, False)):
        wd = number(0, 6)
        back = (ref.weekday() - wd) % 7 or 7
        d = ref - timedelta(days=back + 7)
        return Case("weekday or month before last",
                    f"{pick(('the ', ''))}{WEEKDAYS[wd]} before last", ref.isoformat(),
                    day_span(d))
    m = number(1, 12)
    y = (ref.year if m < ref.month else ref.year - 1) - 1
    return Case("weekday or month before last", f"{MONTHS[m - 1]} before last",
                ref.isoformat(), dt_span(date(y, m, 1), add_months(date(y, m, 1), 1)))


def written_apart(pick: Pick, number: Number) -> Case:
    """Split years, year-first dates and one day into the next: `the 2023/24 season`,
    `the years 2010-2014`, `2024 June 3`, `June 3, 2024 into June 4`."""
    ref = a_day(number)
    form = pick(("split", "years", "year first", "into"))
    y = number(1960, 2035)
    if form == "split":
        text = pick((f"the {y}/{(y + 1) % 100:02d} season", f"{y}/{(y + 1) % 100:02d}",
                     f"the {y}-{(y + 1) % 100:02d} season",
                     f"the fiscal year {y}-{(y + 1) % 100:02d}"))
        return Case("written apart", text, ref.isoformat(),
                    dt_span(date(y, 7, 1), date(y + 1, 7, 1)))
    if form == "years":
        z = y + number(1, 8)
        return Case("written apart", f"the years {y}{pick(('-', ' to ', ' through '))}{z}",
                    ref.isoformat(), dt_span(date(y, 1, 1), date(z + 1, 1, 1)))
    d = date(y, number(1, 12), number(1, 28))
    if form == "year first":
        day = pick((str(d.day), ordinal_digits(d.day)))
        return Case("written apart", f"{y} {MONTHS[d.month - 1]} {day}", ref.isoformat(),
                    day_span(d))
    e = d + timedelta(days=1)
    return Case("written apart", f"{MONTHS[d.month - 1]} {d.day}, {y} into "
                f"{MONTHS[e.month - 1]} {ordinal_words(e.day) if pick((True, False)) else e.day}"
                f"{'' if e.year == y else f', {e.year}'}",
                ref.isoformat(), dt_span(d, e + timedelta(days=1)))


def weekday_checked(pick: Pick, number: Number) -> Case:
    """A date with its weekday after it or in parentheses, and numeric dates whose weekday
    picks the reading: `June 3, 2024 (Monday)`, `Monday (June 3, 2024)`, `Tuesday
    6/4/2024` (June 4; 6 April 2024 is a Saturday); refused when no reading falls on it."""
    ref = a_day(number)
    d = a_day(number)
    wd = WEEKDAYS[d.weekday()]
    if pick((True, False)):
        written = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        text = pick((f"{written} ({wd})", f"{wd} ({written})", f"{written}, {wd}"))
        return Case("weekday checks the date", text, ref.isoformat(), day_span(d))
    sep = pick(("/", ".", "-"))
    if pick((True, False)):
        numeric, other = f"{d.month}{sep}{d.day}{sep}{d.year}", (d.day, d.month)
    else:
        numeric, other = f"{d.day}{sep}{d.month}{sep}{d.year}", (d.day, d.month)
    try:
        swapped: date | None = date(d.year, other[0], other[1])
    except ValueError:
        swapped = None
    if swapped is not None and swapped != d and swapped.weekday() == d.weekday():
        return Case("weekday checks the date", f"{wd} {numeric}", ref.isoformat(), None)
    if pick((True, False)):  # a weekday that neither reading falls on: refused
        wrong = [w for w in range(7) if w != d.weekday()
                 and (swapped is None or w != swapped.weekday())]
        return Case("weekday checks the date", f"{WEEKDAYS[pick(wrong)]}, {numeric}",
                    ref.isoformat(), None)
    return Case("weekday checks the date", f"{wd}{pick((',', ''))} {numeric}", ref.isoformat(),
                day_span(d))


def bounds_and_choices(pick: Pick, number: Number) -> Case:
    """Lower bounds, choices of two dates and ranges of amounts back: `no earlier than
    June 3, 2024`, `not before March 2020`, `as recently as 2019`, `2023 or 2024`, `late
    May or early June 2021`, `two to three weeks ago`, `10 to 15 years ago`."""
    ref = a_day(number, 1995, 2030)
    form = pick(("bound", "recent", "either", "ago"))
    d = a_day(number)
    if form == "bound":
        word = pick(("no earlier than", "not before", "not until", "as early as",
                     "no sooner than"))
        return Case("bounds and choices", f"{word} {_written(pick, d)}", ref.isoformat(),
                    day_span(d))
    if form == "recent":
        y = number(1960, ref.year)
        return Case("bounds and choices", f"as {pick(('recently', 'late'))} as {y}",
                    ref.isoformat(), dt_span(date(y, 1, 1), date(y + 1, 1, 1)))
    if form == "either":
        y = number(1960, 2035)
        z = y + number(1, 3)
        text = pick((f"{y} or {z}", f"either {y} or {z}", f"in {y} and {z}",
                     f"late {y} or early {y + 1}"))
        end = y + 1 if text.startswith("late") else z
        lo = date(y, 10, 1) if text.startswith("late") else date(y, 1, 1)
        hi = date(end, 3, 1) if text.startswith("late") else date(end + 1, 1, 1)
        return Case("bounds and choices", text, ref.isoformat(), dt_span(lo, hi))
    unit = pick(("days", "weeks", "months", "years"))
    a = number(2, 9)
    b = a + number(1, 5)
    link = pick((" to ", "-", " or "))
    if unit in ("days", "weeks"):
        step = 1 if unit == "days" else 7
        lo, hi = ref - timedelta(days=b * step), ref - timedelta(days=a * step)
    else:
        step = 1 if unit == "months" else 12
        lo, hi = add_months(ref, -b * step), add_months(ref, -a * step)
    return Case("bounds and choices", f"{a}{link}{b} {unit} ago", ref.isoformat(),
                dt_span(lo, hi + timedelta(days=1)))


def counted_weekdays(pick: Pick, number: Number) -> Case:
    """Several weekdays or weekends counted from the reference, and an hour range with its
    day: `the next 2 Fridays`, `the last three weekends`, `from 3 to 5 tomorrow`, `today
    between 9 and 11` (a bare hour is either half of the day)."""
    ref = a_day(number)
    if pick((True, False)):
        n = number(2, 5)
        ahead = pick((True, False))
        # ("the following" counts from an event, not from the reference)
        word = pick(("next", "coming")) if ahead else pick(("last", "past", "previous"))
        count = pick((str(n), ("two", "three", "four", "five")[n - 2]))
        if pick((True, False)):
            wd = number(0, 6)
            if ahead:
                first = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
                last = first + timedelta(days=7 * (n - 1))
            else:
                last = ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)
                first = last - timedelta(days=7 * (n - 1))
            return Case("counted weekdays", f"the {word} {count} {WEEKDAYS[wd]}s",
                        ref.isoformat(), dt_span(first, last + timedelta(days=1)))
        if ahead:
            sat = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
            first, last = sat, sat + timedelta(days=7 * (n - 1) + 1)
        else:
            sun = ref - timedelta(days=(ref.weekday() - 6) % 7 or 7)
            first, last = sun - timedelta(days=7 * (n - 1) + 1), sun
        return Case("counted weekdays", f"the {word} {count} weekends", ref.isoformat(),
                    dt_span(first, last + timedelta(days=1)))
    a = number(1, 10)
    b = a + number(1, 2)
    day, when = pick((("tomorrow", ref + timedelta(days=1)), ("today", ref)))
    # ("10 to 12" alone is also ten to twelve, 11:50: a lead or a hyphen makes it a range)
    hours = pick((f"between {a} and {b}", f"from {a} to {b}", f"{a}-{b}"))
    text = pick((f"{hours} {day}", f"{day} {hours}", f"{day}, {hours}"))
    start = datetime(when.year, when.month, when.day, a)
    return Case("counted weekdays", text, ref.isoformat(), (start, start))


def said_from_now(pick: Pick, number: Number) -> Case:
    """A day said from the reference or from a weekday: `this time last year`, `a year ago
    today`, `a week ago Monday`, `two weeks ago yesterday`, `Monday fortnight`."""
    ref = a_day(number)
    form = pick(("year", "weekday", "yesterday", "fortnight"))
    if form == "year":
        back = pick((True, False))
        d = add_months(ref, -12 if back else 12)
        text = pick(("this time last year", "a year ago today", "the same time last year")) \
            if back else pick(("this time next year", "the same time next year"))
        return Case("said from now", text, ref.isoformat(), day_span(d))
    if form == "weekday":
        wd = number(0, 6)
        # The weekday as read alone (news: the latest one on or before the reference).
        last = ref - timedelta(days=(ref.weekday() - wd) % 7)
        n = number(1, 3)
        words = ("a week", "two weeks", "three weeks")[n - 1]
        return Case("said from now", f"{words} ago {WEEKDAYS[wd]}", ref.isoformat(),
                    day_span(last - timedelta(days=7 * n)))
    if form == "yesterday":
        n = number(1, 3)
        words = ("a week", "two weeks", "three weeks")[n - 1]
        return Case("said from now", f"{words} ago yesterday", ref.isoformat(),
                    day_span(ref - timedelta(days=1 + 7 * n)))
    wd = number(0, 6)
    wd = (wd + 1) % 7 if wd == ref.weekday() else wd
    # British: two weeks after the coming one, as "Monday week" is a week after it.
    day = ref + timedelta(days=(wd - ref.weekday()) % 7)
    return Case("said from now", f"{WEEKDAYS[wd]} fortnight", ref.isoformat(),
                day_span(day + timedelta(days=14)))


FAMILIES = {"part of any period": period_part, "part named": part_named,
            "neighbor of a date": neighbor, "holiday week or weekend": holiday_week,
            "weekday or month before last": before_last, "written apart": written_apart,
            "weekday checks the date": weekday_checked,
            "bounds and choices": bounds_and_choices, "counted weekdays": counted_weekdays,
            "said from now": said_from_now}
