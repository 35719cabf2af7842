"""Hedges ("almost", "more than", "about") and round numbers, read as intervals.

The rules (see `docs/normalization.md` for their sources): let `u` be the
granularity of the number as written (the place value of its last non-zero
digit: 2,000 -> 1,000; 6,500 -> 100; 12.7 -> 0.1) and `rho` the relative
slack of an approximator (default 0.10).

=============  ==============================  ================================
hedge          core                            support
=============  ==============================  ================================
bare n         n +- min(u/2, 0.05 n)           n +- u/2
exactly n      n +- u/2 (u of a written unit)  same
about n        n +- w1                         n +- w2
almost n       [n - min(w1, n/4), n)           [n - min(max(u, w2), n/2), n]
more than n    (n, n + u]                      (n, inf)
less than n    [n - u, n)                      [0, n)
at least n     [n, n + u]                      [n, inf)
at most n      [n - u, n]                      [0, n]
=============  ==============================  ================================

w_k = max(u/2, min(k rho n, k s)), s the figure's step (`step`: u, or 5 u for a last
non-zero digit 5): an approximator reaches no further than k steps of the figure's
own precision, and a round figure's u/2 keeps it as wide as its rounding.

"Up to n", "as many as n" (`ROUNDED_BOUNDS`): the support reaches n + min(u/2, 5 % n),
the rounding of the figure ("as few as n" likewise below n).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from enum import Enum

from claimdiff.normalization._interval import INF, Interval

RHO = 0.10


class Hedge(str, Enum):
    """How a phrase qualifies its number. Finer than TIMEX3's `mod`."""

    BARE = "bare"
    EXACT = "exact"
    APPROX = "approx"
    ALMOST = "almost"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ODD = "odd"
    """ "twenty-odd": above n by less than one step of its granularity."""

    @property
    def timex_mod(self) -> str | None:
        """The TIMEX3 `mod` attribute this hedge corresponds to."""
        return _TIMEX_MOD[self]


_TIMEX_MOD: dict[Hedge, str | None] = {
    Hedge.BARE: None,
    Hedge.EXACT: "EQUAL",
    Hedge.APPROX: "APPROX",
    Hedge.ALMOST: "LESS_THAN",
    Hedge.MORE_THAN: "MORE_THAN",
    Hedge.LESS_THAN: "LESS_THAN",
    Hedge.AT_LEAST: "EQUAL_OR_MORE",
    Hedge.AT_MOST: "EQUAL_OR_LESS",
    Hedge.ODD: "APPROX",
}

