"""Times of day: clock times, parts of the day and their days, as sub-day intervals.

This module finds the parts of a phrase (hedge, clock, part of the day, day);
`_clock_parse` reads clock times as written and `_clock_value` makes the values;
`_clock_cue` first tells cheaply whether a phrase may hold a time of day at all.

"at 11:40 p.m.", "0700 GMT", "7.30am", "a quarter past 3pm", "early Tuesday",
"late on Friday", "Wednesday night", "mid-afternoon", "around noon", "shortly
before midnight", "from 3 to 6pm". A time of day is a date value whose ends
are fractional ordinal days (`day + minutes / 1440`), end-exclusive: 15:00
written to the minute is [15:00, 15:01). Its granularity is `hour`, `minute`,
`second` or `part of day`, which `Value.on_timeline` and `compare_values` use
to compare it with whole days ("late on Friday" agrees with "October 3").

Conventions (see docs/normalization.md): a time written to the hour ("3pm")
is round, support +-15 minutes; "around" +-15 core, +-30 support; "shortly
before" 30 minutes core, an hour support; a time with no a.m./p.m. that could
be either ("at 3:30") holds both readings unless its day part picks one; parts
of the day take `_clock_en.PARTS_OF_DAY`; "early"/"mid"/"late" take the first,
middle or last third of the core's frame (half for the support), as for months
and years. A written zone is converted to the reference's UTC offset when the
reference has one, else kept as written.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from claimdiff.errors import NormalizationError
from claimdiff.normalization import _clock_en as lex
from claimdiff.normalization._chat import day_ahead
from claimdiff.normalization._clock_cue import may_be_time_of_day
from claimdiff.normalization._clock_parse import DAY, HOUR_WORDS_RE, clock_or_range
from claimdiff.normalization._clock_restated import restated
from claimdiff.normalization._clock_value import (
    Reader,
    clock_value,
    modified_part,
    part_of_day,
    part_value,
    retext,
)
from claimdiff.normalization._context import Context
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_time_of_day", "may_be_time_of_day"]

_HOURW = HOUR_WORDS_RE
_APPROX_AFTER = re.compile(r"(?<=\d)\s*-?ish\b|\s+approximately$|\s+or\s+so$", re.IGNORECASE)
# "3:07:35" alone is a stopwatch reading (a duration) as often as a clock time, and so
# is anything with tenths of a second; a two-digit hour ("07:55:00", "20:05:00", CLDR's
# medium time) is a clock's.
_STOPWATCH = re.compile(r"\d:\d\d:\d\d(?:\.\d+)?|\d{1,2}:\d\d:\d\d\.\d+")
_FROM_RANGE = re.compile(r"(?:from|between)\s+\S+\s*(?:-|–|—|to|untill?|till|and)\s*\S",
                         re.IGNORECASE)
# The closing bracket may have been cleaned off with the phrase's trailing punctuation.
_RESTATED = re.compile(r"(?P<a>.+?)\s*\((?P<b>[^()]*\d[^()]*)\)?")
_ISO = re.compile(r"(?P<d>\d{4}-\d\d-\d\d)T(?P<t>\d\d:\d\d(?::\d\d)?)(?:\.\d+)?"
                  r"(?P<z>Z|[+-]\d\d:?\d\d)?", re.IGNORECASE)
_PART_MODS = {"early", "late", "mid", "middle"}
_JOINERS = {"at", "@", "on", "of", ",", "in", "the", "for"}
_HEDGES = sorted(lex.CLOCK_HEDGES, key=len, reverse=True)


def _hedge(text: str) -> tuple[str | None, str]:
    low = text.lower()
    for h in _HEDGES:
        if low.startswith(h + " ") or (h == "~" and low.startswith("~")):
            return h, text[len(h):].strip()
    return None, text


def _strip_joiners(words: list[str], left: bool, keep_the: bool = False) -> list[str]:
    words = list(words)
    joiners = _JOINERS - {"the"} if keep_the else _JOINERS
    while words and (words[-1] if left else words[0]).lower().strip(",") in joiners | {""}:
        words = words[:-1] if left else words[1:]
    return words

def read_time_of_day(text: str, ctx: Context, read_date: Reader) -> Value | None:
    """The phrase as a time of day (on its day), or `None` when it is not one.

    `read_date` reads the day part ("Friday", "June 12"); without one, the day
    is the reference's."""
    if not may_be_time_of_day(text) or _STOPWATCH.fullmatch(text.strip()):
        return None
    if (m := _RESTATED.fullmatch(text.strip())) is not None:
        value = read_time_of_day(m["a"], ctx, read_date)
        return None if value is None else restated(text, value, m["a"], m["b"], ctx)
    phrase = re.sub(r"\s+", " ", text.strip()).replace("@", " at ").strip()
    # ISO 8601: "2024-06-03T15:30:00Z", "...T15:30+02:00" is the day and the time in its zone.
    if (iso := _ISO.fullmatch(phrase)) is not None:
        zone = iso["z"] or ""
        zone = " UTC" if zone.upper() == "Z" else f" UTC{zone}" if zone else ""
        phrase = f"{iso['d']} {iso['t']}{zone}"
    # "at 1030" is a clock time, as "1030 hours" is: a year takes "in", not "at".
    phrase = re.sub(r"^(at\s+)(\d{3,4})$", r"\1\2 hours", phrase, flags=re.IGNORECASE)
    # "at 8", "at eight sharp", "at about 8": an hour alone after "at" is a clock time, as
    # "8 o'clock" is; "sharp", "on the dot" say the time is exact, which a clock time is already.
    # "exactly at 3pm", "at exactly 9": the word of precision is the clock time's ("3pm exactly").
    phrase = re.sub(r"^(?:(exactly|precisely)\s+(at)|(at)\s+(exactly|precisely))\s+(\S.*)$",
                    r"\2\3 \5 \1\4", phrase, flags=re.IGNORECASE)
    # "at 3ish" is "at around 3", as "3pm-ish" is "around 3pm".
    phrase = re.sub(rf"^(at\s+)([1-9]|1[0-2]|{_HOURW})\s*-?ish$", r"\1around \2", phrase,
                    flags=re.IGNORECASE)
    phrase = re.sub(rf"^(at\s+)((?:about|around|approximately)\s+)?([1-9]|1[0-2]|{_HOURW})"
                    r"(?:\s+sharp|\s+on\s+the\s+dot|(\s+exactly|\s+precisely))?$",
                    r"\1\2\3 o'clock\4", phrase, flags=re.IGNORECASE)
    phrase = re.sub(r"(?<=\S)\s+(?:sharp|on\s+the\s+dot)$", "", phrase, flags=re.IGNORECASE)
    # "at 3 15", "3 15 pm": hour and minutes set apart are a clock time after "at" or
    # before a.m./p.m.
    phrase = re.sub(r"^(at\s+)?(\d{1,2})\s+([0-5]\d)"
                    r"(?=(?(1)|\s*[ap]\.?\s?m\b)(?:\s*[ap]\.?\s?m\.?)?$)",
                    r"\1\2:\3", phrase, flags=re.IGNORECASE)
    # "afternoonish", "tomorrow morning-ish": a part of the day is loose already;
    # "noonish" is around noon.
    phrase = re.sub(r"\b(morning|afternoon|evening|night|lunchtime)[-\s]?ish\b", r"\1", phrase,
                    flags=re.IGNORECASE)
    phrase = re.sub(r"^(?:at\s+)?(noon|midday|midnight)[-\s]?ish$", r"around \1", phrase,
                    flags=re.IGNORECASE)
    # "at 3pm", "on Friday at 8", and a booking's "for a quarter past 3pm".
    phrase = re.sub(r"^(?:at|on|for)\s+", "", phrase, flags=re.IGNORECASE)
    # "early in the morning" is "early morning"; "the early hours of the morning" are
    # "the early hours".
    phrase = re.sub(r"\b(early|late)\s+in\s+the\s+(morning|afternoon|evening|night)\b",
                    r"\1 \2", phrase, flags=re.IGNORECASE)
    phrase = re.sub(r"\b(?:in\s+)?(?:the\s+)?((?:early|small|wee)\s+hours)\s+of\s+the\s+morning\b",
                    r"the \1", phrase, flags=re.IGNORECASE)
    hedge = None
    # "from 3 to 6pm" (on Thursday) is a range, not "from" 3.
    if clock_or_range(phrase) is None and not _FROM_RANGE.match(phrase):
        hedge, phrase = _hedge(phrase)
    if hedge is None and _APPROX_AFTER.search(phrase):
        hedge = "around"  # "3ish pm", "3pm approximately"
    phrase = re.sub(r"^(?:at|on)\s+", "", phrase, flags=re.IGNORECASE)
    low = phrase.lower()
    for words, (day_word, part) in lex.DAY_AND_PART.items():
        if low == words or low.startswith(words + " "):
            phrase = f"{day_word} {part}{phrase[len(words):]}"
            break
    window = _window(phrase, ctx, read_date, hedge)
    return None if window is None else retext(window, text.strip())


