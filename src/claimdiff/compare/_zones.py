"""Times of day written in time zones: two clocks are compared in one zone or not at all.

A time written with a zone ("4.30 pm IST") is kept as written when its report's own zone
is unknown (`Value.zone`). Two such times in different zones are moved to UTC before they
are compared ("0700 GMT" agrees with "3am EDT"); a time with a zone against one without
(its report's local time, which nothing says) is never a conflict: "4.30 pm IST" and
"6 a.m." in an Ohio report are the same moment.
"""

from __future__ import annotations

from dataclasses import replace

from claimdiff.normalization import Interval, Value

__all__ = ["in_utc", "one_unzoned", "zone_name"]

_DAY = 1440  # minutes


def zone_name(zone: int) -> str:
    """`UTC+5:30`, `UTC-5`, `UTC`."""
    if zone == 0:
        return "UTC"
    hours, minutes = divmod(abs(round(zone)), 60)
    return f"UTC{'+' if zone > 0 else '-'}{hours}" + (f":{minutes:02d}" if minutes else "")


def _clock(value: Value) -> bool:
    """A time of day: on its day (a date value), or in minutes after midnight."""
    return value.sub_day or value.dimension == "time of day"


def one_unzoned(a: Value, b: Value) -> bool:
    """One time of day written with a zone and the other with none."""
    return _clock(a) and _clock(b) and (a.zone is None) != (b.zone is None)


def in_utc(a: Value, b: Value) -> tuple[Value, Value] | None:
    """Both times moved to UTC when they were written in two different zones, else `None`."""
    if a.sub_day != b.sub_day or not (_clock(a) and _clock(b)):
        return None
    if a.zone is None or b.zone is None or a.zone == b.zone:
        return None
    a, b = _shifted(a), _shifted(b)
    if a.sub_day:
        return a, b
    # Minutes after midnight go round the clock: 23:00 EST is 04:00 UTC, not 28:00.
    turn = round((a.core.lo - b.core.lo) / _DAY) * _DAY
    return a, _shifted(b, turn)


def _shifted(value: Value, by: float | None = None) -> Value:
    shift = -(value.zone or 0) if by is None else by
    scale = _DAY if value.sub_day else 1  # days on a day's time line, else minutes

    def at(x: float) -> float:  # to the second, so that 07:00 GMT and 03:00 EDT are one time
        return round((x * scale + shift) * 60) / (scale * 60)

    def move(iv: Interval) -> Interval:
        return Interval(at(iv.lo), at(iv.hi), iv.lo_open, iv.hi_open)

    moved = replace(value, core=move(value.core), support=move(value.support))
    if by is not None or not value.zone:  # round the clock, or written in UTC already
        return moved if by is not None else replace(moved, zone=0)
    return replace(moved, zone=0,
                   steps=(*value.steps, f"moved from {zone_name(value.zone)} to UTC"))
