"""Two contrasts of money and stock, and a shortfall read as a deficit: what a thing cost to
install against what it costs to keep up, and what was planted against what was removed, are
two figures; the same pole on both sides still compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("The nets cost the council about A$900,000 a year to maintain.",
     "The old nets cost ratepayers $1.2 million to install back in 2019.", "900,000", "1.2"),
    ("The new scanner cost Westmoor hospital £2.4 million to install.",
     "Westmoor hospital pays £310,000 to maintain the scanner.", "2.4", "310,000"),
    ("Installation of the Kerrow turbines cost the port $8 million.",
     "Maintenance of the Kerrow turbines costs the port $600,000.", "8 million", "600,000"),
    ("Rangers said 4,000 saplings were planted on the Dunmore dunes.",
     "Rangers said 900 saplings were removed from the Dunmore dunes.", "4,000", "900"),
    ("The council will plant 200 trees on Mill Road in Harle.",
     "The council will have 60 trees felled on Mill Road in Harle.", "200", "60"),
])
def test_opposite_poles_of_outlay_and_stock_are_two_figures(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    assert verdict_between(_pairs(tmp_path, a, b), x, y) is not Verdict.CONFLICT


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("The new scanner cost Westmoor hospital £2.4 million to install.",
     "Installing the scanner cost Westmoor hospital £3.1 million.", "2.4", "3.1"),
    ("Rangers said 4,000 saplings were planted on the Dunmore dunes.",
     "Rangers planted 6,500 saplings on the Dunmore dunes.", "4,000", "6,500"),
    ("The council felled 60 trees on Mill Road in Harle.",
     "The council removed 85 trees on Mill Road in Harle.", "60", "85"),
])
def test_one_pole_on_both_sides_still_conflicts(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("Chairman Huw Bevan said the week left a deficit of about £310,000 after the rain. "
     "The Welsh Government gave £400,000.",
     "Huw Bevan said the week would finish with a shortfall of about £190,000.",
     "310,000", "190,000"),
    ("The Harle trust ended the year with a deficit of $2.4 million, its treasurer said.",
     "The Harle trust's treasurer reported a $3.9 million shortfall for the year.",
     "2.4", "3.9"),
])
def test_a_shortfall_is_a_deficit(tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is Verdict.CONFLICT, pairs


def test_a_shortfall_is_no_profit(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Harle trust ended the year with a shortfall of $2.4 million.",
                   "The Harle trust ended the year with a profit of $3.9 million.")
    assert verdict_between(pairs, "2.4", "3.9") is not Verdict.CONFLICT, pairs
