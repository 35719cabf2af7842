"""Time phrases as chat, email and assistants write them, with their values.

Families in the manner of `timegen.py` (a function of `pick` and `number`, the expected
span computed here with `datetime` arithmetic, never by claimdiff): bare three- and
four-digit times after a part of the day (`tonight 1015`), hour ranges (`3-4pm`,
`between 9 and 11 in the morning`), `in N units at T`, `the day after tomorrow at T`,
`this coming Tuesday`, `Monday week`, `a week tomorrow`, `this time tomorrow`, `later
today`, `first thing Monday`, the first of the month, `the weekend of the 15th`, chat
spellings (`tmrw`, `2moro`), `by Friday EOD`, and zones by their names (`Eastern
Standard Time`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.normalization.timegen import (
    MONTHS,
    WEEKDAYS,
    Case,
    Number,
    Pick,
    a_day,
    add_months,
    at,
    day_span,
    ordinal_digits,
    weekday_after,
    words,
)

# Zones by name, as written after a clock time (the time is read as written).
ZONE_NAMES = ("Eastern Standard Time", "Eastern Daylight Time", "Eastern Time",
              "Central Standard Time", "Pacific Daylight Time", "Pacific Standard Time",
              "Mountain Standard Time", "Greenwich Mean Time", "British Summer Time",
              "Central European Time", "Central European Summer Time",
              "Coordinated Universal Time", "India Standard Time", "Japan Standard Time")


def _ampm(h: int) -> str:
    return f"{h % 12 or 12}{'am' if h < 12 else 'pm'}"


def chat_clock(pick: Pick, number: Number) -> Case:
    """`tonight 1015`, `tonight at 1015`, `this morning 930`, `tomorrow morning at 0945`,
    `3-4pm`, `between 9 and 11 in the morning`, `3pm Eastern Standard Time`."""
    ref = a_day(number)
    shape = pick(("part digits", "range", "between part", "zone name"))
    if shape == "part digits":
        part, lo, hi, shift = pick((("tonight", 8, 11, 12), ("this evening", 6, 9, 12),
                                    ("this morning", 7, 11, 0), ("tomorrow morning", 7, 11, 0)))
        h, m = number(lo, hi), pick((0, 5, 15, 30, 45))
        # A leading zero says a 24-hour morning time: only a morning's.
        padded = f"{h:02d}{m:02d}" if not shift else f"{h}{m:02d}"
        said = pick((f"{h}{m:02d}", padded)) if m else pick((f"{h}00", f"{h}"))
        day = ref + timedelta(days="tomorrow" in part)
        text = pick((f"{part} {said}", f"{part} at {said}", f"at {said} {part}"))
        return Case("chat clock", text, ref.isoformat(), at(day, (h + shift) * 60 + m))
    if shape == "range":
        h = number(1, 9)
        h2 = h + number(1, 2)
        ap = pick(("am", "pm"))
        text = pick((f"{h}-{h2}{ap}", f"{h}-{h2} {ap}", f"{h} to {h2}{ap}",
                     f"from {h} to {h2}{ap}", f"between {h} and {h2}{ap}"))
        shift = 12 if ap == "pm" else 0
        return Case("chat clock", text, ref.isoformat(), at(ref, (h + shift) * 60,
                                                             (h2 - h) * 60))
    if shape == "between part":
        part, lo, hi, shift = pick((("in the morning", 6, 10, 0),
                                    ("in the afternoon", 1, 4, 12),
                                    ("in the evening", 6, 9, 12)))
        h = number(lo, hi)
        h2 = h + 1
        text = pick((f"between {h} and {h2} {part}", f"from {h} to {h2} {part}",
                     f"{h}-{h2} {part}"))
        return Case("chat clock", text, ref.isoformat(), at(ref, (h + shift) * 60, 60))
    h = number(8, 20)
    zone = pick(ZONE_NAMES)
    text = pick((f"{_ampm(h)} {zone}", f"at {_ampm(h)} {zone}", f"{h:02d}:00 {zone}"))
    return Case("chat clock", text, ref.isoformat(), at(ref, h * 60))


def chat_day(pick: Pick, number: Number) -> Case:
    """`in 2 weeks at noon`, `the day after tomorrow at 3pm`, `this coming Tuesday`,
    `Monday week`, `a week tomorrow`, `a week on Friday`, `later today`, `first thing
    Monday`, `the first of the month`, `the 1st of next month`, `the weekend of the
    15th`, `at 7pm in 3 years`."""
    ref = a_day(number)
    shape = pick(("in units at", "day after tomorrow", "coming", "weekday week",
                  "week from day", "later today", "first thing", "first of month",
                  "weekend of"))
    if shape == "in units at":
        unit = pick(("days", "weeks", "months", "years"))
        n = number(2, 4)
        h = number(8, 18)
        clock = pick((_ampm(h), "noon")) if h == 12 else _ampm(h)
        lead = pick((f"in {n} {unit}", f"in {words(n)} {unit}"))
        text = pick((f"{lead} at {clock}", f"at {clock} {lead}"))
        day = (ref + timedelta(days=n * (7 if unit == "weeks" else 1)) if unit in ("days", "weeks")
               else add_months(ref, n * (12 if unit == "years" else 1)))
        return Case("chat day", text, ref.isoformat(), at(day, h * 60), context="future")
    if shape == "day after tomorrow":
        h = number(8, 20)
        after = pick((True, False))
        word = "the day after tomorrow" if after else "the day before yesterday"
        day = ref + timedelta(days=2 if after else -2)
        text = pick((f"{word} at {_ampm(h)}", f"at {_ampm(h)} {word}", f"{_ampm(h)} {word}"))
        return Case("chat day", text, ref.isoformat(), at(day, h * 60))
    if shape == "coming":
        wd = pick([w for w in range(7) if w != ref.weekday()])
        text = pick((f"this coming {WEEKDAYS[wd]}", f"this upcoming {WEEKDAYS[wd]}"))
        return Case("chat day", text, ref.isoformat(), day_span(weekday_after(ref, wd)))
    if shape == "weekday week":
        # British "Monday week", "Friday fortnight": a week (two) after the coming one.
        wd = pick([w for w in range(7) if w != ref.weekday()])
        span, days = pick((("week", 7), ("fortnight", 14)))
        day = weekday_after(ref, wd) + timedelta(days=days)
        text = pick((f"{WEEKDAYS[wd]} {span}", f"a {span} on {WEEKDAYS[wd]}"))
        return Case("chat day", text, ref.isoformat(), day_span(day))
    if shape == "week from day":
        word, shift = pick((("today", 0), ("tomorrow", 1)))
        span, days = pick((("week", 7), ("fortnight", 14)))
        text = pick((f"a {span} {word}", f"{word} {span}", f"a {span} from {word}"))
        return Case("chat day", text, ref.isoformat(), day_span(ref + timedelta(days=days + shift)))
    if shape == "later today":
        word = pick(("later today", "earlier today", "later tonight", "later this evening"))
        if "today" in word:
            return Case("chat day", word, ref.isoformat(), day_span(ref))
        return Case("chat day", word, ref.isoformat(), at(ref, 21 * 60, 60))
    if shape == "first thing":
        which = pick(("tomorrow", "Monday", "Friday", "next week"))
        if which == "next week":  # its Monday, whatever else "early" holds
            monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
            return Case("chat day", "first thing next week", ref.isoformat(), day_span(monday))
        if which == "tomorrow":
            day = ref + timedelta(days=1)
        else:
            day = weekday_after(ref, WEEKDAYS.index(which))
        text = pick((f"first thing {which}", f"first thing {which} morning"))
        return Case("chat day", text, ref.isoformat(), at(day, 8 * 60, 60), context="future")
    if shape == "weekend of":
        d = date(ref.year, ref.month, number(1, 22))  # read a few days after it
        text = pick((f"the weekend of the {ordinal_digits(d.day)}",
                     f"the weekend of {MONTHS[d.month - 1]} {d.day}"))
        wd = d.weekday()
        # The Saturday and Sunday next to the day: a Monday's are before it.
        saturday = d + timedelta(days=5 - wd - (7 if wd == 0 else 0))
        if 1 <= wd <= 3:  # mid-week: its own week's weekend is the one expected
            saturday = d + timedelta(days=5 - wd)
        return Case("chat day", text, (d + timedelta(days=number(0, 5))).isoformat(),
                    (datetime(saturday.year, saturday.month, saturday.day),
                     datetime(saturday.year, saturday.month, saturday.day) + timedelta(days=2)))
    shift = pick((0, 1))
    first = add_months(date(ref.year, ref.month, 1), shift)
    said = pick(("first", "1st"))
    text = (pick((f"the {said} of the month", f"the {said} of this month")) if not shift
            else f"the {said} of next month")
    return Case("chat day", text, ref.isoformat(), day_span(first))


def chat_this_time(pick: Pick, number: Number) -> Case:
    """`this time tomorrow`, `this time next week`, `this time yesterday`, `this time last
    week`: the reference's time of day on the day named."""
    d = a_day(number)
    now = datetime(d.year, d.month, d.day) + timedelta(minutes=number(8 * 60, 20 * 60))
    word, days = pick((("tomorrow", 1), ("next week", 7), ("yesterday", -1),
                       ("last week", -7)))
    text = pick((f"this time {word}", f"at this time {word}", f"by this time {word}"))
    moment = now + timedelta(days=days)
    span = (moment - timedelta(minutes=30), moment) if text.startswith("by") else \
        (moment, moment)
    return Case("chat this time", text, now.isoformat(), span)


