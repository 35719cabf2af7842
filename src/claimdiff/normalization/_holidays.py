"""Holidays: fixed, by weekday rule, Easter-based and Islamic, placed in their year.

"Christmas", "Thanksgiving 2013", "last Easter", "Orthodox Easter 2020", "Ramadan",
"Eid al-Adha next year", "the morning of Christmas" (via the clock reader). The
rules and names are in `_holidays_en.py`. Easter comes from python-dateutil,
the Islamic calendar from hijridate (Umm al-Qura), the Hebrew calendar from
convertdate, each imported only when such a holiday is read. A holiday without
its year is placed like a month without its year (`_yearless.pick`);
"last"/"next"/"this" move it as for months.
Islamic holidays keep a support one day wider at each end: local moon sighting
can move them a day from the Umm al-Qura date.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import Span
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._holidays_en import HOLIDAYS, Rule
from claimdiff.normalization._value import Value
from claimdiff.normalization._yearless import pick

__all__ = ["read_holiday"]


def _fold(text: str) -> str:
    text = re.sub(r"['’]s\b|['’]", "", text.lower())
    text = re.sub(r"\bst\.", "st", text)
    return re.sub(r"\s+", " ", text).strip()


_ALIASES: dict[str, str] = {_fold(a): name for name, (_, _, aliases) in HOLIDAYS.items()
                            for a in aliases}
_NAMES = "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True))
_YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1}
_PHRASE = re.compile(
    rf"(?:the\s+)?(?:(?P<shift>last|this|next|coming|past|previous)\s+)?(?P<name>{_NAMES})"
    r"(?:\s*,?\s+(?:of\s+|in\s+)?(?P<year>\d{4}|last year|this year|next year))?")


def _span(rule: Rule, length: int, year: int) -> tuple[Span, Span] | None:
    """The holiday's days in `year` (its core) and its support, or `None` when out of range."""
    kind = rule[0]
    if kind == "fixed":
        day = date(year, int(rule[1]), int(rule[2])).toordinal()
    elif kind == "nth":
        month, weekday, n = int(rule[1]), int(rule[2]), int(rule[3])
        first = date(year, month, 1)
        if n > 0:
            d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        else:
            nxt = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            d = nxt - timedelta(days=(nxt.weekday() - weekday) % 7)
        day = d.toordinal() + (int(rule[4]) if len(rule) > 4 else 0)
    elif kind in ("easter", "orthodox"):
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        method = EASTER_ORTHODOX if kind == "orthodox" else EASTER_WESTERN
        day = easter(year, method).toordinal() + int(rule[1])
    else:
        return None
    return (day, day + length - 1), (day, day + length - 1)


def _hijri_spans(rule: Rule, years: range) -> list[tuple[Span, Span]]:
    """Every occurrence of an Islamic holiday starting in `years` (Gregorian)."""
    from hijridate import Gregorian, Hijri

    month, first, last = (int(x) for x in rule[1:4])
    out = []
    try:
        h0 = Gregorian(years.start, 1, 1).to_hijri().year
        h1 = Gregorian(years.stop - 1, 12, 31).to_hijri().year
    except (OverflowError, ValueError):
        return []
    for hy in range(h0, h1 + 1):
        try:
            start = Hijri(hy, month, first).to_gregorian().toordinal()
            end_day = last or Hijri(hy, month, 1).month_length()
            end = Hijri(hy, month, end_day).to_gregorian().toordinal()
        except (OverflowError, ValueError):
            continue
        if date.fromordinal(start).year in years:
            out.append(((start, end), (start - 1, end + 1)))
    return out


def _hebrew_spans(rule: Rule, length: int, years: range) -> list[tuple[Span, Span]]:
    """Every occurrence of a Jewish holiday starting in `years` (Gregorian)."""
    from convertdate import hebrew

    month, day = int(rule[1]), int(rule[2])
    out = []
    for hy in range(years.start + 3760, years.stop + 3761):
        m = 13 if month == 12 and hebrew.leap(hy) else month  # Purim: Adar II in a leap year
        with warnings.catch_warnings():  # convertdate calls its own deprecated month_days
            warnings.simplefilter("ignore", DeprecationWarning)
            start = date(*hebrew.to_gregorian(hy, m, day)).toordinal()
        if date.fromordinal(start).year in years:
            out.append(((start, start + length - 1), (start, start + length - 1)))
    return out


def read_holiday(text: str, ctx: Context) -> Value | None:
    """The phrase as a holiday in its year, or `None` when it names none."""
    m = _PHRASE.fullmatch(_fold(text))
    if m is None:
        return None
    name = _ALIASES[m["name"]]
    rule, length, _ = HOLIDAYS[name]
    year_text = m["year"]
    steps = [f"{name}: {_describe(rule)}"]
    if year_text and year_text.isdigit():
        years = range(int(year_text), int(year_text) + 1)
    else:
        ref_year = date.fromordinal(ctx.ref(text)).year
        if year_text:
            ref_year += _YEAR_WORDS[year_text]
            years = range(ref_year, ref_year + 1)
        else:
            years = range(ref_year - 1, ref_year + 2)
    if rule[0] == "hijri":
        found = _hijri_spans(rule, years)
    elif rule[0] == "hebrew":
        found = _hebrew_spans(rule, length, years)
    else:
        found = [s for y in years if 1 <= y <= 9999 and (s := _span(rule, length, y))]
    if not found:
        if rule[0] == "hijri":
            raise NormalizationError(f"cannot place {text!r}: the Umm al-Qura calendar "
                                     "covers 1924-2077 only", text=text)
        return None
    if len(found) == 1:
        core, support = found[0]
    else:
        chosen = pick(ctx, text, [c for c, _ in found], m["shift"], steps, near=True)
        core, support = next(pair for pair in found if pair[0] == chosen)
    timex = iso(core[0]) if core[0] == core[1] else None
    return date_value(text, core, support, timex=timex, granularity="day",
                      steps=tuple(steps))


def _describe(rule: Rule) -> str:
    kind = rule[0]
    if kind == "fixed":
        return f"every {date(2000, int(rule[1]), int(rule[2])):%B} {rule[2]}"
    if kind == "nth":
        return "a weekday rule of its month"
    if kind in ("easter", "orthodox"):
        return f"{int(rule[1]):+d} days from {'Orthodox ' if kind == 'orthodox' else ''}Easter"
    if kind == "hebrew":
        return "the Hebrew calendar"
    return "the Umm al-Qura calendar (local sighting may move it a day)"
