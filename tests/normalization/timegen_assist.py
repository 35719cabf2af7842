"""Time phrases as people write them to a calendar or an assistant, with their values.

Families in the manner of `timegen.py` (a function of `pick` and `number`; the expected
span computed here with `datetime` arithmetic, never by claimdiff), one per kind of
phrase: a day and a clock time in either order with any joiner (`Friday at 5pm`, `5pm
on Friday`, `tomorrow, 17:30`, `tonight at 8`); clock times said as minutes to or past
an hour (`ten to six pm`, `twenty-five past 4 in the afternoon`, `quarter to noon`);
amounts counted from now (`in 3 weeks`, `two days from now`, `5 days hence`); the nth
or last weekday of a month named from now (`the second Tuesday of next month`, `the
last Friday of this month`); the first or last day of a month named from now; a day
before or after a holiday or a day word (`the day after Christmas 2024`, `two days
before tomorrow`); numeric dates year first with any separator (`2024/06/12`,
`2024.6.12`); a year alone after `in`, `of`, `during`; one step past "next" or before
"last" (`the week before last`); a day with words around it (`all day tomorrow`, `Friday
at the latest`); years with their era (`14 A.D.`) and the Roman days of a month (`the
ides of March 2020`); the nth nearest of a yearly date's occurrences (`the second
closest Christmas to today`); a part of a day named by a step (`the night before last`,
`Saturday night last week`, `Friday morning of next week`); a meal or an hour alone
(`dinner on Friday`, `at eight sharp`, `ten after 8`, `at about 9`); business days
(`in 3 business days`, `two working days ago`, `the first business day of next month`);
a weekday counted from a month's end (`the second to last Friday of this month`); ISO
weeks (`week 23 of 2024`, `2024-W23`); the British order of a shift (`Monday next`,
`Friday last`, `Monday coming`); bounds said with "up" (`up until Friday`).
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.normalization.timegen import (
    MONTHS,
    PARTS,
    WEEKDAYS,
    Case,
    Number,
    Pick,
    a_day,
    add_months,
    at,
    day_span,
    dt_span,
    ordinal_digits,
    ordinal_words,
    weekday_after,
    words,
)

_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")
_MINUTES = {5: "five", 10: "ten", 15: "quarter", 20: "twenty", 25: "twenty-five"}


def _clock(pick: Pick, number: Number) -> tuple[str, int]:
    """A clock time with a.m./p.m. or a part of the day said, and its minute of the day."""
    h12, m = number(1, 11), pick((0, 15, 30, 45))
    pm = pick((True, False))
    minute = (h12 + 12 * pm) * 60 + m
    ap = pick(("pm", " p.m.", "PM")) if pm else pick(("am", " a.m.", "AM"))
    if m == 0:
        return pick((f"{h12}{ap}", f"{h12}:00{ap}", f"{(h12 + 12 * pm):02d}:00")), minute
    return pick((f"{h12}:{m:02d}{ap}", f"{(h12 + 12 * pm):02d}:{m:02d}")), minute


def day_and_clock(pick: Pick, number: Number) -> Case:
    """`Friday at 5pm`, `5pm on Friday`, `next Tuesday, 9:30am`, `17:00 tomorrow`."""
    ref = a_day(number)
    which = pick(("tomorrow", "weekday", "next weekday", "today"))
    if which == "tomorrow":
        day, said = ref + timedelta(days=1), "tomorrow"
    elif which == "today":
        day, said = ref, "today"
    else:
        # (not the reference's own weekday: said without a time of writing, "Friday at
        # 5pm" on a Friday is today or a week on)
        wd = (ref.weekday() + number(1, 6)) % 7
        day = weekday_after(ref, wd)
        said = WEEKDAYS[wd] if which == "weekday" else f"this coming {WEEKDAYS[wd]}"
    clock, minute = _clock(pick, number)
    on = "" if said in ("tomorrow", "today") else pick(("on ", ""))
    text = pick((f"{said} at {clock}", f"{said} {clock}", f"{said}, {clock}",
                 f"{clock} {on}{said}", f"at {clock} {on}{said}", f"{said} @ {clock}"))
    return Case("day and clock", text, ref.isoformat(), at(day, minute), context="future")


def minutes_to(pick: Pick, number: Number) -> Case:
    """`ten to six pm`, `twenty-five past four in the afternoon`, `a quarter to noon`,
    `20 minutes to 9am`: minutes before or after an hour."""
    ref = a_day(number)
    m = pick(tuple(_MINUTES))
    to = pick((True, False))
    if pick((True, False)) and m == 15:
        h24 = 12
        hour = pick(("noon", "midday"))
    else:
        h12 = number(1, 11)
        pm = pick((True, False))
        h24 = h12 + 12 * pm
        hour = pick((_HOURS[h12 - 1], str(h12)))
        glue = "" if hour.isdigit() and pick((True, False)) else " "  # "4pm", "four pm"
        hour += pick((f"{glue}pm", " in the afternoon" if h12 < 6 else " in the evening")) \
            if pm else pick((f"{glue}am", " in the morning"))
    said = _MINUTES[m]
    if said == "quarter":
        said = pick(("quarter", "a quarter"))
    else:
        said = pick((said, f"{m} minutes"))
    text = f"{pick(('', 'at '))}{said} {'to' if to else 'past'} {hour}"
    return Case("minutes to or past", text, ref.isoformat(),
                at(ref, h24 * 60 + (-m if to else m)))


def counted_ahead(pick: Pick, number: Number) -> Case:
    """`in 3 weeks`, `two days from now`, `5 days hence`, `a month from today`."""
    ref = a_day(number)
    unit = pick(("day", "week", "month", "year"))
    n = number(1, 12)
    said = pick((str(n), words(n))) if n > 1 else pick(("a", "one", "1"))
    noun = unit if n == 1 else unit + "s"
    text = pick((f"in {said} {noun}", f"{said} {noun} from now", f"{said} {noun} hence",
                 f"{said} {noun} from today"))
    if unit == "day":
        day = ref + timedelta(days=n)
    elif unit == "week":
        day = ref + timedelta(days=7 * n)
    else:
        day = add_months(ref, n * (12 if unit == "year" else 1))
    return Case("counted ahead", text, ref.isoformat(), day_span(day), context="future")


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    first = date(y, m, 1)
    if n > 0:
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(first, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def nth_of_named_month(pick: Pick, number: Number) -> Case:
    """`the second Tuesday of next month`, `the last Friday of this month`, `the first day
    of next month`, `the last day of the month`, `the last few days of next month`."""
    ref = a_day(number)
    shift = pick((0, 1))
    month = add_months(date(ref.year, ref.month, 1), shift)
    named = pick(("this month", "the month")) if shift == 0 else "next month"
    shape = pick(("day", "weekday", "few days"))
    if shape == "few days":  # its first or last three days surely
        first = pick((True, False))
        end = add_months(month, 1)
        span = dt_span(month, month + timedelta(days=3)) if first else \
            dt_span(end - timedelta(days=3), end)
        text = (f"the {'first' if first else pick(('last', 'final'))} "
                f"{pick(('', 'few ', 'couple of '))}days of {named}")
        return Case("nth of a month", text, ref.isoformat(), span, context="future")
    if shape == "day":
        first = pick((True, False))
        day = month if first else add_months(month, 1) - timedelta(days=1)
        text = f"the {'first' if first else 'last'} day of {named}"
        return Case("nth of a month", text, ref.isoformat(), day_span(day), context="future")
    wd = number(0, 6)
    n = pick((1, 2, 3, -1))
    nth = "last" if n < 0 else pick((ordinal_words(n), ordinal_digits(n)))
    of = pick(("of", "in"))
    return Case("nth of a month", f"the {nth} {WEEKDAYS[wd]} {of} {named}", ref.isoformat(),
                day_span(_nth_weekday(month.year, month.month, wd, n)), context="future")


def day_from_day(pick: Pick, number: Number) -> Case:
    """`the day after Christmas 2024`, `two days before New Year's Eve 2023`, `the day
    before tomorrow`, `three days after June 3, 2024`."""
    ref = a_day(number)
    n = number(1, 3)
    after = pick((True, False))
    amount = "the day" if n == 1 and pick((True, False)) else \
        f"{pick((str(n), words(n)))} day{'s' if n > 1 else ''}"
    anchor_kind = pick(("holiday", "date"))
    if anchor_kind == "holiday":
        y = number(1995, 2030)
        name, anchor = pick((("Christmas", date(y, 12, 25)), ("New Year's Eve", date(y, 12, 31)),
                             ("Halloween", date(y, 10, 31)), ("Independence Day", date(y, 7, 4))))
        said = f"{name} {y}"
    else:
        anchor = a_day(number)
        said = f"{MONTHS[anchor.month - 1]} {anchor.day}, {anchor.year}"
    day = anchor + timedelta(days=n if after else -n)
    return Case("day from a day", f"{amount} {'after' if after else 'before'} {said}",
                ref.isoformat(), day_span(day))


def year_first_numeric(pick: Pick, number: Number) -> Case:
    """`2024/06/12`, `2024.6.12`, `2024-06-12`, `2024 06 12`: year, month, day."""
    d = a_day(number)
    sep = pick(("/", ".", "-"))
    mm, dd = pick(((f"{d.month:02d}", f"{d.day:02d}"), (str(d.month), str(d.day))))
    return Case("year-first numeric date", f"{d.year}{sep}{mm}{sep}{dd}",
                (d + timedelta(days=number(0, 60))).isoformat(), day_span(d))


def year_alone(pick: Pick, number: Number) -> Case:
    """`in 2019`, `of 2019`, `during 2019`, `throughout 2019`: the whole year."""
    ref = a_day(number)
    y = number(1950, ref.year)
    text = f"{pick(('in', 'of', 'during', 'throughout'))} {y}"
    return Case("year alone", text, ref.isoformat(), dt_span(date(y, 1, 1), date(y + 1, 1, 1)))


def past_next_or_last(pick: Pick, number: Number) -> Case:
    """`the day after next`, `the week before last`, `the month after next`, `the year
    before last`: one step past "next" or before "last"."""
    ref = a_day(number)
    unit = pick(("day", "week", "month", "year"))
    after = pick((True, False))
    steps = 2 if after else -2
    text = f"{pick(('the ', ''))}{unit} {'after next' if after else 'before last'}"
    if unit == "day":
        span = day_span(ref + timedelta(days=steps))
    elif unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=steps)
        span = dt_span(monday, monday + timedelta(days=7))
    elif unit == "month":
        first = add_months(date(ref.year, ref.month, 1), steps)
        span = dt_span(first, add_months(first, 1))
    else:
        span = dt_span(date(ref.year + steps, 1, 1), date(ref.year + steps + 1, 1, 1))
    return Case("past next or last", text, ref.isoformat(), span)


def day_said_around(pick: Pick, number: Number) -> Case:
    """`all day tomorrow`, `Friday all day`, `Friday at the latest`, `at the latest by
    tomorrow`: a day with words around it."""
    ref = a_day(number)
    if pick((True, False)):
        day, said = ref + timedelta(days=1), "tomorrow"
    else:
        wd = (ref.weekday() + number(1, 6)) % 7
        day, said = weekday_after(ref, wd), WEEKDAYS[wd]
    shape = pick(("all day", "latest"))
    text = (pick((f"all day {said}", f"{said} all day", f"the whole day {said}"))
            if shape == "all day" else pick((f"{said} at the latest", f"{said}, at the latest",
                                             f"at the latest by {said}")))
    return Case("day said around", text, ref.isoformat(), day_span(day), context="future")


def era_or_roman_day(pick: Pick, number: Number) -> Case:
    """`in 14 A.D.`, `AD 79`, `2014 CE`; `the ides of March 2020` (the 15th of March, May,
    July, October, else the 13th), `the nones of July 1990`, `the kalends of May 2001`."""
    ref = a_day(number)
    if pick((True, False)):
        y = number(1, 2100)
        text = pick((f"in {y} A.D.", f"{y} AD", f"AD {y}", f"{y} CE", f"the year {y} AD"))
        return Case("era or Roman day", text, ref.isoformat(),
                    dt_span(date(y, 1, 1), date(y + 1, 1, 1)))
    y, m = number(1990, 2030), number(1, 12)
    late = m in (3, 5, 7, 10)
    name, day = pick((("ides", 15 if late else 13), ("nones", 7 if late else 5),
                      ("kalends", 1)))
    return Case("era or Roman day", f"the {name} of {MONTHS[m - 1]} {y}", ref.isoformat(),
                day_span(date(y, m, day)))


def nearest_yearly(pick: Pick, number: Number) -> Case:
    """`the closest Christmas to today`, `the second nearest Halloween`, `the 3rd closest
    Independence Day to June 1, 2020`: occurrences ranked by distance, ties to the
    earlier."""
    ref = a_day(number)
    name, (m, d) = pick((("Christmas", (12, 25)), ("Halloween", (10, 31)),
                         ("Independence Day", (7, 4)), ("New Year's Eve", (12, 31))))
    if pick((True, False)):
        anchor, to = ref, pick(("", " to today"))
    else:
        anchor = a_day(number)
        to = f" to {MONTHS[anchor.month - 1]} {anchor.day}, {anchor.year}"
    n = number(1, 3)
    said = pick({1: ("", "first ", "1st "), 2: ("second ", "2nd "), 3: ("third ", "3rd ")}[n])
    days = sorted((date(y, m, d) for y in range(anchor.year - 3, anchor.year + 4)),
                  key=lambda x: (abs((x - anchor).days), x))
    text = f"the {said}{pick(('closest', 'nearest'))} {name}{to}"
    return Case("nearest yearly date", text, ref.isoformat(), day_span(days[n - 1]))


def part_of_a_stepped_day(pick: Pick, number: Number) -> Case:
    """`the night before last`, `evening before last`, `Saturday night last week`,
    `Friday morning of next week`, `Tuesday afternoon this week`."""
    ref = a_day(number)
    part = pick(tuple(PARTS))
    a, b = PARTS[part]
    if pick((True, False)):
        text = f"{pick(('the ', ''))}{part} before last"
        return Case("part of a stepped day", text, ref.isoformat(),
                    at(ref - timedelta(days=2), a * 60, (b - a) * 60))
    wd, step = number(0, 6), pick((-1, 0, 1))
    day = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step, days=wd)
    shift = {-1: "last", 0: "this", 1: "next"}[step]
    text = f"{WEEKDAYS[wd]} {part} {pick(('', 'of ', 'in '))}{shift} week"
    return Case("part of a stepped day", text, ref.isoformat(), at(day, a * 60, (b - a) * 60))


# What a meal surely holds (hours, end-exclusive).
_MEALS = {"breakfast": (7, 8), "brunch": (11, 12), "lunch": (12, 13), "dinner": (19, 20),
          "supper": (19, 20)}


def meal_or_bare_hour(pick: Pick, number: Number) -> Case:
    """`dinner on Friday`, `at breakfast tomorrow`, `at 8`, `at eight sharp`, `ten after 8`,
    `at about 9`: a meal's hours, or an hour said without a.m. or p.m. (either)."""
    ref = a_day(number)
    if pick((True, False)):
        meal = pick(tuple(_MEALS))
        a, b = _MEALS[meal]
        if pick((True, False)):
            day, said = ref + timedelta(days=1), "tomorrow"
        else:
            wd = (ref.weekday() + number(1, 6)) % 7
            day, said = weekday_after(ref, wd), f"on {WEEKDAYS[wd]}"
        text = pick((f"{meal} {said}", f"at {meal} {said}", f"{said.removeprefix('on ')} "
                     f"at {meal}"))
        return Case("meal or bare hour", text, ref.isoformat(), at(day, a * 60, (b - a) * 60),
                    context="future")
    h = number(1, 12)
    hour = pick((str(h), _HOURS[h - 1]))
    m = pick((0, 5, 10, 20))
    if m:
        text = f"{pick((_MINUTES[m], str(m)))} {pick(('after', 'past'))} {h}"
        text = text if not text[0].isdigit() else f"{_MINUTES[m]} past {h}"
    else:
        text = pick((f"at {hour}", f"at {hour} sharp", f"at about {hour}"))
    return Case("meal or bare hour", text, ref.isoformat(), at(ref, (h % 12) * 60 + m))


