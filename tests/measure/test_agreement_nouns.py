"""The length of one agreement told with two of its nouns ("contract", "deal", "pact",
"agreement", "accord") is one figure; the length of talks and of a strike are two."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

_CASES = {
    "transfer": ("Striker Lena Okoro signed a {a}-year contract with Harbury on Friday.",
                 "Harbury confirmed Lena Okoro's {b}-year deal."),
    "water": ("The two utilities agreed a {a}-year pact on water sharing.",
              "The {b}-year agreement on water sharing between the two utilities was welcomed."),
}
_FISHING = ("Ministers signed a {a}-year accord on fishing quotas in Veltra.",
            "The {b}-year deal on fishing quotas was signed in Veltra.")
_WORDS = {4: "four", 5: "five", 6: "six", 7: "seven"}
_LENGTHS = [(5, 5, Verdict.AGREE), (5, 4, Verdict.CONFLICT), (7, 6, Verdict.CONFLICT)]


def _verdict(tmp_path: Path, case: tuple[str, str], a: int, b: int) -> Verdict | None:
    wa, wb = _WORDS[a], _WORDS[b]
    pairs = _pairs(tmp_path, case[0].format(a=wa), case[1].format(b=wb))
    return pairs.get((f"{wa}-year", f"{wb}-year"))


@pytest.mark.parametrize(("a", "b", "verdict"), _LENGTHS)
@pytest.mark.parametrize("name", sorted(_CASES))
def test_one_agreement_named_by_two_nouns_has_one_length(
        tmp_path: Path, name: str, a: int, b: int, verdict: Verdict) -> None:
    assert _verdict(tmp_path, _CASES[name], a, b) is verdict


def test_an_agreement_on_quotas_pairs_its_length(tmp_path: Path) -> None:
    assert _verdict(tmp_path, _FISHING, 5, 5) is Verdict.AGREE


def test_an_agreement_on_quotas_has_one_length(tmp_path: Path) -> None:
    assert _verdict(tmp_path, _FISHING, 5, 4) is Verdict.CONFLICT


def test_the_length_of_talks_is_not_the_length_of_a_strike(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Talks with the union went on for 10 hours on Monday.",
                   "The strike at the Kelso depot had lasted 31 hours by Monday.")
    assert Verdict.CONFLICT not in pairs.values(), pairs
