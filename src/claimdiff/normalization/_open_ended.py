"""A date held open on one side by its word: "since 2018" up to the time of writing,
"until Friday", "by the end of the year" up to it."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from claimdiff.normalization._context import Context
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Value

# "since X" holds from X up to the time of writing; "by/until X" up to X. The words
# stay out of FUNCTION_WORDS' reach: dropping them would read "since 2018" as 2018.
# "before the end of the year" is "by the end of the year": up to its end.
OPEN_ENDED = re.compile(r"(?P<word>since|ever since|(?:up\s+)?until|(?:up\s+)?till|up\s+to|through"
                        r"|thru|by|no later than"
                        r"|before(?=\s+the\s+(?:end|close)\s+of\b))\s+(?P<rest>.+)",
                        re.IGNORECASE)


def open_ended(inner: Value, word: str, ctx: Context) -> Value:
    """`inner` held open on one side by the word before it: from it to the time of writing
    ("since"), or from any time before to it ("until", "by")."""
    if word.endswith("since"):
        ref = ctx.reference
        hi = float(ref) if ref is not None and ref >= inner.core.lo else math.inf
        core = Interval(inner.core.lo, max(hi, inner.core.hi))
        support = Interval(inner.support.lo, max(hi, inner.support.hi))
        mod, why = "ON_OR_AFTER", "from then until the time of writing"
    else:
        core = Interval(-math.inf, inner.core.hi)
        support = Interval(-math.inf, inner.support.hi)
        mod, why = "ON_OR_BEFORE", "at that time or earlier"
    return replace(inner, core=core, support=support, mod=mod,
                   steps=(*inner.steps, f"'{word}' {inner.render()}: {why}"))


__all__ = ["OPEN_ENDED", "open_ended"]
