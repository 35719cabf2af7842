"""Whether a value's phrase is in its quote by what it reads as, not only by its words.

"6500" stands in "almost 6,500 died", "two thousand" in "2,000 soldiers", "12
June" in "on June 12": the quote holds a phrase whose reading agrees with the
value's. Both sides are read with the project's readers (`normalize`, the
quantity and time scanners) against the source's publication date, or, when the
source has none, against one stand-in day shared by both sides, so that a
year-less "12 June" still meets "June 12".
"""

from __future__ import annotations

from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize, scan_temporal

_STAND_IN = date(2000, 1, 1)
"""The day both sides are read against when the source has no publication date."""


def phrase_readings(text: str, *, reference: date | None, anchor: Value | None = None,
                    context: str | None = None) -> list[Value]:
    """Every reading of a value's phrase: the whole phrase read by `normalize`, and the
    quantities and times found in it ("two thousand" is a year to `normalize` and a
    count to the quantity scanner: either may be what the quote says)."""
    from claimdiff.normalization._quantity import parse_quantity

    out: list[Value] = []
    try:
        # "2000" is a year to `normalize` (times first) and a count to `parse_quantity`.
        out.extend(v for v in [parse_quantity(text)] if v is not None)
    except (ClaimdiffError, ValueError, ArithmeticError):
        pass
    try:
        out.append(normalize(text, reference=reference or _STAND_IN, anchor=anchor,
                             context=context))
    except (ClaimdiffError, ValueError, ArithmeticError):
        pass  # unreadable as a whole: the scanners may still read its parts
    return out + quote_readings(text, reference=reference)


def quote_readings(quote: str, *, reference: date | None) -> list[Value]:
    """The quantities and times a quote holds, read against `reference`."""
    from claimdiff.normalization._quantity import scan_quantities

    try:
        found = [v for _, _, v in scan_quantities(quote)]
        found += [bare for v in found if v.mod is not None
                  for bare in [_unhedged(v.text)] if bare is not None]
        found += [v for _, _, v in scan_temporal(quote, reference=reference or _STAND_IN)
                  if v is not None]
    except (ClaimdiffError, ValueError, ArithmeticError):
        return []
    return found


def _unhedged(text: str) -> Value | None:
    """The figure of a hedged quantity as written, without its leading hedge words ("almost
    6,001 soldiers" -> 6,001 soldiers): a value that drops the hedge still quotes the figure,
    as "6,001 soldiers" would stand in the quote word for word."""
    from claimdiff.normalization._quantity import parse_quantity

    words = text.split()
    for k in range(1, min(len(words), 4)):
        value = parse_quantity(" ".join(words[k:]))
        if value is not None and value.mod is None:
            return value
    return None


def agree(a: Value, b: Value) -> bool:
    """`a` and `b` say the same thing: the same dimension and unit, and their cores
    overlap, or each core meets the other's loosest reading (a hedge written on one side
    only: "6500" and "almost 6,500")."""
    if not same_dimension(a, b):
        return False
    if a.sub_day or b.sub_day:
        a, b = a.on_timeline(), b.on_timeline()
    if a.core.overlaps(b.core):
        return True
    return a.core.overlaps(b.support) and b.core.overlaps(a.support)


def agreeing(values: list[Value], quoted: list[Value]) -> Value | None:
    """The first of `quoted` that agrees with one of `values`, or `None`."""
    for q in quoted:
        if any(agree(v, q) for v in values):
            return q
    return None


def same_dimension(a: Value, b: Value) -> bool:
    """`a` and `b` measure the same kind of thing in the same unit: they may agree."""
    if a.kind is Kind.DATE or b.kind is Kind.DATE:
        return a.kind is b.kind  # a given date carries no unit, a read one "day"
    if (a.unit or "") != (b.unit or ""):
        return False
    if a.unit == "day":
        return True  # a duration read by the time scanner or the quantity scanner
    return a.kind is b.kind and a.dimension == b.dimension


__all__ = ["agree", "agreeing", "phrase_readings", "quote_readings", "same_dimension"]
