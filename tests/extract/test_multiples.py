"""Multiples drafted whole, as ratios ("3.4 times", "a fifteen-fold rise"), and how often
something happened ("three times a week") left alone; two reports' multiples compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import extract_text
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts


def _values(sentence: str) -> list[str]:
    return [c.value.text for c in extract_text(sentence, published="2025-03-05").claims
            if c.value is not None]


@pytest.mark.parametrize(("sentence", "multiple"), [
    ("The offer was more than three times oversubscribed.", "more than three times"),
    ("Demand covered the shares on offer 3.4 times, a banker said.", "3.4 times"),
    ("The price of the drug rose fifteen-fold in two years.", "fifteen-fold"),
    ("Complaints have doubled since the spring.", "doubled"),
    ("Profit was twice as high as forecast.", "twice as high as"),
    ("The jackpot rolled over 14 times before Saturday's draw.", "14 times"),
])
def test_a_multiple_is_drafted_whole_as_a_ratio(sentence: str, multiple: str) -> None:
    assert multiple in _values(sentence), _values(sentence)
    assert normalize(multiple).dimension == "ratio"


@pytest.mark.parametrize("sentence", [
    "She trains three times a week at the club.",
    "He has visited the country twice since the war.",
])
def test_how_often_is_no_multiple(sentence: str) -> None:
    assert not any(normalize(v).dimension == "ratio" for v in _values(sentence)
                   if v), _values(sentence)


@pytest.mark.parametrize(("b", "pair", "verdict"), [
    ("The issue was covered 3.4 times, bankers said.", ("more than three times", "3.4 times"),
     Verdict.COMPATIBLE),
    ("The issue was covered twice, bankers said.", None, None),
    ("The issue was covered 2.5 times, bankers said.", ("more than three times", "2.5 times"),
     Verdict.CONFLICT),
])
def test_multiples_pair_with_multiples(tmp_path: Path, b: str, pair: tuple[str, str] | None,
                                       verdict: Verdict | None) -> None:
    pairs = value_verdicts(tmp_path, "The issue was more than three times oversubscribed, "
                                     "bankers said.", b)
    if pair is None:
        assert Verdict.CONFLICT not in pairs.values(), pairs
    else:
        assert pairs.get(pair) in (verdict, Verdict.AGREE if verdict is Verdict.COMPATIBLE
                                   else verdict), pairs
