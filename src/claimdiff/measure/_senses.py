"""Which unit a unit word of several senses names, from what the report says.

"50,000 pounds" is a weight or a sum of money, "$5m" the dollar of one of twenty
countries (`claimdiff.normalization.unit_senses` gives the other readings). A reader
chooses as a person does, from the nearest evidence first:

1. the value's sentence: "weighs", "heavy" say a weight; else "paid", "prize", "fine",
   "cost" say money;
2. the report's other values: a "£" or "sterling" amount says pounds are money, a
   weight in kilograms or "lb" (not in tonnes) that they weigh, an "A$" amount that its
   "$" is the Australian dollar, and a "US$48" that its "$" is some other country's
   (chosen by the evidence that follows);
3. the other report's values, when this report is silent: "£50,000" there says "50,000
   pounds" here is money; "NZ$14 million" there, with no other dollar of its own, says a
   "$14 million" here is the New Zealand dollar (one report may name the country's
   dollar where the other, written in the country, writes "$").

No evidence, or evidence both ways, keeps the first reading (`normalize`'s).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from claimdiff.measure._lexicon_en import lemma
from claimdiff.measure._model import Measurement
from claimdiff.normalization import Value, unit_senses

__all__ = ["settle_units"]

_WEIGHT = frozenset(lemma(w) for w in """weigh weighed weighing weight heavy heavier
    heaviest""".split())
_MONEY = frozenset(lemma(w) for w in """paid cost costs price priced prize purse award reward
    fine fined fee salary wage budget fund funding grant loan tax bonus compensation damages
    donation donated investment spent earned earnings bail ransom jackpot pension rent
    revenue profit cash money bounty""".split())


_US = re.compile(r"\bUS\s?\$|\$US\b|\bU\.?S\.? dollars?\b|\bUSD\b|(?i:\bamerican dollars?\b)")
"""The US dollar named as such: "US$48", "48 US dollars"."""


_METRIC_TONNES = re.compile(r"(?i)\btonnes?\b|\bmetric tons?\b|\d\s?[mk]t\b")
"""A weight in metric tonnes ("280,000 tonnes of freight"), no evidence that pounds weigh."""


def _words(m: Measurement) -> frozenset[str]:
    """The sentence's words as written (lemmas, no synonym class: "damage" is no price)."""
    return frozenset(lemma(w) for _, w in m.surface)


def _by_sentence(m: Measurement, readings: Sequence[Value]) -> Value | None:
    words = _words(m)
    # a weight word is the stronger: a sentence weighing a thing in pounds may say what it
    # won or cost in "£" ("the marrow, which won £500, weighs 110 pounds")
    weight = bool(words & _WEIGHT)
    money = not weight and bool(words & _MONEY)
    if not weight and not money:
        return None
    want = [v for v in readings if (v.dimension == "mass") == weight
            and (v.dimension.startswith("currency:")) == money]
    return want[0] if len(want) == 1 else None


def _by_values(seen: Counter[str], readings: Sequence[Value]) -> Value | None:
    """The one reading whose dimension the other values have, when only one's is there."""
    held = [v for v in readings if seen[v.dimension]]
    return held[0] if len(held) == 1 else None


def settle_units(own: Sequence[Measurement], other: Sequence[Measurement] = ()
                 ) -> list[Measurement]:
    """`own` with each value of a unit word of several senses read in the sense its
    evidence shows (the module's docstring says which); the rest as they are."""
    senses = [unit_senses(m.value) if m.value is not None else () for m in own]
    if not any(senses):
        return list(own)
    # a freight or a harvest in tonnes says nothing of pounds: no writer weighs in both
    mine = Counter(m.dimension for m, s in zip(own, senses, strict=True) if not s and not (
        m.value is not None and _METRIC_TONNES.search(m.value.text)))
    # the other report's own amounts of one sense only: its bare "$" shows no country
    theirs = Counter(m.dimension for m in other
                     if m.value is None or (m.dimension.partition(":")[0] != "currency"
                                            or not unit_senses(m.value))
                     and not _METRIC_TONNES.search(m.value.text))
    # a report that writes "US$48" where it means the US dollar writes "$" for another
    us_named = any(m.value is not None and m.dimension.startswith("currency:USD")
                   and _US.search(m.value.text) for m in own)
    out = []
    for m, alternatives in zip(own, senses, strict=True):
        if not alternatives or m.value is None:
            out.append(m)
            continue
        readings = (m.value, *alternatives)
        if us_named and m.value.unit == "USD" and not _US.search(m.value.text):
            readings = tuple(alternatives)
        kinds = {v.dimension.partition(":")[0] for v in readings}
        # a report's percentages say nothing of its "three times": only the other report's
        # way of writing the one figure does
        money = "currency" in kinds
        chosen = (_by_sentence(m, readings) or (_by_values(mine, readings) if money else None)
                  or (_by_values(theirs, readings) if len(kinds) > 1 or money else None))
        out.append(m if chosen is None or chosen is m.value
                   else replace(m, value=chosen, dimension=chosen.dimension))
    return out