def _on_reference(ctx: Context, text: str) -> tuple[int, tuple[float, float]]:
    return ctx.ref(text), (0.0, float(DAY))


def _window(phrase: str, ctx: Context, read_date: Reader, hedge: str | None) -> Value | None:
    clock = clock_or_range(phrase)
    if clock is not None:
        day, frame = _on_reference(ctx, phrase)
        value = clock_value(phrase, day, frame, clock, hedge, ctx)
        # A time already past on the reference's day is the next day's when the
        # sentence looks ahead ("the polls close at 3am", read at 4:30).
        if (value is not None and ctx.ref_time is not None and ctx.future
                and value.core.hi <= day + ctx.ref_time):
            ahead = clock_value(phrase, day + 1, frame, clock, hedge, ctx)
            if ahead is not None:
                return replace(ahead, steps=(*ahead.steps, "past by the reference moment, "
                                             "and the sentence looks ahead: the next day's"))
        return value
    part = part_of_day(phrase)
    if part is not None and (hedge is None):
        day, _ = _on_reference(ctx, phrase)
        return part_value(phrase, day, part)
    words = phrase.split()
    for i in range(1, len(words)):
        left = " ".join(_strip_joiners(words[:i], left=True)).strip(" ,")
        right = " ".join(_strip_joiners(words[i:], left=False)).strip(" ,")
        # "on Monday in the early hours", "9:45 the day before yesterday": "the" belongs.
        right_the = " ".join(_strip_joiners(words[i:], left=False, keep_the=True)).strip(" ,")
        if not left or not right:
            continue
        at = "at" in (words[i - 1].lower(), words[i].lower())
        for clock_text, base_text in ((right, left), (left, right)):
            # A bare number is an hour after "at", or before its day ("8 tonight").
            clock = clock_or_range(clock_text, latent_ok=at or clock_text is left)
            bound = None
            if clock is None and hedge is None and clock_text is right:
                # "tomorrow by 5pm", "next Monday after 8am": the bound is the clock's.
                bound, bare = _hedge(right)
                clock = clock_or_range(bare, latent_ok=True) if bound else None
                if clock is None or clock[1] is not None:
                    clock, bound = None, None
            base = None
            if clock is None and clock_text is right \
                    and base_text.lower().removeprefix("the ") not in _PART_MODS \
                    and not _YEAR_OF.search(phrase) \
                    and (latent := clock_or_range(clock_text, latent_ok=True)) is not None:
                # "tonight 815", "Friday evening 7": a named part of the day makes a
                # bare number an hour, as "at" does ("late 2017" stays a year).
                base = _base(base_text, ctx, read_date)
                if base is not None and base[1] != (0.0, float(DAY)):
                    clock = latent
            if clock is None:
                continue
            base = base or _base(base_text, ctx, read_date)
            if base is None and base_text is right and right_the != right:
                base = _base(right_the, ctx, read_date)  # "the day after tomorrow"
            if base is None and base_text is right and words[i].lower() == "in":
                base = _base(" ".join(words[i:]), ctx, read_date)  # "at 5pm in 3 days"
            if base is not None:
                return clock_value(phrase, base[0], base[1], clock, hedge or bound, ctx)
        if hedge is not None:
            continue
        for part_text, day_text in ((right, left), (right_the, left), (left, right)):
            part = part_of_day(part_text)
            if part is None:
                continue
            one = _one_day(day_text, read_date)
            if one is not None:
                return part_value(phrase, one, part)
            if not part[2] and part_text is left:  # "late Tuesday night"
                value = modified_part(phrase, part_text.split()[0].lower(), day_text,
                                       read_date)
                if value is not None:
                    return value
    return None


