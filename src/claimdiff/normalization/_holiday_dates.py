"""Where a holiday's rule puts it in given years: its days (the core) and its support.

The rules are those of `_holidays_en.py` and `_observances_en.py`. Easter comes from
python-dateutil, the Islamic calendar from hijridate (Umm al-Qura), the Hebrew calendar
from convertdate, Hindu, solar and Chinese days from `_lunisolar.py`, each imported only
when such a holiday is read.
"""

from __future__ import annotations

import warnings
from datetime import date, timedelta

from claimdiff.normalization._calendar import Span
from claimdiff.normalization._holidays_en import Rule

__all__ = ["spans"]


def spans(rule: Rule, length: int, years: range) -> list[tuple[Span, Span]]:
    """Every occurrence of the holiday starting in `years` (Gregorian), core and support."""
    kind = rule[0]
    if kind == "hijri":
        return _hijri_spans(rule, years)
    if kind == "hijriwd":
        return _hijri_weekday_spans(rule, years)
    if kind == "hebrew":
        return _hebrew_spans(rule, length, years)
    if kind in ("hindu", "sankranti", "nakshatra", "chinese", "sun"):
        return _sky_spans(rule, length, years)
    return [s for y in years if 1 <= y <= 9999 and (s := _span(rule, length, y))]


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
        if len(rule) > 5:  # off a day counted from Easter, by `rule[6]` days
            from dateutil.easter import easter

            if day == easter(year).toordinal() + int(rule[5]):
                day += int(rule[6])
    elif kind in ("easter", "orthodox"):
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        method = EASTER_ORTHODOX if kind == "orthodox" else EASTER_WESTERN
        day = easter(year, method).toordinal() + int(rule[1])
    elif kind == "observed":  # a fixed day moved off the weekend
        day = date(year, int(rule[1]), int(rule[2])).toordinal()
        day += {5: int(rule[3]), 6: int(rule[4])}.get(date.fromordinal(day).weekday(), 0)
    elif kind == "onbefore":  # the weekday on or before a day; to a fixed last day
        d = date(year, int(rule[1]), int(rule[2]))
        day = (d - timedelta(days=(d.weekday() - int(rule[3])) % 7)).toordinal()
        if len(rule) > 4:
            length = date(year, int(rule[4]), int(rule[5])).toordinal() - day + 1
    elif kind == "parsi":  # the Shahenshahi year has 365 days: one day earlier each leap year
        day = _PARSI_2024 + round((year - 2024) * 365)
        day += 365 if date.fromordinal(day).year < year else 0
    else:
        return None
    return (day, day + length - 1), (day, day + length - 1)


# Parsi (Shahenshahi) New Year 2024, 1 Farvardin 1394 YZ; a year of 365 days without leap.
_PARSI_2024 = date(2024, 8, 15).toordinal()


def _sky_spans(rule: Rule, length: int, years: range) -> list[tuple[Span, Span]]:
    """A Hindu, solar-sign, Chinese or solar-term day in `years`; a day of slack each side."""
    from claimdiff.normalization import _lunisolar as sky

    days: list[int] = []
    for year in years:
        if not 1900 <= year <= 2100:  # Meeus's series are checked for these years
            continue
        if rule[0] == "sun":  # the Sun's longitude is reached at one instant: a day (UTC)
            days.append(sky.solar_term(year, int(rule[1])))
        elif rule[0] == "hindu":
            days += [d + int(rule[4]) for d in
                     sky.hindu_festival(year, int(rule[1]), int(rule[2]), str(rule[3]))]
        elif rule[0] == "sankranti":
            days.append(sky.sankranti(year, int(rule[1])) + int(rule[2]))
        elif rule[0] == "nakshatra":
            found = sky.nakshatra_day(year, int(rule[1]), int(rule[2]))
            days += [] if found is None else [found]
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


def _hijri_weekday_spans(rule: Rule, years: range) -> list[tuple[Span, Span]]:
    """The n-th (or last) weekday of an Islamic month in `years` (Jumu'atul-Wida)."""
    month, weekday, n = (int(x) for x in rule[1:4])
    out = []
    for (start, end), _ in _hijri_spans(("hijri", month, 1, 0), years):
        # The month can start a day either way with the sighting: the support holds the
        # weekday of each of the three months.
        found = [_nth_weekday_in(start + s, end + s, weekday, n) for s in (0, -1, 1)]
        if found[0] is not None:
            days = [d for d in found if d is not None]
            out.append(((found[0], found[0]), (min(days), max(days))))
    return out


def _nth_weekday_in(first: int, last: int, weekday: int, n: int) -> int | None:
    days = [d for d in range(first, last + 1) if date.fromordinal(d).weekday() == weekday]
    return days[n if n < 0 else n - 1] if len(days) >= abs(n) else None


# Israel's memorial days move off days next to the Sabbath (weekday -> days moved).
_ISRAELI_MOVES: dict[str, dict[int, int]] = {
    "atzmaut": {4: -1, 5: -2, 0: 1},  # Yom Ha'atzmaut: Fri, Sat -> Thu; Mon -> Tue
    "shoah": {4: -1, 6: 1},  # Yom HaShoah: Fri -> Thu; Sun -> Mon
    "zikaron": {3: -1, 4: -2, 6: 1},  # Yom HaZikaron: the eve of Yom Ha'atzmaut, moved with it
}
