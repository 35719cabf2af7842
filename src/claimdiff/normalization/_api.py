"""`normalize()`: a phrase to a `Value`, trying time first, then quantities."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from claimdiff.errors import NormalizationError
from claimdiff.normalization._amount_words import (
    colloquial,
    hyphens_apart,
    ish_as_about,
    plus_at_least,
    read_to_or_by,
    restated_in_digits,
    vague_alone,
)
from claimdiff.normalization._around import read_around
from claimdiff.normalization._casefold import YEARS, fold_case_variants, out_of_range
from claimdiff.normalization._comparisons import comparison_rewrites
from claimdiff.normalization._compound import read_compound
from claimdiff.normalization._context import Context, Unsaid
from claimdiff.normalization._days import find_impossible_dates
from claimdiff.normalization._fractions import (
    mixed_rewrites,
    read_fraction,
    read_mixed_number,
    reads_first,
    vulgar_to_digits,
)
from claimdiff.normalization._frequency import read_every
from claimdiff.normalization._from_now import read_from_now, reference_time
from claimdiff.normalization._period_names import amount_choices
from claimdiff.normalization._phrasings import read_bounds, read_phrasing
from claimdiff.normalization._read_once import one_reading
from claimdiff.normalization._reference import DateLike, to_ordinal, utc_offset
from claimdiff.normalization._score import score_in
from claimdiff.normalization._sentence_sense import generic_today, read_dated, read_united
from claimdiff.normalization._sets import read_frequency
from claimdiff.normalization._shifted_year import read_shifted_year
from claimdiff.normalization._span_for import read_span_for
from claimdiff.normalization._temporal import not_read, read_temporal
from claimdiff.normalization._tense import reads_forward
from claimdiff.normalization._unread import unread_part
from claimdiff.normalization._value import Kind, Value
from claimdiff.normalization._window import read_window

# How far ahead a forward reading may start and still be held without a tense: the
# three months the yearless window reads forward (`_yearless.FORWARD_MONTHS`), or
# further when the back reading ended longer ago (`_both_ways`).
FORWARD_DAYS = 92


def normalize(
    text: str,
    *,
    reference: DateLike = None,
    anchors: Mapping[str, Value | str] | None = None,
    anchor: Value | str | None = None,
    context: str | None = None,
) -> Value:
    """Read `text` as a date, duration or quantity.

    `reference` is the day the text is read against (its publication date), as
    a `date` or an ISO string. `anchors` maps names ("Baku's reconquest", a
    claim id, or `"previous"` for "two days later") to values or phrases that
    relative phrases point at; names match case-insensitively, apostrophes
    folded. `anchor` is what a relative phrase counts from when its own words
    name no anchor that is known or readable: a claim file's `anchor:` says which
    claim "after Baku's reconquest" means. Raises `NormalizationError` for a
    phrase it cannot read, and for a time phrase it cannot place (no reference,
    unknown anchor); it never guesses.
    """
    with one_reading():  # every part of the phrase is read once, however many routes try it
        return _normalize(text, reference, anchors, anchor, context)


def _normalize(text: str, reference: DateLike, anchors: Mapping[str, Value | str] | None,
               anchor: Value | str | None, context: str | None) -> Value:
    if not isinstance(text, str) or not text.strip():
        raise not_read(str(text))
    unsaid = Unsaid()
    ctx = Context(to_ordinal(reference), dict(anchors or {}), default_anchor=anchor,
                  utc_offset=utc_offset(reference), ref_time=reference_time(reference),
                  future=unsaid if context is None else reads_forward(context, phrase=text))
    if (score := score_in(text, context)) is not None:  # "won 3-1", "a 7-2 vote"
        return score
    for start, end, why in find_impossible_dates(text):
        raise NormalizationError(f"cannot read {text!r}: {text[start:end]!r} names no day ({why})",
                                 text=text)
    if context is not None and (united := read_united(
            text, context, lambda p: _read(p, ctx, rewrite=True))) is not None:
        return united
    if context is not None and (dated := read_dated(
            text, context, lambda p: _read(p, ctx, rewrite=True))) is not None:
        return dated
    try:
        value = _read(text, ctx, rewrite=True)
        if value is not None and context is not None and value.kind is Kind.DATE \
                and generic_today(text, context):
            value = replace(value, timex="PRESENT_REF", steps=(
                *value.steps, "'today' of the present in general in its sentence: PRESENT_REF"))
        if value is not None and unsaid.asked:
            value = _both_ways(value, _read(text, replace(ctx, future=True), rewrite=True),
                               ctx.reference)
    except (ValueError, OverflowError) as err:
        if not out_of_range(err):
            raise
        raise NormalizationError(f"cannot place {text!r}: it falls outside the {YEARS} that "
                                 "claimdiff can place", text=text) from None
    if value is None:
        raise not_read(text, unread_part(text, ctx))
    return _as_written(value, text)


def _both_ways(back: Value, forward: Value | None, reference: int | None) -> Value:
    """Without a sentence to tell the tense, a weekday or a date without its year is
    read back (news reports the past) and its support holds the forward reading too
    when that one is as near as the yearless window reaches forward (`FORWARD_DAYS`),
    or no further ahead than the back reading lies behind (the nearest reading, which a
    reader without a tense may as well take): "Thursday" read on a Wednesday is last
    Thursday or tomorrow; "Nov. 5" read in May is last November or the coming one. A
    forward reading further off than both (April 2 of next year, read in June) is not
    what news means, and holding it would leave every yearless date a year wide."""
    if (forward is None or reference is None or forward.core == back.core
            or forward.kind is not back.kind or forward.core.lo - reference > max(
                FORWARD_DAYS, reference - back.core.hi)):
        return back
    support = back.support.hull(forward.support)
    return replace(back, support=support, steps=(
        *back.steps, f"no sentence to tell the tense: the support reaches the forward "
        f"reading too ({forward.render()})"))


def _as_written(value: Value, text: str) -> Value:
    """`value` with its text as written, not as folded for matching ("ſeptember")."""
    folded = fold_case_variants(text)
    at = folded.find(value.text) if folded != text else -1
    if at < 0:
        return value
    return replace(value, text=text[at:at + len(value.text)])


def _read(text: str, ctx: Context, *, rewrite: bool) -> Value | None:
    """The whole phrase read by the first reader that reads all of it, or `None`."""
    from claimdiff.normalization._quantity import parse_quantity

    def part(p: str) -> Value | None:
        return _read_part(p, ctx)

    if rewrite and (digits := vulgar_to_digits(text) or hyphens_apart(text)
                    or restated_in_digits(text) or plus_at_least(text)
                    or ish_as_about(text) or colloquial(text)) is not None:
        value = _read(digits, ctx, rewrite=True)
        return None if value is None else replace(
            value, text=text.strip(), steps=(f"read as {digits!r}", *value.steps))

    from claimdiff.normalization._multiples import CUE, read_multiple
    from claimdiff.normalization._roles_api import role_value

    # A multiple ("doubled", "half as many") is a ratio before a share or a count is tried.
    if CUE.search(text) and (multiple := read_multiple(text)) is not None:
        return multiple
    # A share of a whole ("a third of the workforce") is the role readers' first.
    if reads_first(text):
        value = role_value(text)
        if value is None or value.dimension.startswith("count/"):
            value = read_fraction(text, part) or value  # "2/3 of the seats" is no rate
        # "1/2 gallon" is half a gallon before it is a rate of 1 per 2 gallons.
        if value is not None and not (value.dimension.startswith("count/")
                                      and _part_of_unit(text, ctx)):
            return value

    def whole(p: str) -> Value | None:
        try:
            return _read(p, ctx, rewrite=True)
        except (NormalizationError, ValueError, OverflowError):
            return None

    if rewrite and (ahead := read_from_now(text, ctx, ctx.ref_time, whole)
                    or read_window(text, ctx, ctx.ref_time, whole)) is not None:
        return ahead
    if rewrite and (bounded := read_bounds(text, whole)) is not None:
        return bounded
    if _TENS_SECOND.search(text.strip()):
        from claimdiff.normalization._ordinal_words import read_ordinal_words

        if (ordinal := read_ordinal_words(text)) is not None:
            return ordinal
    value = read_temporal(text, ctx)
    if value is not None:
        return value
    if rewrite and (span := read_span_for(text, whole) or read_around(text, whole)
                    or read_shifted_year(text, ctx.reference, whole)
                    or read_phrasing(text, ctx, whole) or read_frequency(text)
                    or read_every(text, whole)) is not None:
        return span
    # A part of a unit ("three quarters of an hour", "1/2 hour", "half hour") before the
    # role readers, which would read a share (75 %) or a rate (1 per 2 hours).
    value = read_fraction(text, part)
    if value is not None and value.unit != "%" and not value.dimension.startswith("count/"):
        return value
    hedged = _inner_hedge(text) if rewrite else []
    scaled = [f"a {text.strip()}"] if rewrite and _LEADING_SCALE.match(text.strip()) else []
    scaled += vague_alone(text) if rewrite else []
    compared = [*comparison_rewrites(text), *amount_choices(text)] if rewrite else []
    for rewritten in [*mixed_rewrites(text), *hedged, *scaled, *compared] if rewrite else []:
        try:
            mixed = _read(rewritten, ctx, rewrite=False)
        except NormalizationError:
            continue
        if mixed is not None and rewritten in hedged and (
                mixed.kind is not Kind.QUANTITY or mixed.dimension == "count" and not mixed.noun):
            continue  # "between 1990 and about 1995": years, not a count
        if mixed is not None:
            return replace(mixed, text=text.strip(),
                           steps=(f"read as {rewritten!r}", *mixed.steps))
    # Ages, ratios, rates, ordinals, changes, "no deaths" come before plain quantities.
    value = role_value(text) or parse_quantity(text) or value
    if value is not None:
        return value
    if (level := read_to_or_by(text)) is not None:
        return level
    from claimdiff.normalization._ordinal_words import read_ordinal_words
    from claimdiff.normalization._roles import read_bare_ordinal

    return (_part_of_total(text, part) or read_compound(text, part)
            or read_bare_ordinal(text) or read_ordinal_words(text) or read_mixed_number(text))


# An approximator on the second end of a range ("between 2 g and about 7 g", "2 - ~7
# grams"): the writer hedges the range, so it is read as the hedge on the whole range,
# the rule for "about 2-7 g" (both ends loosened: the first end's looseness is unsaid).
_INNER_HEDGE = re.compile(r"(?P<open>(?:between|from)\s+)?(?P<a>[^~]+?)\s*(?P<conn>\band\b|"
                          r"\bto\b|\bthrough\b|-|–)\s*(?:(?P<h>about|around|approximately|"
                          r"roughly)\s+|~\s*)(?P<b>\S.*)", re.IGNORECASE)


# "forty second", "forty-second" alone: the compound ordinal, not 40 seconds (a duration
# says "seconds"; "a forty-second clip" has its noun).
_TENS_SECOND = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                          r"thousand|and)\s*[-–—]?\s*second$", re.IGNORECASE)


# A scale word opening a phrase is one of it: "hundred thousand", "thousand liters".
_LEADING_SCALE = re.compile(r"(?:hundred|thousand|million|billion|trillion|lakh|crore)\b(?!s)",
                            re.IGNORECASE)


def _inner_hedge(text: str) -> list[str]:
    m = _INNER_HEDGE.fullmatch(text.strip())
    if m is None or m["a"].strip().lower() in {"about", "around"}:
        return []
    return [f"{m['h'] or 'about'} {m['open'] or ''}{m['a']} {m['conn']} {m['b']}"]


def _part_of_unit(text: str, ctx: Context) -> bool:
    """Whether a digit fraction before a unit reads as that part of the unit."""
    for rewritten in mixed_rewrites(text):
        try:
            value = _read(rewritten, ctx, rewrite=False)
        except NormalizationError:
            continue
        if value is not None and value.unit not in (None, "%"):
            return True
    return False


def _part_of_total(text: str, part: Callable[[str], Value | None]) -> Value | None:
    """"9 of the 14 workers" as its part, 9 workers, as "two of the building's three exits"
    reads 2 exits; the total stays in the words (version 2 gives it its own `total` role)."""
    from claimdiff.normalization._roles_en import PART_OF

    m = PART_OF.match(text.strip())
    if m is None:
        return None
    share, whole = part(m.group("part")), part(m.group("total"))
    if share is None or whole is None or share.kind is not Kind.QUANTITY \
            or whole.kind is not Kind.QUANTITY or share.unit != whole.unit:
        return None
    return replace(share, text=text.strip(), noun=share.noun or whole.noun,
                   steps=(*share.steps, f"a part of {m.group('total')!r}: the part is the value"))


def _read_part(text: str, ctx: Context) -> Value | None:
    from claimdiff.normalization._quantity import parse_quantity

    try:
        return read_temporal(text, ctx) or parse_quantity(text)
    except (NormalizationError, ValueError, OverflowError):
        return None


__all__ = ["FORWARD_DAYS", "DateLike", "normalize", "to_ordinal", "unread_part", "utc_offset"]
