"""A figure that opens a clause of its own after "after", "when", "because"...: the role of
the main clause before it is not its role (`measure._opened`)."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement, SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize


def _m(text: str, phrase: str) -> Measurement:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text))


@pytest.mark.parametrize(("text", "phrase"), [
    ("Anglers demanded an inquiry after around 48,000 salmon escaped from the farm.",
     "around 48,000"),
    ("Residents are seeking compensation after 40 homes flooded in March.", "40 homes"),
    ("The council wants a review because 300 pupils missed their exams.", "300 pupils"),
    ("Fans demanded refunds when 12 matches were called off.", "12 matches"),
])
def test_a_figure_opening_its_own_clause_takes_no_role_from_the_main_one(text: str,
                                                                         phrase: str) -> None:
    assert _m(text, phrase).role is None


@pytest.mark.parametrize(("text", "phrase", "role"), [
    # no verb after the figure's noun: "after" is a preposition of the figure's clause
    ("The union demanded a rise of 6% after 18 months of talks.", "6%", "sought"),
    ("The union is seeking a 12% pay rise.", "12%", "sought"),
    ("Ministers are expected to approve 40 new homes after the vote.", "40 new homes",
     "forecast"),
])
def test_a_figure_in_the_main_clause_keeps_its_role(text: str, phrase: str, role: str) -> None:
    assert _m(text, phrase).role == role
