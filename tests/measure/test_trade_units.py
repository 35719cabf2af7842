"""A count in the shipping trade's unit meets its words written out: "TEUs" and "twenty-foot
equivalent units" are one measured thing (`measure._lexicon_en`, the compound read by
`measure._what.modifier`), and an abbreviated rate ("4 Mtpa") its amount (`measure._bridge`);
a ship's size in TEU is never its lost containers, nor a count of anything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

# (A sentence, B sentence, A value, B value, verdict)
_ONE = [
    ("The terminal at Orsk handled 1.42 million twenty-foot equivalent units in the quarter.",
     "Orsk's terminal moved 1.29 million TEUs in the quarter.", "1.42 million", "1.29 million",
     Verdict.CONFLICT),
    ("The Dawn Trader, a 9,400 TEU vessel, lost cargo off Cape Ebb.",
     "The Dawn Trader, which carries 9,400 twenty-foot equivalent units, lost cargo off Cape "
     "Ebb.", "9,400 TEU", "9,400", Verdict.AGREE),
    ("Exports through Brind rose to 640,000 TEU last year.",
     "Brind shipped 520,000 twenty-foot equivalent units of exports last year.",
     "640,000 TEU", "520,000", Verdict.CONFLICT),
    # an abbreviated rate meets its amount written without "a year" (`measure._bridge`)
    ("The Skerry hub will store up to 4 million tonnes of CO2 a year.",
     "The Skerry hub is licensed for 4 Mtpa of CO2.", "4 million tonnes", "4 Mtpa", Verdict.AGREE),
    ("The Vell mine shipped 12 million tonnes of ore a year before the strike.",
     "Before the strike the Vell mine shipped 9 mtpa of ore.", "12 million tonnes", "9 mtpa",
     Verdict.CONFLICT),
]

# a size in TEU against another count of the other report
_APART = [
    ("The port of Velde handled 310,000 TEUs in March.",
     "Velde's port welcomed 290,000 passengers in March.", "310,000 TEUs",
     "290,000 passengers"),
    ("The Dawn Trader, a 9,400 TEU vessel, lost cargo off Cape Ebb.",
     "The Dawn Trader lost 61 containers off Cape Ebb.", "9,400 TEU", "61 containers"),
    ("The carrier Brisa, a 6,500 CEU ship, ran aground at Lorne.",
     "The Brisa ran aground at Lorne with 4,100 cars aboard.", "6,500 CEU", "4,100 cars"),
]


@pytest.mark.parametrize(("a", "b", "va", "vb", "verdict"), _ONE, ids=[c[2] for c in _ONE])
def test_a_count_in_the_trades_unit_meets_its_words(tmp_path: Path, a: str, b: str, va: str,
                                                    vb: str, verdict: Verdict) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is verdict, pairs


@pytest.mark.parametrize(("a", "b", "va", "vb"), _APART, ids=[c[2] for c in _APART])
def test_a_size_in_teu_never_conflicts_with_another_count(tmp_path: Path, a: str, b: str, va: str,
                                                      vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) in (None, Verdict.INCOMPARABLE), pairs