def _weekdays_on(day: date, n: int) -> date:
    """`n` weekdays (Monday to Friday) after `day`, or before it when n < 0."""
    step = timedelta(days=1 if n > 0 else -1)
    for _ in range(abs(n)):
        day += step
        while day.isoweekday() > 5:
            day += step
    return day


def business_day(pick: Pick, number: Number) -> Case:
    """`in 3 business days`, `5 working days from now`, `two business days ago`, `the next
    business day`, `the first business day of next month`, `the last working day of this
    month`: weekdays counted (the core skips weekends; holidays only widen the support)."""
    ref = a_day(number)
    unit = pick(("business", "working", "trading"))
    shape = pick(("ahead", "ago", "next", "edge"))
    if shape == "edge":
        shift = pick((0, 1))
        first_day = add_months(date(ref.year, ref.month, 1), shift)
        named = pick(("this month", "the month")) if shift == 0 else "next month"
        first = pick((True, False))
        if first:
            day = _weekdays_on(first_day - timedelta(days=1), 1)
        else:
            day = _weekdays_on(add_months(first_day, 1), -1)
        text = f"the {'first' if first else 'last'} {unit} day of {named}"
        return Case("business day", text, ref.isoformat(), day_span(day))
    if shape == "next":
        ahead = pick((True, False))
        word = pick(("next", "following")) if ahead else pick(("previous", "preceding"))
        return Case("business day", f"{pick(('the ', ''))}{word} {unit} day", ref.isoformat(),
                    day_span(_weekdays_on(ref, 1 if ahead else -1)))
    n = number(1, 30)
    said = pick((str(n), words(n)))
    noun = f"{unit} day{'s' if n > 1 else ''}"
    if shape == "ago":
        return Case("business day", f"{said} {noun} ago", ref.isoformat(),
                    day_span(_weekdays_on(ref, -n)))
    text = pick((f"in {said} {noun}", f"{said} {noun} from now", f"{said} {noun} hence"))
    return Case("business day", text, ref.isoformat(), day_span(_weekdays_on(ref, n)))


