"""Dates as chat, email and assistants write them, rewritten for the whole reader.

"this coming Tuesday", "this upcoming Friday" are "coming Tuesday"; British "Monday
week", "a week on Monday" are a week after the coming Monday, "a week tomorrow",
"tomorrow week", "a week today" a week after that day (a fortnight two: "Friday
fortnight", "a fortnight on Friday", "a fortnight today"); "first thing Monday" is Monday
morning, "first thing next week" early next week; "the first of the month" is this
month's; "tmrw", "2moro", "tonite", "wknd" are the words they spell; "the morning of
the 15th" is "the 15th in the morning"; "by Friday EOD", "end of day Friday" are "by
late Friday"; "this time tomorrow", "by this time next week" are the reference's time
of day on that day (only when the reference was given with a time).

Readers: "later today", "earlier today" (today), "later tonight" (tonight), before
"later" is taken for "after" (`read_same_day`); "the
weekend of the 15th" (`read_weekend_of`: the Saturday and Sunday next to that day); the
day of "in 3 years at 5pm" (`day_ahead`: the amount counted whole in its calendar unit).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import add_duration, iso_week_label
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._durations import amount_in_units
from claimdiff.normalization._temporal_en import WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["chat_rewrites", "day_ahead", "read_same_day", "read_weekend_of"]

_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
_COMING = re.compile(r"(?:the\s+)?this\s+(?:coming|upcoming)\s+(?P<rest>\S.*)", re.IGNORECASE)
# "Monday week", "a week on Monday", "a fortnight today", "Friday fortnight" (British).
_WEEKDAY_WEEK = re.compile(rf"(?:(?P<a>{_WD}|today|tomorrow)\s+(?P<l1>week|fortnight)|a\s+"
                           rf"(?P<l2>week|fortnight)\s+(?:(?:on\s+)?(?P<b>{_WD})|"
                           r"(?P<c>today|tomorrow)))", re.IGNORECASE)
_LATER = re.compile(r"(?:later|earlier)\s+(?P<rest>today|tonight|this\s+(?:morning|afternoon|"
                    r"evening))", re.IGNORECASE)
_FIRST_THING = re.compile(rf"first\s+thing\s+(?:(?:on\s+)?(?P<day>tomorrow|{_WD})(?:\s+morning)?"
                          r"|(?P<week>(?:next|this)\s+(?:week|month)))", re.IGNORECASE)
# "the first of the month", "the second Tuesday in the month": of this month.
_OF_THE_MONTH = re.compile(r"(?P<rest>(?:the\s+)?\S+(?:\s+\S+)?)\s+(?:of|in)\s+the\s+month",
                           re.IGNORECASE)
_THIS_TIME = re.compile(r"(?P<by>by\s+|at\s+)?(?:this|(?:the\s+)?same)\s+time\s+"
                        r"(?P<when>tomorrow|yesterday|(?:next|last)\s+week)", re.IGNORECASE)
_WEEKEND_OF = re.compile(r"(?:the\s+)?weekend\s+of\s+(?P<rest>\S.*)", re.IGNORECASE)
# Chat spellings of the day words ("tmrw", "2moro", "tonite", "wknd").
_SPELLINGS = re.compile(r"\b(?P<w>tmrw|tmr|tmw|2mor+ow|2moro|tomoz|tonite|2nite|wknd|wkend)\b",
                        re.IGNORECASE)
_SPELLED = {"tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2morrow": "tomorrow",
            "2morow": "tomorrow", "2moro": "tomorrow", "tomoz": "tomorrow", "tonite": "tonight",
            "2nite": "tonight", "wknd": "weekend", "wkend": "weekend"}
# "the morning of the 15th": "the 15th in the morning".
_PART_OF = re.compile(r"(?:on\s+)?(?:the\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+"
                      r"(?P<day>\S.*)", re.IGNORECASE)
# "by Friday EOD", "end of day Friday", "by COB tomorrow": late that day.
_DAY_EOD = re.compile(r"(?P<by>by\s+|until\s+)?(?:(?P<a>\S.*?)\s+)?(?:EOD|COB|(?:the\s+)?(?:end|"
                      r"close)\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|(?:close|end)\s+of"
                      r"\s+business|EOB)(?:\s+(?:on\s+)?(?P<b>\S.*))?", re.IGNORECASE)
_THIS_TIME_DAYS = {"tomorrow": 1, "yesterday": -1, "next week": 7, "last week": -7}
# Other words for a named time: "twelve noon", "lunch time", "close of business", "EOB",
# "the middle of the day", "just now", "at this very moment".
_OTHER_WORDS = (
    (re.compile(r"\b(?:twelve|12)\s+(noon|midnight)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(lunch|dinner|supper|breakfast|tea)\s+time\b", re.IGNORECASE), r"\1time"),
    (re.compile(r"\b(?:(?:the\s+)?(?:end|close)\s+of\s+business(?:\s+day)?|EOB)\b",
                re.IGNORECASE), "end of day"),
    (re.compile(r"\b(?:the\s+)?middle\s+of\s+the\s+day\b", re.IGNORECASE), "midday"),
    (re.compile(r"^(?:just\s+now|(?:at\s+|right\s+)?this\s+(?:very\s+)?moment"
                r"|at\s+the\s+very\s+moment)$",
                re.IGNORECASE), "now"),
)
# "next month on the 5th": the 5th of next month.
_MONTH_ON = re.compile(r"(?P<when>(?:next|last|this)\s+month),?\s+on\s+(?P<day>the\s+\S+)",
                       re.IGNORECASE)


def chat_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` the grammar may read, each with the step that explains it."""
    out: list[tuple[str, str]] = []
    if m := _COMING.fullmatch(phrase):
        out.append((f"coming {m['rest']}", "'this coming' is 'coming'"))
    if m := _WEEKDAY_WEEK.fullmatch(phrase):
        day = m["a"] or m["b"] or m["c"]
        anchor = day if day.lower() in ("today", "tomorrow") else f"coming {day}"
        span = f"a {(m['l1'] or m['l2']).lower()}"
        out.append((f"{span} after {anchor}", f"'{phrase}': {span} after {anchor}"))
    if m := _FIRST_THING.fullmatch(phrase):
        if m["week"]:  # "first thing next week": its start
            out.append((f"early {m['week']}", "'first thing': the start"))
        else:
            day = m["day"] if m["day"].lower() == "tomorrow" else f"coming {m['day']}"
            out.append((f"{day} morning", "'first thing': the morning"))
    if m := _OF_THE_MONTH.fullmatch(phrase):
        out.append((f"{m['rest']} of this month", "'the month' is the reference's"))
    spelled = _SPELLINGS.sub(lambda w: _SPELLED[w["w"].lower()], phrase)
    if spelled != phrase:
        out.append((spelled, "chat spellings of day words"))
    if m := _PART_OF.fullmatch(phrase):
        out.append((f"{m['day']} in the {m['part']}" if m["part"].lower() != "night"
                     else f"{m['day']} night", f"the {m['part']} of a day"))
    if (m := _DAY_EOD.fullmatch(phrase)) and bool(m["a"]) != bool(m["b"]):
        out.append((f"{m['by'] or ''}late {m['a'] or m['b']}", "the end of the (business) day"))
    other = phrase
    for pattern, words in _OTHER_WORDS:
        other = pattern.sub(words, other)
    if other != phrase:
        out.append((other, "other words for the time named"))
    if m := _MONTH_ON.fullmatch(phrase):
        out.append((f"{m['day']} of {m['when']}", "the day of the month named"))
    if (m := _THIS_TIME.fullmatch(phrase)) and ctx.ref_time is not None \
            and ctx.reference is not None:
        h, mi = divmod(round(ctx.ref_time * 1440), 60)
        day = iso(ctx.reference + _THIS_TIME_DAYS[re.sub(r"\s+", " ", m["when"].lower())])
        clock = f"{h:02d}:{mi:02d}"
        text = f"{day} by {clock}" if m["by"] and m["by"].lower().startswith("by") \
            else f"{day} at {clock}"
        out.append((text, f"'this time': the reference's time of day, {clock}"))
    return out


