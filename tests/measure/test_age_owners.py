"""An age described by a noun ("the 52-year-old main", "a third suspect, aged 41") is no
age of a person the other report names, unless that person's sentence says he is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


@pytest.mark.parametrize(("a", "b", "pair"), [
    ("Managing director Ilse Varga, 61, apologised to residents of Drummel on Friday.",
     "The 47-year-old pipeline at the Drummel works burst on Thursday.", ("61", "47-year-old")),
    ("A second suspect, aged 23, is still being sought by police in Orvane.",
     "\"It is a quiet street,\" said Petra Lund, 81, who lives next door in Orvane.",
     ("23", "81")),
])
def test_an_age_described_by_a_noun_is_no_named_persons(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, *pair) is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    # the named person's sentence says what the other report describes him as
    ("Managing director Ilse Varga, 61, apologised to residents of Drummel on Friday.",
     "The 64-year-old managing director apologised to residents of Drummel on Friday.",
     ("61", "64-year-old")),
    # both the one of a kind: "the youngest"
    ("The youngest victim of the Orvane ferry fire was 9, the coroner said.",
     "The youngest, a 12-year-old boy, was named as Tomas Hale by the Orvane coroner.",
     ("9", "12-year-old")),
    # the noun is in apposition to the name the other report gives
    ("38th minute: Captain Nikhil Varne, the 26-year-old right corner, with a textbook ankle "
     "hold.", "Skipper Nikhil Varne, 30, who has been with the franchise since its first "
     "season, dedicated the win to his late father.", ("26-year-old", "30")),
    # a name with its age after "aged", against the name in apposition to "a ...-year-old"
    ("Orla Kenny, aged 58, of Bantry, died in the crash on Sunday, gardai said.",
     "Orla Kenny, a 61-year-old mother of two, died in the Bantry crash on Sunday.",
     ("aged 58", "61-year-old")),
])
def test_an_age_described_as_the_named_person_still_conflicts(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, *pair) is Verdict.CONFLICT, pairs


def test_a_day_opening_the_sentence_is_no_name_an_age_is_of(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Sunday, aged 24, Mira Holt won the Bantry open in straight sets.",
        "The 24-year-old Mira Holt won the Bantry open on Sunday in straight sets.")
    assert verdict_between(pairs, "aged 24", "24-year-old") is Verdict.AGREE, pairs
