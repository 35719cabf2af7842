"""Claim files v2: the documented examples validate and read; v2 errors are located."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from claimdiff import schemas
from claimdiff.compare._measure_readings import read_measures
from claimdiff.compare._readings import ClaimReadings
from claimdiff.errors import NormalizationError
from claimdiff.extract import dump_claimset
from claimdiff.load import load_claimset, loads_claimset
from claimdiff.model import ClaimSetV2, ClaimV2, Role
from claimdiff.validate import validate_paths

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "claim-file-format.md"


def _v2_examples() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text[text.index("## Version 2"):], re.S)
    return [b for b in blocks if b.startswith("schema_version: 2")]


EXAMPLES = _v2_examples()


def test_every_construct_has_an_example() -> None:
    assert len(EXAMPLES) >= 10
    body = "\n".join(EXAMPLES)
    for role in ("part", "total", "rate", "score", "ratio", "ordinal", "age", "change"):
        assert f"role: {role}" in body, role
    for key in ("as_of:", "relative_to:", "modality: forecast", "modality: conditional",
                "attribution:", "per:", "direction:", "base:", "factor:"):
        assert key in body, key


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.split("id: ")[2].split()[0])
def test_documented_example_validates_and_reads(example: str, tmp_path: Path) -> None:
    path = tmp_path / "example.claims.yaml"
    path.write_text(example, encoding="utf-8")
    assert validate_paths([str(path)]) == []
    loaded = loads_claimset(example, "example.claims.yaml")
    as_json = json.loads(dump_claimset(loaded.claimset, "json"))
    jsonschema.validate(as_json, schemas.load("claimset-v2"))
    assert isinstance(loaded.claimset, ClaimSetV2)
    readings = ClaimReadings(loaded.claimset)
    for claim in loaded.claimset.claims:
        for measure, reading in read_measures(readings, claim, readings.claims):
            assert not isinstance(reading, NormalizationError), (measure.text, str(reading))
    # written out and read back: the same claim set
    for fmt in ("yaml", "json"):
        again = loads_claimset(dump_claimset(loaded.claimset, fmt), f"x.claims.{fmt}")
        assert again.claimset == loaded.claimset


def test_v2_schema_identity() -> None:
    schema = schemas.load("claimset-v2")
    assert schema["$id"] == "urn:claimdiff:schema:claimset:v2"
    assert schema["properties"]["schema_version"]["const"] == 2
    assert "value" not in schema["$defs"]["ClaimV2"]["properties"]
    assert "values" in schema["$defs"]["ClaimV2"]["properties"]


HEAD = "schema_version: 2\nsources:\n  - id: s\nclaims:\n  - id: c\n    source: s\n" \
       "    subject: x\n    predicate: y\n"


@pytest.mark.parametrize(("body", "line", "col", "message"), [
    ("    value: 17\n", 5, 5, "not `value`"),
    ("    values: [{text: 3, role: amount, per: day}]\n", 9, 14,
     "`per` belongs to a value with `role: rate`"),
    ("    values: [{text: 3, role: speed}]\n", 9, 30, "role"),
    ("    values: [{text: 3, role: total, direction: up}]\n", 9, 14, "`role: change`"),
    ("    values: [{text: 3, factor: 2}]\n", 9, 14, "`factor` needs `relative_to`"),
    ("    valeus: [3]\n", 9, 5, "did you mean 'values'"),
    ("    modality: hoped\n", 9, 15, "modality"),
    ("    values: [{text: half, relative_to: nope}]\n", 9, 40, "names no claim"),
    ("    values: [{text: 1, id: a}, {text: 2, id: a}]\n", 5, 5, "unique"),
    ("    values: [some 1,100 amendments]\n", 9, 21, "one number split at its comma"),
])
def test_v2_mistakes_are_located(body: str, line: int, col: int, message: str,
                                 tmp_path: Path) -> None:
    path = tmp_path / "bad.claims.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    problems = validate_paths([str(path)])
    assert problems, body
    first = problems[0]
    assert message in first.message, first.message
    assert (first.line, first.column) == (line, col), first


@pytest.mark.parametrize(("value", "role"), [
    ("{text: 12 cents, per: share}", Role.RATE),
    ("{text: 0.2 points, direction: down}", Role.CHANGE),
    ("{text: 3%, base: a year earlier}", Role.CHANGE),
    ("{text: 12 cents}", Role.AMOUNT),
])
def test_per_or_direction_without_a_role_says_the_role(value: str, role: Role,
                                                      tmp_path: Path) -> None:
    """A curator who writes `per` means a rate, `direction` or `base` a change."""
    path = tmp_path / "c.claims.yaml"
    path.write_text(HEAD + f"    values: [{value}]\n", encoding="utf-8")
    assert validate_paths([str(path)]) == []
    (claim,) = load_claimset(str(path)).claimset.claims
    assert isinstance(claim, ClaimV2) and claim.measures[0].role is role


@pytest.mark.parametrize(("quote", "split"), [
    ("The vote drew some 1,100 amendments", True),
    ("Ines Varga, 49, a nurse who had travelled 150 miles, joined", False),
])
def test_split_number_is_told_by_the_quote(quote: str, split: bool, tmp_path: Path) -> None:
    """Adjacent values like "49" and "150 miles" are one number split at a comma only where
    the quote writes them as one."""
    before, after = ("some 1", "100 amendments") if split else ("49", "150 miles")
    body = (f"    quote: {quote}\n    values:\n      - {{text: '{before}'}}\n"
            f"      - {{text: '{after}'}}\n")
    path = tmp_path / "c.claims.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    codes = [p.code for p in validate_paths([str(path)])]
    assert ("split-number" in codes) is split, codes


def test_v1_keys_refused_in_v1_files_stay_refused() -> None:
    v1 = HEAD.replace("schema_version: 2", "schema_version: 1") + "    values: [3]\n"
    with pytest.raises(Exception, match="unknown key 'values'"):
        loads_claimset(v1, "x.claims.yaml")


def test_json_v2_file_loads_through_the_fast_path() -> None:
    data = json.loads(dump_claimset(loads_claimset(EXAMPLES[0], "x.claims.yaml").claimset,
                                    "json"))
    loaded = loads_claimset(json.dumps(data), "x.claims.json")
    assert isinstance(loaded.claimset, ClaimSetV2)
    # a "schema_version" inside a string does not fool the version check
    data["claims"][0]["note"] = '"schema_version": 1'
    assert isinstance(loads_claimset(json.dumps(data), "x.claims.json").claimset, ClaimSetV2)


def test_numbers_with_commas_quoted_or_apart_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "ok.claims.yaml"
    for body in ('    values: ["some 1,100 amendments"]\n', "    values: [12 dead, 300 injured]\n",
                 "    values:\n      - 2\n      - 1\n"):
        path.write_text(HEAD + body, encoding="utf-8")
        assert validate_paths([str(path)]) == [], body


def test_benchmark_claim_files_validate() -> None:
    folder = ROOT / "benchmarks" / "claims-v2"
    assert validate_paths([str(folder)]) == []