# English hedge words standing before a number. Other languages get their own table.
# "slightly"/"a little" and "well" only say how far from n: "slightly more than" is
# MORE_THAN, "slightly less than" ALMOST (like "just under"), "well under" LESS_THAN.
# "~" and the attached "sub-" ("sub-300 sq m") are matched by the quantity grammar.
PREFIX_HEDGES_EN: dict[str, Hedge] = {
    "exactly": Hedge.EXACT,
    "precisely": Hedge.EXACT,
    "just": Hedge.EXACT,
    "fully": Hedge.EXACT,
    # "a mere 12" stresses how small the figure is, as "just 12" does.
    "a mere": Hedge.EXACT,
    "mere": Hedge.EXACT,
    "about": Hedge.APPROX,
    "around": Hedge.APPROX,
    "round about": Hedge.APPROX,
    "approximately": Hedge.APPROX,
    "approx.": Hedge.APPROX,
    "roughly": Hedge.APPROX,
    "some": Hedge.APPROX,
    "circa": Hedge.APPROX,
    "ca.": Hedge.APPROX,
    "c.": Hedge.APPROX,
    "an estimated": Hedge.APPROX,
    "estimated": Hedge.APPROX,
    "an approximate": Hedge.APPROX,
    "approximate": Hedge.APPROX,
    "more or less": Hedge.APPROX,
    # "in the region of £160 million", "in the neighbourhood of 3,000": about n
    "in the region of": Hedge.APPROX,
    "in the neighbourhood of": Hedge.APPROX,
    "in the neighborhood of": Hedge.APPROX,
    "close to": Hedge.ALMOST,
    "exceeding": Hedge.MORE_THAN,
    "almost": Hedge.ALMOST,
    "nearly": Hedge.ALMOST,
    "just under": Hedge.ALMOST,
    "just short of": Hedge.ALMOST,
    "not quite": Hedge.ALMOST,
    "just shy of": Hedge.ALMOST,
    "shy of": Hedge.ALMOST,
    "short of": Hedge.ALMOST,
    "just below": Hedge.ALMOST,
    "a little under": Hedge.ALMOST,
    # "slightly less than 20" sits just below 20, as "just under 20" does.
    "slightly less than": Hedge.ALMOST,
    "slightly under": Hedge.ALMOST,
    "slightly below": Hedge.ALMOST,
    "more than": Hedge.MORE_THAN,
    "over": Hedge.MORE_THAN,
    "above": Hedge.MORE_THAN,
    "upwards of": Hedge.MORE_THAN,
    "in excess of": Hedge.MORE_THAN,
    "just over": Hedge.MORE_THAN,
    "well over": Hedge.MORE_THAN,
    "greater than": Hedge.MORE_THAN,
    "higher than": Hedge.MORE_THAN,
    "larger than": Hedge.MORE_THAN,
    "bigger than": Hedge.MORE_THAN,
    "longer than": Hedge.MORE_THAN,
    "a little over": Hedge.MORE_THAN,
    "slightly more than": Hedge.MORE_THAN,
    "slightly over": Hedge.MORE_THAN,
    "slightly above": Hedge.MORE_THAN,
    "well above": Hedge.MORE_THAN,
    "less than": Hedge.LESS_THAN,
    "fewer than": Hedge.LESS_THAN,
    "under": Hedge.LESS_THAN,
    "below": Hedge.LESS_THAN,
    "lower than": Hedge.LESS_THAN,
    "smaller than": Hedge.LESS_THAN,
    "shorter than": Hedge.LESS_THAN,
    "well under": Hedge.LESS_THAN,
    "well below": Hedge.LESS_THAN,
    "at least": Hedge.AT_LEAST,
    "no less than": Hedge.AT_LEAST,
    "no fewer than": Hedge.AT_LEAST,
    "not less than": Hedge.AT_LEAST,
    "a minimum of": Hedge.AT_LEAST,
    # "as few as 20": the writer stresses how small it is, but the count may be no
    # smaller: a lower bound, the mirror of "as many as" (AT_MOST).
    "as few as": Hedge.AT_LEAST,
    "as little as": Hedge.AT_LEAST,
    "as low as": Hedge.AT_LEAST,
    "at most": Hedge.AT_MOST,
    "up to": Hedge.AT_MOST,
    "no more than": Hedge.AT_MOST,
    "not more than": Hedge.AT_MOST,
    "a maximum of": Hedge.AT_MOST,
    "as many as": Hedge.AT_MOST,
    "as much as": Hedge.AT_MOST,
}

# Hedges standing after the number ("2,000 or so", "40-plus").
SUFFIX_HEDGES_EN: dict[str, Hedge] = {
    "or so": Hedge.APPROX,
    "or thereabouts": Hedge.APPROX,
    "odd": Hedge.ODD,
    # "forty-something", "30-something": past n, short of the next step, as "-odd" is
    "something": Hedge.ODD,
    "or more": Hedge.AT_LEAST,
    "plus": Hedge.AT_LEAST,
    "+": Hedge.AT_LEAST,
    "or less": Hedge.AT_MOST,
    "or fewer": Hedge.AT_MOST,
}


# Bounds said as a figure of speech ("up to 280 km/h", "as many as 300"): the figure is
# rounded as any other, so the support reaches past it by its rounding (`hedge_interval`'s
# `rounded`). "At most", "no more than", "≤" state the bound itself and stay exact.
ROUNDED_BOUNDS = frozenset({"up to", "as many as", "as much as", "as high as", "as few as",
                            "as little as", "as low as"})


def alternation(words: dict[str, Hedge] | list[str]) -> str:
    """A regex alternation of `words`, longest first, spaces as `\\s+`."""
    keys = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


def granularity(numeral: str) -> float:
    """Place value of the last non-zero digit of a numeral as written.

    `"2,000"` -> 1000, `"6,500"` -> 100, `"12.7"` -> 0.1, `"1960"` -> 10,
    `"0"` -> 1. Separators `,`, `_`, thin and plain spaces are ignored.
    """
    digits = re.sub(r"[,_\s\u202f\u2009']", "", numeral)
    try:
        number = Decimal(digits)
    except InvalidOperation:
        return 1.0
    if number == 0:
        return 1.0
    sign, figures, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    trailing = 0
    for figure in reversed(figures):
        if figure != 0:
            break
        trailing += 1
    return float(10 ** (exponent + trailing))