def chat_shorthand(pick: Pick, number: Number) -> Case:
    """`tmrw at 3pm`, `2moro`, `this wknd`, `the morning of the 15th`, `sometime tomorrow
    afternoon`, `by Friday EOD`, `end of day tomorrow`."""
    ref = a_day(number)
    shape = pick(("spelling", "part of", "sometime", "eod"))
    if shape == "spelling":
        word = pick(("tmrw", "tmr", "2moro", "tomorrow"))
        h = number(8, 20)
        text = pick((word, f"{word} at {_ampm(h)}", f"{_ampm(h)} {word}"))
        day = ref + timedelta(days=1)
        return Case("chat shorthand", text, ref.isoformat(),
                    day_span(day) if text == word else at(day, h * 60))
    if shape == "part of":
        d = date(ref.year, ref.month, number(1, 22))
        part, lo, hi = pick((("morning", 8, 11), ("afternoon", 13, 17), ("evening", 19, 21),
                             ("night", 22, 26)))
        said = pick((f"the {ordinal_digits(d.day)}", f"{MONTHS[d.month - 1]} {d.day}"))
        text = pick((f"the {part} of {said}", f"on the {part} of {said}"))
        return Case("chat shorthand", text, (d + timedelta(days=number(0, 5))).isoformat(),
                    at(d, lo * 60, (hi - lo) * 60))
    if shape == "sometime":
        part, lo, hi = pick((("morning", 8, 11), ("afternoon", 13, 17), ("evening", 19, 21)))
        day_word, shift = pick((("tomorrow", 1), ("today", 0)))
        return Case("chat shorthand", f"sometime {day_word} {part}", ref.isoformat(),
                    at(ref + timedelta(days=shift), lo * 60, (hi - lo) * 60))
    wd = pick([w for w in range(7) if w != ref.weekday()])
    day_word, day = pick(((WEEKDAYS[wd], weekday_after(ref, wd)),
                          ("tomorrow", ref + timedelta(days=1))))
    eod = pick(("EOD", "COB", "end of day", "close of business"))
    text = pick((f"by {day_word} {eod}", f"{eod} {day_word}", f"by {eod} {day_word}"))
    return Case("chat shorthand", text, ref.isoformat(), at(day, 17 * 60, 60),
                context="future")


FAMILIES = {"chat clock": chat_clock, "chat day": chat_day, "chat this time": chat_this_time,
            "chat shorthand": chat_shorthand}
