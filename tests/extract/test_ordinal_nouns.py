"""An ordinal is drafted with what it ranks: a superlative ("fourth-largest"), the field
ranked ("sixth in the world"), its noun after a word of a series ("third collective sale"),
a noun of a place in a series ("third place"); a bare ordinal, a fraction and a time after it
stay as they were (`extract._values._RANKED`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import extract_text
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


def _texts(text: str) -> set[str]:
    claims = extract_text(text, published="2026-03-09").claims
    return {c.value.text for c in claims if c.value is not None}


@pytest.mark.parametrize(("text", "value"), [
    ("Corwell, the nation's fourth-largest pharmacy chain, will close 340 stores.",
     "fourth-largest"),
    ("Abdelrahman, who is ranked sixth in the world, won the final.", "sixth in the world"),
    ("This is the third collective sale of 2026.", "third collective sale"),
    ("The Rovers won a fourth straight title on Sunday.", "fourth straight title"),
    ("Mehta finished in 12th place after a puncture.", "12th place"),
    ("The port is the country's 3rd busiest.", "3rd busiest"),
])
def test_an_ordinal_is_drafted_with_what_it_ranks(text: str, value: str) -> None:
    assert value in _texts(text), _texts(text)


@pytest.mark.parametrize(("text", "value"), [
    ("The band, which finished third in 2025, played a new medley.", "third"),
    ("Wage growth slowed in the fourth quarter of the year.", None),
    ("He won stage 8 in a sprint.", "stage 8"),
])
def test_what_is_no_rank_stays_out(text: str, value: str | None) -> None:
    texts = _texts(text)
    if value is not None:
        assert value in texts, texts
    assert not any(t.startswith(("third in", "fourth quarter", "stage 8 ")) for t in texts)


def test_two_ranks_of_one_series_conflict(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "The Seletar Gardens deal is the third collective sale this year.",
        "Seletar Gardens marks the fourth collective sale this year.")
    assert verdict_between(pairs, "third collective sale", "fourth collective sale") \
        is Verdict.CONFLICT, pairs
