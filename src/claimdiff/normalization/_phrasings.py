"""More ways news and schedules write dates, read through the whole reader.

Rewrites (`phrasing_rewrites`, read again by the grammar and named in the steps):
"this past weekend" is "last weekend"; "2018Q4", "18q4" are "Q4 2018"; "last week's
Sunday", "Sunday from last week", "next week Wednesday" are "Sunday of last week";
"Monday to Friday", "Monday-Friday" are "from Monday to Friday" (the end on or after the
start); "end of day", "EOD", "close of business" are "late today"; "two weeks from Friday"
is "two weeks after Friday"; "later than 3:30pm but before 6pm" is "between 3:30pm and
6pm".

Readers (`read_phrasing`, given the whole reader): "the last day of October 2015"
(the last day of a month or year read whole); "the week of October 6" (the ISO week,
Monday to Sunday, holding that day); "the week after next" (the week two weeks on);
"2013-W05", "week 5 of 2013", "calendar week 5" (ISO 8601 weeks: week 1 holds the
year's first Thursday; "week 5" alone is a season's week as often, and is not read).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.normalization._assistant import weekdays_from
from claimdiff.normalization._calendar import add_duration, iso_week_label, week_span
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._day_in import read_day_in
from claimdiff.normalization._durations import amount_in_units
from claimdiff.normalization._eras import era_rewrites, read_era_year
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._nearest import read_nearest
from claimdiff.normalization._nth_weekday import read_nth_weekday
from claimdiff.normalization._temporal_en import WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["phrasing_rewrites", "read_bounds", "read_phrasing"]

_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_THIS_PAST = re.compile(r"(?:the\s+)?this\s+past\s+(?P<rest>\S.*)", re.IGNORECASE)
_YEAR_QUARTER = re.compile(r"(?P<y>\d{4}|\d{2})\s*[qQ](?P<q>[1-4])")
_WEEK_DAY = (
    re.compile(rf"(?P<shift>last|next|this)\s+week['’]s\s+(?P<wd>{_WD})", re.IGNORECASE),
    re.compile(rf"(?:the\s+)?(?P<wd>{_WD})\s+(?:from|of|in)\s+(?P<shift>last|next|this)\s+week",
               re.IGNORECASE),
    re.compile(rf"(?P<shift>last|next|this)\s+week,?\s+(?:on\s+)?(?P<wd>{_WD})", re.IGNORECASE),
)
_WEEKDAYS_SPAN = re.compile(rf"(?P<a>{_WD})\.?\s*(?:-|–|\s(?:to|through|thru|until|till)\s)\s*"
                            rf"(?P<b>{_WD})\.?", re.IGNORECASE)
_UNIT_END = re.compile(r"(?:at\s+|by\s+)?(?:the\s+)?(?P<unit>month|year|quarter|week)[\s-]end",
                       re.IGNORECASE)
_MIDWEEK = re.compile(r"(?:in\s+)?mid[\s-]?week", re.IGNORECASE)
_LOCAL_TIME = re.compile(r"(?P<rest>\S.*?),?\s+(?:local\s+time|\(local\s+time\))", re.IGNORECASE)
# "from 2025 onwards", "starting in 2025", "beginning in January", "effective July 1", "on or
# after June 1": from the start of the date on; "on or before June 30": up to its end.
# Also "3pm onwards", "2015 or later", "2015 and beyond", "Monday at the earliest",
# "onwards from 2015"; and up to the end: "Friday at the latest", "2010 or earlier".
_OPEN_START = re.compile(r"(?:from\s+(?P<a>\S.*?)\s+(?:on|onwards?)|(?:starting|beginning"
                         r"|effective)(?:\s+(?:in|on|from|at|with))?\s+(?P<b>\S.*)"
                         r"|on\s+or\s+after\s+(?P<c>\S.*)|(?P<d>\S.*?)\s+(?:onwards?|or\s+later"
                         r"|and\s+beyond|at\s+the\s+earliest)|(?:onwards?\s+from|at\s+the\s+"
                         r"earliest(?:\s+on)?)\s+(?P<e>\S.*))", re.IGNORECASE)
_OPEN_END = re.compile(r"(?:on\s+or\s+before|not\s+later\s+than)\s+(?P<x>\S.*)"
                       r"|(?P<y>\S.*?)\s+(?:at\s+the\s+latest|or\s+earlier)", re.IGNORECASE)
# "'til noon", "pre-1990", "post-2000", "beyond 2020": "until", "before", "after"; beyond a
# length of time ("beyond a fortnight", "beyond three weeks") is longer than it.
_SPAN = (r"(?=(?:an?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|"
         r"a\s+few)\s+(?:fortnight|second|minute|hour|day|week|month|year|decade)s?$)")
_OTHER_BOUNDS = ((re.compile(r"^['’]?til\s+", re.IGNORECASE), "until "),
                 (re.compile(r"^pre-(?=\d{4}s?$)", re.IGNORECASE), "before "),
                 (re.compile(r"^post-(?=\d{4}s?$)", re.IGNORECASE), "after "),
                 (re.compile(rf"^(?:well\s+)?beyond\s+{_SPAN}", re.IGNORECASE), "more than "),
                 (re.compile(rf"^beyond\s+(?!{_SPAN})", re.IGNORECASE), "after "))
# "the first three months of the year", "the last two weeks of June": part of a period.
_FIRST_OF = re.compile(r"(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?P<which>first|last|final)\s+"
                       r"(?P<span>\S.*?)\s+of\s+(?P<x>\S.*)", re.IGNORECASE)
_END_OF_DAY = re.compile(r"(?P<by>by\s+|until\s+)?(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?"
                         r"(?:business\s+|working\s+)?day|EOD|COB|close\s+of\s+business)",
                         re.IGNORECASE)
# Not "for three days from July 1" (a start and a length, `_span_for.py`).
_FROM_ANCHOR = re.compile(r"(?!for\s)(?P<span>\S.*?)\s+from\s+"
                          r"(?P<x>(?!now\b|today\b|right\s+now\b)\S.*)", re.IGNORECASE)
_BETWEEN_BOUNDS = re.compile(r"(?:later\s+than|after)\s+(?P<a>\S.*?),?\s+but\s+(?:before|earlier"
                             r"\s+than)\s+(?P<b>\S.*)", re.IGNORECASE)
_LAST_DAY = re.compile(r"(?:the\s+)?(?P<which>last|final|first)\s+day\s+(?:of|in)\s+"
                       r"(?P<rest>\S.*)", re.IGNORECASE)
_OF_BARE_UNIT = re.compile(r"\bof\s+(?P<u>week|month|year|quarter)$", re.IGNORECASE)
# (also "the week commencing 4 March", "w/c 4 March", "the week beginning Monday")
_WEEK_OF = re.compile(r"(?:the\s+)?(?:week\s+(?:of|(?:commencing|beginning|starting)(?:\s+on)?)|"
                      r"w/c)\s+(?P<rest>\S.*)", re.IGNORECASE)
# ISO 8601 week numbers: "2013-W05", "week 5 of 2013", "week 5, 2013", "2013 week 5",
# "calendar week 5" (of the reference's year); "week 5" alone is a season's week as often.
_ISO_WEEK = re.compile(r"(?P<y1>\d{4})-?W(?P<w1>\d\d)|(?:calendar\s+)?(?:week|wk)\s*(?P<w2>\d{1,2})"
                       r"(?:\s+of|,)?\s+(?P<y2>\d{4})|(?P<y3>\d{4}),?\s+(?:calendar\s+)?week\s+"
                       r"(?P<w3>\d{1,2})|calendar\s+week\s+(?P<w4>\d{1,2})", re.IGNORECASE)
_AFTER_NEXT = re.compile(r"(?:the\s+)?week\s+(?:after\s+next|before\s+(?P<last>last))",
                         re.IGNORECASE)


# "sometime in 2014", "anytime after 2014", "anytime until noon", "some time next week",
# "at some point next year": the date as written
# ("sometimes before 2014": the common slip for "sometime").
_SOMETIME = re.compile(r"(?:(?:some|any)\s*times?|(?:at\s+)?some\s+point)\s+(?P<rest>(?:in|on|"
                       r"during|before|after|between|around|by|until|till|up\s+to|next|last|"
                       r"this|early|late|mid|later|today|tonight|"
                       r"tomorrow|yesterday)\b.*)", re.IGNORECASE)
# "third-quarter 2007", "the first-half of 2019", "fourth-quarter": a quarter or half.
_ORDINAL_PART = re.compile(r"(?P<pre>(?:the\s+)?)(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)"
                           r"-(?P<part>quarter|half)(?P<rest>(?:\s+.*)?)", re.IGNORECASE)


def phrasing_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` the grammar may read, each with the step that explains it."""
    out: list[tuple[str, str]] = era_rewrites(phrase)
    if m := _THIS_PAST.fullmatch(phrase):
        out.append((f"last {m['rest']}", "'this past' is 'last'"))
    if m := _SOMETIME.fullmatch(phrase):
        out.append((m["rest"], "'sometime' adds nothing to the date"))
    if m := _ORDINAL_PART.fullmatch(phrase):
        out.append((f"{m['pre'] or ''}{m['n']} {m['part']}{m['rest']}",
                    "an ordinal part of the year, hyphenated"))
    if m := _YEAR_QUARTER.fullmatch(phrase):
        year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
        out.append((f"Q{m['q']} {year}", "year and quarter"))
    for form in _WEEK_DAY:
        if m := form.fullmatch(phrase):
            out.append((f"{m['wd']} of {m['shift']} week", "a weekday of a named week"))
    for pattern, word in _OTHER_BOUNDS:
        if (bound := pattern.sub(word, phrase)) != phrase:
            out.append((bound, "another word for the bound"))
    if m := _UNIT_END.fullmatch(phrase):
        out.append((f"the end of the {m['unit'].lower()}", "month-end is the end of the month"))
    if _MIDWEEK.fullmatch(phrase):
        out.append(("the middle of the week", "midweek"))
    if m := _LOCAL_TIME.fullmatch(phrase):
        out.append((m["rest"], "local time: the time as written"))
    if m := _WEEKDAYS_SPAN.fullmatch(phrase):
        out.append((f"from {m['a']} to {m['b']}", "a span of weekdays"))
    if m := _END_OF_DAY.fullmatch(phrase):
        out.append((f"{m['by'] or ''}late today", "the end of the (business) day"))
    if (m := _FROM_ANCHOR.fullmatch(phrase)) and not re.search(
            r"\s(?:to|until|till|through|thru|and)\s|[-–]", m["x"]):
        out.append((f"{m['span']} after {m['x']}", "'from' an anchor counts after it"))
    return out


