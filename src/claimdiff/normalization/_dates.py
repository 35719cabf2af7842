"""Resolvers for calendar dates: days, months, seasons, quarters, halves and weeks (years,
decades and centuries are in `_years`).

A resolver takes a match of its rule and the context and returns a `Value`,
or `None` when the match is not what the rule means (the caller tries the
next rule). Rules of reading (see `docs/normalization.md`):

* A date without its year is placed by `_yearless.pick`: a month or
  month-day from eight months before to three months after the reference's
  month ("May" read on 2013-03-22 is 2013-05, "August" 2012-08), a season
  the latest on or before the reference; `next` picks the first after it,
  `last` the latest before it.
* Parts of a period (`early`, `mid`, `late`, `the end of`) take a third of it
  as the core and the matching half as the support (Duckling's 1-10 / 11-20 /
  21-end for months; Jan-Apr / May-Aug / Sep-Dec for years).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import (
    Span,
    iso_week_label,
    month_span,
    months_span,
    ordinal,
    week_span,
)
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._temporal_en import (
    HALF_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    PARTS,
    SEASONS,
    WEEK_ORDINALS,
    WEEKDAYS,
)
from claimdiff.normalization._value import Value
from claimdiff.normalization._yearless import pick

__all__ = ["apply_part", "clock_timex", "day_number", "part_of", "resolve_day", "resolve_dayonly",
           "resolve_half", "resolve_iso", "resolve_month", "resolve_nthweek", "resolve_quarter",
           "resolve_season", "season_spans", "short_year", "word"]

# Seasons: (first month, last month) of the meteorological core, and the
# astronomical end (month, day) that bounds the support.
_SEASON_CORE = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# The latest each astronomical season ends (solstices and equinoxes move by a day or two).
_SEASON_END = {"SP": (6, 21), "SU": (9, 23), "FA": (12, 22), "WI": (3, 21)}


def word(m: re.Match[str], group: str) -> str | None:
    """A group's text, lower-cased with single spaces, or `None`."""
    text = m.group(group) if group in m.re.groupindex else None
    return re.sub(r"\s+", " ", text.lower()) if text else None


def part_of(m: re.Match[str]) -> str | None:
    """The TIMEX3 mod of the part-of-period prefix (`START`, `MID`, `END`)."""
    key = word(m, "pw") or word(m, "pn")
    return PARTS[key] if key else None


