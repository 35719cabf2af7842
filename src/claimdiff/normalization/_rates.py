"""Rates: an amount per unit ("40 trains a day", "€1.42 a kilo", "120 km per hour").

Time units become "per day" (280 a week reads as 40 a day), a length per time unit a
speed in m/s, a unit of measure its canonical unit (a price per kg); other units are kept
as written, singular ("per capita", "per share"). The amount is read by `_roles`' reader.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimdiff.normalization import _roles_en as en
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._roles import quantity as _quantity
from claimdiff.normalization._roles import singular as _singular
from claimdiff.normalization._units_en import ABBREVIATED_RATES
from claimdiff.normalization._value import Kind, Value

if TYPE_CHECKING:
    from claimdiff.normalization._units import UnitInfo

__all__ = ["ABBREVIATED_RATES", "read_rate", "spelled_out"]

_ABBREVIATED = re.compile(r"^(?P<head>.*?(?:\d\S*|\s(?:hundred|thousand|million|billion)))\s*"
                          r"(?P<abbr>" + "|".join(
    re.escape(k) for k in ABBREVIATED_RATES) + r")$", re.IGNORECASE)


def spelled_out(phrase: str) -> str:
    """`phrase` with the trade press's abbreviated rate after its amount written as the
    words it stands for ("4 Mtpa" as "4 Mt a year"); `phrase` itself when it has none."""
    abbr = _ABBREVIATED.match(phrase)
    return phrase if abbr is None else f"{abbr['head']} {ABBREVIATED_RATES[abbr['abbr'].lower()]}"


def read_rate(text: str, per: str | None = None) -> Value | None:
    """ "40 trains a day", "€25m a day", "3 per share" as an amount per unit.

    Time units become "per day" (280 a week reads as 40 a day); other units are
    kept as written, singular ("per capita", "per share").
    """
    phrase = text.strip()
    if (said := spelled_out(phrase)) != phrase:
        value = read_rate(said, per)
        return None if value is None else replace(value, text=text)
    if per is not None:
        head_text, per_text = phrase, per
        m = en.RATE.match(phrase)
        if m and _singular(m.group("per")) == _singular(per):
            head_text = m.group("head")
    elif (adverb := en.RATE_ADVERB.match(phrase)) is not None:  # "14bn crowns annually"
        head_text, per_text = adverb.group("head"), en.PER_ADVERBS[adverb.group("adv").lower()]
    else:
        m = en.RATE.match(phrase)
        if m is None or re.fullmatch(r"cent|centum|cent\W.*", m.group("per"), re.IGNORECASE):
            return None
        head_text, per_text = m.group("head"), m.group("per")
        if m.group("art") is None and per_text[:1].isdigit():
            return None  # "1/40", "1990/1 zqbbb": a fraction or a date, no rate per "40"
        if m.group("art") is not None and len(per_text.strip()) < 2:
            return None  # a unit of one letter is a rate only after a slash ("km/s")
        if m.group("art") and m.group("art").lower() in ("a", "an") \
                and _singular(per_text) not in en.PER_TIME \
                and per_text.strip().lower() not in en.PER_ITEMS \
                and _per_unit(per_text) is None:
            return None  # "a day", "a kilo", "a share" are rates, "a minister" is not
    head = _quantity(head_text)
    if head is None or head.kind is not Kind.QUANTITY:
        return None
    if per is None:
        whole = _quantity(phrase)
        if whole is not None and whole.unit:
            return None  # "77km/h", "5 mm per hour": a unit the quantity reader knows
    unit = _singular(per_text)
    factor = 1.0
    if unit in en.PER_TIME:
        from claimdiff.normalization._calendar import DAYS_PER_UNIT

        name = en.PER_TIME[unit]
        if head.dimension == "length":  # "120 km per hour" is a speed, as "75 mph" is
            seconds = DAYS_PER_UNIT[name] * 86400
            return replace(head, text=text, core=_scale(head.core, 1 / seconds),
                           support=_scale(head.support, 1 / seconds), unit="m/s",
                           dimension="speed",
                           steps=(*head.steps, f"per {per_text.strip()}: a speed in m/s"))
        factor, unit = 1.0 / DAYS_PER_UNIT[name], "day"
    elif (info := _per_unit(per_text)) is not None:
        # "€1.42 a kilo", "$4.50 per pound", "$80 a barrel": per the canonical unit (kg,
        # m³), so "a kilo", "per kg" and "per pound" compare
        factor, unit = 1.0 / info.factor, info.canonical
        core, support = _scale(head.core, factor), _scale(head.support, factor)
        return replace(head, text=text, core=core, support=support,
                       unit=f"{head.unit or ''}/{unit}", dimension=f"{head.dimension}/{unit}",
                       steps=(*head.steps, f"a rate: per {per_text.strip()}, × {factor:g} "
                                           f"per {unit}"))
    core, support = _scale(head.core, factor), _scale(head.support, factor)
    step = f"a rate: per {per_text.strip()}" + (f", × {factor:g} per day" if factor != 1 else "")
    return replace(head, text=text, core=core, support=support,
                   unit=f"{head.unit or ''}/{unit}", dimension=f"{head.dimension}/{unit}",
                   steps=(*head.steps, step))


def _per_unit(per_text: str) -> UnitInfo | None:
    """The unit a rate is per ("kilo", "barrel", "sq ft"), when it is a unit of measure
    other than time (a price per unit of mass, volume, length, area or energy)."""
    from claimdiff.normalization._units import unit_info  # deferred: loads pint

    word = re.sub(r"\s+", " ", per_text.strip())
    if not word or word[0].isdigit() or len(word) < 2 and word not in _LETTER_UNITS:
        return None
    info = unit_info(word)
    if info is None or info.dimension not in ("mass", "volume", "length", "area", "energy"):
        return None
    return info


_LETTER_UNITS = frozenset({"l", "g", "m"})
"""Units of one letter a rate is per after a slash: "0.01 mg/l", "5 g/m"."""


def _scale(iv: Interval, factor: float) -> Interval:
    lo = iv.lo * factor if math.isfinite(iv.lo) else iv.lo
    hi = iv.hi * factor if math.isfinite(iv.hi) else iv.hi
    return Interval(lo, hi, iv.lo_open, iv.hi_open)
