"""Times of day: clock times, parts of the day and their days, as sub-day intervals.

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
from collections.abc import Callable
from dataclasses import dataclass, replace

from claimdiff.errors import NormalizationError
from claimdiff.normalization import _clock_en as lex
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._interval import INF, Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_time_of_day", "may_be_time_of_day"]

DAY = 1440  # minutes
_HOURW = "|".join(sorted(lex.HOUR_WORDS, key=len, reverse=True))
_MINW = "|".join(sorted(lex.MINUTE_WORDS, key=len, reverse=True))
_ZONE = "|".join(sorted(lex.ZONES, key=len, reverse=True))
# Zone abbreviations ("0700 GMT", "2200 MST"); zones in words need a written clock time.
_ZONE_ABBR = "|".join(sorted((z for z in lex.ZONES if z.isalpha() and 2 <= len(z) <= 5),
                             key=len, reverse=True))
_AP = r"(?:(?P<ap>[ap])\.?\s?m\.?|(?P<ap1>[ap])\.?)"
_DIGITS = re.compile(
    rf"(?P<h>\d{{1,2}})(?:(?P<sep>[:h]|\.(?=\d\d\s*[ap]))(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"
    rf"(?P<hsuf>\s*h(?:rs|ours)?)?\s*{_AP}?")
_MILITARY = re.compile(rf"(?P<hm>\d{{3,4}})(?P<hsuf>\s*h(?:rs|ours)?)?\s*{_AP}?")
_WORDS = re.compile(rf"(?P<hw>{_HOURW})(?:[\s-](?P<mw>{_MINW}))?\s*{_AP}?")
_RELATIVE = re.compile(
    rf"(?P<mins>\d{{1,2}}|{_MINW})(?:\s+min(?:ute)?s?)?\s+(?P<rel>past|after|to|till|before|of)"
    rf"\s+(?P<base>.+)")
_HALF = re.compile(rf"half\s+(?P<b>{_HOURW}|\d{{1,2}})")
_QUAL = re.compile(r"\s+(?:in\s+the\s+(?P<q>morning|afternoon|evening)|at\s+(?P<q2>night)"
                   r"|in\s+the\s+(?P<q3>[ap])\.?m\.?)$")
_ZONE_RE = re.compile(rf"\s*\(?(?P<tz>{_ZONE}|gmt\s*[+-]\s*\d{{1,2}})\)?$|\s+local\s+time$")
_CLOCK_WORD = re.compile(r"\s*o['’]?\s?clock$|\s*sharp$|\s*ish$|\s+approximately$|\s+or\s+so$")
_RANGE = re.compile(r"(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|"
                    r"\bthrough\b|\band\b)\s*(?P<b>.+)")
_PART = re.compile(
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<pmod>early|late|mid|middle\s+of\s+the)(?:[\s-]+|$))?"
    rf"(?:the\s+)?(?P<pod>{'|'.join(sorted(lex.PARTS_OF_DAY, key=len, reverse=True))})?")
_CUE = re.compile(
    r"\d\s*(?:[ap]\.?\s?m\b|[ap]\b|h\b|h\d|o['’]?clock|ish)|\d[:.]\d\d"
    rf"|\b\d{{4}}\s*(?:hours|{_ZONE_ABBR})\b"
    rf"|\b(?:{_HOURW})(?:[\s-](?:{_MINW}))?\s*[ap]\.?\s?m\b|\bin\s+the\s+[ap]\.?m\b"
    rf"|(?:\bat|@)\s*\d|\b(?:{_HOURW})[\s-](?:{_MINW})\b|\b\d\d?\s+(?:tonight|tomorrow|today)\b"
    rf"|\b(?:noon|midday|midnight|o['’]?clock|past|half|quarter|early|late|mid"
    rf"|{'|'.join(lex.PARTS_OF_DAY)}|tonight)\b", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"(?<=\d)\s*ish\b|\s+approximately$|\s+or\s+so$", re.IGNORECASE)
# "3:07:35" alone is a stopwatch reading (a duration) as often as a clock time, and so
# is anything with tenths of a second; a two-digit hour ("07:55:00", "20:05:00", CLDR's
# medium time) is a clock's.
_STOPWATCH = re.compile(r"\d:\d\d:\d\d(?:\.\d+)?|\d{1,2}:\d\d:\d\d\.\d+")
_FROM_RANGE = re.compile(r"(?:from|between)\s+\S+\s*(?:-|–|—|to|until|till|and)\s*\S",
                         re.IGNORECASE)
# The closing bracket may have been cleaned off with the phrase's trailing punctuation.
_RESTATED = re.compile(r"(?P<a>.+?)\s*\((?P<b>[^()]*\d[^()]*)\)?")
_JOINERS = {"at", "@", "on", "of", ",", "in", "the", "for"}
_HEDGES = sorted(lex.CLOCK_HEDGES, key=len, reverse=True)


@dataclass(frozen=True)
class Clock:
    """A clock reading: the minutes it may name (one, or two when a.m./p.m. is
    unsaid), its precision in minutes, and its zone offset when written."""

    minutes: tuple[float, ...]
    grain: float
    round_hour: bool
    zone: int | None
    timex: str


def may_be_time_of_day(text: str) -> bool:
    """A cheap test: does the phrase hold a clock or part-of-day word at all?"""
    return _CUE.search(text) is not None


def _hour_of(h: int, ap: str | None, qual: str | None) -> tuple[int, ...] | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        return (h % 12 + (12 if ap == "p" else 0),)
    if qual:
        if not 1 <= h <= 12:
            return None
        if qual in lex.MORNING_WORDS or (qual == "night" and h < 5) or h == 12 and qual == "night":
            return (h % 12,)
        return (h % 12 + 12,)
    return None


def _parse_one(s: str, qual: str | None, latent_ok: bool) -> Clock | None:
    """One clock time without hedge, date or zone: `3:15pm`, `0700`, `ten thirty`, `noon`."""
    if s in lex.NAMED_TIMES:
        t = lex.NAMED_TIMES[s]
        return Clock((t,), 1, False, None, f"T{t // 60 % 24:02d}:00")
    m = _RELATIVE.fullmatch(s)
    if m:
        # "quarter of 2013" names no time: a bare 3-4 digit base needs its "hours".
        base = _parse_one(m["base"], qual, not m["base"].strip().isdigit()
                          or len(m["base"].strip()) < 3)
        mins = m["mins"]
        n = int(mins) if mins.isdigit() else lex.MINUTE_WORDS.get(mins)
        if base is None or n is None or not 0 < n < 60:
            return None
        sign = 1 if m["rel"] in ("past", "after") else -1
        return _shifted(base, sign * n)
    m = _HALF.fullmatch(s)
    if m:  # British "half three" is 3:30
        base = _parse_one(m["b"], qual, True)
        return None if base is None else _shifted(base, 30)
    for rx in (_DIGITS, _MILITARY, _WORDS):
        m = rx.fullmatch(s)
        if m is None:
            continue
        groups = m.groupdict()
        ap = groups.get("ap") or groups.get("ap1")
        if rx is _MILITARY:
            h, mi, sec = divmod(int(m["hm"]), 100) + (None,)
            if not (ap or m["hsuf"] or latent_ok or qual):
                return None  # "2024" is a year, "0700 GMT" or "1400 hours" a time
            h24 = not ap
        elif rx is _WORDS:
            h, sec = lex.HOUR_WORDS[m["hw"]], None
            mi = lex.MINUTE_WORDS[m["mw"]] if m["mw"] else 0
            h24 = False
            if not (ap or qual or m["mw"] or latent_ok):
                return None
        else:
            h, mi = int(m["h"]), int(m["m"] or 0)
            sec = int(m["s"]) if m["s"] else None
            h24 = bool(m["hsuf"]) or m["h"].startswith("0") or m["sep"] == "h"
            if not (ap or qual or m["m"] or m["hsuf"] or latent_ok):
                return None
        if mi >= 60 or h > 24:
            return None
        hours = _hour_of(h, ap, qual)
        if hours is None:
            if ap or (qual and not h24 and h > 12):
                if h > 12 and not ap:
                    hours = (h,)
                else:
                    return None
            elif h24 or h == 0 or h > 12:
                hours = (h,)
            else:  # "at 3:30": a.m. or p.m.
                hours = (h % 12, h % 12 + 12)
        grain = 1 / 60 if sec is not None else 1
        exact = m["m"] if rx is _DIGITS else (rx is _MILITARY or (rx is _WORDS and m["mw"]))
        minutes = tuple(hh * 60 + mi + (sec or 0) / 60 for hh in hours)
        first = minutes[0] if len(minutes) == 1 else None
        timex = "" if first is None else _timex(first, sec is not None)
        return Clock(minutes, grain, not exact, None, timex)
    return None


def _timex(t: float, seconds: bool) -> str:
    h, rest = divmod(t % DAY, 60)
    mi = int(rest)
    if seconds:
        return f"T{int(h):02d}:{mi:02d}:{round((rest - mi) * 60):02d}"
    return f"T{int(h):02d}:{mi:02d}"


def _shifted(c: Clock, by: int) -> Clock:
    minutes = tuple(t + by for t in c.minutes)
    timex = _timex(minutes[0], False) if len(minutes) == 1 else ""
    return Clock(minutes, 1, False, c.zone, timex)


def parse_clock(s: str, latent_ok: bool = False) -> Clock | None:
    """A clock time with its qualifiers: `3 in the morning`, `0700 GMT`, `3ish pm`."""
    s = s.strip().lower()
    zone = None
    zm = _ZONE_RE.search(s)
    if zm and zm.start() > 0:
        if zm["tz"]:
            tz = re.sub(r"\s+", "", zm["tz"])
            zone = lex.ZONES.get(re.sub(r"\s+", " ", zm["tz"]), lex.ZONES.get(tz))
            if zone is None:  # "gmt+3"
                zone = int(tz[3:]) * 60
        s = s[:zm.start()]
    qual = None
    qm = _QUAL.search(s)
    if qm:
        qual, s = qm["q"] or qm["q2"], s[:qm.start()]
        if qm["q3"]:  # "3 in the AM"
            qual, s = None, f"{s} {qm['q3']}m"
    s = re.sub(r"(?<=\d)\s*ish\b", "", s)
    # "3 o'clock pm": the clock word before a.m./p.m. says the hour is whole, as at the end.
    s, n = re.subn(r"(?<=\d)\s*o['’]?\s?clock(?=\s*[ap]\.?\s?m\.?$)", "", s)
    latent_ok = latent_ok or n > 0
    cm = _CLOCK_WORD.search(s)
    if cm and cm.start() > 0:
        latent_ok, s = True, s[:cm.start()]
    clock = _parse_one(s.strip(), qual, latent_ok or zone is not None)
    if clock is None:
        return None
    return Clock(clock.minutes, clock.grain, clock.round_hour, zone, clock.timex)


def _part(s: str) -> tuple[tuple[float, float, float, float], str, str] | None:
    """A part of the day with its modifier: `night`, `early morning`, `mid-afternoon`,
    `late` alone (of a whole day). Minutes (core from/to, support from/to), name, code."""
    m = _PART.fullmatch(s.strip().lower())
    if m is None or not (m["pmod"] or m["pod"]):
        return None
    if m["pod"]:
        a, b, c, d = (x * 60 for x in lex.PARTS_OF_DAY[m["pod"]])
        code = lex.PART_CODES[m["pod"]]
    else:
        a, b, c, d = 0, DAY, 0, DAY
        code = ""
    pmod = (m["pmod"] or "").split(" ")[0]
    if pmod and m["pod"]:
        # "early morning": a third of the part as core; how early is early is loose, so
        # the part's support stays the support.
        a, b, _, _ = _modified(pmod, c, d)
    elif pmod:
        a, b, c, d = _modified(pmod, c, d)
    return (a, b, c, d), m.group(0), code


def _modified(pmod: str, c: float, d: float) -> tuple[float, float, float, float]:
    """"early"/"mid"/"late" of the frame c-d: a third as core, the matching half as support."""
    third, half = (d - c) / 3, (d - c) / 2
    if pmod == "early":
        return c, c + third, c, c + half
    if pmod == "late":
        return d - third, d, d - half, d
    return c + third, d - third, c + half / 2, d - half / 2


def _hedge(text: str) -> tuple[str | None, str]:
    low = text.lower()
    for h in _HEDGES:
        if low.startswith(h + " ") or (h == "~" and low.startswith("~")):
            return h, text[len(h):].strip()
    return None, text


def _strip_joiners(words: list[str], left: bool) -> list[str]:
    words = list(words)
    while words and (words[-1] if left else words[0]).lower().strip(",") in _JOINERS | {""}:
        words = words[:-1] if left else words[1:]
    return words


Reader = Callable[[str], "Value | None"]


def read_time_of_day(text: str, ctx: Context, read_date: Reader) -> Value | None:
    """The phrase as a time of day (on its day), or `None` when it is not one.

    `read_date` reads the day part ("Friday", "June 12"); without one, the day
    is the reference's."""
    if not may_be_time_of_day(text) or _STOPWATCH.fullmatch(text.strip()):
        return None
    if (m := _RESTATED.fullmatch(text.strip())) is not None:
        return _restated(text, m, ctx, read_date)
    phrase = re.sub(r"\s+", " ", text.strip()).replace("@", " at ").strip()
    # "at 1030" is a clock time, as "1030 hours" is: a year takes "in", not "at".
    phrase = re.sub(r"^(at\s+)(\d{3,4})$", r"\1\2 hours", phrase, flags=re.IGNORECASE)
    # "at 3pm", "on Friday at 8", and a booking's "for a quarter past 3pm".
    phrase = re.sub(r"^(?:at|on|for)\s+", "", phrase, flags=re.IGNORECASE)
    # "early in the morning" is "early morning"; "the early hours of the morning" are
    # "the early hours".
    phrase = re.sub(r"\b(early|late)\s+in\s+the\s+(morning|afternoon|evening|night)\b",
                    r"\1 \2", phrase, flags=re.IGNORECASE)
    phrase = re.sub(r"\b(?:in\s+)?(the\s+(?:early|small|wee)\s+hours)\s+of\s+the\s+morning\b",
                    r"\1", phrase, flags=re.IGNORECASE)
    hedge = None
    # "from 3 to 6pm" (on Thursday) is a range, not "from" 3.
    if _clock_or_range(phrase) is None and not _FROM_RANGE.match(phrase):
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
    return None if window is None else _retext(window, text.strip())


