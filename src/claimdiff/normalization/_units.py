"""Units: written unit words to a canonical unit through pint, imported lazily.

pint is only imported when a phrase carries a physical unit, and its registry is
built once (it takes most of a second), so `import claimdiff` stays fast.
Currencies and percentages never go through pint: different currencies are
incomparable (no exchange rates), so each keeps its own ISO code as unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimdiff.normalization._units_en import UNITS


@dataclass(frozen=True)
class UnitInfo:
    """How to bring a written unit to its canonical unit: `canonical = a * written + b`."""

    written: str
    """The unit as it appeared ("kilometres")."""
    canonical: str
    """The canonical unit label ("m", "kg", "m²", "degC", "currency code")."""
    dimension: str
    """What may be compared with what ("length", "mass", "currency:USD", ...)."""
    factor: float
    """Multiplier from the written unit to the canonical one."""
    offset: float = 0.0
    """Added after multiplying (temperatures only)."""

    def convert(self, x: float) -> float:
        """`x` in the written unit, expressed in the canonical unit."""
        return x * self.factor + self.offset


# pint dimensionality -> (canonical pint unit, label, dimension name). The label is
# what `Value.unit` shows; time is in days, like the durations of the temporal reader.
_CANONICAL_BY_DIMS: list[tuple[dict[str, int], tuple[str, str, str]]] = [
    ({"[length]": 1}, ("meter", "m", "length")),
    ({"[mass]": 1}, ("kilogram", "kg", "mass")),
    ({"[length]": 2}, ("meter ** 2", "m²", "area")),
    ({"[length]": 3}, ("meter ** 3", "m³", "volume")),
    ({"[time]": 1}, ("day", "day", "time")),
    ({"[temperature]": 1}, ("degC", "°C", "temperature")),
    ({"[length]": 1, "[time]": -1}, ("meter / second", "m/s", "speed")),
    ({"[length]": 2, "[mass]": 1, "[time]": -3}, ("watt", "W", "power")),
    # Torque (N·m) shares the dimensionality of energy; pint cannot tell them apart.
    ({"[length]": 2, "[mass]": 1, "[time]": -2}, ("joule", "J", "energy")),
    ({"[time]": -1}, ("hertz", "Hz", "frequency")),
    ({"[length]": -1, "[mass]": 1, "[time]": -2}, ("hectopascal", "hPa", "pressure")),
    ({"[current]": -1, "[length]": 2, "[mass]": 1, "[time]": -3}, ("volt", "V", "voltage")),
    ({"[current]": 1, "[time]": 1}, ("coulomb", "C", "charge")),
    ({"[length]": -2}, ("kilometer / liter", "km/L", "fuel economy")),
]
_CANONICAL = {frozenset(d.items()): v for d, v in _CANONICAL_BY_DIMS}
# pint counts bits as dimensionless; keep data apart from plain counts.
_INFORMATION = {"kilobyte", "megabyte", "gigabyte", "terabyte"}
_RATIOS = {"ppm": 1e-6, "ppb": 1e-9}
_BITRATE = {"megabit / second", "gigabit / second"}


@lru_cache(maxsize=1)
def registry() -> Any:
    """The shared pint `UnitRegistry`, built on first use."""
    import pint  # deferred: heavy import, needed only for physical units

    return pint.UnitRegistry()


def _by_lower() -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for key, expr in UNITS.items():
        seen.setdefault(key.lower(), set()).add(expr)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


# Case-folded spellings that name one unit only ("HZ", "HP", "Kms"); "m"/"M" is ambiguous.
_UNITS_BY_LOWER = _by_lower()


def lookup(written: str) -> str | None:
    """The pint expression for a written unit, or `None` when it is not a unit we know."""
    if written in UNITS:
        return UNITS[written]
    # Symbols of one or two letters stay case-sensitive ("C", "MB" vs "mb" are not folded).
    if len(written) > 2 or written.isupper() and len(written) == 2:
        return _UNITS_BY_LOWER.get(written.lower())
    return None


@lru_cache(maxsize=512)
def unit_info(written: str) -> UnitInfo | None:
    """Conversion of a written unit to its canonical unit, or `None` if unknown."""
    expr = lookup(written)
    if expr is None:
        return None
    if expr in _INFORMATION:
        factor = {"kilobyte": 1e3, "megabyte": 1e6, "gigabyte": 1e9, "terabyte": 1e12}[expr]
        return UnitInfo(written, "B", "information", factor)
    if expr in _RATIOS:  # pint reads "ppm" as dimensionless; keep it apart from counts
        return UnitInfo(written, expr, "ratio:" + expr, 1.0)
    if expr in _BITRATE:
        factor = {"megabit / second": 1e6, "gigabit / second": 1e9}[expr]
        return UnitInfo(written, "bit/s", "bitrate", factor)
    ureg = registry()
    # "10 * year" (a decade: pint's own `decade` is a logarithmic ratio) carries its factor.
    multiple, _, name = expr.partition(" * ") if expr[0].isdigit() else ("1", "", expr)
    unit = ureg.parse_units(name)
    dimensionality = ureg.Quantity(1, unit).dimensionality
    dims = frozenset((k, int(v)) for k, v in dict(dimensionality).items())
    if dims in _CANONICAL:
        target, label, dimension = _CANONICAL[dims]
    else:  # a unit we listed without a canonical entry: fall back on SI base units
        base = ureg.Quantity(1, unit).to_base_units()
        target, label, dimension = str(base.units), f"{base.units:~}", str(dimensionality)
    # Two points give the affine map (temperatures have an offset); 100 keeps rounding small.
    zero = float(ureg.Quantity(0, unit).to(target).magnitude)
    hundred = float(ureg.Quantity(100, unit).to(target).magnitude)
    return UnitInfo(written, label, dimension, (hundred - zero) / 100 * float(multiple), zero)
