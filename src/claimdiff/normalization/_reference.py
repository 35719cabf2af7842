"""The day a phrase is read against, as the readers take it: an ordinal day and the offset
from UTC of a `date`, `datetime` or ISO string."""

from __future__ import annotations

from datetime import date, datetime

from claimdiff.errors import NormalizationError
from claimdiff.normalization._days import parse_date

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


__all__ = ["DateLike", "to_ordinal", "utc_offset"]
