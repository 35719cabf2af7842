"""A fraction word read as a period keeps the share it says: "about a quarter" meets
"25 per cent" (`claimdiff.measure._fraction_share`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure._fraction_share import fraction_share
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


@pytest.mark.parametrize(("phrase", "lo", "hi"), [
    ("a quarter", 23.75, 26.25), ("about a quarter", 18.75, 31.25),
    ("three quarters", 71.25, 78.75), ("one quarter", 23.75, 26.25)])
def test_a_quarter_read_as_a_period_is_also_a_share(phrase: str, lo: float, hi: float) -> None:
    share = fraction_share(normalize(phrase), phrase, "output fell by ")
    assert share is not None and share.dimension == "percent"
    assert (share.core.lo, share.core.hi) == (lo, hi)


@pytest.mark.parametrize(("before", "phrase"), [
    ("fell by ", "two quarters"), ("fell by ", "a quarter of a year"), ("fell by ", "three months"),
    ("the mill stood idle for ", "a quarter"), ("prices rose 4% in ", "about a quarter"),
    ("the audit lasted ", "a quarter"), ("", "for a quarter")])
def test_no_share_where_the_words_make_a_span(before: str, phrase: str) -> None:
    assert fraction_share(normalize(phrase), phrase, before) is None


@pytest.mark.parametrize(("share", "verdict"), [("24 percent", Verdict.COMPATIBLE),
                                                ("25 per cent", Verdict.AGREE),
                                                ("60 percent", Verdict.CONFLICT)])
def test_a_quarter_meets_a_percent_of_one_thing(tmp_path: Path, share: str,
                                                verdict: Verdict) -> None:
    pairs = value_verdicts(
        tmp_path,
        "Frost in April cut the Halvard Valley pear crop by a quarter, the growers' "
        "cooperative said.",
        f"The Halvard Valley pear crop fell {share} after April frosts, according to the "
        "growers' cooperative.")
    assert verdict_between(pairs, "quarter", share.split()[0]) in (
        (verdict, Verdict.AGREE) if verdict is Verdict.COMPATIBLE else (verdict,)), pairs


@pytest.mark.parametrize(("a", "b"), [
    ("The Kestrel refinery stood idle for a quarter after the blast.",
     "The Kestrel refinery's output fell 40 percent after the blast."),
    ("Sales at Brannock Foods rose 7 percent in a quarter.",
     "Sales at Brannock Foods rose 25 percent last year."),
])
def test_a_quarter_of_time_meets_no_percent(tmp_path: Path, a: str, b: str) -> None:
    assert verdict_between(value_verdicts(tmp_path, a, b), "quarter", "percent") is None
