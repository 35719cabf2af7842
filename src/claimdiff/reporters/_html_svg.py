"""The pictures of the HTML report, as inline SVG: the timeline and the value number lines.

A mark is a lighter band for the support with a solid bar for the core; a
core narrower than a few pixels is drawn as a diamond (a point, e.g. one
day); an open end runs to the edge of the axis and ends in an arrow. Marks
carry `data-key` (`source#claim`) and `data-c` (the claim's index in the
page's claim table, for the provenance pop-up).
"""

from __future__ import annotations

import math
from datetime import date
from html import escape
from typing import Any

from claimdiff.reporters._html_scale import (
    Scale,
    bounds,
    date_label,
    date_ticks,
    day,
    make_scale,
    number_ticks,
)
from claimdiff.reporters._html_view import LABELS, SYMBOLS, ClaimView, GroupView, View

WIDTH = 1000
ROW = 18
POINT = 4.0
"""Cores narrower than this (px) are drawn as a diamond."""


def _f(x: float) -> str:
    return f"{x:.1f}"


def _a(text: str) -> str:
    return escape(text, quote=True)


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _span(reading: dict[str, Any], which: str, scale: Scale) -> tuple[float, float, bool, bool]:
    lo, hi = bounds(reading, which)
    return (scale.x0 if lo is None else scale.x(lo), scale.x1 if hi is None else scale.x(hi),
            lo is None, hi is None)


def mark(c: ClaimView, reading: dict[str, Any], scale: Scale, y: float, slot: str | None) -> str:
    """One claim's reading as a band and a bar (or a diamond) centred on `y`.

    Timeline marks (`slot` given) carry what the filters look for; marks inside
    a group need only their claim (the group is filtered whole).
    """
    sx0, sx1, open_lo, open_hi = _span(reading, "support", scale)
    cx0, cx1, _, _ = _span(reading, "core", scale)
    cx1 = max(cx1, cx0)
    label = f"{c.source}: {reading.get('text', '')} ({LABELS[c.verdict]})"
    filters = f' data-key="{_a(c.key)}"' if slot is None else (
        f' data-verdict="{c.verdict}" data-s="{_a(c.source)}" data-key="{_a(c.key)}" '
        f'data-slot="{slot}"')
    out = [f'<g class="mark v-{c.verdict}"{filters} data-c="{c.index}" tabindex="0" '
           f'role="button" aria-label="{_a(label)}">',
           f'<rect class="support" x="{_f(sx0)}" y="{_f(y - 6)}" width="{_f(max(sx1 - sx0, 1))}"'
           ' height="12" rx="2"/>']
    if cx1 - cx0 < POINT:
        m = (cx0 + cx1) / 2
        out.append(f'<path class="core point" d="M{_f(m)} {_f(y - 6)}l5 6l-5 6l-5 -6z"/>')
    else:
        out.append(f'<rect class="core" x="{_f(cx0)}" y="{_f(y - 3)}" '
                   f'width="{_f(cx1 - cx0)}" height="6"/>')
    if open_lo:
        out.append(f'<path class="open" d="M{_f(sx0)} {_f(y)}l7 -6v12z"/>')
    if open_hi:
        out.append(f'<path class="open" d="M{_f(sx1)} {_f(y)}l-7 -6v12z"/>')
    if c.verdict == "conflict":
        out.append(f'<text class="glyph" x="{_f(max(sx0, cx0) - 2)}" y="{_f(y + 4)}" '
                   'text-anchor="end">✕</text>')
    out.append("</g>")
    return "".join(out)


def _dated(c: ClaimView) -> tuple[str, dict[str, Any]] | None:
    for slot in ("when", "value"):
        r = c.readings.get(slot)
        if r and r.get("kind") == "date" and any(b is not None for b in bounds(r, "support")):
            return slot, r
    return None


def _pack(items: list[tuple[float, float]], rows_max: int = 8) -> list[int]:
    """A row for each `(x0, x1)`, first fit in order of x0, so marks of a lane don't overlap."""
    ends: list[float] = []
    rows = [0] * len(items)
    for i in sorted(range(len(items)), key=lambda i: (items[i][0], i)):
        x0, x1 = items[i]
        row = next((r for r, end in enumerate(ends) if end + 3 <= x0), None)
        if row is None:
            if len(ends) < rows_max:
                ends.append(x1)
                row = len(ends) - 1
            else:
                row = min(range(len(ends)), key=lambda r: ends[r])
        ends[row] = max(ends[row], x1)
        rows[i] = row
    return rows


