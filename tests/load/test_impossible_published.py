"""A source's date that names no day is refused with the reason, located, in every form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli._main import cli

YAML = "schema_version: {version}\nsources:\n  - id: d\n    {key}: {day}\nclaims: []\n"
JSON = '{{"schema_version": {version}, "sources": [{{"id": "d", "{key}": "{day}"}}]}}\n'


@pytest.mark.parametrize(("day", "why"), [
    ("2024-02-31", "February 2024 has 29 days"),
    ("2023-02-29", "February 2023 has 28 days"),
    ("2024-06-31", "June 2024 has 30 days"),
    ("2024-13-01", "there is no month 13"),
    ("2024-04-00", "April 2024 has 30 days"),
])
@pytest.mark.parametrize("key", ["published", "retrieved"])
@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("form", ["yaml", "json"])
def test_a_day_that_does_not_exist_is_named_with_its_reason(
        runner: Any, tmp_path: Path, day: str, why: str, key: str, version: int,
        form: str) -> None:
    path = tmp_path / f"s.claims.{form}"
    template = YAML if form == "yaml" else JSON
    path.write_text(template.format(version=version, key=key, day=day), encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    where = f"{path}:4:{len(key) + 7}:" if form == "yaml" else f"{path}:1:"
    assert line.startswith(where)
    assert f"sources[0].{key}: no such day: {why} (got '{day}')" in line
    assert "Input should be" not in line  # not pydantic's wording


def test_diff_refuses_it_in_one_located_line(runner: Any, tmp_path: Path) -> None:
    path = tmp_path / "s.claims.yaml"
    path.write_text(YAML.format(version=1, key="published", day="2024-02-31"), encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(path), str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:4:16: sources[0].published: no such day: "
                                    "February 2024 has 29 days")