def step(n: float, u: float) -> float:
    """The step of the scale a figure is written on: its granularity `u`, or 5 u when its
    last non-zero digit is a 5 (2,500, 45, 0.15 stand on the half step of the next place).

    Round numbers come on scales of 1, 2.5/5 and 10 steps (Krifka 2009); a figure ending
    in 5 is as round as the half step it marks.
    """
    if u <= 0:
        return u
    steps = round(abs(n) / u)
    return 5 * u if steps % 10 == 5 and math.isclose(steps * u, abs(n), rel_tol=1e-9) else u


def approx_slack(n: float, u: float, k: int, *, rho: float = RHO,
                 scale: float | None = None) -> float:
    """How far "about n" reaches either side: max(u/2, min(k rho |n|, k s)), s = `step`.

    `k` = 1 for the core, 2 for the support. A round figure ("about 2,000": u/2 is
    500) is read as loosely as ever; a figure written finer ("about 2,300") no
    further than k steps of its own precision (2,200-2,400 core, 2,100-2,500 support).
    `scale` (default `u`) is the granularity the step is taken from.
    """
    s = step(n, max(u, scale or u))
    return max(u / 2, min(k * rho * abs(n), k * s))


def hedge_interval(
    n: float, u: float, hedge: Hedge, *, rho: float = RHO, floor: float | None = 0.0,
    rounded: bool = False, scale: float | None = None,
) -> tuple[Interval, Interval]:
    """The `(core, support)` of the number `n` at granularity `u` under `hedge`.

    `floor` is the least value the quantity can take (0 for counts and
    durations; `None` when it may be negative). `rounded` (a bound in `ROUNDED_BOUNDS`)
    widens an upper or lower bound's support past n by the rounding of a bare n,
    min(u/2, 5 % of n). `scale` is the granularity n itself is written at when `u` is a
    finer one it shares (a range's ends: "about 25-40 min" is read to the minute, but 40
    is as round as written); it sets the approximators' step.
    """
    mag = abs(n)
    lo_floor = -INF if floor is None else floor
    if hedge is Hedge.BARE:
        core = Interval.around(n, min(u / 2, 0.05 * mag))
        support = Interval.around(n, u / 2)
    elif hedge is Hedge.EXACT:
        core = support = Interval.around(n, min(u / 2, 0.005 * mag) if mag else u / 2)
    elif hedge is Hedge.APPROX:
        core = Interval.around(n, approx_slack(n, u, 1, rho=rho, scale=scale))
        support = Interval.around(n, approx_slack(n, u, 2, rho=rho, scale=scale))
    elif hedge is Hedge.ALMOST:
        # "Almost" is close to n: never further below than a quarter of n (core) or half of
        # it (support), however coarse n is written ("nearly 1,000" has u = 1,000: not 0).
        # Up to 1 ("almost 1 person", "almost a year") the unit's own rule stands.
        reach = mag if mag > 1 else INF
        core = Interval(n - min(approx_slack(n, u, 1, rho=rho, scale=scale), reach / 4), n,
                        hi_open=True)
        support = Interval(n - min(max(u, approx_slack(n, u, 2, rho=rho, scale=scale)),
                                   reach / 2), n)
    elif hedge is Hedge.MORE_THAN:
        core = Interval(n, n + u, lo_open=True)
        support = Interval(n, INF, lo_open=True)
    elif hedge is Hedge.LESS_THAN:
        core = Interval(max(n - u, lo_floor), n, hi_open=True)
        support = Interval(min(lo_floor, n), n, hi_open=True)
    elif hedge is Hedge.AT_LEAST:
        core = Interval(n, n + u)
        support = Interval(n, INF)
    elif hedge is Hedge.AT_MOST:
        core = Interval(max(n - u, lo_floor), n)
        support = Interval(min(lo_floor, n), n)
    elif hedge is Hedge.ODD:
        # "twenty-odd" is more than twenty and short of the next step (thirty): the
        # anchors note's convention, core (n, n + u), support [n, n + u].
        core = Interval(n, n + u, lo_open=True, hi_open=True)
        support = Interval(n, n + u)
    else:  # pragma: no cover - exhaustive over Hedge
        raise AssertionError(hedge)
    if rounded and hedge is Hedge.AT_MOST:
        support = Interval(support.lo, n + min(u / 2, 0.05 * mag))
    elif rounded and hedge is Hedge.AT_LEAST:
        support = Interval(n - min(u / 2, 0.05 * mag), INF)
    if floor is not None:
        core, support = _clip(core, floor), _clip(support, floor)
    return core, support


def _clip(interval: Interval, floor: float) -> Interval:
    if interval.lo >= floor or interval.hi < floor or math.isinf(floor):
        return interval
    return Interval(floor, interval.hi, False, interval.hi_open)
