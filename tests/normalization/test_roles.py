"""Values with a role (ages, ratios, rates, ordinals, zero counts, changes, scores): cases."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.compare import compare_values
from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._roles_api import guess_role, read_measure, role_value
from claimdiff.verdicts import Verdict

CASES = Path(__file__).parent / "cases" / "roles_en.tsv"


def _rows() -> list[list[str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r[0])
def test_case(row: list[str]) -> None:
    phrase, role, dimension, unit, lo, hi = row
    if dimension == "score":
        if role == "-":
            assert guess_role(phrase) == "score"
        measured = read_measure(phrase, "score")
        assert measured.score == (int(lo), int(hi))
        return
    value = normalize(phrase) if role == "-" else read_measure(phrase, role).value
    assert value is not None
    assert value.dimension == dimension
    assert (value.unit or "-") == unit
    assert math.isclose(value.core.lo, float(lo), rel_tol=1e-5, abs_tol=1e-9)
    assert math.isclose(value.core.hi, float(hi), rel_tol=1e-5, abs_tol=1e-9)


@pytest.mark.parametrize("phrase", [
    "2,000 soldiers", "17 dead", "5 per cent", "a minister", "no longer", "more than 20 people",
    "one", "the fall of 2020", "$1.5 billion", "12.7 km", "two days",
    "a quarter of a million people", "77km/h", "48mph", "about 2,000 job cuts",
])
def test_plain_phrases_have_no_role(phrase: str) -> None:
    assert role_value(phrase) is None
    assert guess_role(phrase) == "amount"


def test_a_share_of_a_number_is_a_part_not_a_ratio() -> None:
    assert role_value("half of the 300 passengers") is None
    assert guess_role("half of the 300 passengers") == "part"
    assert guess_role("eight of its 11 carriages") == "part"


def test_an_age_is_not_a_duration() -> None:
    assert compare_values("a 64-year-old", "aged 64").verdict is Verdict.AGREE
    assert compare_values("a 64-year-old", "aged 65").verdict is Verdict.CONFLICT
    assert compare_values("a 64-year-old", "64 years").verdict is Verdict.INCOMPARABLE


def test_ratio_compares_with_a_percentage() -> None:
    assert compare_values("one in five", "20 per cent").verdict is Verdict.AGREE
    assert compare_values("one in five", "21%").verdict is Verdict.COMPATIBLE
    assert compare_values("one in five", "one in three").verdict is Verdict.CONFLICT


def test_rates_compare_only_per_the_same_unit() -> None:
    assert compare_values("40 trains a day", "280 trains a week").verdict is Verdict.AGREE
    assert compare_values("40 trains a day", "40 trains").verdict is Verdict.INCOMPARABLE
    assert compare_values("$3 per share", "$3 a day").verdict is Verdict.INCOMPARABLE


def test_a_length_per_time_is_a_speed() -> None:
    assert compare_values("120 km per hour", "75 mph").verdict is Verdict.AGREE
    assert compare_values("120 km an hour", "120 km/h").verdict is Verdict.AGREE


def test_changes_are_signed_and_compare_only_with_changes() -> None:
    assert compare_values("rose 3%", "up 3 per cent").verdict is Verdict.AGREE
    assert compare_values("rose 3%", "fell 3%").verdict is Verdict.CONFLICT
    assert compare_values("rose 3%", "3%").verdict is Verdict.INCOMPARABLE


def test_unreadable_role_is_an_error_not_a_guess() -> None:
    with pytest.raises(NormalizationError):
        read_measure("a great many", "score")
    with pytest.raises(NormalizationError):
        read_measure("the team", "ordinal")


@given(st.integers(1, 110), st.integers(1, 110))
def test_ages_agree_exactly_when_equal(a: int, b: int) -> None:
    verdict = compare_values(f"a {a}-year-old", f"aged {b}").verdict
    assert (verdict is Verdict.AGREE) == (a == b)
    assert verdict in (Verdict.AGREE, Verdict.CONFLICT)


@given(st.integers(1, 9), st.integers(2, 40))
def test_ratio_core_is_the_share(a: int, b: int) -> None:
    if a > b:
        return
    value = normalize(f"{a} in {b}")
    assert math.isclose(value.core.lo, 100 * a / b)
    assert value.support.contains(value.core)


@given(st.integers(1, 500), st.sampled_from(["day", "week", "month", "year", "hour"]))
def test_time_rates_are_per_day(n: int, per: str) -> None:
    value = normalize(f"{n} trains a {per}" if per != "hour" else f"{n} trains an hour")
    assert value.unit == "/day"


@pytest.mark.parametrize("phrase, rank", [
    ("first", 1), ("1st", 1), ("the fifth", 5), ("3rd", 3), ("12th", 12), ("22nd", 22),
    ("thirty-first", 31), ("thirty first", 31), ("thirtyfirst", 31), ("seventy—third", 73),
    ("the twentieth", 20),
])
def test_an_ordinal_alone_is_a_rank(phrase: str, rank: int) -> None:
    value = normalize(phrase)
    assert value.dimension == "ordinal" and value.core == Interval.point(float(rank))


@pytest.mark.parametrize("phrase", ["3th", "21th", "2rd", "thirty-tenth"])
def test_an_ordinal_with_the_wrong_ending_is_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)


@pytest.mark.parametrize("phrase", ["300 metres above sea level", "5 degrees below freezing",
                                    "20 metres below ground", "2 under par"])
def test_a_figure_against_a_datum_is_no_change(phrase: str) -> None:
    """"Above sea level", "below freezing": a datum makes a level, not a change against a base."""
    try:
        value = normalize(phrase)
    except NormalizationError:
        return
    assert not value.dimension.startswith("change:")
