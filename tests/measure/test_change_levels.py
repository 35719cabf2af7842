"""A change from one level to another ("rose from 7.5% to 8.1%") is two values: the level
left and the level reached, each paired with its own counterpart, not one range."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

_CHANGES = [
    ("The levy on desk lamps will rise from {x} to {y}.",
     "Importers said the lamp levy would go up from {x} to {z} next spring."),
    ("The council voted to raise the parking charge from {x} to {y}.",
     "Councillors lifted the town's parking charge from {x} to {z}."),
    ("Ministers plan to increase the dredging fee from {x} to {y}.",
     "The dredging fee is set to climb from {x} to {z}, ministers said."),
    ("The fare rise lifts the yearly pass between Orla and Brenn, a 90-minute ride, from {x} "
     "to {y}.", "After the fare rise, a yearly pass between Orla and Brenn will cost {z}."),
]
_AMOUNTS = [("4.5%", "5.2%", "5.6 per cent"), ("£12", "£15", "£18"),
            ("€1.20", "€1.45", "€1.60")]


@pytest.mark.parametrize(("a", "b"), _CHANGES)
@pytest.mark.parametrize(("x", "y", "z"), _AMOUNTS)
def test_the_levels_reached_conflict(tmp_path: Path, a: str, b: str, x: str, y: str,
                                     z: str) -> None:
    pairs = _pairs(tmp_path, a.format(x=x, y=y), b.format(x=x, z=z))
    assert pairs.get((y, z)) is Verdict.CONFLICT, pairs
    assert pairs.get((x, x)) in (None, Verdict.AGREE), pairs


@pytest.mark.parametrize(("a", "b"), _CHANGES)
def test_the_same_change_agrees(tmp_path: Path, a: str, b: str) -> None:
    pairs = _pairs(tmp_path, a.format(x="3.1%", y="3.4%"), b.format(x="3.1 per cent",
                                                                    z="3.4 per cent"))
    assert pairs.get(("3.4%", "3.4 per cent")) is Verdict.AGREE, pairs
    assert not any(v is Verdict.CONFLICT for v in pairs.values()), pairs


@pytest.mark.parametrize("phrase", ["from 10 to 15 people", "from 40 to 60 volunteers"])
def test_a_range_without_a_change_stays_one_value(phrase: str) -> None:
    from claimdiff.extract import extract_text

    claims = extract_text(f"The clinic needs {phrase} each weekend.",
                          published="2026-03-09").claims
    assert phrase in {c.value.text for c in claims if c.value is not None}


@pytest.mark.parametrize(("text", "ends"), [
    ("Fares rose from $2.40 to $2.75 on Monday.", ["$2.40", "$2.75"]),
    ("The board cut the dividend from 18 cents to 12 cents.", ["18 cents", "12 cents"]),
    ("The age limit will go up from 64 to sixty-seven.", ["64", "sixty-seven"]),
    ("Output did not rise from 40 to 50 tonnes.", ["from 40 to 50 tonnes"]),
])
def test_a_change_verb_parts_the_range(text: str, ends: list[str]) -> None:
    from claimdiff.extract import extract_text

    claims = extract_text(text, published="2026-03-09").claims
    found = {c.value.text for c in claims if c.value is not None}
    assert set(ends) <= found, found


def test_a_word_after_a_range_is_no_unit_when_a_preposition() -> None:
    from claimdiff.normalization import normalize

    value = normalize("64", context="raise the age from 64 to 67 in stages by 2033")
    assert value.dimension == "count"


@pytest.mark.parametrize(("a", "b"), [
    ("The eel quota rises to 2,400 tonnes next year.",
     "Eel fishers fare better: their quota goes up to 2,900 tonnes."),
    ("The total allowable catch of eel rises to 2,400 tonnes.",
     "The eel quota goes up to 2,900 tonnes next year."),
])
def test_a_level_reached_by_going_up_conflicts(tmp_path: Path, a: str, b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get(("2,400 tonnes", "2,900 tonnes")) is Verdict.CONFLICT, pairs


def test_a_level_left_is_no_rival_of_the_level_another_report_gives(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path,
                   "The fare rise lifts the yearly pass between Orla and Brenn, a 90-minute "
                   "ride, from £1,240 to £1,575.",
                   "After the fare rise, a yearly pass between Orla and Brenn will cost £1,755.")
    assert pairs.get(("£1,575", "£1,755")) is Verdict.CONFLICT, pairs
    assert pairs.get(("£1,240", "£1,755")) is not Verdict.CONFLICT, pairs
