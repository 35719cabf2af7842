"""Inside one block: split it by time, attribution and period; group values in n log n.

A block holds every measurement of one dimension, measured thing, holder and
role, over the whole corpus. `split_block` cuts it into the parts that are
compared with one another:

- **time**: sorted by the day each value is about, a gap of more than
  `GAP_DAYS` days between consecutive days starts a new part, so reports of one
  event days apart always meet, whatever the calendar says, and reports months
  apart never do;
- **attribution**, then **period**: when a part holds two or more different
  attributions (police and organisers), each attribution becomes its own part
  and the unattributed values one more; one attribution and unattributed values
  stay together. Periods ("in July", "in June") split the same way.

`group_values` then groups a part's readings with one sweep: sorted by their
support, each value joins the current group while its support still shares a
point with every member's (the group's running intersection), else opens the
next group. Members of a group agree or are compatible pairwise; conflicts can
only lie between groups. Sorting dominates: n log n for a part of n values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimdiff.corpus._measure import Measurement
from claimdiff.normalization import Interval

GAP_DAYS = 7
"""Consecutive reports further apart than this (in days) start a new part of a block."""

def _split_by(items: list[Measurement], label: Callable[[Measurement], str]
              ) -> list[list[Measurement]]:
    parts: dict[str, list[Measurement]] = {}
    for m in items:
        parts.setdefault(label(m), []).append(m)
    if len(parts.keys() - {""}) < 2:
        return [items]
    return [parts[x] for x in sorted(parts)]


def _by_time(items: list[Measurement]) -> list[list[Measurement]]:
    undated = [m for m in items if m.day is None]
    dated = sorted((m for m in items if m.day is not None), key=lambda m: (m.day, m.ident))
    parts: list[list[Measurement]] = [undated] if undated else []
    last: int | None = None
    for m in dated:
        assert m.day is not None
        if last is None or m.day - last > GAP_DAYS:
            parts.append([])
        parts[-1].append(m)
        last = m.day
    return parts


def split_block(members: Sequence[Measurement]) -> list[list[Measurement]]:
    """The parts of one block compared within themselves, each sorted by `ident`."""
    out: list[list[Measurement]] = []
    for in_time in _by_time(list(members)):
        for attributed in _split_by(in_time, lambda m: m.attribution):
            out.extend(_split_by(attributed, lambda m: m.period))
    return [sorted(part, key=lambda m: m.ident) for part in out]


def window(part: Sequence[Measurement]) -> str:
    """The days a part covers: `first/last` in ISO form, one day alone, or `undated`."""
    from datetime import date

    days = sorted({m.day for m in part if m.day is not None})
    if not days:
        return "undated"
    first, last = date.fromordinal(days[0]).isoformat(), date.fromordinal(days[-1]).isoformat()
    return first if first == last else f"{first}/{last}"


def _space(m: Measurement) -> tuple[str, str, bool]:
    v = m.value
    return (v.kind.value, v.unit or "", v.sub_day)


def _order(m: Measurement) -> tuple[float, bool, float, bool, tuple[str, str, str, str]]:
    s = m.value.support
    return (s.lo, s.lo_open, s.hi, not s.hi_open, m.ident)


def group_values(part: Sequence[Measurement]) -> list[list[int]]:
    """Indexes into `part`, grouped so that the supports within a group share a point.

    Values of different kinds or units are never grouped together. Groups come in
    the order of their supports (per kind and unit), members in `part` order.
    """
    spaces: dict[tuple[str, str, bool], list[int]] = {}
    for i, m in enumerate(part):
        spaces.setdefault(_space(m), []).append(i)
    groups: list[list[int]] = []
    for space in sorted(spaces):
        common: Interval | None = None
        for i in sorted(spaces[space], key=lambda i: _order(part[i])):
            support = part[i].value.support
            joined = None if common is None else common.intersection(support)
            if joined is None:
                groups.append([])
                joined = support
            groups[-1].append(i)
            common = joined
    return [sorted(g) for g in groups]


__all__ = ["GAP_DAYS", "group_values", "split_block", "window"]
