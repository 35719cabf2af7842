"""The JSON check report validates against its published schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from claimdiff import schemas
from claimdiff.cli._main import cli


def validate(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator(schemas.load("check-report")).validate(data)
    return data


def test_new_accepted_and_stale_findings_validate(sets: Any, repo: Path, runner: Any) -> None:
    new = runner.invoke(cli, ["check", "-f", "json"])
    assert new.exit_code == 1
    assert validate(new.stdout)["summary"]["new"] >= 1
    assert runner.invoke(cli, ["check", "--write-baseline", "-q"]).exit_code == 0
    accepted = validate(runner.invoke(cli, ["check", "-f", "json"]).stdout)
    assert accepted["summary"]["accepted"] >= 1
    (repo / "claims" / "b.claims.yaml").write_text(sets.file_b("on June 12"), encoding="utf-8")
    stale = runner.invoke(cli, ["check", "-f", "json"])
    assert stale.exit_code == 0
    assert validate(stale.stdout)["summary"]["stale"] >= 1


def test_a_wrong_report_does_not_validate() -> None:
    schema = schemas.load("check-report")
    bad = {"kind": "claimdiff-check-report", "schema_version": 1, "findings": [{"rule": "x"}],
           "summary": {"new": 0, "errors": 0, "accepted": 0, "stale": 0, "files": 0,
                       "exit_code": 0}}
    assert not jsonschema.Draft202012Validator(schema).is_valid(bad)