def _restated(text: str, m: re.Match[str], ctx: Context, read_date: Reader) -> Value | None:
    """"3 p.m. (1900 GMT)": the time as written, restated in another zone. The two must
    differ by a zone's offset (whole quarter hours), or the phrase is not read."""
    value = read_time_of_day(m["a"], ctx, read_date)
    other = parse_clock(m["b"])
    if value is None or other is None or other.zone is None or len(other.minutes) != 1:
        return None
    written = round((value.core.lo % 1) * DAY)
    if (written - other.minutes[0]) % 15:
        return None
    return replace(_retext(value, text.strip()), steps=(
        *value.steps, f"restated as {m['b'].strip()!r}: the same moment in another zone"))


def _on_reference(ctx: Context, text: str) -> tuple[int, tuple[float, float]]:
    return ctx.ref(text), (0.0, float(DAY))


def _window(phrase: str, ctx: Context, read_date: Reader, hedge: str | None) -> Value | None:
    clock = _clock_or_range(phrase)
    if clock is not None:
        day, frame = _on_reference(ctx, phrase)
        value = _clock_value(phrase, day, frame, clock, hedge, ctx)
        # A time already past on the reference's day is the next day's when the
        # sentence looks ahead ("the polls close at 3am", read at 4:30).
        if (value is not None and ctx.ref_time is not None and ctx.future
                and value.core.hi <= day + ctx.ref_time):
            ahead = _clock_value(phrase, day + 1, frame, clock, hedge, ctx)
            if ahead is not None:
                return replace(ahead, steps=(*ahead.steps, "past by the reference moment, "
                                             "and the sentence looks ahead: the next day's"))
        return value
    part = _part(phrase)
    if part is not None and (hedge is None):
        day, _ = _on_reference(ctx, phrase)
        return _part_value(phrase, day, part)
    words = phrase.split()
    for i in range(1, len(words)):
        left = " ".join(_strip_joiners(words[:i], left=True)).strip(" ,")
        right = " ".join(_strip_joiners(words[i:], left=False)).strip(" ,")
        if not left or not right:
            continue
        at = "at" in (words[i - 1].lower(), words[i].lower())
        for clock_text, base_text in ((right, left), (left, right)):
            # A bare number is an hour after "at", or before its day ("8 tonight").
            clock = _clock_or_range(clock_text, latent_ok=at or clock_text is left)
            if clock is None:
                continue
            base = _base(base_text, ctx, read_date)
            if base is None and base_text is right and words[i].lower() == "the":
                base = _base(" ".join(words[i:]).strip(" ,"), ctx, read_date)  # "the day after"
            if base is not None:
                return _clock_value(phrase, base[0], base[1], clock, hedge, ctx)
        if hedge is not None:
            continue
        for part_text, day_text in ((right, left), (left, right)):
            part = _part(part_text)
            if part is None:
                continue
            one = _one_day(day_text, read_date)
            if one is not None:
                return _part_value(phrase, one, part)
            if not part[2] and part_text is left:  # "late Tuesday night"
                value = _modified_part(phrase, part_text.split()[0].lower(), day_text,
                                       read_date)
                if value is not None:
                    return value
    return None


