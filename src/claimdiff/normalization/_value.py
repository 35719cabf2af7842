"""A normalized value: a core interval inside a support interval, with its provenance."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from claimdiff.normalization._interval import Interval

Bound = date | timedelta | float | None
SUB_DAY = frozenset({"hour", "minute", "second", "part of day"})
"""Granularities of a time of day: its ends are fractions of a day."""


class Kind(str, Enum):
    """The dimension family of a value."""

    DATE = "date"
    DURATION = "duration"
    QUANTITY = "quantity"
    SET = "set"
    """A recurrence ("every month", "annually"): its core and support are the
    period between occurrences, in days; it is no date interval."""

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Value:
    """What a phrase asserts, as a `core` interval inside a `support` interval.

    Dates are held as ordinal days, durations as days, quantities as numbers in
    the canonical `unit` (`None` for plain counts), sets as their period in
    days. Use `core_bounds` and
    `support_bounds` for `date` / `timedelta` / `float` ends.
    """

    kind: Kind
    text: str
    core: Interval
    support: Interval
    unit: str | None = None
    """Canonical unit: `"day"` for durations, e.g. `"m"`, `"kg"`, `"USD"` for quantities."""
    dimension: str = ""
    """What may be compared with what: `"date"`, `"time"`, `"count"`, `"length"`, ..."""
    noun: str | None = None
    """The counted noun as written ("soldiers", "villages"), when there is one."""
    mod: str | None = None
    """TIMEX3-style modifier: `APPROX`, `LESS_THAN`, `MORE_THAN`, `START`, `MID`, ..."""
    granularity: str = ""
    """The precision as written: `"day"`, `"month"`, `"season"`, `"1000"`, ..."""
    timex: str | None = None
    """TIMEX3 value (`2024-06-12`, `P9M`, `2020-FA`, `199`, `XXXX-XX` for a set)."""
    steps: tuple[str, ...] = field(default=())
    """How the reading was made, one short sentence a step."""
    zone: int | None = None
    """The UTC offset in minutes a time of day was written in ("4.30 pm IST": 330) when it
    was kept as written because the reference has none; `None` when no zone was written
    or it was converted. Two clocks are compared in one zone or not at all."""
    sides: tuple[int, int] | None = None
    """A score, tally or odds ("7-2", "by 214 votes to 187"): its two sides in the order
    written; `core` is then the larger side. Two scores are compared side by side."""

    def __post_init__(self) -> None:
        if not self.support.contains(self.core):
            raise ValueError(f"core {self.core} is not inside support {self.support}")

    @property
    def core_bounds(self) -> tuple[Bound, Bound]:
        """The core's ends as `date`, `timedelta` or `float` (`None` when unbounded)."""
        return self._typed(self.core)

    @property
    def support_bounds(self) -> tuple[Bound, Bound]:
        """The support's ends as `date`, `timedelta` or `float` (`None` when unbounded)."""
        return self._typed(self.support)

    def _typed(self, interval: Interval) -> tuple[Bound, Bound]:
        return (self._bound(interval.lo, interval.lo_open, up=True),
                self._bound(interval.hi, interval.hi_open, up=False))

    @property
    def sub_day(self) -> bool:
        """A time of day ("at 3pm", "Wednesday night"): ends are fractions of days."""
        return self.kind is Kind.DATE and self.granularity in SUB_DAY

    def on_timeline(self) -> Value:
        """This value with whole days read as spans of time: a date interval of days
        [a, b] becomes [a, b + 1), so that it compares with times of day ("late on
        Friday" lies in "Friday"). Other values are returned as they are."""
        if self.kind is not Kind.DATE or self.sub_day:
            return self
        return replace(self, core=_whole_days(self.core), support=_whole_days(self.support),
                       granularity=self.granularity or "day")

    def _bound(self, x: float, is_open: bool, *, up: bool) -> Bound:
        if not math.isfinite(x):
            return None
        if self.sub_day and 1 <= math.floor(x) < _LAST_DAY:
            stamp = datetime.fromordinal(int(math.floor(x)))
            return stamp + timedelta(seconds=round((x - math.floor(x)) * 86400))
        if self.kind is Kind.DATE:
            # An open end on a day grid excludes that day.
            day = math.ceil(x) if up else math.floor(x)
            if is_open and day == x:
                day = day + 1 if up else day - 1
            if not 1 <= day <= _LAST_DAY:
                return None  # beyond the calendar (years 1-9999): unbounded that way
            return date.fromordinal(int(day))
        if self.kind in (Kind.DURATION, Kind.SET):
            # timedelta stops at 999,999,999 days; "4.5 billion years" stays in days.
            return timedelta(days=x) if abs(x) < timedelta.max.days else x
        return x

    def render(self, interval: Interval | None = None) -> str:
        """An interval of this value as a person reads it: `2024-05-20 … 2024-06-19`."""
        if self.sides is not None:
            return f"{self.sides[0]}-{self.sides[1]}"
        interval = interval or self.core
        if self.kind is Kind.DURATION:
            return _render_duration(interval, self.granularity)
        if self.kind is Kind.SET:
            return "every " + _render_duration(interval, self.granularity).removeprefix("1 ")
        lo, hi = self._typed(interval)
        fmt = _fmt_bound
        if lo == hi:
            return fmt(lo, self)
        left = "-∞" if lo is None else fmt(lo, self)
        return f"{left} … {fmt(hi, self)}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: text, kind, core, support (as in `render`), unit, mod, timex."""
        return {
            "text": self.text,
            "kind": self.kind.value,
            "core": [_json_bound(b) for b in self.core_bounds],
            "support": [_json_bound(b) for b in self.support_bounds],
            "unit": self.unit,
            "dimension": self.dimension,
            "noun": self.noun,
            "mod": self.mod,
            "granularity": self.granularity,
            "timex": self.timex,
            "steps": list(self.steps),
            **({"zone": self.zone} if self.zone is not None else {}),
            **({"sides": list(self.sides)} if self.sides is not None else {}),
        }


