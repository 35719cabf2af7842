"""Semantic checks beyond the schema, and errors that point at the real mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.compare._readings import ClaimReadings
from claimdiff.load import load_claimset
from claimdiff.model import ClaimSet
from claimdiff.validate import validate_paths

HEAD = "schema_version: 1\nsources:\n  - id: s\n"


def claim(cid: str, when: str) -> str:
    return f"  - id: {cid}\n    source: s\n    subject: x\n    predicate: y\n    when: {when}\n"


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "x.claims.yaml"
    path.write_text(text, encoding="utf-8")
    return [str(p) for p in validate_paths([str(path)])]


def test_anchor_cycles_are_found_once(tmp_path: Path) -> None:
    text = HEAD + "claims:\n" + claim("c1", "{text: a day after it, anchor: c2}")
    text += claim("c2", "{text: a day after it, anchor: c1}")
    text += claim("c3", "{text: a day after it, anchor: c1}")
    found = problems(tmp_path, text)
    assert len(found) == 1 and found[0].endswith("anchor cycle: c1 → c2 → c1")
    assert ":9:" in found[0]


def test_a_bad_source_is_one_problem_not_two(tmp_path: Path) -> None:
    found = problems(tmp_path, "schema_version: 1\nsources:\n  - id: s\n    titel: x\n")
    assert len(found) == 1 and "did you mean 'title'" in found[0]


@pytest.mark.parametrize(
    ("normalized", "message"),
    [
        ("{kind: quantity, core: [6, 4]}", "core runs backwards"),
        ("{kind: quantity, core: [3, 4], support: [1, 2]}", "support must contain the core"),
        ("{kind: date, core: [June, 2024-06-30]}", "is not an ISO date"),
        ("{kind: duration, core: [P8M, nine months]}", "is not an ISO 8601 duration"),
    ],
)
def test_given_readings_are_checked(tmp_path: Path, normalized: str, message: str) -> None:
    text = HEAD + "claims:\n" + claim("c1", "{text: some time, normalized: " + normalized + "}")
    (found,) = problems(tmp_path, text)
    assert message in found and ":9:41:" in found


def test_a_given_reading_is_what_gets_compared(tmp_path: Path) -> None:
    text = HEAD + "claims:\n" + claim(
        "c1", "{text: that spring, normalized: {kind: date, core: [2024-03-01, 2024-05-31]}}")
    path = tmp_path / "x.claims.yaml"
    path.write_text(text, encoding="utf-8")
    cs: ClaimSet = load_claimset(str(path)).claimset
    value = ClaimReadings(cs).reading(cs.claims[0], "when")
    assert value is not None and not isinstance(value, Exception)
    assert value.render() == "2024-03-01 … 2024-05-31"
