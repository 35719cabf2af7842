"""A copula's subject is read through quotation marks around its words ('the so-called
"final offer" is 6 per cent' is an offer), so a quoted role still says which figure a value
is (`measure._window.copula_subject`)."""

from __future__ import annotations

from pathlib import Path

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


def test_a_quoted_role_in_a_copulas_subject_is_the_values_role(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Harlow Coaches said its final offer of 5 per cent over three years was fair.",
        'The drivers say the so-called "final offer" is 8 per cent over three years.')
    assert verdict_between(pairs, "5 per cent", "8 per cent") is Verdict.CONFLICT, pairs


def test_a_quoted_demand_and_an_offer_are_two_figures(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Harlow Coaches said its final offer of 5 per cent over three years was fair.",
        'The drivers say their "final demand" is 12 per cent over three years.')
    assert verdict_between(pairs, "5 per cent", "12 per cent") is not Verdict.CONFLICT, pairs
