"""The reporter table: names, pure functions, report types they refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.compare._claims import diff
from claimdiff.errors import ClaimdiffError
from claimdiff.reporters import REPORTERS, render
from claimdiff.schemas import SCHEMAS, build, dumps

ROOT = Path(__file__).resolve().parents[2]
REPORT = diff(str(ROOT / "tests/diff/cases/object_conflict/a.claims.yaml"),
              str(ROOT / "tests/diff/cases/object_conflict/b.claims.yaml"))


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_each_format_renders_and_is_deterministic(fmt: str) -> None:
    assert render(fmt, REPORT) == REPORTERS[fmt](REPORT)
    assert "withdrew" in render(fmt, REPORT)


def test_only_text_is_coloured() -> None:
    assert "\x1b[" in render("text", REPORT, color=True)
    assert "\x1b[" not in render("json", REPORT, color=True)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_foreign_report_types_are_refused(fmt: str) -> None:
    with pytest.raises(ClaimdiffError, match=f"format {fmt} does not render"):
        render(fmt, object())


def test_unknown_format() -> None:
    with pytest.raises(ClaimdiffError, match="no format named"):
        render("yaml", REPORT)


def test_json_report_shape() -> None:
    data = json.loads(render("json", REPORT))
    (pair,) = data["pairs"]
    assert pair["verdict"] == "conflict" and pair["a"]["claim"] == "withdrew"
    assert {"explanation", "score", "fingerprint"} <= set(pair)


def test_report_schema_files_match_the_builder() -> None:
    text = dumps(build("report"))
    assert SCHEMAS["report"][0] == "report.v1.schema.json"
    assert (ROOT / "schemas/report.v1.schema.json").read_text(encoding="utf-8") == text
    packaged = ROOT / "src/claimdiff/schemas/report.v1.schema.json"
    assert packaged.read_text(encoding="utf-8") == text
