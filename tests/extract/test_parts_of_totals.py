"""A part of a total ("9 of the 14 workers") is one measurement with its part and total.

Each case in `cases/parts_of_totals.tsv` is a sentence and the values `extract` drafts
from it; the total is never drafted as a figure of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimdiff.cli._main import cli
from claimdiff.normalization import normalize

CASES = [tuple(line.split("\t")) for line in
         (Path(__file__).parent / "cases" / "parts_of_totals.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]
HEADER = "---\npublished: 2024-03-05\n---\n"


def _extract(runner: Any, tmp_path: Path, sentence: str, *extra: str) -> dict[str, Any]:
    article = tmp_path / "a.txt"
    article.write_text(HEADER + sentence + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(article), "-o", "-", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = yaml.safe_load(result.stdout)
    return data


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=lambda v: v[:40])
def test_a_part_and_its_total_are_drafted_as_one_measurement(
        runner: Any, tmp_path: Path, sentence: str, expected: str) -> None:
    claims = _extract(runner, tmp_path, sentence)["claims"]
    drafted = [f"{v['text']}={v['role']}" if isinstance(v, dict) else f"{v}=amount"
               for c in claims for v in c.get("values", [])]
    assert "; ".join(drafted) == expected
    for claim in claims:  # a part and its total stand in one claim
        roles = [v["role"] for v in claim.get("values", []) if isinstance(v, dict)]
        assert ("part" in roles) == ("total" in roles)


@pytest.mark.parametrize(("sentence", "expected"), [c for c in CASES if "=part" in c[1]],
                         ids=lambda v: v[:40])
def test_version_1_drafts_the_part_of_its_total_as_one_readable_value(
        runner: Any, tmp_path: Path, sentence: str, expected: str) -> None:
    claims = _extract(runner, tmp_path, sentence, "--claims-version", "1")["claims"]
    part = expected.split("=part")[0]
    (value,) = [c["value"] for c in claims if "value" in c and c["value"].startswith(part)]
    total = expected.split("; ")[1].split("=")[0]
    assert value.endswith(total) and " of " in value
    read = normalize(value)  # reads as the part, counting the total's noun
    assert read.core == normalize(part).core
    assert read.noun == normalize(total).noun
