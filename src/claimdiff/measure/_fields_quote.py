"""A curated claim's value read from its verbatim quote, as an article's value is read.

A curator's fields say what a value is about in the curator's words; the quote keeps the
writer's, and with them the evidence that tells two figures apart ("a *Band A* bill",
"the *five-year average* of 42 tonnes", "finished sixth *last season*"). The quote is read
by the article reader itself (`measure_claim` over the quote as the text), so a claim file
and an article are read by one engine.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from claimdiff.measure._model import Measurement
from claimdiff.measure._read import measure_claim
from claimdiff.measure._source import SourceText
from claimdiff.model import Claim
from claimdiff.normalization import Value

__all__ = ["quoted"]


@lru_cache(maxsize=4096)
def _source(quote: str) -> SourceText:
    return SourceText(quote)


def quoted(claim: Claim, slot: str, phrase: str, value: Value | None,
           reference: date | None) -> Measurement | None:
    """`phrase` (read as `value`) as the article reader reads it in `claim`'s quote; `None`
    when the claim has no quote, the phrase is not in it, or it has no reading."""
    if value is None or not claim.quote or not phrase:
        return None
    text = _source(claim.quote)
    if text.locate(phrase, None) is None:
        return None
    return measure_claim(claim, slot, value, text, phrase, reference=reference)
