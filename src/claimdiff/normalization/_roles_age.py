"""Hedged ages: "just 39 years old", "about 60 years of age", "aged nearly 90"."""

from __future__ import annotations

import math
import re

from claimdiff.normalization import _roles_en as en
from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, Hedge, hedge_interval
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._roles import _value, number, singular
from claimdiff.normalization._value import Value

__all__ = ["hedged_age"]

_AGE_HEDGE = re.compile(
    r"^(?P<aged>aged\s+)?(?P<hedge>" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(PREFIX_HEDGES_EN, key=len,
                                                             reverse=True))
    + r")\s+(?P<rest>\S.*)$", re.IGNORECASE)


def hedged_age(text: str) -> Value | None:
    """A hedged age ("just 39 years old", "about 60 years of age", "aged nearly 90"): the
    hedge read on the number of years, each year reaching the next birthday, so "about 39
    years old" is an age of 38 to 41, never 39 years of duration."""
    h = _AGE_HEDGE.match(text.strip())
    if h is None:
        return None
    rest = h.group("rest")
    plain = en.AGE.match(f"aged {rest}" if h.group("aged") else rest)
    if plain is None or plain.group("decade") or (
            n := number(plain.group("n1") or plain.group("n2") or plain.group("n3"))) is None:
        return None
    unit = singular(plain.group("u2") or plain.group("u3") or "year")
    per = en.AGE_UNITS.get(unit, 1.0)
    hedge = PREFIX_HEDGES_EN[re.sub(r"\s+", " ", h.group("hedge").lower())]
    if hedge in (Hedge.EXACT, Hedge.BARE):  # "just 39 years old" stresses the age as said
        core = support = Interval(n * per, (n + 1) * per, hi_open=True)
    else:
        core, support = (Interval(math.floor(iv.lo) * per, _birthday(iv) * per, hi_open=True)
                         for iv in hedge_interval(n, 1.0, hedge))
    return _value(text, core, support, "age", "year", (
        f"an age of {n:g} {unit}s, hedged {h.group('hedge').lower()!r}: "
        f"{core.lo / per:g} to (not including) {core.hi / per:g}",))


def _birthday(iv: Interval) -> float:
    """The birthday an age in `iv` (years, as hedged) is short of: `inf` for no bound."""
    if math.isinf(iv.hi):
        return iv.hi
    return iv.hi if iv.hi_open and iv.hi == math.floor(iv.hi) else math.floor(iv.hi) + 1
