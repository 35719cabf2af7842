"""Date ranges: `from 1988 to 1994`, `between 1988 and 1994`, `1988–1994`,
`June 12–14`, `12–14 June 2024`, `from April to June 2024`, `2018-19`.

A range is one date value whose core runs from the first day of its start to
the last day of its end, and whose support is the hull of the two ends'
supports (so a season end keeps its astronomical slack). Its `timex` is the
start's (TIMEX3 has no range value; TimeML would annotate two dates), and its
granularity is the start's.

An end written without what the other end has borrows it: `June 12–14` is
June 12 to June 14, `12–14 June 2024` June 12 to 14, 2024, `from April to June
2024` starts in April 2024 (or the year before, `from November to February
2024`). A range without any year places its start like a date without its
year (`_yearless.pick`) and its end on or after it. A two-digit end after a year
is a year of the same century or the next (`2018-19`, `1999-00`); with a
plain hyphen and a number that is also a month (`2011-12`) it could be ISO
`YYYY-MM`, so `2024-06` stays a month and `2011-12` (the next year, or
December) is refused as ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import Span, month_span, ordinal, year_span
from claimdiff.normalization._context import Context, date_value
from claimdiff.normalization._dates import day_number, season_spans, word
from claimdiff.normalization._temporal_en import MONTHS, SEASONS
from claimdiff.normalization._value import Value
from claimdiff.normalization._yearless import pick

_DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class End:
    """One end as written: any of year, month, day, season; or a bare number."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    num: int | None = None


@dataclass(frozen=True)
class Placed:
    """An end placed on the calendar."""

    core: Span
    support: Span
    timex: str
    granularity: str


def read_end(m: re.Match[str], p: str) -> End:
    """The end with group prefix `p` (`a_` or `b_`) of a range match."""
    def num(group: str) -> int | None:
        raw = m.group(p + group)
        return int(raw) if raw else None

    if m.group(p + "iso"):
        y, mo, d = (int(x) for x in m.group(p + "iso").split("-"))
        return End(y, mo, d)
    if m.group(p + "mon"):
        raw_day = m.group(p + "day")
        return End(num("year"), MONTHS[word(m, p + "mon") or ""],
                   day_number(raw_day) if raw_day else None)
    if m.group(p + "dmon"):
        return End(num("dyear"), MONTHS[word(m, p + "dmon") or ""],
                   day_number(m.group(p + "dday")))
    if m.group(p + "season"):
        return End(num("syear"), season=SEASONS[word(m, p + "season") or ""])
    if m.group(p + "y"):
        return End(num("y"))
    return End(num("nyear"), num=int(re.sub(r"\D", "", m.group(p + "num"))))


def place(end: End, year: int) -> Placed:
    """`end` in `year` (raises `ValueError` for a day the month does not have)."""
    if end.season is not None:
        core, support = season_spans(year, end.season)
        return Placed(core, support, f"{year:04d}-{end.season}", "season")
    if end.month is not None and end.day is not None:
        n = ordinal(year, end.month, end.day)
        return Placed((n, n), (n, n), date.fromordinal(n).isoformat(), "day")
    if end.month is not None:
        span = month_span(year, end.month)
        return Placed(span, span, f"{year:04d}-{end.month:02d}", "month")
    return Placed(year_span(year), year_span(year), f"{year:04d}", "year")


def _short_year(start: int, num: int, link: str, text: str) -> int | None:
    year = start // 100 * 100 + num
    if year <= start:
        year += 100
    if year - start > 10:
        return None  # "2019 - 04" is no 85-year span: a two-digit end names a near year
    if link.strip() == "-" and 1 <= num <= 12:
        if year == start + 1:
            raise NormalizationError(
                f"{text!r} is ambiguous: the years {start}–{year}, or the month "
                f"{start}-{num:02d} (ISO); write {start}–{year} or the month in words",
                text=text)
        return None  # "2024-06": an ISO month, read by its own rule
    return year


def complete(a: End, b: End, link: str, text: str) -> tuple[End, End] | None:
    """Fill a bare-number end from the other end; `None` when it cannot be read."""
    if a.num is not None and b.num is not None:
        return None
    if b.num is not None:
        if a.day is not None:  # "June 12–14", "June 12–14, 2024"
            if b.num <= a.day:
                return None
            return a, End(a.year if b.year is None else b.year, a.month, b.num)
        if b.year is None and a.year is not None and a.month is None and a.season is None:
            year = _short_year(a.year, b.num, link, text)  # "2018-19"
            return None if year is None else (a, End(year))
        return None
    if a.num is not None:
        if b.day is None or a.year is not None or a.num >= b.day:
            return None
        return End(b.year, b.month, a.num), b  # "12–14 June 2024"
    if (a.month is not None or a.season is not None) and a.year is None \
            and b.year is not None and b.month is None and b.season is None:
        return None  # "Mar-2021" is March 2021, not March (2020) to the end of 2021
    return a, b


def _years(a: End, b: End, ctx: Context, text: str, steps: list[str]) -> tuple[int, int]:
    if a.year is not None and b.year is not None:
        return a.year, b.year
    if b.year is not None:  # the start borrows the end's year, or the one before
        ya = b.year if place(a, b.year).core[0] <= place(b, b.year).core[0] else b.year - 1
        steps.append(f"the start takes the year {ya} from the end")
        return ya, b.year
    if a.year is None:
        ref_year = date.fromordinal(ctx.ref(text)).year
        spans = {place(a, y).core: y for y in (ref_year - 1, ref_year, ref_year + 1)}
        ya = spans[pick(ctx, text, list(spans), None, steps, near=a.season is None)]
    else:
        ya = a.year
    yb = ya if place(b, ya).core[0] >= place(a, ya).core[0] else ya + 1
    steps.append(f"the end takes the year {yb}: on or after the start")
    return ya, yb


def resolve_range(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """A range of dates as one value: the start's first day to the end's last."""
    lead, link = word(m, "lead"), m["link"].strip().lower()
    if (link == "and") != (lead == "between") and not (lead == "between" and link in _DASHES):
        return None  # "and" joins two ends only after "between"
    ends = complete(read_end(m, "a_"), read_end(m, "b_"), m["link"], text)
    if ends is None:
        return None
    steps: list[str] = []
    try:
        ya, yb = _years(*ends, ctx, text, steps)
        start, end = place(ends[0], ya), place(ends[1], yb)
    except ValueError:
        return None  # a day the month does not have
    if start.core[0] > end.core[0] or start.core[1] > end.core[1]:
        raise NormalizationError(f"{text!r} ends ({end.timex}) before it starts "
                                 f"({start.timex})", text=text)
    steps.insert(0, f"range: {start.timex} to {end.timex}, from the first day of the "
                    "start to the last day of the end")
    support = (min(start.support[0], end.support[0]), max(start.support[1], end.support[1]))
    return date_value(text, (start.core[0], end.core[1]), support, timex=start.timex,
                      granularity=start.granularity, steps=tuple(steps))
