"""Calendar arithmetic on proleptic ordinal days (`date.toordinal()`).

Spans are closed `(first, last)` pairs of ordinals. Fractional ordinals occur
only as interval ends after adding a fractional duration.
"""

from __future__ import annotations

import calendar
import math
from datetime import date

DAYS_PER_YEAR = 365.2425
DAYS_PER_MONTH = DAYS_PER_YEAR / 12

# Days per unit for units of fixed length; months and longer are calendar units
# (added with `add_months`), listed here with their mean length.
DAYS_PER_UNIT: dict[str, float] = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": DAYS_PER_MONTH, "quarter": 3 * DAYS_PER_MONTH,
    "year": DAYS_PER_YEAR, "decade": 10 * DAYS_PER_YEAR, "century": 100 * DAYS_PER_YEAR,
    "millennium": 1000 * DAYS_PER_YEAR,
}
MONTHS_PER_UNIT: dict[str, int] = {
    "month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200, "millennium": 12000,
}

Span = tuple[int, int]


def ordinal(y: int, m: int, d: int) -> int:
    """The ordinal of a calendar day."""
    return date(y, m, d).toordinal()


def month_span(y: int, m: int) -> Span:
    """First and last day of month `m` of year `y`."""
    return ordinal(y, m, 1), ordinal(y, m, calendar.monthrange(y, m)[1])


def months_span(y: int, m_first: int, m_last: int) -> Span:
    """First day of month `m_first` to last day of month `m_last` (which may pass December)."""
    y2, m2 = y + (m_last - 1) // 12, (m_last - 1) % 12 + 1
    return month_span(y, m_first)[0], month_span(y2, m2)[1]


def year_span(y: int) -> Span:
    """January 1 to December 31 of year `y`."""
    return ordinal(y, 1, 1), ordinal(y, 12, 31)


def years_span(y_first: int, y_last: int) -> Span:
    """January 1 of `y_first` to December 31 of `y_last`."""
    return ordinal(y_first, 1, 1), ordinal(y_last, 12, 31)


def week_span(day: int) -> Span:
    """The ISO week (Monday to Sunday) holding ordinal `day`."""
    monday = day - date.fromordinal(day).weekday()
    return monday, monday + 6


def iso_week_label(day: int) -> str:
    """TIMEX3 week value of the ISO week holding `day`: `2013-W11`."""
    year, week, _ = date.fromordinal(day).isocalendar()
    return f"{year:04d}-W{week:02d}"


def period_timex(day: int, grain: str) -> str:
    """TIMEX3 value of the `grain` ("day", "week", "weekend", "month", "quarter", "half" or
    "year") holding ordinal `day`: `2024-06-03`, `2024-W23`, `2024-W23-WE`, `2024-06`,
    `2024-Q2`, `2024-H1`, `2024`. The one formatter of calendar periods."""
    d = date.fromordinal(day)
    y = f"{d.year:04d}"
    if grain in ("week", "weekend"):
        return iso_week_label(day) + ("-WE" if grain == "weekend" else "")
    return {"day": d.isoformat(), "month": f"{y}-{d.month:02d}",
            "quarter": f"{y}-Q{(d.month - 1) // 3 + 1}",
            "half": f"{y}-H{1 if d.month <= 6 else 2}"}.get(grain, y)


def span_timex(span: Span) -> str | None:
    """TIMEX3 value of a span that is exactly one day, month, quarter, half or year;
    `None` for any other span."""
    lo, hi = date.fromordinal(span[0]), date.fromordinal(span[1])
    if lo == hi:
        return period_timex(span[0], "day")
    if lo.day != 1 or date.fromordinal(span[1] + 1).day != 1 or lo.year != hi.year:
        return None
    grain = {1: "month", 3: "quarter", 6: "half", 12: "year"}.get(hi.month - lo.month + 1)
    if grain is None or (lo.month - 1) % (hi.month - lo.month + 1):
        return None
    return period_timex(span[0], grain)


def _shift_months(day: int, months: int) -> int:
    d = date.fromordinal(day)
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    m += 1
    return ordinal(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift_months_continuous(day: float, months: int) -> float:
    # Interpolate between the images of the two neighbouring days: monotone in
    # `day` even where month ends clamp (Jan 30 and Jan 31 both -> Feb 28).
    whole = math.floor(day)
    frac = day - whole
    base = _shift_months(whole, months)
    if frac == 0:
        return float(base)
    return base + frac * (_shift_months(whole + 1, months) - base)


def add_months(day: float, months: float) -> float:
    """`day` plus `months` calendar months; a fraction of a month is spread
    over the length of the month it falls in.

    Monotone in both arguments: a later day or a longer span never gives an
    earlier result. Infinite ends stay infinite.
    """
    if not math.isfinite(day):
        return day
    if not math.isfinite(months):
        return math.copysign(math.inf, months)
    months = round(months, 9)
    whole = math.floor(months)
    frac = months - whole
    lo = _shift_months_continuous(day, whole)
    if frac == 0:
        return lo
    hi = _shift_months_continuous(day, whole + 1)
    return lo + frac * (hi - lo)


def add_duration(day: float, amount: float, unit: str) -> float:
    """`day` plus `amount` of `unit` (negative to go back): calendar months for
    months and longer, fixed lengths for weeks and shorter."""
    if unit in MONTHS_PER_UNIT:
        return add_months(day, amount * MONTHS_PER_UNIT[unit])
    if not math.isfinite(day):
        return day
    return day + amount * DAYS_PER_UNIT[unit]


def latest_on_or_before(ref: int, candidates: list[Span]) -> Span:
    """The candidate span that starts latest on or before `ref` (the news reading)."""
    started = [span for span in candidates if span[0] <= ref]
    return max(started) if started else min(candidates)
