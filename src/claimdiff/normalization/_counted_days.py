"""Periods counted from the reference's day, written out as dates the grammar reads: "a year
ago today" (that day exactly), "the next two Fridays", "Friday before last".

`_period_names` matches the phrases; these functions do the counting.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from claimdiff.normalization._context import Context
from claimdiff.normalization._temporal_en import MONTH_NAMES, MONTHS, WEEKDAYS

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_WHOLE_AMT = re.compile(r"(?:exactly\s+)?(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|\d{1,3})\s+"
                        r"(?P<u>day|week|fortnight|month|year|decade)s?", re.IGNORECASE)
_WHOLE_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}


def anniversary(amount: str, day: str, ctx: Context) -> tuple[str, str] | None:
    """"a year ago today", "ten years ago this week": whole units back from a day, week or
    month of the reference are that day, week or month exactly (an anniversary), not a
    round "a year ago"."""
    m = _WHOLE_AMT.fullmatch(amount.strip())
    if m is None or ctx.reference is None or day not in _ANCHOR_SHIFT \
            and not day.startswith("this"):
        return None
    n = int(m["n"]) if m["n"].isdigit() else _WHOLE_N[m["n"].lower()]
    unit = m["u"].lower()
    anchor = date.fromordinal(ctx.reference + _ANCHOR_SHIFT.get(day, 0))
    if unit in ("day", "week", "fortnight"):
        back = date.fromordinal(anchor.toordinal() - n * {"day": 1, "week": 7}.get(unit, 14))
    else:
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 - months, 12)
        if not 1 <= y <= 9999:
            return None
        back = date(y, mo + 1, min(anchor.day, monthrange(y, mo + 1)[1]))  # 31 March: 28 Feb
    if day == "this week":
        monday = back.toordinal() - back.weekday()
        return (f"{date.fromordinal(monday).isoformat()} to "
                f"{date.fromordinal(monday + 6).isoformat()}",
                f"{amount} back from this week: that week")
    if day == "this month":
        return f"{back.year}-{back.month:02d}", f"{amount} back from this month: that month"
    return back.isoformat(), f"{amount} back from {day}: that day exactly"


_ANCHOR_SHIFT = {"today": 0, "yesterday": -1, "tomorrow": 1}


def n_weekdays(m: re.Match[str], ref: date) -> tuple[str, str]:
    """"the next two Fridays", "the last three weekends" (`m` has the groups `s`, `n`, `wd`,
    `we`): the dates from the first to the last of them, with the step that says so."""
    n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
    wd = 5 if m["we"] else WEEKDAYS[m["wd"].lower()]
    ahead = m["s"].lower() in ("next", "coming", "upcoming")
    if ahead:
        first = ref.toordinal() + ((wd - ref.weekday()) % 7 or 7)
        last = first + 7 * (n - 1)
    else:
        last = ref.toordinal() - ((ref.weekday() - wd) % 7 or 7)
        first = last - 7 * (n - 1)
        if m["we"] and last + 1 >= ref.toordinal():  # the weekend not over yet
            first, last = first - 7, last - 7
    if m["we"]:
        last += 1  # to the Sunday
    a, b = date.fromordinal(first), date.fromordinal(last)
    return (f"from {MONTH_NAMES[a.month - 1]} {a.day}, {a.year} to "
            f"{MONTH_NAMES[b.month - 1]} {b.day}, {b.year}", f"the {m['s']} {n} of them")


def before_last(m: re.Match[str], ref: date) -> tuple[str, str]:
    """"Friday before last", "March before last" (`m` has the group `wd` or `mon`): the day
    or month one before the last one, with the step that says so."""
    if m["wd"]:  # a week before "last Friday", the latest one before the reference
        back = (ref.weekday() - WEEKDAYS[m["wd"].lower()]) % 7 or 7
        day = date.fromordinal(ref.toordinal() - back - 7)
        return (f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}",
                f"the {m['wd']} a week before the last one")
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year = (ref.year if month < ref.month else ref.year - 1) - 1
    return f"{MONTH_NAMES[month - 1]} {year}", "the one before last"


__all__ = ["anniversary", "before_last", "n_weekdays"]
