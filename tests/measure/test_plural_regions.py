"""A subdivision word in the plural names no one part of a country ("the United States",
"the Gulf states"): a figure said there is no whole against a named region
(`measure._scope.regions`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure._holder import tokens
from claimdiff.measure._scope import regions
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


def test_a_plural_subdivision_is_no_named_region(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path,
        "The embassy of Peru in Dallas said it has a backlog of about 4,100 visa requests.",
        "Travellers in the southern United States face delays, with over 5,600 visa requests "
        "pending at the embassy of Peru in Dallas.")
    assert verdict_between(pairs, "4,100", "5,600") is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("words", "named"), [
    ("the Ostra region", {"ostra"}), ("Harlow County", {"harlow"}),
    ("the United States", set()), ("the Gulf States", set()),
    ("the district", {"*"}), ("the Johor state executive's area", set()),
])
def test_regions_are_singular_subdivisions(words: str, named: set[str]) -> None:
    text = f"Prices rose in {words} last year."
    toks = tokens(text, 0, len(text))
    assert regions(toks, 0, frozenset(t.key for t in toks[1:] if t.text[0].isupper())) == named


def test_a_region_named_by_its_kind_is_the_region_named_before(tmp_path: Path) -> None:
    # "in the district" is the district the other report names: both are one region's
    pairs = value_verdicts(
        tmp_path,
        "Uptake of the second dose of the MMR vaccine in the Eastmere district stands at 79%.",
        "Second-dose MMR coverage in the district is 91 per cent, officials said.")
    assert verdict_between(pairs, "79%", "91 per cent") is Verdict.CONFLICT, pairs


def test_a_region_heading_an_office_is_who_spoke(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path,
        "Officials said 32 lanes fitted for QR-code payments were in use at the Woodlands "
        "crossing.",
        "Only 16 lanes have been fitted for QR-code payments so far, the Johor state executive "
        "said.")
    assert verdict_between(pairs, "32 lanes", "16 lanes") is Verdict.CONFLICT, pairs


def test_a_figure_said_wide_of_a_whole_is_no_region_s(tmp_path: Path) -> None:
    # "the Scotland-wide jobless rate" is the whole's, against a council area's rate
    pairs = value_verdicts(
        tmp_path,
        "Local MSP Ann Reid called the move a blow to a council area where unemployment "
        "already stands at 4.1 per cent.",
        "The Scotland-wide jobless rate is 3.6%, but members warned that office work is "
        "scarce.")
    assert verdict_between(pairs, "4.1 per cent", "3.6%") is not Verdict.CONFLICT, pairs
