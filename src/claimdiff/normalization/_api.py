"""`normalize()`: a phrase to a `Value`, trying time first, then quantities."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime

from claimdiff.errors import NormalizationError
from claimdiff.normalization._casefold import YEARS, fold_case_variants, out_of_range
from claimdiff.normalization._compound import read_compound
from claimdiff.normalization._context import Context
from claimdiff.normalization._days import find_impossible_dates, parse_date
from claimdiff.normalization._fractions import mixed_rewrites, read_fraction, reads_first
from claimdiff.normalization._temporal import not_read, read_temporal
from claimdiff.normalization._tense import reads_forward
from claimdiff.normalization._value import Kind, Value

DateLike = date | str | None


def to_ordinal(reference: DateLike) -> int | None:
    """A reference date (a `date`, `datetime` or ISO string) as an ordinal day."""
    if reference is None:
        return None
    if isinstance(reference, datetime):
        return reference.date().toordinal()
    if isinstance(reference, date):
        return reference.toordinal()
    try:
        return parse_date(str(reference).strip()[:10]).toordinal()
    except ValueError as err:
        raise NormalizationError(f"cannot use the reference date: {err}",
                                 text=str(reference)) from None


def utc_offset(reference: DateLike) -> int | None:
    """The reference's offset from UTC in minutes (`...T04:30:00-02:00` -> -120), if given."""
    if isinstance(reference, datetime):
        off = reference.utcoffset()
        return None if off is None else int(off.total_seconds() // 60)
    if isinstance(reference, str) and "T" in reference:
        try:
            return utc_offset(datetime.fromisoformat(reference.strip()))
        except ValueError:
            return None
    return None


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
    if not isinstance(text, str) or not text.strip():
        raise not_read(str(text))
    ctx = Context(to_ordinal(reference), dict(anchors or {}), default_anchor=anchor,
                  utc_offset=utc_offset(reference),
                  future=context is not None and reads_forward(context, phrase=text))
    for start, end, why in find_impossible_dates(text):
        raise NormalizationError(f"cannot read {text!r}: {text[start:end]!r} names no day ({why})",
                                 text=text)
    try:
        value = _read(text, ctx, rewrite=True)
    except (ValueError, OverflowError) as err:
        if not out_of_range(err):
            raise
        raise NormalizationError(f"cannot place {text!r}: it falls outside the {YEARS} that "
                                 "claimdiff can place", text=text) from None
    if value is None:
        raise not_read(text, unread_part(text, ctx))
    return _as_written(value, text)


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

    from claimdiff.normalization._roles_api import role_value

    # A share of a whole ("a third of the workforce") is the role readers' first.
    if reads_first(text):
        value = role_value(text)
        if value is None or value.dimension.startswith("count/"):
            value = read_fraction(text, part) or value  # "2/3 of the seats" is no rate
        if value is not None:
            return value
    value = read_temporal(text, ctx)
    if value is not None:
        return value
    # A part of a unit ("three quarters of an hour", "1/2 hour", "half hour") before the
    # role readers, which would read a share (75 %) or a rate (1 per 2 hours).
    value = read_fraction(text, part)
    if value is not None and value.unit != "%":
        return value
    for rewritten in mixed_rewrites(text) if rewrite else []:
        try:
            mixed = _read(rewritten, ctx, rewrite=False)
        except NormalizationError:
            continue
        if mixed is not None:
            return replace(mixed, text=text.strip(),
                           steps=(f"read as {rewritten!r}", *mixed.steps))
    # Ages, ratios, rates, ordinals, changes, "no deaths" come before plain quantities.
    value = role_value(text) or parse_quantity(text) or value
    if value is not None:
        return value
    return _part_of_total(text, part) or read_compound(text, part)


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


def _reads(text: str, ctx: Context) -> int:
    """0: not read; 1: read as a bare count; 2: read as a time, or a quantity with a unit."""
    from claimdiff.normalization._quantity import parse_quantity

    try:
        if read_temporal(text, ctx) is not None:
            return 2
    except NormalizationError:
        return 2  # a time phrase that could not be placed was still understood
    except (ValueError, OverflowError):
        return 0
    quantity = parse_quantity(text)
    if quantity is None:
        return 0
    return 1 if quantity.dimension == "count" else 2


def unread_part(text: str, ctx: Context) -> str | None:
    """The words of a refused phrase that were not understood: the fewest words
    whose removal leaves a readable phrase ("June 12 zorbly" -> "zorbly"; a time or
    a measure is preferred to a bare count), or `None`."""
    words = text.split()
    for size in range(1, min(len(words), 6)):
        best, best_score = None, 0
        for start in range(len(words) - size, -1, -1):
            score = _reads(" ".join(words[:start] + words[start + size:]), ctx)
            if score > best_score:
                best, best_score = " ".join(words[start:start + size]), score
        if best is not None:
            return best
    return None
