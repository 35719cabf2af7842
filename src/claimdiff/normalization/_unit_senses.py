"""Other senses of a written unit that names more than one unit.

"50,000 pounds" is a weight or a sum of money; a bare "$" or "dollars", "rupees" or
"pesos" is the currency of one of several countries. `normalize` reads each phrase in
its first sense (a pound is a weight, a dollar the US dollar, a peso a peso of no named
country); `unit_senses` gives the other readings, so that the reader of a whole report
can choose among them from what the report says (`claimdiff.measure.settle_units`).
A sense is a whole reading in its own unit: "50,000 pounds" as money is 50,000 GBP,
not the kilograms it weighs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization._value import Kind, Value

__all__ = ["unit_senses"]

_POUNDS = re.compile(r"(?i)\bpounds?\b(?!\s*(?:sterling|of\b))")
"""A pound that is no "lb" and names no product ("two pounds of meat" is a weight)."""
# A currency name several countries use, as `normalize` reads it when nothing names the
# country: the unit it gives, the word that shows it was written so, and the CLDR head
# noun of the currencies it may be.
_SHARED: dict[str, tuple[re.Pattern[str], str]] = {
    "USD": (re.compile(r"(?<![A-Za-z.])\$|\bdollars?\b"), "dollar"),  # "about $5m", no "NZ$"
    "INR": (re.compile(r"(?i)\brupees?\b|\bRs\b"), "rupee"),
    "PESO": (re.compile(r"(?i)\bpesos?\b"), "peso"),
    "FRANC": (re.compile(r"(?i)\bfrancs?\b"), "franc"),
    "DINAR": (re.compile(r"(?i)\bdinars?\b"), "dinar"),
    "RIYAL": (re.compile(r"(?i)\briyals?\b"), "riyal"),
    "RIAL": (re.compile(r"(?i)\brials?\b"), "rial"),
    "DIRHAM": (re.compile(r"(?i)\bdirhams?\b"), "dirham"),
    "SHILLING": (re.compile(r"(?i)\bshillings?\b|\bSh(?=\s?\d)"), "shilling"),  # "Sh48bn"
    "KRONA": (re.compile(r"(?i)\bkronas?\b"), "krona"),
    "KRONE": (re.compile(r"(?i)\bkrones?\b"), "krone"),
}
_TIMES = re.compile(r"(?i)\btimes\b|\btwice\b")
_NAMED = re.compile(r"(?i)\b(?:US|U\.S\.|American|Indian)\b|\b[A-Z]{2,3}\$")
"""A country named with the amount ("US$", "HK$", "Indian rupees"): one currency only."""


def unit_senses(value: Value) -> tuple[Value, ...]:
    """The readings of `value` in the other units its written unit may name, or `()`:
    "50,000 pounds" as 50,000 GBP, "$5m" in each dollar but the US one."""
    if value.kind is not Kind.QUANTITY or value.unit is None:
        return ()
    if value.dimension == "mass" and _POUNDS.search(value.text):
        return _money_pounds(value)
    if value.unit == "×" and _TIMES.search(value.text):
        # "three times the average" is 300 per cent of it ("fold" is as often a rise)
        return (replace(value, unit="%", dimension="percent",
                        core=value.core.scale(100.0), support=value.support.scale(100.0),
                        steps=(*value.steps, f"'{value.text}' as a percentage: × 100")),)
    shared = _SHARED.get(value.unit)
    if shared is None or not value.dimension.startswith("currency:") \
            or not shared[0].search(value.text) or _NAMED.search(value.text):
        return ()
    return tuple(replace(value, unit=code, dimension=f"currency:{code}", steps=(
        *value.steps, f"'{value.text}' may be in {code}: the report names the country"))
        for code in sorted(_codes(shared[1]) - {value.unit}))


def _money_pounds(value: Value) -> tuple[Value, ...]:
    from claimdiff.normalization._api import normalize  # deferred: `_api` imports widely

    # "a ninety-six million pound facility": the singular before a noun is sterling too
    written = _POUNDS.sub("pounds sterling", value.text, count=1)
    try:
        money = normalize(written)
    except ClaimdiffError:
        return ()
    if money.dimension != "currency:GBP":
        return ()
    return (replace(money, text=value.text, steps=(
        f"'{value.text}' may be money: pounds sterling", *money.steps)),)


@cache
def _codes(head: str) -> frozenset[str]:
    """The ISO codes of the currencies in use whose English name ends in `head` ("dollar":
    USD, AUD, CAD, ...), from the Unicode CLDR through Babel."""
    from babel.numbers import get_currency_name, get_territory_currencies

    from claimdiff.normalization._currency_names import territories

    found = set()
    for territory in territories():
        for code in get_territory_currencies(territory):
            if get_currency_name(code, locale="en").lower().split()[-1] == head:
                found.add(code)
    return frozenset(found)