def timeline(view: View) -> str:
    """Lanes of sources on one date axis, publication dates marked, aligned claims linked.

    When half the claims crowd into a quarter of the whole span or less (a 1991
    event beside last week's), a close-up of that part follows the overview.
    """
    dated = [(c, *d) for c in view.claims if (d := _dated(c)) is not None]
    if not dated:
        return '<p class="empty">No dated claims to place on a timeline.</p>'
    values = [v for _, _, r in dated for w in ("core", "support") for v in bounds(r, w)
              if v is not None]
    pubs = {s["id"]: day(s.get("published")) for s in view.sources}
    values += [float(p) for p in pubs.values() if p is not None]
    scale = make_scale(values, 200.0, WIDTH - 36.0, kind="date")
    out = [_lanes(view, dated, pubs, scale, "overview")]
    mids = sorted(sum(_finite(bounds(r, "core"))) / 2 for _, _, r in dated
                  if len(_finite(bounds(r, "core"))) == 2)
    if len(mids) >= 4:
        # The shortest window holding half the claims' cores.
        k = (len(mids) + 1) // 2
        lo, hi = min(((mids[i], mids[i + k - 1]) for i in range(len(mids) - k + 1)),
                     key=lambda w: (w[1] - w[0], w[0]))
        if (hi - lo) * 4 < scale.hi - scale.lo:
            near = [p for p in values if lo - (hi - lo) <= p <= hi + (hi - lo) + 1]
            close = make_scale([lo, hi + 1, *near], 200.0, WIDTH - 36.0, kind="date")
            inside = [d for d in dated if _overlaps(d[2], close)]
            out.append(f'<h3 class="closeup-h">Close-up: {_a(date_label(int(close.lo)))} to '
                       f'{_a(date_label(int(close.hi)))}</h3>'
                       + _lanes(view, inside, pubs, close, "close-up"))
    return "".join(out)


def _iso(ordinal: int) -> str:
    return date.fromordinal(min(max(ordinal, 1), date.max.toordinal())).isoformat()


def _finite(pair: tuple[float | None, float | None]) -> list[float]:
    return [v for v in pair if v is not None]


def _overlaps(reading: dict[str, Any], scale: Scale) -> bool:
    lo, hi = bounds(reading, "support")
    return (lo is None or lo < scale.hi) and (hi is None or hi > scale.lo)


def _lanes(view: View, dated: list[tuple[ClaimView, str, dict[str, Any]]],
           pubs: dict[str, int | None], scale: Scale, name: str) -> str:
    by_lane: dict[str, list[tuple[ClaimView, str, dict[str, Any]]]] = {}
    for item in dated:
        by_lane.setdefault(item[0].source, []).append(item)
    lanes, marks, centres, y = [], [], {}, 44.0
    for s in view.sources:
        sid = s["id"]
        items = by_lane.get(sid, [])
        rows = _pack([_span(r, "support", scale)[:2] for _, _, r in items])
        height = (max(rows, default=0) + 1) * ROW + 10
        pub = pubs.get(sid)
        head = (f'<g class="lane" data-s="{_a(sid)}"><rect class="lane-bg" x="0" y="{_f(y)}" '
                f'width="{WIDTH}" height="{_f(height)}"/><text class="lane-label" x="8" '
                f'y="{_f(y + 14)}"><title>{_a(sid)}</title>{_a(_short(sid))}</text>')
        if pub is not None and scale.lo <= pub + 0.5 <= scale.hi:
            px = scale.x(pub + 0.5)
            head += (f'<g class="pub" data-date="{_a(str(s.get("published")))}"><title>'
                     f'{_a(sid)} published {_a(date_label(pub))}</title><line x1="{_f(px)}" '
                     f'x2="{_f(px)}" y1="{_f(y)}" y2="{_f(y + height)}"/><path d="M{_f(px - 5)} '
                     f'{_f(y)}h10l-5 7z"/></g>')
        lanes.append(head + "</g>")
        for (c, slot, r), row in zip(items, rows, strict=True):
            cy = y + 5 + ROW / 2 + row * ROW
            marks.append(mark(c, r, scale, cy, slot))
            cx0, cx1, _, _ = _span(r, "core", scale)
            centres[c.key] = ((cx0 + cx1) / 2, cy)
        y += height
    links = _links(view, centres)
    ticks = "".join(
        f'<g class="tick" data-date="{iso}"><line x1="{_f(scale.x(v))}" x2="{_f(scale.x(v))}" '
        f'y1="30" y2="{_f(y)}"/><text x="{_f(scale.x(v))}" y="22" text-anchor="middle">'
        f'{_a(label)}</text></g>' for v, label, iso in date_ticks(scale))
    # The whole days inside the axis: marks within them are drawn unclipped.
    inside = f'data-from="{_iso(math.ceil(scale.lo))}" data-to="{_iso(math.floor(scale.hi))}"'
    return (f'<svg class="timeline" data-view="{name}" {inside} viewBox="0 0 {WIDTH} {_f(y + 6)}" '
            f'role="group" aria-label="Timeline ({name}): one lane per source">'
            f'<g class="lanes">{"".join(lanes)}</g><g class="axis">{ticks}</g>'
            f'<g class="links">{links}</g><g class="marks">{"".join(marks)}</g></svg>')