def weekday_from_the_end(pick: Pick, number: Number) -> Case:
    """`the second to last Friday of June 2024`, `the penultimate Monday in May 2020`, `the
    last but one Sunday of March 2021`; `week 23 of 2024`, `2024-W23`, `calendar week 7`."""
    ref = a_day(number)
    y, m = number(1995, 2030), number(1, 12)
    if pick((True, False)):
        week = number(1, 52)
        monday = date.fromisocalendar(y, week, 1)
        text = pick((f"week {week} of {y}", f"week {week}, {y}", f"{y}-W{week:02d}",
                     f"{y} week {week}"))
        return Case("weekday from the end", text, ref.isoformat(),
                    dt_span(monday, monday + timedelta(days=7)))
    wd = number(0, 6)
    first, end = date(y, m, 1), add_months(date(y, m, 1), 1)
    days = [first + timedelta(days=i) for i in range((end - first).days)
            if (first + timedelta(days=i)).weekday() == wd]
    word = pick(("second to last", "second last", "penultimate", "next to last",
                 "last but one"))
    text = f"the {word} {WEEKDAYS[wd]} {pick(('of', 'in'))} {MONTHS[m - 1]} {y}"
    return Case("weekday from the end", text, ref.isoformat(), day_span(days[-2]))


def shift_after_the_day(pick: Pick, number: Number) -> Case:
    """`Monday next`, `Friday last`, `Tuesday coming`, `up until Friday` (the British order,
    and "up" before a bound)."""
    ref = a_day(number)
    wd = pick([w for w in range(7) if w != ref.weekday()])
    shift = pick(("next", "last", "coming", "up until", "up till"))
    if shift == "last":
        day = ref - timedelta(days=(ref.weekday() - wd) % 7)
        return Case("shift after the day", f"{WEEKDAYS[wd]} last", ref.isoformat(),
                    day_span(day))
    day = weekday_after(ref, wd)
    if shift.startswith("up"):
        return Case("shift after the day", f"{shift} {WEEKDAYS[wd]}", ref.isoformat(),
                    day_span(day), context="future")
    return Case("shift after the day", f"{WEEKDAYS[wd]} {shift}", ref.isoformat(), day_span(day))


FAMILIES = {"day and clock": day_and_clock, "minutes to or past": minutes_to,
            "counted ahead": counted_ahead, "nth of a month": nth_of_named_month,
            "day from a day": day_from_day, "year-first numeric date": year_first_numeric,
            "year alone": year_alone, "past next or last": past_next_or_last,
            "day said around": day_said_around, "era or Roman day": era_or_roman_day,
            "nearest yearly date": nearest_yearly,
            "part of a stepped day": part_of_a_stepped_day,
            "meal or bare hour": meal_or_bare_hour, "business day": business_day,
            "weekday from the end": weekday_from_the_end,
            "shift after the day": shift_after_the_day}