def read_same_day(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"later today", "earlier today", "later tonight": the day or part of it named (read
    before "later" is taken for "after")."""
    m = _LATER.fullmatch(phrase.strip())
    if m is None:
        return None
    value = read(m["rest"])
    if value is None or value.kind is not Kind.DATE:
        return None
    return replace(value, steps=("later or earlier the same day: the day or part named",
                                 *value.steps))


def read_weekend_of(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"the weekend of the 15th", "the weekend of June 15": the Saturday and Sunday next
    to that day (a Monday's: the weekend before it; a Tuesday to Thursday's: its week's,
    the weekend before in the support)."""
    m = _WEEKEND_OF.fullmatch(phrase.strip())
    if m is None:
        return None
    value = read(m["rest"])
    if value is None or value.kind is not Kind.DATE or value.core.lo != value.core.hi \
            or value.sub_day or not math.isfinite(value.core.lo):
        return None
    day = int(value.core.lo)
    weekday = date.fromordinal(day).weekday()
    saturday = day - weekday + 5 - (7 if weekday == 0 else 0)
    support = (saturday - 7, saturday + 1) if 1 <= weekday <= 3 else (saturday, saturday + 1)
    return date_value(phrase.strip(), (saturday, saturday + 1), support,
                      timex=f"{iso_week_label(saturday)}-WE", granularity="weekend",
                      steps=(*value.steps, f"the weekend next to {value.render()}"))


def day_ahead(span: str, ctx: Context, read_date: Callable[[str], Value | None]) -> int | None:
    """"in 2 weeks at 5pm", "at 7 in 3 years": a clock time needs a day, so the
    amount is counted whole from the reference, in its calendar unit."""
    try:
        value = read_date(span)
    except NormalizationError:
        return None
    if value is None or value.kind is not Kind.DURATION or value.sub_day:
        return None
    core, _, unit = amount_in_units(value)
    amount = (core.lo + core.hi) / 2
    if unit not in _WHOLE_UNITS or not math.isfinite(amount) \
            or abs(amount - round(amount)) > 1e-9:
        return None
    return round(add_duration(ctx.ref(span), round(amount), unit))


_WHOLE_UNITS = {"day", "week", "fortnight", "month", "quarter", "year", "decade"}