def _one_day(text: str, read_date: Reader) -> int | None:
    try:
        value = read_date(text)
    except NormalizationError:
        return None
    if value is None or value.kind is not Kind.DATE or value.core.lo != value.core.hi \
            or not math.isfinite(value.core.lo) or value.granularity not in ("day", ""):
        return None
    return int(value.core.lo)


def _base(text: str, ctx: Context, read_date: Reader) -> tuple[int, tuple[float, float]] | None:
    """The day and the minutes of it a clock time must fall in: a whole day, or a
    part of one ("this morning at 10", "Monday evening at 8")."""
    day = _one_day(text, read_date)
    if day is not None:
        return day, (0.0, float(DAY))
    try:
        value = read_date(text)
    except NormalizationError:
        value = None
    if value is not None and value.granularity == "part of day":  # "tonight", "this morning"
        first = math.floor(value.support.lo)
        return first, ((value.support.lo - first) * DAY, (value.support.hi - first) * DAY)
    part = _part(text)
    if part is not None:
        return ctx.ref(text), (part[0][2], part[0][3])
    words = text.split()
    for i in range(1, len(words)):
        for part_text, day_text in ((" ".join(words[i:]), " ".join(words[:i])),
                                    (" ".join(words[:i]), " ".join(words[i:]))):
            part = _part(part_text)
            if part is None:
                continue
            day = _one_day(" ".join(_strip_joiners(day_text.split(), True)), read_date)
            if day is not None:
                return day, (part[0][2], part[0][3])
    return None


