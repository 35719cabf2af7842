"""Choosing among the readings of a date written without its year.

* A month or month-day (`May`, `June 20`) is read from eight months before to
  `FORWARD_MONTHS` (three) months after the reference's month: news reports
  the past, and looks ahead to what is announced for the coming months. With
  the reference 2013-03-22, `May` is 2013-05 and `August` 2012-08.
* A season, and anything read with `last` / `this` / `next`, keeps the
  latest reading on or before the reference, the latest before it, the one
  holding it, or the first after it.
* In a future-tense sentence (the scanner sets `Context.future`) the first
  reading from the reference wins; "this March" takes the side of its tense (the
  nearest one when no tense is known). A bare month-day up to `LAG_DAYS` before the
  reference still reads in its own year: "will hear comment at a Nov. 25 hearing" in a
  weekly dated 27 November was written before its dateline, and news names the year of
  a date a year ahead.
"""

from __future__ import annotations

from datetime import date

from claimdiff.normalization._calendar import Span, latest_on_or_before
from claimdiff.normalization._context import Context
from claimdiff.normalization._temporal_en import SHIFTS

# How far ahead of the reference a month without its year may be read: the
# reference's month and the next three; any other month is read in the past.
FORWARD_MONTHS = 3
LAG_DAYS = 7
"""How long before its dateline a future-tense report may have been written (a weekly's
print lag)."""


def in_window(ref: int, spans: list[Span]) -> Span:
    """The reading whose month lies from eight months before the reference's
    month to `FORWARD_MONTHS` after it (twelve months: exactly one reading)."""
    r = date.fromordinal(ref)

    def offset(s: Span) -> int:
        d = date.fromordinal(s[0])
        return (d.year - r.year) * 12 + d.month - r.month

    inside = [s for s in spans if FORWARD_MONTHS - 11 <= offset(s) <= FORWARD_MONTHS]
    return inside[0] if inside else latest_on_or_before(ref, spans)


def pick(
    ctx: Context, text: str, spans: list[Span], shift: str | None, steps: list[str],
    *, near: bool = False,
) -> Span:
    """Choose among the readings of a date without its year, by the reference.

    `near` (a bare month or month-day) takes the reading in the window of
    `in_window`; otherwise the latest on or before the reference.
    """
    ref = ctx.ref(text)
    offset = SHIFTS.get(shift or "", None)
    if offset is None or (offset == -1 and shift == "past"):
        offset = -2  # bare: the window, or the latest reading on or before the reference
    if offset == -1:
        chosen = max((s for s in spans if s[1] < ref), default=min(spans))
        steps.append(f"'{shift}': the latest one ending before {date.fromordinal(ref)}")
    elif offset == 1:
        chosen = min((s for s in spans if s[0] > ref), default=max(spans))
        steps.append(f"'{shift}': the first one starting after {date.fromordinal(ref)}")
    elif offset == 0 and not any(s[0] <= ref <= s[1] for s in spans) \
            and isinstance(ctx.future, bool) and any(
                s[0] > ref if ctx.future else s[1] < ref for s in spans):
        # "will open this March" said in November is next March; "opened this March",
        # this year's: the sentence's tense picks the side.
        if ctx.future:
            chosen = min(s for s in spans if s[0] > ref)
        else:
            chosen = max(s for s in spans if s[1] < ref)
        steps.append(f"'{shift}', {'future' if ctx.future else 'past'} tense: the "
                     f"{'first after' if ctx.future else 'latest before'} "
                     f"{date.fromordinal(ref)}")
    elif offset == 0:
        chosen = min(spans, key=lambda s: 0 if s[0] <= ref <= s[1] else abs(s[0] - ref))
        steps.append(f"'{shift}': the one nearest {date.fromordinal(ref)}")
    elif ctx.future:
        lag = LAG_DAYS if near else 0
        chosen = min((s for s in spans if s[1] >= ref - lag), default=max(spans))
        steps.append(f"no year, future tense: the first reading from {date.fromordinal(ref)}"
                     + (f" or the {lag} days before it (written before its dateline)"
                        if chosen[1] < ref else ""))
    elif near:
        chosen = in_window(ref, spans)
        steps.append(f"no year: the reading from 8 months before to {FORWARD_MONTHS} after "
                     f"the month of {date.fromordinal(ref)}")
    else:
        chosen = latest_on_or_before(ref, spans)
        steps.append(f"no year: the latest reading on or before {date.fromordinal(ref)}")
    return chosen
