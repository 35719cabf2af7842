"""One person named by the family name in one report and by the given name in the other, each
report writing the full name once: one person's figures, which may conflict."""

from __future__ import annotations

from pathlib import Path

from claimdiff.measure._full_names import in_full
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


def test_one_name_reads_as_the_full_name_its_report_writes() -> None:
    text = "Harbour Town named Ilse Varga as coach. Varga, 44, arrived in May."
    assert in_full(("Varga",), text) == ("Ilse", "Varga")
    assert in_full(("Ilse",), text) == ("Ilse", "Varga")
    assert in_full(("Orrin",), text) == ("Orrin",)


def test_a_name_two_people_share_stays_as_written() -> None:
    text = "Ilse Varga and her brother Tamas Varga run the club. Varga, 44, arrived in May."
    assert in_full(("Varga",), text) == ("Varga",)
    assert in_full(("Ilse",), text) == ("Ilse", "Varga")


def test_the_family_name_and_the_given_name_are_one_persons(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path,
                   "Harbour Town have sacked head coach Ilse Varga. Varga was hired in "
                   "May 2023 and won 12 of her 40 games.",
                   "Harbour Town thank Ilse Varga for her service. Ilse was appointed in "
                   "August 2022 and led the club to a cup final.")
    assert verdict_between(pairs, "May 2023", "August 2022") is Verdict.CONFLICT, pairs


def test_two_people_of_one_given_name_are_still_two(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path,
                   "Harbour Town have sacked head coach Ilse Varga. Varga was hired in "
                   "May 2023 and won 12 of her 40 games.",
                   "Harbour Town thank assistant Ilse Brandt for her service. Ilse was "
                   "appointed in August 2022 and led the youth side to a cup final.")
    assert verdict_between(pairs, "May 2023", "August 2022") is not Verdict.CONFLICT, pairs
