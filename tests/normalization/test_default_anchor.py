"""`anchor=`: what a relative phrase counts from when its words name no known anchor."""

from __future__ import annotations

from datetime import date

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize


def test_claim_anchor_resolves_an_anchor_named_in_words() -> None:
    reconquest = normalize("September 19, 2023")
    value = normalize("almost nine months after Baku’s reconquest", anchor=reconquest)
    lo, hi = value.core_bounds
    assert isinstance(lo, date) and isinstance(hi, date)
    assert date(2024, 5, 1) < lo < date(2024, 6, 12) < hi < date(2024, 6, 20)


def test_anchor_may_be_a_phrase_and_serves_n_later() -> None:
    value = normalize("two days later", anchor="June 10, 2024")
    assert value.core_bounds == (date(2024, 6, 12), date(2024, 6, 12))


def test_a_readable_anchor_in_the_text_wins_over_the_default() -> None:
    value = normalize("two days after June 1, 2024", anchor="June 10, 2024")
    assert value.core_bounds == (date(2024, 6, 3), date(2024, 6, 3))


def test_named_anchors_win_over_the_default() -> None:
    value = normalize(
        "two days after the summit",
        anchors={"the summit": "May 1, 2024"},
        anchor="June 10, 2024",
    )
    assert value.core_bounds == (date(2024, 5, 3), date(2024, 5, 3))


def test_without_any_anchor_it_refuses() -> None:
    with pytest.raises(NormalizationError, match="anchor"):
        normalize("almost nine months after Baku’s reconquest")


def test_later_before_a_noun_phrase_counts_from_it() -> None:
    start = normalize("in mid-April", reference="2024-06-12")
    value = normalize("almost two months later the start of departure operations", anchor=start)
    lo, hi = value.core_bounds
    assert isinstance(lo, date) and isinstance(hi, date)
    assert lo < date(2024, 6, 12) < hi
    earlier = normalize("three weeks earlier the vote", anchor="April 30, 2024")
    assert earlier.core_bounds[1] < date(2024, 4, 30)