def _clock_or_range(text: str, latent_ok: bool = False) -> tuple[Clock, Clock | None] | None:
    clock = parse_clock(text, latent_ok)
    if clock is not None:
        return clock, None
    m = _RANGE.fullmatch(text.strip().lower())
    if m is None:
        return None
    b = parse_clock(m["b"])
    a = parse_clock(m["a"], latent_ok=b is not None)
    if b is None and a is not None:  # "8am until 6": the first end says it is a time
        b = parse_clock(m["b"], latent_ok=True)
    if a is None or b is None:
        return None
    return a, b


def _clock_value(text: str, day: int, frame: tuple[float, float],
                 clocks: tuple[Clock, Clock | None], hedge: str | None,
                 ctx: Context) -> Value | None:
    start, end = clocks
    steps = []
    zone: int | None = start.zone if start.zone is not None else (end.zone if end else None)
    shift = 0
    if zone is not None:
        if ctx.utc_offset is not None:
            shift = ctx.utc_offset - zone
            steps.append(f"zone UTC{zone / 60:+g} converted to the reference's "
                         f"UTC{ctx.utc_offset / 60:+g}")
        else:
            steps.append(f"zone UTC{zone / 60:+g} kept as written (the reference has none)")
    if end is None:
        fitted = _fit(start.minutes, frame)
        if not fitted:
            return None
        pairs = [_one_time(t, start, hedge) for t in fitted]
        cores, supports = [c for c, _ in pairs], [s for _, s in pairs]
        first = fitted[0] if len(fitted) == 1 else None
        if len(fitted) == 2:
            steps.append("no a.m. or p.m.: both readings")
    else:
        spans = [(a, b) for a in _fit(start.minutes, frame) for b in _fit(end.minutes, frame)
                 if a < b]
        if not spans or (hedge is not None and lex.CLOCK_HEDGES[hedge][0] != "approx"):
            return None
        # "from 3 to 6pm": an a.m./p.m. written once is shared, so the shortest pair.
        shortest = min(b - a for a, b in spans)
        spans = [(a, b) for a, b in spans if b - a == shortest]
        cores = [Interval(a, b + end.grain, hi_open=True) for a, b in spans]
        slack = lex.CLOCK_HEDGES[hedge][2] if hedge else 0  # "around 3-4pm"
        supports = [Interval(c.lo - slack, c.hi + slack, c.lo_open, c.hi_open) for c in cores]
        first = spans[0][0] if len(spans) == 1 else None
        steps.append("a range of clock times, to the end of the last minute")
    core, support = cores[0], supports[0]
    for c, s in zip(cores[1:], supports[1:], strict=True):
        core, support = core.hull(c), support.hull(s)
    core = Interval(core.lo + shift, core.hi + shift, core.lo_open, core.hi_open)
    support = Interval(support.lo + shift, support.hi + shift, support.lo_open, support.hi_open)
    timex = None
    if first is not None:
        days, minutes = divmod(first + shift, DAY)
        timex = iso(day + int(days)) + _timex(minutes, start.grain < 1)
        if start.round_hour and end is None and minutes % 60 == 0:
            timex = timex[:-3]  # "8 PM" is T20 in TimeML: written to the hour
    grain = "second" if start.grain < 1 else ("hour" if start.round_hour else "minute")
    mod = {"approx": "APPROX", "before": "BEFORE", "after": "AFTER", "until": "BEFORE",
           "from": "AFTER"}.get(lex.CLOCK_HEDGES[hedge][0]) if hedge else None
    return _value(text, day, core, support, grain, timex, mod,
                  (f"a clock time on {iso(day)}", *steps))


