"""A curator's explicit reading (`normalized:` in a claim file) as a `Value`."""

from __future__ import annotations

from typing import Protocol

from claimdiff.normalization._api import normalize
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value


class GivenReading(Protocol):
    """What a claim file's `normalized:` holds (`claimdiff.model.Normalized`)."""

    @property
    def kind(self) -> str: ...

    @property
    def unit(self) -> str | None: ...

    def bounds(self) -> tuple[tuple[float, float], tuple[float, float]]: ...


def given_value(text: str, given: GivenReading) -> Value:
    """The `Value` a claim file states explicitly for the phrase `text`.

    A quantity's unit is read through the normalizer ("km" becomes metres), so a
    given reading compares with parsed ones.
    """
    (lo, hi), (slo, shi) = given.bounds()
    kind = Kind(given.kind)
    # Dates are ordinal days and durations days, as `normalize` reads them: a given date
    # with no unit would be incomparable with every date read from text.
    unit: str | None = "day" if kind in (Kind.DATE, Kind.DURATION) else None
    dimension = {"date": "date", "duration": "time"}.get(given.kind, "count")
    factor = 1.0
    if kind is Kind.QUANTITY and given.unit:
        one = normalize(f"1 {given.unit}")
        factor = (one.core.lo + one.core.hi) / 2
        unit, dimension = one.unit, one.dimension
    return Value(
        kind=kind,
        text=text,
        core=Interval(lo * factor, hi * factor),
        support=Interval(slo * factor, shi * factor),
        unit=unit,
        dimension=dimension,
        granularity="given",
        steps=("the reading given in the claim file (`normalized:`)",),
    )


__all__ = ["GivenReading", "given_value"]
