"""A length or area said as a "gap" in a thing is that thing's measure, no contestant's lead
(`measure._read`); a gap one side won or leads by stays a margin."""

from __future__ import annotations

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize


def _role(text: str, phrase: str) -> str | None:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text)).role


@pytest.mark.parametrize(("text", "phrase", "role"), [
    ("The storm destroyed part of the pier, leaving a gap of about 90m in its deck.",
     "about 90m", None),
    ("Subsidence opened a gap of 40 square metres in the car park floor.",
     "40 square metres", None),
    ("Okafor won the long jump by a gap of 12 centimetres.", "12 centimetres", "margin"),
    ("Harlow lead the table by a gap of 12 points.", "12 points", "margin"),
])
def test_a_gap_in_a_thing_is_no_margin(text: str, phrase: str, role: str | None) -> None:
    assert _role(text, phrase) == role
