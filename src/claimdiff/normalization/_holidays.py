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
    r"(?:(?:on|in|during|over|at|for|throughout)\s+)?"  # "on New Year's Eve", "during Ramadan"
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
    elif kind == "observed":  # a fixed day moved off the weekend
        day = date(year, int(rule[1]), int(rule[2])).toordinal()
        day += {5: int(rule[3]), 6: int(rule[4])}.get(date.fromordinal(day).weekday(), 0)
    elif kind == "parsi":  # the Shahenshahi year has 365 days: one day earlier each leap year
        day = _PARSI_2024 + round((year - 2024) * 365)
        day += 365 if date.fromordinal(day).year < year else 0
    else:
        return None
    return (day, day + length - 1), (day, day + length - 1)


# Parsi (Shahenshahi) New Year 2024, 1 Farvardin 1394 YZ; a year of 365 days without leap.
_PARSI_2024 = date(2024, 8, 15).toordinal()


def _sky_spans(rule: Rule, length: int, years: range) -> list[tuple[Span, Span]]:
    """A Hindu, solar-sign or Chinese festival in `years`; one day of slack each side."""
    from claimdiff.normalization import _lunisolar as sky

    days: list[int] = []
    for year in years:
        if not 1900 <= year <= 2100:  # Meeus's series are checked for these years
            continue
        if rule[0] == "hindu":
            days += [d + int(rule[4]) for d in
                     sky.hindu_festival(year, int(rule[1]), int(rule[2]), str(rule[3]))]
        elif rule[0] == "sankranti":
            days.append(sky.sankranti(year, int(rule[1])) + int(rule[2]))
        else:
            days.append(sky.chinese_new_year(year) + int(rule[1]))
    # Regions reckon the day from their own sunrise, or keep the eve: a day either way.
    return [((d, d + length - 1), (d - 1, d + length)) for d in days]


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
    moves = _ISRAELI_MOVES.get(str(rule[3]), {}) if len(rule) > 3 else {}
    out = []
    for hy in range(years.start + 3760, years.stop + 3761):
        m = 13 if month == 12 and hebrew.leap(hy) else month  # Purim: Adar II in a leap year
        with warnings.catch_warnings():  # convertdate calls its own deprecated month_days
            warnings.simplefilter("ignore", DeprecationWarning)
            start = date(*hebrew.to_gregorian(hy, m, day)).toordinal()
        start += moves.get(date.fromordinal(start).weekday(), 0)
        if date.fromordinal(start).year in years:
            # A Jewish day begins at sundown: the support holds the eve, and the days
            # that close the feast (Sukkot's Shemini Atzeret and Simchat Torah).
            closing = int(rule[4]) if len(rule) > 4 else 0
            out.append(((start, start + length - 1), (start - 1, start + length - 1 + closing)))
    return out


# Israel's memorial days move off days next to the Sabbath (weekday -> days moved).
_ISRAELI_MOVES: dict[str, dict[int, int]] = {
    "atzmaut": {4: -1, 5: -2, 0: 1},  # Yom Ha'atzmaut: Fri, Sat -> Thu; Mon -> Tue
    "shoah": {4: -1, 6: 1},  # Yom HaShoah: Fri -> Thu; Sun -> Mon
}


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
    elif rule[0] in ("hindu", "sankranti", "chinese"):
        found = _sky_spans(rule, length, years)
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


_HINDU_MONTHS = ("Chaitra", "Vaishakha", "Jyeshtha", "Ashadha", "Shravana", "Bhadrapada",
                 "Ashvin", "Kartika", "Margashirsha", "Pausha", "Magha", "Phalguna")


def _describe(rule: Rule) -> str:
    kind = rule[0]
    if kind == "fixed":
        return f"every {date(2000, int(rule[1]), int(rule[2])):%B} {rule[2]}"
    if kind == "nth":
        return "a weekday rule of its month"
    if kind in ("easter", "orthodox"):
        return f"{int(rule[1]):+d} days from {'Orthodox ' if kind == 'orthodox' else ''}Easter"
    if kind == "hebrew":
        return "the Hebrew calendar (the day begins at the eve)"
    if kind == "hindu":
        return (f"lunar day {rule[2]} of the {_HINDU_MONTHS[int(rule[1])]} month"
                " (amanta, Lahiri), a day either way by region")
    if kind == "sankranti":
        return "the Sun's entry into its sidereal sign, a day either way by region"
    if kind == "chinese":
        return "the Chinese calendar's first new moon (UTC+8), a day either way"
    if kind == "observed":
        return f"every {date(2000, int(rule[1]), int(rule[2])):%B} {rule[2]}, off the weekend"
    if kind == "parsi":
        return "the Shahenshahi calendar's 365-day year"
    return "the Umm al-Qura calendar (local sighting may move it a day)"
