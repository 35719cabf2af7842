"""People named by the status an outcome gives them ("suspects" arrested) are all of them,
not a kind; people who hold posts and are laid off ("union members face the sack") are the
jobs lost, whatever word says who they are (`measure._traits.kind_counted`,
`measure._what.what_measured`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

# (A sentence, B sentence, A value, B value, verdict)
_CASES = [
    ("Police in Velmora arrested 11 suspects after the warehouse raid on Monday.",
     "The warehouse raid in Velmora on Monday ended with 16 people arrested, police said.",
     "11 suspects", "16 people", Verdict.CONFLICT),
    ("Customs officers detained seven accused at the Parnell border post on Friday.",
     "Customs officers at the Parnell border post detained seven people on Friday.",
     "seven accused", "seven people", Verdict.AGREE),
    ("Osric Mills will shut its Tarnby works, and 240 union members face the sack.",
     "Osric Mills is closing its Tarnby works with the loss of 310 jobs.",
     "240 union members", "310 jobs", Verdict.CONFLICT),
    ("The ferry operator Kestrel Lines will lay off 85 crew when the route closes.",
     "Kestrel Lines said 85 jobs would go when the route closes.",
     "85 crew", "85 jobs", Verdict.AGREE),
]


@pytest.mark.parametrize(("a", "b", "x", "y", "verdict"), _CASES)
def test_status_and_post_holders(tmp_path: Path, a: str, b: str, x: str, y: str,
                                 verdict: Verdict) -> None:
    assert verdict_between(value_verdicts(tmp_path, a, b), x, y) is verdict


# a kind of people against all of them, and people who hold no post, stay apart
_APART = [
    ("Police in Velmora arrested 11 students after the campus protest on Monday.",
     "The campus protest in Velmora on Monday ended with 16 people arrested, police said.",
     "11 students", "16 people"),
    ("Osric Mills will shut its Tarnby works; 240 union members voted to strike.",
     "Osric Mills is closing its Tarnby works with the loss of 310 jobs.",
     "240 union members", "310 jobs"),
    ("The airline cut 85 passengers from the overbooked Tarnby flight.",
     "The airline said 120 jobs would go at Tarnby.", "85 passengers", "120 jobs"),
]


@pytest.mark.parametrize(("a", "b", "x", "y"), _APART)
def test_kinds_and_other_people_stay_apart(tmp_path: Path, a: str, b: str, x: str,
                                           y: str) -> None:
    assert verdict_between(value_verdicts(tmp_path, a, b), x, y) is not Verdict.CONFLICT


def test_homes_plunged_into_darkness_are_without_power(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "The storm left 41,000 customers in Harlow County without power on Sunday.",
        "In Harlow County about 63,000 homes were plunged into darkness on Sunday.")
    assert verdict_between(pairs, "41,000 customers", "63,000 homes") is Verdict.CONFLICT
