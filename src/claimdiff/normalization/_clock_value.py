"""Times of day as values: a clock reading on its day, a part of the day, with hedges.

Ends are fractional ordinal days (`day + minutes / 1440`), end-exclusive. A time
written to the hour ("3pm") is round: support +-15 minutes; "around" +-15 core,
+-30 support; "shortly before" 30 minutes core, an hour support; parts of the day
take `_clock_en.PARTS_OF_DAY`; "early"/"mid"/"late" take the first, middle or last
third of the frame as core (half for the support), as for months and years.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.errors import NormalizationError
from claimdiff.normalization import _clock_en as lex
from claimdiff.normalization._clock_parse import DAY, Clock, timex_of
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._interval import INF, Interval
from claimdiff.normalization._value import Value

__all__ = ["Reader", "clock_value", "modified", "modified_part", "part_of_day", "part_value",
           "retext"]

Reader = Callable[[str], "Value | None"]
_PART = re.compile(
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<pmod>early|late|mid|middle\s+of\s+the)(?:[\s-]+|$))?"
    rf"(?:the\s+)?(?P<pod>{'|'.join(sorted(lex.PARTS_OF_DAY, key=len, reverse=True))})?")

def part_of_day(s: str) -> tuple[tuple[float, float, float, float], str, str] | None:
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
        a, b, _, _ = modified(pmod, c, d)
    elif pmod:
        a, b, c, d = modified(pmod, c, d)
    return (a, b, c, d), m.group(0), code


def modified(pmod: str, c: float, d: float) -> tuple[float, float, float, float]:
    """"early"/"mid"/"late" of the frame c-d: a third as core, the matching half as support."""
    third, half = (d - c) / 3, (d - c) / 2
    if pmod == "early":
        return c, c + third, c, c + half
    if pmod == "late":
        return d - third, d, d - half, d
    return c + third, d - third, c + half / 2, d - half / 2

def clock_value(text: str, day: int, frame: tuple[float, float],
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
        if not fitted and start.bare:  # "tonight 1015": 22:15
            fitted = _fit(tuple(t + DAY / 2 for t in start.minutes), frame)
            steps.append("four bare digits in a part of the day after noon: p.m.")
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
        timex = iso(day + int(days)) + timex_of(minutes, start.grain < 1)
        if start.round_hour and end is None and minutes % 60 == 0:
            timex = timex[:-3]  # "8 PM" is T20 in TimeML: written to the hour
    grain = "second" if start.grain < 1 else ("hour" if start.round_hour else "minute")
    mod = {"approx": "APPROX", "before": "BEFORE", "after": "AFTER", "until": "BEFORE",
           "from": "AFTER"}.get(lex.CLOCK_HEDGES[hedge][0]) if hedge else None
    value = _value(text, day, core, support, grain, timex, mod,
                   (f"a clock time on {iso(day)}", *steps))
    return value if zone is None or ctx.utc_offset is not None else replace(value,
                                                                             zone=round(zone))


def _fit(minutes: tuple[float, ...], frame: tuple[float, float]) -> list[float]:
    """The readings inside the frame (a part of the day; the night runs past 24:00). A time
    counted past midnight ("a quarter past midnight", 24:15) is 00:15 when the frame is
    one day's."""
    out = []
    for t in minutes:
        for cand in (t, t + DAY, t - DAY):
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


def modified_part(text: str, pmod: str, inner: str, read_date: Reader) -> Value | None:
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
    a, b, _, _ = modified(pmod, c, d)
    return part_value(text, day, ((a, b, c, d), f"{pmod} {inner}", ""), timex=value.timex)


def part_value(text: str, day: int, part: tuple[tuple[float, float, float, float], str, str],
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


def retext(value: Value, text: str) -> Value:
    return replace(value, text=text)