def read_bounds(text: str, read: Callable[[str], Value | None]) -> Value | None:
    """"later than 3:30pm but before 6pm": the time between the two bounds, read before
    the relative reader takes "later than" for an anchor's word."""
    m = _BETWEEN_BOUNDS.fullmatch(text.strip())
    if m is None:
        return None
    value = read(f"between {m['a']} and {m['b']}")
    first, last = read(m["a"]), read(m["b"])
    if value is None or value.kind is not Kind.DATE or first is None or last is None:
        return None
    # Strictly after the first and before the second as core; "between" them as support.
    first_len = first.core.hi - first.core.lo + (0 if first.sub_day else 1)
    last_len = last.core.hi - last.core.lo + (0 if last.sub_day else 1)
    lo = value.core.lo + (0 if value.sub_day else first_len)  # a moment is not passed
    hi = value.core.hi - last_len
    if not lo < hi:
        return None
    core = Interval(lo, hi, hi_open=value.sub_day)
    return replace(value, text=text.strip(), core=core, support=value.support.hull(core),
                   steps=(f"two bounds: strictly between {m['a']!r} and {m['b']!r}, the "
                          "support from one to the other", *value.steps))


def read_phrasing(text: str, ctx: Context, read: Callable[[str], Value | None]) -> Value | None:
    """"the last day of October 2015", "the week of October 6", "the week after next",
    "from 2025 onwards", "on or before June 30", "the first three months of the year"."""
    phrase = _OF_BARE_UNIT.sub(r"of the \g<u>", text.strip())  # "last day of month"
    if (era := read_era_year(phrase)) is not None:
        return era
    if (few := weekdays_from(phrase)) is not None and (nth := read(few[0])) is not None:
        return replace(nth, text=phrase, steps=(f"read as {few[0]!r} ({few[1]})",
                                                *nth.steps))
    if (some_day := read_day_in(phrase, read)) is not None:
        return some_day  # "a January day", "one summer evening"
    if (nearest := read_nearest(phrase, ctx.reference, read)) is not None:
        return nearest  # "the closest Christmas to today"
    if m := _OPEN_START.fullmatch(phrase):
        start = read(m["a"] or m["b"] or m["c"] or m["d"] or m["e"])
        if start is not None and start.kind is Kind.DATE and start.mod is None:
            return replace(start, text=phrase, core=Interval(start.core.lo, math.inf),
                           support=Interval(start.support.lo, math.inf), mod="ON_OR_AFTER",
                           steps=(*start.steps, "from its start on"))
    if m := _OPEN_END.fullmatch(phrase):
        end = read(m["x"] or m["y"])
        if end is not None and end.kind is Kind.DATE and end.mod is None:
            return replace(end, text=phrase, core=Interval(-math.inf, end.core.hi),
                           support=Interval(-math.inf, end.support.hi), mod="ON_OR_BEFORE",
                           steps=(*end.steps, "up to its end"))
    if (m := _FIRST_OF.fullmatch(phrase)) and (part := _part_of(phrase, m, read)) is not None:
        return part
    if m := _LAST_DAY.fullmatch(phrase):
        period = read(m["rest"])
        if period is None or period.kind is not Kind.DATE or period.sub_day \
                or period.core.hi <= period.core.lo or period.mod is not None:
            return None
        first = m["which"].lower() == "first"
        day = int(period.core.lo if first else period.core.hi)
        return date_value(phrase, (day, day), timex=iso(day), granularity="day",
                          steps=(*period.steps, f"its {'first' if first else 'last'} day, "
                                 f"{iso(day)}"))
    if (counted := read_nth_weekday(phrase, read)) is not None:
        return counted  # "the third Tuesday after Christmas 2014"
    if m := _ISO_WEEK.fullmatch(phrase):
        year = m["y1"] or m["y2"] or m["y3"] or (
            ctx.reference and date.fromordinal(ctx.reference).year)
        week = int(m["w1"] or m["w2"] or m["w3"] or m["w4"])
        try:
            monday = date.fromisocalendar(int(year), week, 1) if year else None
        except ValueError:  # no such week in that year
            return None
        return None if monday is None else _week(phrase, monday.toordinal(),
                                                 f"ISO 8601 week {week} of {year}")
    if (m := _AFTER_NEXT.fullmatch(phrase)) and ctx.reference is not None:
        back = m["last"] is not None
        return _week(phrase, ctx.reference + (-14 if back else 14),
                     f"two weeks {'back' if back else 'on'} from the reference's")
    if m := _WEEK_OF.fullmatch(phrase):
        day_value = read(m["rest"])
        if day_value is None or day_value.kind is not Kind.DATE \
                or day_value.core.lo != day_value.core.hi or day_value.sub_day:
            return None
        return _week(phrase, int(day_value.core.lo), f"the week holding {day_value.render()}")
    return None


