"""A value's modality when its curator left it unsaid: read from the claim's own words.

One curator marks "Harmon Brakes | will close | 640 jobs" a forecast; the other writes
"the closure | jobs to be lost | 640 workers" and says nothing, though the quote says
"set to lose". Against a forecast, an unsaid modality whose quote (or predicate) speaks
of what will be ("will", "would", "set to", "are to", "expects to", "plans to", "to be
cut") is a forecast too, and the two compare as one fact; a figure said of what is or
was stays actual, and a forecast is not contradicted by it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.measure import Measurement
from claimdiff.model import Claim, ClaimV2, Measure, Modality

__all__ = ["said_modality", "said_roles"]

_AHEAD = re.compile(
    r"\b(?:will|would|shall|won[’']t|going\s+to|set\s+to|(?:is|are|was|were)\s+to|"
    r"expects?\s+to|expected\s+to|plans?\s+to|planned\s+to|to\s+be\s+\w+(?:ed|en)\b)"
    r"|[’']ll\b", re.IGNORECASE)


def said_modality(claim: Claim, measure: Measure | None, own: Modality,
                  other: Modality) -> Modality:
    """`own` (the value's modality), or a forecast when it is unsaid, `other` is a forecast,
    and the claim's quote or predicate speaks of what will be."""
    if own is not Modality.ACTUAL or other is not Modality.FORECAST:
        return own
    if (measure is not None and measure.modality is not None) or (
            isinstance(claim, ClaimV2) and claim.modality is not None):
        return own  # the curator said it is actual
    words = f"{claim.quote or ''} {claim.predicate}"
    return Modality.FORECAST if _AHEAD.search(words) else own


def said_roles(ca: Claim, cb: Claim, x: Measurement,
               y: Measurement) -> tuple[Measurement, Measurement]:
    """`x` and `y` (the measurements of `ca` and `cb` that paired them), the one with no role
    taking the other's `forecast` when its claim's modality is unsaid and its words speak of
    what will be (`said_modality`)."""
    forecast = Modality.FORECAST
    if x.role == forecast.value and y.role is None \
            and said_modality(cb, None, Modality.ACTUAL, forecast) is forecast:
        return x, replace(y, role=x.role)
    if y.role == forecast.value and x.role is None \
            and said_modality(ca, None, Modality.ACTUAL, forecast) is forecast:
        return replace(x, role=y.role), y
    return x, y
