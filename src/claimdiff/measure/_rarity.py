"""How rare a physical dimension is in two reports, as evidence that their values of it
measure one thing: a news report seldom gives more than one or two masses, areas or speeds,
so the only length of each of two reports of one story is most likely one thing's."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from claimdiff.measure._holder import distinct_holders
from claimdiff.measure._lexicon_en import periods_differ
from claimdiff.measure._model import Measurement
from claimdiff.measure._what import moods_differ

W_RARE = 0.08
"""The weight of sharing a physical dimension when each report holds only one value of it;
weighed down as either holds more, as a word's rarity is."""
PHYSICAL = frozenset({"length", "mass", "area", "volume", "speed", "energy", "power",
                      "temperature", "frequency", "pressure", "voltage", "charge",
                      "fuel economy"})
"""Dimensions of physical units; counts, shares, money and dates fill every report."""
RARE = PHYSICAL | {"score", "score:running"}
"""Dimensions a report seldom gives more than one or two of: physical ones, and scores,
tallies and odds ("a 7-2 vote", "sent off at 7-1")."""


def rarity(ma: Sequence[Measurement], twin_a: Mapping[int, int], mb: Sequence[Measurement],
           twin_b: Mapping[int, int]) -> dict[str, float]:
    """The weight of sharing each physical dimension both sides hold: `W_RARE` for the only
    value of it in each report, less as either holds more (a repeat of a figure, an index in
    `twin_a` or `twin_b`, counts once)."""
    na = Counter(m.dimension for k, m in enumerate(ma) if k not in twin_a)
    nb = Counter(m.dimension for k, m in enumerate(mb) if k not in twin_b)
    return {d: W_RARE / math.sqrt(na[d] * nb[d]) for d in RARE & na.keys() & nb.keys()}


def told_apart(a: Measurement, b: Measurement) -> bool:
    """A qualifier sets the two apart (a role, even one a report may leave unsaid; a period, a
    holder, a modality): then sharing a rare dimension is no evidence, a top speed is still no
    actual speed. Two sources quoted for one length are still one length's."""
    return (a.role != b.role or periods_differ(a.period, b.period)
            or moods_differ(a.modality, b.modality) or distinct_holders(a.subject, b.subject))


__all__ = ["PHYSICAL", "RARE", "W_RARE", "rarity", "told_apart"]
