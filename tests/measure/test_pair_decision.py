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


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    # a role noun after "behind" or "ahead of" is what the figure is measured against
    ("The bridge opened five weeks behind schedule.", "five weeks", None),
    ("The ferry docked 20 minutes ahead of schedule.", "20 minutes", None),
    ("The ferry is scheduled to dock in 20 minutes.", "20 minutes", "target"),
    # "standard" before a noun says ordinary, not a norm
    ("A standard bus ticket will cost 40 pence more.", "40 pence", None),
    ("The new noise standard is 55 decibels.", "55 decibels", "target"),
    # a date something is due on is planned; a cause ("due to") plans nothing
    ("The tanker is due in port on 9 March 2027.", "on 9 March 2027", "target"),
    ("The verdict is not due until 14 April 2027.", "until 14 April 2027", "target"),
    ("Due to fog, the race on 9 March 2027 was stopped.", "on 9 March 2027", None),
])
def test_a_role_word_the_figure_is_not(sentence: str, phrase: str, role: str | None) -> None:
    assert _role("x", "was", sentence, phrase) == role
