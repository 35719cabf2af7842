"""The length of one sanction or stoppage told two ways: by its noun ("a seven-month
suspension", "a five-week closure") and by its verb ("suspended for four months", "closed
for three weeks"), the noun made from the verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts

_SUSPENDED = ("Riding star Mara Quist was suspended from racing for {a} months on Tuesday "
              "after a failed test, stewards at Dunhollow said.",
              "Mara Quist got a {b}-month suspension after the stewards' inquiry at Dunhollow, "
              "and her stable was fined.")
_CLOSED = ("The port of Selm was closed to tankers for {a} weeks after the spill, harbour "
           "officials said.",
           "Harbour officials said a {b}-week closure of the port of Selm to tankers followed "
           "the spill.")


@pytest.mark.parametrize(("case", "a", "b", "verdict"), [
    (_SUSPENDED, "four", "seven", Verdict.CONFLICT),
    (_SUSPENDED, "four", "four", Verdict.AGREE),
    (_CLOSED, "three", "five", Verdict.CONFLICT),
])
def test_a_length_by_its_verb_meets_the_length_by_its_noun(
        tmp_path: Path, case: tuple[str, str], a: str, b: str, verdict: Verdict) -> None:
    pairs = value_verdicts(tmp_path, case[0].format(a=a), case[1].format(b=b))
    unit = "months" if case is _SUSPENDED else "weeks"
    got = next((v for (x, y), v in pairs.items() if f"{a} {unit}" in x and f"{b}-" in y), None)
    assert got is verdict, pairs


def test_lengths_an_order_of_magnitude_apart_are_no_length_told_twice(tmp_path: Path) -> None:
    pairs = value_verdicts(tmp_path, "Judge Amara Lell presided over an 11-day trial at Selm "
                           "Crown Court, which ended on Friday.",
                           "Ferris had waited for years before his trial at Selm Crown Court "
                           "ended on Friday.")
    assert Verdict.CONFLICT not in pairs.values(), pairs