def _fit(minutes: tuple[float, ...], frame: tuple[float, float]) -> list[float]:
    """The readings inside the frame (a part of the day; the night runs past 24:00)."""
    out = []
    for t in minutes:
        for cand in (t, t + DAY):
            # The frame comes from fractional days: allow their rounding error.
            if frame[0] - 1e-6 <= cand <= frame[1] + 1e-6:
                out.append(cand)
                break
    return out


def _one_time(t: float, clock: Clock, hedge: str | None) -> tuple[Interval, Interval]:
    point = Interval(t, t + clock.grain, hi_open=True)
    slack = 15 if clock.round_hour else 0
    if hedge is None:
        if slack:
            return point, Interval(t - slack, t + slack)
        return point, point
    side, c, s = lex.CLOCK_HEDGES[hedge]
    if side == "approx":
        return Interval(t - c, t + c), Interval(t - s, t + s)
    if side == "before":
        return Interval(t - c, t, hi_open=True), Interval(t - s, t, hi_open=True)
    if side == "after":
        return Interval(t, t + c, lo_open=True), Interval(t, t + s, lo_open=True)
    if side == "until":
        return Interval(-INF, t + clock.grain, hi_open=True), Interval(-INF, t + clock.grain,
                                                                          hi_open=True)
    return Interval(t, INF), Interval(t, INF)


