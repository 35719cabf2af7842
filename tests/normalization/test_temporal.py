"""Behaviour of `normalize` and `scan_temporal` beyond the case file."""

from __future__ import annotations

from datetime import date

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, normalize, scan_temporal

REF = "2024-06-12"


@pytest.mark.parametrize("phrase", ["blue", "the cat sat", "", "  ", "June 45, 2024",
                                    "February 30, 2024", "2024-13-01"])
def test_unreadable_phrases_raise(phrase: str) -> None:
    with pytest.raises(NormalizationError, match="cannot read"):
        normalize(phrase, reference=REF)


@pytest.mark.parametrize("phrase", ["June 12", "on Wednesday", "yesterday", "last week",
                                    "four years ago", "mid-April"])
def test_relative_dates_need_a_reference(phrase: str) -> None:
    with pytest.raises(NormalizationError, match="reference"):
        normalize(phrase)


def test_reference_may_be_a_date_or_a_string() -> None:
    assert normalize("yesterday", reference=date(2024, 6, 12)).core_bounds == (
        date(2024, 6, 11), date(2024, 6, 11))
    with pytest.raises(NormalizationError, match="reference date"):
        normalize("yesterday", reference="June the 12th")


def test_named_anchor_is_matched_case_and_apostrophe_insensitively() -> None:
    anchors = {"Baku’s Reconquest": "September 19, 2023"}
    value = normalize("almost nine months after baku's reconquest", reference=REF,
                      anchors=anchors)
    lo, hi = value.core_bounds
    assert isinstance(lo, date) and isinstance(hi, date)
    assert lo <= date(2024, 6, 12) <= hi < date(2024, 6, 19)
    after = normalize("after Baku's reconquest", anchors=anchors)
    assert after.mod == "AFTER" and after.core_bounds == (date(2023, 9, 20), None)


def test_anchor_may_be_a_value() -> None:
    anchor = normalize("June 10, 2024")
    value = normalize("two days after the signing", anchors={"the signing": anchor})
    assert value.core_bounds == (date(2024, 6, 12), date(2024, 6, 12))


def test_later_points_at_the_previous_anchor() -> None:
    value = normalize("two days later", anchors={"previous": "June 10, 2024"})
    assert value.timex == "2024-06-12"
    with pytest.raises(NormalizationError, match="previous"):
        normalize("two days later")


def test_unknown_anchor_is_an_error_not_a_guess() -> None:
    with pytest.raises(NormalizationError, match="anchor"):
        normalize("three weeks before the summit", reference=REF)


def test_bare_year_is_a_year() -> None:
    for phrase in ("2018", "in 2018", "since 2018"):
        value = normalize(phrase)
        assert value.kind is Kind.DATE and value.timex == "2018"


def test_json_form_is_plain() -> None:
    data = normalize("almost nine months").to_dict()
    assert data["kind"] == "duration" and data["timex"] == "P9M" and data["mod"] == "LESS_THAN"
    assert data["core"][1] == pytest.approx(9 * 365.2425 / 12, abs=1e-6)


SEED = ("Russian soldiers deployed since the fall of 2020 completed their withdrawal on "
        "Wednesday, almost nine months after Baku's reconquest. The withdrawal began in "
        "mid-April. It may end soon; prices fall. Some 2000 soldiers left. He came to power "
        "in 2018 and three weeks before June 12, 2024 he spoke.")


def test_scanner_finds_spans_and_values() -> None:
    found = {SEED[s:e]: v for s, e, v in scan_temporal(SEED, reference=REF)}
    assert set(found) == {"the fall of 2020", "Wednesday", "almost nine months", "mid-April",
                          "2018", "three weeks before June 12, 2024"}
    assert found["Wednesday"] is not None and found["Wednesday"].timex == "2024-06-12"
    relative = found["three weeks before June 12, 2024"]
    assert relative is not None and relative.timex == "2024-05-22"


def test_scanner_without_reference_keeps_spans_without_values() -> None:
    found = scan_temporal("It ended on Wednesday, in 2018.")
    assert [(v is None) for _, _, v in found] == [True, False]


def test_scanner_reads_ranges_sets_and_numeric_dates_whole() -> None:
    text = ("He served from 1988 to 1994, in the 1957-58 season and from April to June 2024. "
            "Every month it rained on 25/06/2024 and on 12/06/2024; in his nineties he "
            "recalled the nineties. Some 1500-2000 troops came. They met daily, paid "
            "annually.")
    found = {text[s:e]: v for s, e, v in scan_temporal(text, reference=REF)}
    assert set(found) == {"from 1988 to 1994", "1957-58", "from April to June 2024",
                          "Every month", "25/06/2024", "12/06/2024", "the nineties",
                          "annually"}
    kinds = {k: (v.kind.value, v.timex) if v else None for k, v in found.items()}
    assert kinds["from 1988 to 1994"] == ("date", "1988")
    assert kinds["1957-58"] == ("date", "1957")
    assert kinds["Every month"] == ("set", "P1M")
    assert kinds["12/06/2024"] is None  # found, but ambiguous: not placed
    assert kinds["the nineties"] == ("date", "199")


def test_a_year_range_is_a_date_not_a_quantity() -> None:
    value = normalize("1988–1994")
    assert value.kind is Kind.DATE and value.core_bounds == (date(1988, 1, 1),
                                                             date(1994, 12, 31))
    assert normalize("between 1988 and 1994").core == value.core


def test_a_set_is_its_period_not_an_interval_of_dates() -> None:
    value = normalize("every other week")
    assert value.kind is Kind.SET and value.timex == "P2W"
    assert value.core_bounds[0] == value.core_bounds[1]
    assert value.to_dict()["core"] == [14.0, 14.0] and value.render() == "every 2 weeks"
