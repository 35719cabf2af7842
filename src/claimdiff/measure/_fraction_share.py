"""A fraction word read as a period, kept as the share it also says.

"a quarter" alone is a quarter of a year to `normalize` ("in a quarter"), yet "cut output
by about a quarter" and "a surcharge of a quarter" give a share, as "25 per cent" does in
the other report. Which sense a writer means the sentence rarely shows, so the period
keeps the share as its second reading (`claimdiff.measure._bridge`), used only against
a percent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize
from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, alternation

__all__ = ["fraction_share"]

_QUARTERS = re.compile(
    r"(?i)^(?P<hedge>(?:" + alternation(PREFIX_HEDGES_EN) + r")\s+)?(?P<n>a|an|one|three)"
    r"\s+quarters?$")
"""A count of quarters said as a fraction: "a quarter", "about a quarter", "three
quarters"; not "the quarter", "last quarter" nor "two quarters" (no share says that)."""
_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:for|in|within|during|over|after|before|per|each|every|than|until|since|"
    r"from|to|into|spent|took|takes|lasted|lasting|last|next|this|that|the|another)\s+$")
"""Words that make "a quarter" a span of time: "idle *for* a quarter", "rose 7% *in* a
quarter", "*lasted* a quarter"."""
_FOURTH = {"a": "a fourth", "an": "a fourth", "one": "one fourth", "three": "three fourths"}
"""The same fraction in words no calendar reads: "three fourths" is only a share."""


def fraction_share(value: Value, phrase: str, before: str) -> Value | None:
    """"(about) a quarter", "three quarters" read as a period: the share it also says,
    25 % or 75 % with the phrase's hedge, else `None`; `before` is the text before the
    phrase, which makes it a span ("for a quarter")."""
    if value.kind is not Kind.DURATION or value.granularity != "quarter" \
            or (m := _QUARTERS.match(phrase.strip())) is None or _PERIOD_BEFORE.search(before):
        return None
    try:
        share = normalize(f"{m.group('hedge') or ''}{_FOURTH[m.group('n').lower()]}")
    except ClaimdiffError:
        return None
    if share.dimension != "percent":
        return None
    return replace(share, text=phrase, steps=(
        *share.steps, f"{phrase!r} as a share: a fraction, not a quarter of a year"))