def _modified_part(text: str, pmod: str, inner: str, read_date: Reader) -> Value | None:
    try:
        value = read_date(inner)
    except NormalizationError:
        return None
    if value is None or value.granularity != "part of day" or pmod not in ("early", "late",
                                                                           "mid"):
        return None
    # As for "early morning": a third of the part as core, the part's support as support.
    day = math.floor(value.support.lo)
    c, d = (value.support.lo - day) * DAY, (value.support.hi - day) * DAY
    a, b, _, _ = _modified(pmod, c, d)
    return _part_value(text, day, ((a, b, c, d), f"{pmod} {inner}", ""), timex=value.timex)


def _part_value(text: str, day: int, part: tuple[tuple[float, float, float, float], str, str],
                timex: str | None = None) -> Value:
    (a, b, c, d), name, code = part
    core = Interval(a, b, hi_open=True)
    support = Interval(c, d, hi_open=True)
    timex = timex or iso(day) + ("T" + code if code else "")
    return _value(text, day, core, support, "part of day", timex, None,
                  (f"'{name}' on {iso(day)}: hours {a / 60:g}-{b / 60:g} "
                   f"(loosest {c / 60:g}-{d / 60:g})",))


def _value(text: str, day: int, core: Interval, support: Interval, grain: str,
           timex: str | None, mod: str | None, steps: tuple[str, ...]) -> Value:
    def on_day(iv: Interval) -> Interval:
        return Interval(day + iv.lo / DAY, day + iv.hi / DAY, iv.lo_open, iv.hi_open)

    return date_value(text, on_day(core), on_day(support), timex=timex, granularity=grain,
                      mod=mod, steps=steps)


def _retext(value: Value, text: str) -> Value:
    from dataclasses import replace

    return replace(value, text=text)
