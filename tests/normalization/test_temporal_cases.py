"""Data-driven cases for dates, durations and sets: `cases/dates_en.tsv`, one per
line, and the phrases that must be refused with a reason: `cases/dates_en_refused.tsv`."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize

CASES = Path(__file__).parent / "cases" / "dates_en.tsv"
REFUSED = Path(__file__).parent / "cases" / "dates_en_refused.tsv"


def _rows(path: Path = CASES) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
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
    assert {r[2] for r in rows} == {"date", "duration", "set"}


@pytest.mark.parametrize("row", _rows(REFUSED), ids=lambda r: r[0])
def test_refused(row: list[str]) -> None:
    phrase, reference, message = row
    with pytest.raises(NormalizationError, match=message):
        normalize(phrase, reference=None if reference == "-" else reference)