def _whole_days(interval: Interval) -> Interval:
    """The days a day-grid interval holds, as a span: a day d is held when lo <= d <= hi
    ("five days ago" read as ref - [4.5, 5.5] holds one day, the whole of it); an
    interval between two days holds the days it touches."""
    lo, hi = interval.lo, interval.hi
    first = math.ceil(lo) + (1 if interval.lo_open and lo == math.ceil(lo) else 0) \
        if math.isfinite(lo) else lo
    last = math.floor(hi) - (1 if interval.hi_open and hi == math.floor(hi) else 0) \
        if math.isfinite(hi) else hi
    if first > last:
        first = math.floor(lo) if math.isfinite(lo) else lo
        last = max(first, math.ceil(hi) - 1) if math.isfinite(hi) else hi
    return Interval(first, last + 1 if math.isfinite(last) else last,
                    not math.isfinite(lo) and interval.lo_open,
                    True if math.isfinite(last) else interval.hi_open)


_LAST_DAY = date.max.toordinal()


def _render_duration(interval: Interval, granularity: str) -> str:
    # Durations read best in the unit they were written in: "8.1 … 9 months".
    from claimdiff.normalization._calendar import DAYS_PER_UNIT

    unit = granularity if granularity in DAYS_PER_UNIT else _unit_for(interval)
    factor = DAYS_PER_UNIT[unit]
    lo, hi = interval.lo / factor, interval.hi / factor
    plural = "centuries" if unit == "century" else unit + "s"

    def num(x: float) -> str:
        return "∞" if math.isinf(x) else f"{round(x, 2):g}"

    if lo == hi:
        return f"{num(lo)} {unit if lo == 1 else plural}"
    return f"{num(lo)} … {num(hi)} {plural}"


def _unit_for(interval: Interval) -> str:
    """A unit to show a duration of no written unit in (one kept without its granularity):
    days, or the hours, minutes or seconds a span shorter than a day is read in ("2:21.3"
    is 141.3 seconds, not "0 days")."""
    from claimdiff.normalization._calendar import DAYS_PER_UNIT

    if not math.isfinite(interval.hi):
        return "day"
    size, width = max(abs(interval.lo), abs(interval.hi)), interval.hi - interval.lo
    for unit in ("day", "hour", "minute"):  # the largest that shows both ends apart
        if size >= DAYS_PER_UNIT[unit] and (width == 0 or width >= DAYS_PER_UNIT[unit] / 100):
            return unit
    return "second"


def _json_bound(b: Bound) -> str | float | None:
    if isinstance(b, datetime):
        return b.isoformat(timespec="seconds")
    if isinstance(b, date):
        return b.isoformat()
    if isinstance(b, timedelta):
        return round(b.total_seconds() / 86400, 6)
    if b is None:
        return None
    return round(b, 9)


def _fmt_bound(b: Bound, value: Value) -> str:
    if b is None:
        return "∞"
    if isinstance(b, datetime):
        return b.isoformat(" ", "seconds" if b.second else "minutes")
    if isinstance(b, date):
        return b.isoformat()
    if isinstance(b, timedelta):
        days = b.total_seconds() / 86400
        return f"{days:g} days"
    if value.dimension == "time of day":  # minutes after midnight, as a clock shows them
        minute = int(round(b)) % 1440 if b != 1440 else 1440
        return f"{minute // 60:02d}:{minute % 60:02d}"
    text = f"{b:,.6g}" if abs(b) < 1e15 else f"{b:g}"
    return f"{text} {value.unit}" if value.unit else text