def _part_of(text: str, m: re.Match[str], read: Callable[[str], Value | None]) -> Value | None:
    span = m["span"]
    if not re.match(r"\d|[a-z]+\s", span, re.IGNORECASE):
        return None  # "the first day of": `_shorthand.py`; a bare unit has no amount here
    # "of the year" is of the reference's year, as "this year".
    length, period = read(span), read(re.sub(r"^the\s+(?=(?:year|month|week)$)", "this ", m["x"]))
    if (length is None or period is None or length.kind is not Kind.DURATION
            or length.noun is not None or period.kind is not Kind.DATE or period.sub_day
            or "X" in (length.timex or "X")
            or not (math.isfinite(period.core.lo) and math.isfinite(period.core.hi))):
        return None
    core_amount, _, unit = amount_in_units(length)
    amount = (core_amount.lo + core_amount.hi) / 2
    lo, hi = period.core.lo, period.core.hi
    if m["which"].lower() == "first":
        span_days = (int(lo), math.ceil(add_duration(lo, amount, unit)) - 1)
    else:
        span_days = (math.floor(add_duration(hi + 1, -amount, unit)), int(hi))
    if not lo <= span_days[0] <= span_days[1] <= hi:
        return None
    return date_value(text, span_days, timex=length.timex,
                      granularity="day", steps=(*period.steps, f"its {m['which'].lower()} "
                                                f"{length.render()}"))


def _week(text: str, day: int, why: str) -> Value:
    span = week_span(day)
    return date_value(text, span, timex=iso_week_label(span[0]), granularity="week",
                      steps=(f"{why}: Monday {date.fromordinal(span[0])} to Sunday",))
