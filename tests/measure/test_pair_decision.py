"""Roles and scores that kept a true counterpart from its pair (`docs/pairing.md`)."""

from __future__ import annotations

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize


def _role(subject: str, predicate: str, sentence: str, phrase: str) -> str | None:
    claim = Claim(id="c", source="s", subject=subject, predicate=predicate, value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role


@pytest.mark.parametrize(("subject", "predicate", "sentence", "phrase", "role"), [
    # a figure in an absolute clause after "with" does what its own verb says
    ("The plan", "was voted down", "The plan was voted down, with only 38 per cent "
     "supporting it.", "38 per cent", None),
    ("The proposal", "was carried", "The proposal was carried, with 61% of members in "
     "favour.", "61%", None),
    # the subject's role still names a figure of its own clause
    ("The plan", "reaches", "The plan reaches 38 per cent by 2030.", "38 per cent", "target"),
    ("The proposal", "asks", "The proposal asks for 61% of the fund.", "61%", "sought"),
])
def test_an_absolute_clause_takes_no_role_from_the_subject(
        subject: str, predicate: str, sentence: str, phrase: str, role: str | None) -> None:
    assert _role(subject, predicate, sentence, phrase) == role