def _links(view: View, centres: dict[str, tuple[float, float]]) -> str:
    out = []
    for g in view.groups:
        points = sorted({centres[m.key] for m in g.members if m.key in centres},
                        key=lambda p: (p[1], p[0]))
        if len({p[1] for p in points}) < 2:
            continue
        d = "M" + "L".join(f"{_f(x)} {_f(y)}" for x, y in points)
        out.append(f'<path class="link v-{g.verdict}" data-verdict="{g.verdict}" '
                   f'data-s="{_a(" ".join(g.sources))}" d="{d}"><title>'
                   f'{SYMBOLS[g.verdict]} {LABELS[g.verdict]}</title></path>')
    return "".join(out)


def value_lines(group: GroupView) -> list[str]:
    """One number line per slot and unit the group's members state, a row per member."""
    out = []
    for slot in ("value", "when"):
        kinds: dict[tuple[Any, Any], list[tuple[ClaimView, dict[str, Any]]]] = {}
        for m in group.members:
            r = m.readings.get(slot)
            if r and r.get("kind") and any(b is not None for b in bounds(r, "support")):
                kinds.setdefault((r.get("kind"), r.get("unit")), []).append((m, r))
        for (kind, unit), rows in kinds.items():
            out.append(_number_line(slot, str(kind), unit, rows))
    return out


def _number_line(slot: str, kind: str, unit: Any,
                 rows: list[tuple[ClaimView, dict[str, Any]]]) -> str:
    values = [v for _, r in rows for w in ("core", "support") for v in bounds(r, w)
              if v is not None]
    scale = make_scale(values, 190.0, 600.0, kind=kind)
    height = 30 + len(rows) * 22
    body = []
    for i, (c, r) in enumerate(rows):
        y = 14 + i * 22
        body.append(f'<text class="row-label" x="8" y="{_f(y + 4)}"><title>{_a(c.source)}'
                    f'</title>{_a(_short(c.source, 26))}</text>' + mark(c, r, scale, y, None))
    if kind == "date":
        ticks = [(v, label) for v, label, _ in date_ticks(scale, most=6)]
        what = "dates"
    else:
        ticks = number_ticks(scale)
        what = "days" if kind == "duration" else (str(unit) if unit else "number")
    axis_y = height - 14
    tick_svg = "".join(
        f'<g class="tick" data-at="{v!r}"><line x1="{_f(scale.x(v))}" x2="{_f(scale.x(v))}" '
        f'y1="4" y2="{_f(axis_y)}"/><text x="{_f(scale.x(v))}" y="{_f(axis_y + 11)}" '
        f'text-anchor="middle">{_a(label)}</text></g>' for v, label in ticks)
    caption = f"{slot}: {what}" + (" (log scale)" if scale.log else "")
    return (f'<figure class="numberline"><figcaption>{_a(caption)}</figcaption>'
            f'<svg viewBox="0 0 640 {height}" data-slot="{slot}" data-kind="{_a(kind)}" '
            f'data-scale="{"log" if scale.log else "linear"}" role="group" '
            f'aria-label="{_a(caption)}">'
            f'<g class="axis">{tick_svg}</g>{"".join(body)}</svg></figure>')


__all__ = ["mark", "timeline", "value_lines"]
