"""Data-driven cases for dates and durations: `cases/dates_en.tsv`, one per line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.normalize import normalize

CASES = Path(__file__).parent / "cases" / "dates_en.tsv"


def _rows() -> list[list[str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r[0])
def test_case(row: list[str]) -> None:
    phrase, reference, kind, core, support, mod, timex = row
    value = normalize(phrase, reference=None if reference == "-" else reference)
    got = [value.kind.value, value.render(), value.render(value.support),
           value.mod or "-", value.timex or "-"]
    assert got == [kind, core, support, mod, timex]
    assert value.support.contains(value.core)


def test_case_file_is_not_trivial() -> None:
    rows = _rows()
    assert len(rows) >= 80
    assert {r[2] for r in rows} == {"date", "duration"}