# "the first night of Passover 2015": a year after "of" names the period's year, no clock.
_YEAR_OF = re.compile(r"\bof\s+\S.*\s(?:1[89]|20)\d\d$", re.IGNORECASE)


def _one_day(text: str, read_date: Reader) -> int | None:
    try:
        value = read_date(text)
    except NormalizationError:
        return None
    if value is None or value.kind is not Kind.DATE or not math.isfinite(value.core.lo) \
            or not math.isfinite(value.core.hi):
        return None
    if value.granularity not in ("day", ""):
        return None
    # One day: "Friday", and "in 4 days" (the reference plus 3.5 to 4.5 days).
    first, last = math.ceil(value.core.lo), math.floor(value.core.hi)
    return first if first == last else None


def _base(text: str, ctx: Context, read_date: Reader) -> tuple[int, tuple[float, float]] | None:
    """The day and the minutes of it a clock time must fall in: a whole day, or a
    part of one ("this morning at 10", "Monday evening at 8")."""
    day = _one_day(text, read_date)
    if day is None and (ahead := re.fullmatch(r"in\s+(?P<span>\S.*)", text, re.IGNORECASE)):
        # "in 4 days at 5pm": a clock time needs a day, so "in 4 days" is one ahead.
        day = _one_day(f"{ahead['span']} from now", read_date)
        if day is None:
            day = day_ahead(ahead["span"], ctx, read_date)
    if day is not None:
        return day, (0.0, float(DAY))
    try:
        value = read_date(text)
    except NormalizationError:
        value = None
    if value is not None and value.granularity == "part of day":  # "tonight", "this morning"
        first = math.floor(value.support.lo)
        return first, ((value.support.lo - first) * DAY, (value.support.hi - first) * DAY)
    part = part_of_day(text)
    if part is not None:
        return ctx.ref(text), (part[0][2], part[0][3])
    words = text.split()
    for i in range(1, len(words)):
        for part_text, day_text in ((" ".join(words[i:]), " ".join(words[:i])),
                                    (" ".join(words[:i]), " ".join(words[i:]))):
            part = part_of_day(part_text)
            if part is None:
                continue
            day = _one_day(" ".join(_strip_joiners(day_text.split(), True)), read_date)
            if day is not None:
                return day, (part[0][2], part[0][3])
    return None
