"""The temporal reader: the grammar's rules paired with their resolvers, read
whole (`read_temporal`, for `normalize`) or inside running text (`scan`)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from claimdiff.errors import NormalizationError, UnknownAnchor
from claimdiff.normalization import (
    _dates,
    _deictic,
    _durations,
    _numeric,
    _ranges,
    _relative,
    _sets,
    _years,
)
from claimdiff.normalization._business_days import read_business_days
from claimdiff.normalization._calendar import Span
from claimdiff.normalization._calendar_forms import day_end
from claimdiff.normalization._casefold import fold_case_variants
from claimdiff.normalization._chat import read_same_day, read_weekend_of
from claimdiff.normalization._clock import may_be_time_of_day, read_time_of_day
from claimdiff.normalization._context import (
    NOT_READ,
    Context,
    NeedsReference,
    date_value,
    fold_name,
    iso,
)
from claimdiff.normalization._date_range import any_range
from claimdiff.normalization._dates import word
from claimdiff.normalization._grammar import Grammar, grammar
from claimdiff.normalization._holidays import read_holiday
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._open_ended import OPEN_ENDED, open_ended
from claimdiff.normalization._period_names import read_from_on
from claimdiff.normalization._period_parts import read_neighbor, read_period_part
from claimdiff.normalization._read_once import read_once
from claimdiff.normalization._temporal_en import (
    AFTER_WORDS,
    DAY_SHIFTS,
    LATER_WORDS,
)
from claimdiff.normalization._value import Kind, Value
from claimdiff.normalization._variants import read_fiscal, read_weekday_in, rewrites
from claimdiff.normalization._weekday_checked import read_weekday_checked
from claimdiff.normalization._written_readers import (
    read_clock_span,
    read_counted_amounts,
    read_days_of_week,
)

Resolver = Callable[[re.Match[str], Context, str], "Value | None"]

# Rule name -> resolver, in priority order (the first rule wins a tie).
RESOLVERS: dict[str, Resolver] = {
    "range": _ranges.resolve_range,
    "numeric": _numeric.resolve_numeric,
    "iso": _dates.resolve_iso,
    "set": _sets.resolve_set,
    "mdy": _dates.resolve_day,
    "dmy": _dates.resolve_day,
    "quarter": _dates.resolve_quarter,
    "half": _dates.resolve_half,
    "nthweek": _dates.resolve_nthweek,
    "turn": _years.resolve_turn,
    "dayonly": _dates.resolve_dayonly,
    "decade": _years.resolve_decade,
    "century": _years.resolve_century,
    "season": _dates.resolve_season,
    "month": _dates.resolve_month,
    "relunit": _deictic.resolve_relunit,
    "weekday": _deictic.resolve_weekday,
    "deictic": _deictic.resolve_deictic,
    "dayrel": lambda m, ctx, text: _resolve_dayrel(m, ctx, text),
    "present": _deictic.resolve_present,
    "pastref": _deictic.resolve_pastref,
    "futureref": _deictic.resolve_futureref,
    "ago": _relative.resolve_ago,
    "hms": _durations.resolve_hms,
    "span": _durations.resolve_span,
    "fraction": _durations.resolve_fraction,
    "duration": _durations.resolve_duration,
    "bare": _durations.resolve_bare,
    "year": _years.resolve_year,
}

_EDGE_JUNK = " \t\n\"“”«»()[]{},;:!?"
_MAX_DEPTH = 3


def clean(text: str) -> str:
    """Trim quotes, brackets, end punctuation and a possessive; single spaces."""
    text = re.sub(r"\s+", " ", text).strip(_EDGE_JUNK)
    text = re.sub(r"['’]s?$", "", text) if not re.search(r"\d0['’]?s$", text) else text
    if text.endswith(".") and not re.search(r"\b[A-Za-z]{3,5}\.$", text):
        text = text[:-1]
    return text.strip(_EDGE_JUNK)


def _whole(g: Grammar, text: str, ctx: Context, depth: int) -> Value | None:
    for name, resolver in RESOLVERS.items():
        m = g.rules[name].fullmatch(text)
        if m is not None:
            value = resolver(m, ctx, text)
            if value is not None:
                return value
    return _relative_phrase(g, text, ctx, depth)


def _anchor(name: str, ctx: Context, depth: int) -> Value | None:
    wanted = fold_name(name)
    for key, value in ctx.anchors.items():
        if fold_name(key) == wanted:
            if isinstance(value, Value):
                return value
            return read_temporal(value, Context(ctx.reference, {}), depth + 1)
    if depth < _MAX_DEPTH:
        own = read_temporal(name, replace(ctx, default_anchor=None), depth + 1)
        if own is not None:
            return own
    if ctx.default_anchor is None:
        return None
    if isinstance(ctx.default_anchor, Value):
        return ctx.default_anchor
    return read_temporal(ctx.default_anchor, Context(ctx.reference, {}), depth + 1)


def _resolve_dayrel(m: re.Match[str], ctx: Context, text: str) -> Value | None:
    """`the previous day`, `the day before`, `the next day`: one day from
    `anchors['previous']` (or the default anchor), else from the reference."""
    shift = DAY_SHIFTS[word(m, "dshift") or word(m, "dtail") or ""]
    anchor = _anchor("previous", ctx, _MAX_DEPTH)
    if anchor is not None and anchor.kind is Kind.DATE:
        core, support = anchor.core, anchor.support
        if not all(map(math.isfinite, (core.lo, core.hi, support.lo, support.hi))):
            return None
        steps = (f"{shift:+d} day from the previous event, {anchor.render()}",)
        one_day = core.lo == core.hi
        return replace(anchor, text=text, core=core + Interval.point(shift),
                       support=support + Interval.point(shift),
                       timex=iso(int(core.lo) + shift) if one_day else None,
                       granularity="day" if one_day else anchor.granularity, mod=None,
                       steps=steps)
    ref = ctx.ref(text)
    day: Span = (ref + shift, ref + shift)
    return date_value(text, day, timex=iso(day[0]), granularity="day",
                      steps=(f"{shift:+d} day from the reference {iso(ref)}",))


_PART_NOUN = re.compile(r"(?:part|stages?|months|weeks|days|years)\s+of\s", re.IGNORECASE)


def _relative_phrase(g: Grammar, text: str, ctx: Context, depth: int) -> Value | None:
    m = g.relative.fullmatch(text)
    tail = g.tail.fullmatch(text)
    if m is None and tail is None:
        return None
    if m is not None:
        anchor_text = m["anchor"]
        sign = 1 if (m["dir"] or "").lower().split()[0] in {w.split()[0] for w in AFTER_WORDS} \
            else -1
        match = m
    else:
        assert tail is not None
        anchor_text = "previous"
        sign = 1 if tail["tail"].lower() in LATER_WORDS else -1
        match = tail
    anchor = _anchor(anchor_text, ctx, depth)
    if anchor is None and _PART_NOUN.match(anchor_text):
        return None  # "the later part of 2012": a part of a period, no anchor
    if anchor is None:
        if anchor_text == "previous":
            raise NeedsReference(f"cannot place {text!r}: give the earlier event as "
                                 "anchors['previous']", text=text)
        raise UnknownAnchor(f"cannot read the anchor {anchor_text!r} of {text!r} as a date"
                            " (name it: anchors= in Python, --anchor NAME=PHRASE on the"
                            " command line)",
                            text=text, anchor=anchor_text)
    if anchor.kind is not Kind.DATE:
        raise NormalizationError(f"the anchor {anchor_text!r} of {text!r} is not a date",
                                 text=text)
    duration = None
    if match.group("a_unit"):
        amounts = _durations.amounts_of(match)
        if amounts is None:
            return None
        link = "dir" if match is m else "tail"
        duration = _durations.duration_value(text[:match.start(link)].strip(), amounts, [])
    return _relative.relative_value(text, anchor, duration, sign,
                                    [f"anchor {anchor_text!r} reads as {anchor.render()}"])


def read_temporal(text: str, ctx: Context, depth: int = 0) -> Value | None:
    """Read a whole phrase as a date or duration; `None` when it is not one.

    Raises `NeedsReference` when it is one but cannot be placed.
    """
    return read_once(_read_temporal, text, ctx, depth)  # each part once, however reached


def _read_temporal(text: str, ctx: Context, depth: int) -> Value | None:
    g = grammar()
    phrase = clean(fold_case_variants(text))
    if depth < _MAX_DEPTH and (same := read_same_day(
            phrase, lambda part: read_temporal(part, ctx, depth + 1)) or read_weekend_of(
            phrase, lambda part: read_temporal(part, ctx, depth + 1))) is not None:
        return _retext(same, text.strip())
    if depth < _MAX_DEPTH and (ends := day_end(phrase)) is not None:
        value = read_temporal(ends[0], ctx, depth + 1)
        return None if value is None else _retext(
            replace(value, steps=(f"read as {ends[0]!r} ({ends[1]})", *value.steps)), text.strip())
    bound = OPEN_ENDED.match(phrase)
    if bound is not None:
        inner = read_temporal(bound["rest"], ctx, depth + 1)
        if inner is not None and inner.kind is Kind.DATE:
            return _retext(open_ended(inner, bound["word"].lower(), ctx), text.strip())
    value = None
    if depth < _MAX_DEPTH and may_be_time_of_day(phrase):
        value = read_time_of_day(phrase, ctx, lambda part: read_temporal(part, ctx, depth + 1))
    if value is None:
        value = read_holiday(phrase, ctx) or read_fiscal(phrase, ctx)
    if value is None and depth < _MAX_DEPTH:  # before "following X" takes X for an anchor
        value = read_business_days(phrase, ctx, lambda rest: read_temporal(rest, ctx, depth + 1))
    if value is None:
        value = _phrase(g, phrase, ctx, depth)
    if value is None and depth < min(_MAX_DEPTH, 2):
        value = any_range(phrase, ctx, lambda part, at: read_temporal(part, at, depth + 1))
    if value is None and depth < _MAX_DEPTH:
        value = read_weekday_in(phrase, lambda rest: read_temporal(rest, ctx, depth + 1)) \
            or read_days_of_week(phrase, lambda rest: read_temporal(rest, ctx, depth + 1)) \
            or read_counted_amounts(phrase, ctx) or read_clock_span(phrase, ctx) \
            or read_period_part(phrase, lambda rest: read_temporal(rest, ctx, depth + 1)) \
            or read_neighbor(phrase, lambda rest: read_temporal(rest, ctx, depth + 1)) \
            or read_weekday_checked(phrase, ctx.reference,
                                    lambda rest: read_temporal(rest, ctx, depth + 1)) \
            or read_from_on(phrase, lambda rest: read_temporal(rest, ctx, depth + 1))
    if value is None and depth < _MAX_DEPTH:
        for rewritten, why in rewrites(phrase, ctx):
            value = read_temporal(rewritten, ctx, depth + 1)
            if value is not None:
                value = replace(value, steps=(f"read as {rewritten!r} ({why})", *value.steps))
                break
    return None if value is None else _retext(value, text.strip())


def _phrase(g: Grammar, phrase: str, ctx: Context, depth: int) -> Value | None:
    """The phrase read by one rule, after dropping up to four leading function words."""
    for _ in range(4):
        value = _whole(g, phrase, ctx, depth)
        if value is not None:
            return value
        # An adjectival duration before its noun: "the 44-day war", "a six-week delay".
        m = g.rules["duration"].match(phrase)
        # The hyphen joins the number to its unit ("44-day"), not two number words
        # ("forty-five minutes zqbbb" is no adjective before a noun).
        if m and "-" in m.group(0).split()[-1] and g.adjectival_tail.fullmatch(
                phrase[m.end():]):
            value = _durations.resolve_duration(m, ctx, m.group(0))
            if value is not None:
                return value
        stripped = g.function_words.sub("", phrase, count=1)
        if stripped == phrase:
            return None
        phrase = stripped
    return None


def _retext(value: Value, text: str) -> Value:
    return replace(value, text=text)


def not_read(text: str, part: str | None = None) -> NormalizationError:
    """The error for a phrase that is no date, duration or quantity; `part` names the
    words that were not understood."""
    message = NOT_READ.format(text=text)
    if part:
        message += f": {part!r} is not understood"
    return NormalizationError(message, text=text)


__all__ = ["RESOLVERS", "Resolver", "clean", "not_read", "read_temporal"]
