"""`normalize()`: a phrase to a `Value`, trying time first, then quantities."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime

from claimdiff.errors import NormalizationError
from claimdiff.normalization._casefold import YEARS, fold_case_variants, out_of_range
from claimdiff.normalization._context import Context
from claimdiff.normalization._days import find_impossible_dates, parse_date
from claimdiff.normalization._temporal import not_read, read_temporal
from claimdiff.normalization._value import Value

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


def normalize(
    text: str,
    *,
    reference: DateLike = None,
    anchors: Mapping[str, Value | str] | None = None,
    anchor: Value | str | None = None,
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
    ctx = Context(to_ordinal(reference), dict(anchors or {}), default_anchor=anchor)
    for start, end, why in find_impossible_dates(text):
        raise NormalizationError(f"cannot read {text!r}: {text[start:end]!r} names no day ({why})",
                                 text=text)
    try:
        value = read_temporal(text, ctx)
    except (ValueError, OverflowError) as err:
        if not out_of_range(err):
            raise
        raise NormalizationError(f"cannot place {text!r}: it falls outside the {YEARS} that "
                                 "claimdiff can place", text=text) from None
    if value is not None:
        return _as_written(value, text)
    from claimdiff.normalization._roles_api import role_value

    value = role_value(text)  # ages, ratios, rates, ordinals, changes, "no deaths"
    if value is not None:
        return _as_written(value, text)
    try:
        from claimdiff.normalization._quantity import parse_quantity
    except ImportError:  # the quantity reader has not landed yet
        raise not_read(text) from None
    quantity = parse_quantity(text)
    if quantity is not None:
        return _as_written(quantity, text)
    raise not_read(text)


def _as_written(value: Value, text: str) -> Value:
    """`value` with its text as written, not as folded for matching ("ſeptember")."""
    folded = fold_case_variants(text)
    at = folded.find(value.text) if folded != text else -1
    if at < 0:
        return value
    return dataclasses.replace(value, text=text[at:at + len(value.text)])