def apply_part(
    text: str, span: Span, mod: str | None, *, timex: str, granularity: str, steps: list[str]
) -> Value:
    """The whole span, or the part of it named by `mod`."""
    if mod is None:
        return date_value(text, span, timex=timex, granularity=granularity, steps=tuple(steps))
    first, last = span
    d0 = date.fromordinal(first)
    n = last - first + 1
    if granularity == "month":
        cuts = [(0, 9), (10, 19), (20, n - 1)]
        halves = [(0, 14), (5, 24), (15, n - 1)]
    elif granularity == "year" and d0.month == 1:
        y = d0.year
        edges = [month_span(y, 1)[0], month_span(y, 5)[0], month_span(y, 9)[0], last + 1]
        cuts = [(edges[i] - first, edges[i + 1] - first - 1) for i in range(3)]
        halves = [(0, month_span(y, 6)[1] - first), (month_span(y, 4)[0] - first,
                  month_span(y, 9)[1] - first), (month_span(y, 7)[0] - first, n - 1)]
    elif granularity in ("decade", "century"):
        # Whole years: early = the first third (rounded up), mid = the middle,
        # late = the last third; supports are the matching halves.
        years = d0.year
        count = date.fromordinal(last).year - years + 1
        c = -(-count // 3)
        spans = [(0, c - 1), (c - 1, count - c), (count - c, count - 1)]
        wide = [(0, count // 2), (count // 6, count - 1 - count // 6), (count // 2, count - 1)]

        def days(a: int, b: int) -> tuple[int, int]:
            return ordinal(years + a, 1, 1) - first, ordinal(years + b, 12, 31) - first

        cuts = [days(*s) for s in spans]
        halves = [days(*s) for s in wide]
    else:
        third = n // 3
        cuts = [(0, third - 1), (third, 2 * third - 1), (2 * third, n - 1)]
        halves = [(0, n // 2), (n // 6, n - 1 - n // 6), (n // 2, n - 1)]
    index = {"START": 0, "MID": 1, "END": 2}[mod]
    core = (first + cuts[index][0], first + cuts[index][1])
    support = (first + halves[index][0], first + halves[index][1])
    steps.append(f"{mod.lower()} of the {granularity}: a third as core "
                 f"({date.fromordinal(core[0])} to {date.fromordinal(core[1])}), "
                 "the matching half as support")
    return date_value(text, core, support, timex=timex, granularity=granularity, mod=mod,
                      steps=tuple(steps))


def day_number(raw: str) -> int:
    """A day of the month as written: `12`, `12th`, `twelfth`."""
    raw = raw.lower()
    if raw in ORDINAL_WORDS:
        return ORDINAL_WORDS[raw]
    return int(re.sub(r"\D", "", raw))


def resolve_iso(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`2024-06-12`, `2024-06`."""
    y, mo = int(m["y"]), int(m["m"])
    if m["d"]:
        try:
            day = ordinal(y, mo, int(m["d"]))
        except ValueError:
            return None
        return date_value(text, (day, day), timex=f"{y:04d}-{mo:02d}-{int(m['d']):02d}",
                          granularity="day", steps=("ISO date",))
    return date_value(text, month_span(y, mo), timex=f"{y:04d}-{mo:02d}",
                      granularity="month", steps=("ISO month",))


def resolve_day(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`June 12, 2024`, `12 June`, `Wednesday, June 12`, `the 12th of June`."""
    mon = MONTHS[word(m, "mon") or ""]
    day = day_number(m["day"])
    steps = [f"month {mon}, day {day}"]
    if m["year"]:
        years = [int(m["year"])]
    else:
        ref_year = date.fromordinal(ctx.ref(text)).year
        years = [ref_year - 1, ref_year, ref_year + 1]
    spans = []
    for y in years:
        if day <= calendar.monthrange(y, mon)[1]:
            spans.append((ordinal(y, mon, day), ordinal(y, mon, day)))
    if not spans:
        return None
    named = word(m, "wd") if "wd" in m.re.groupindex else None
    if named:
        # The weekday must fit the date; without a year it picks among the candidates.
        wanted = WEEKDAYS[named]
        fitting = [s for s in spans if date.fromordinal(s[0]).weekday() == wanted]
        if not fitting:
            first = date.fromordinal(spans[0][0])
            raise NormalizationError(
                f"cannot read {text!r}: {first:%B} {first.day}"
                + (f", {first.year}" if m["year"] else "") + f" is not a {named.capitalize()}",
                text=text)
        spans = fitting
        steps.append(f"{named.capitalize()} fits {len(fitting)} of the readings")
    chosen = spans[0] if m["year"] else pick(ctx, text, spans, None, steps, near=True)
    timex = date.fromordinal(chosen[0]).isoformat()
    clock = m.group("clock") if "clock" in m.re.groupindex else None
    if clock:
        timex += clock_timex(clock)
    return date_value(text, chosen, timex=timex, granularity="day", steps=tuple(steps))


def clock_timex(clock: str) -> str:
    """A clock time as a TIMEX3 time suffix: `8 PM` -> `T20`, `15:00` -> `T15:00`."""
    hm = re.match(r"(\d+)(?::(\d\d))?\s*([ap])?", clock.lower())
    assert hm is not None
    hour = int(hm[1]) % 12 + (12 if hm[3] == "p" else 0) if hm[3] else int(hm[1])
    return f"T{hour:02d}:{hm[2]}" if hm[2] else f"T{hour:02d}"


def _month_of(m: re.Match[str], ctx: Context, text: str, mon: int, steps: list[str],
              shift: str | None) -> Span:
    """The month `mon` of the written year, else the reading nearest the reference."""
    if m["year"]:
        return month_span(int(m["year"]), mon)
    ref_year = date.fromordinal(ctx.ref(text)).year
    spans = [month_span(y, mon) for y in (ref_year - 1, ref_year, ref_year + 1)]
    return pick(ctx, text, spans, shift, steps, near=True)


def resolve_month(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`September 2023`, `mid-April`, `late last July`, `May of 2010`."""
    mon = MONTHS[word(m, "mon") or ""]
    steps = [f"month {mon}"]
    span = _month_of(m, ctx, text, mon, steps, word(m, "shift"))
    d = date.fromordinal(span[0])
    return apply_part(text, span, part_of(m), timex=f"{d.year:04d}-{d.month:02d}",
                      granularity="month", steps=steps)


def season_spans(y: int, code: str) -> tuple[Span, Span]:
    """`(core, support)` of season `code` of year `y` (winter runs into `y + 1`)."""
    first, last = _SEASON_CORE[code]
    core = months_span(y, first, last)
    end_month, end_day = _SEASON_END[code]
    end_year = y + 1 if code in ("WI",) else y
    support_end = max(core[1], ordinal(end_year, end_month, end_day))
    # Winter of `y` may also mean its January-February: the support holds both.
    support_start = ordinal(y, 1, 1) if code == "WI" else core[0]
    return core, (support_start, support_end)


def resolve_season(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the fall of 2020`, `summer 2012`, `last summer`, `autumn`."""
    code = SEASONS[word(m, "season") or ""]
    steps = [f"season {code}: meteorological core, astronomical support"]
    if m["year_b"]:
        # "winter 2021-22": the winter that runs from one year into the next.
        y = int(m["year"])
        if code != "WI" or int(m["year_b"]) % 100 != (y + 1) % 100:
            return None
        core, support = season_spans(y, code)
        steps.append(f"winter {y}-{y + 1}: December {y} to February {y + 1}")
        return date_value(text, core, (core[0], support[1]), timex=f"{y:04d}-{code}",
                          granularity="season", steps=tuple(steps))
    if m["year"] or m["yy"]:
        y = int(m["year"]) if m["year"] else short_year(int(m["yy"]), ctx, text, steps)
    else:
        ref_year = date.fromordinal(ctx.ref(text)).year
        cores = {season_spans(y, code)[0]: y for y in (ref_year - 2, ref_year - 1, ref_year,
                                                      ref_year + 1)}
        y = cores[pick(ctx, text, list(cores), word(m, "shift"), steps)]
    core, support = season_spans(y, code)
    mod = part_of(m)
    if mod is not None:
        return apply_part(text, core, mod, timex=f"{y:04d}-{code}", granularity="season",
                          steps=steps)
    return date_value(text, core, support, timex=f"{y:04d}-{code}", granularity="season",
                      steps=tuple(steps))


def resolve_quarter(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the first quarter of 2024`, `Q3 2023`."""
    qn = (m["qn"] or "").lower()
    if m["qd"]:
        q = int(m["qd"])
    elif qn[:1].isdigit():
        q = int(qn[0])
    else:
        q = ["first", "second", "third", "fourth"].index(qn) + 1
    y = int(m["year"] or m["year2"])
    return date_value(text, months_span(y, 3 * q - 2, 3 * q), timex=f"{y:04d}-Q{q}",
                      granularity="quarter", steps=(f"quarter {q} of {y}",))


def short_year(yy: int, ctx: Context, text: str, steps: list[str]) -> int:
    """A two-digit year (`'58`, `'22`): the latest such year up to the reference's."""
    ref_year = date.fromordinal(ctx.ref(text)).year
    y = max(c for c in (1900 + yy, 2000 + yy, 2100 + yy) if c <= ref_year) \
        if 1900 + yy <= ref_year else 1900 + yy
    steps.append(f"'{yy:02d}: the latest such year up to {ref_year}")
    return y


def resolve_half(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the first half of 2023`, `H2 2023`: six months, TIMEX3 `2023-H1`."""
    h = int(m["hd"]) if m["hd"] else HALF_WORDS[word(m, "hn") or ""]
    y = int(m["year"] or m["year2"])
    return date_value(text, months_span(y, 6 * h - 5, 6 * h), timex=f"{y:04d}-H{h}",
                      granularity="half", steps=(f"half {h} of {y}",))


def resolve_nthweek(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the first week of June`: days 1-7 (the n-th seven days; `last`: the last
    seven); the support adds the calendar weeks they touch. TIMEX3: the ISO week
    holding most of them (the one with their middle day)."""
    mon = MONTHS[word(m, "mon") or ""]
    n = WEEK_ORDINALS[word(m, "wn") or ""]
    steps = [f"week {n} of month {mon}"]
    span = _month_of(m, ctx, text, mon, steps, None)
    if (word(m, "wk") or "week") != "week":  # "the last weekend of October"
        saturdays = [d for d in range(span[0], span[1] + 1) if date.fromordinal(d).weekday() == 5]
        if len(saturdays) < abs(n):
            return None
        sat = saturdays[n - 1 if n > 0 else n]
        steps.append(f"Saturday {iso(sat)} and its Sunday, the support from the Friday")
        return date_value(text, (sat, sat + 1), (sat - 1, sat + 1),
                          timex=iso_week_label(sat) + "-WE", granularity="weekend",
                          steps=tuple(steps))
    first = span[0] + 7 * (n - 1) if n > 0 else span[1] + 7 * n + 1
    core = (first, first + 6)
    support = (week_span(core[0])[0], week_span(core[1])[1])
    steps.append("seven days as core, the calendar weeks they touch as support")
    return date_value(text, core, support, timex=iso_week_label(first + 3),
                      granularity="week", steps=tuple(steps))


def resolve_dayonly(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`on the 12th`: that day of the reference's month, or of the month before or
    after when that day is nearer the reference."""
    ref = ctx.ref(text)
    r = date.fromordinal(ref)
    day = day_number(m["day"])
    spans = []
    for shift in (-1, 0, 1):
        y, mo = divmod(r.year * 12 + r.month - 1 + shift, 12)
        if day <= calendar.monthrange(y, mo + 1)[1]:
            d = ordinal(y, mo + 1, day)
            spans.append((d, d))
    chosen = min(spans, key=lambda s: (abs(s[0] - ref), s[0] > ref))
    why = "the nearest such day to"
    if chosen[0] < ref and ctx.future:  # "the meeting is on the 1st": the next one
        chosen, why = min(s for s in spans if s[0] >= ref), "future tense: the next such day from"
    return date_value(text, chosen, timex=date.fromordinal(chosen[0]).isoformat(),
                      granularity="day", steps=(f"day {day}: {why} {r.isoformat()}",))
