"""Common phrasings read by general rules: day shifts from an anchor, whole-only
rules kept out of running text, ranges whose ends are any readable dates."""

from __future__ import annotations

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize, scan_temporal


def test_day_shift_counts_from_the_previous_event() -> None:
    value = normalize("the day before", reference="2024-06-12",
                      anchors={"previous": "June 3, 2024"})
    assert value.timex == "2024-06-02"
    assert normalize("the following day", reference="2024-06-12",
                     anchors={"previous": "June 3, 2024"}).timex == "2024-06-04"


def test_day_shift_from_a_default_anchor() -> None:
    value = normalize("the next day", reference="2024-06-12", anchor="May 1, 2024")
    assert value.timex == "2024-05-02"


def test_day_shift_needs_a_reference() -> None:
    with pytest.raises(NormalizationError):
        normalize("the previous day")


@pytest.mark.parametrize("text", ["He came on the 5th of a series.", "the next day he left",
                                  "at the turn of the century"])
def test_whole_only_rules_stay_out_of_running_text(text: str) -> None:
    spans = scan_temporal(text, reference="2024-06-12")
    assert all("5th" not in text[f.start:f.end] and "turn" not in text[f.start:f.end]
               and "next day" not in text[f.start:f.end] for f in spans)


def test_range_of_any_dates_keeps_order() -> None:
    with pytest.raises(NormalizationError):
        normalize("from June 12, 2024 to mid-April 2024")


def test_winter_needs_consecutive_years() -> None:
    with pytest.raises(NormalizationError):
        normalize("winter 2021-23")
    with pytest.raises(NormalizationError):
        normalize("summer 2021-22")
