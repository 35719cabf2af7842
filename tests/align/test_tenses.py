"""Values of different times or spans are never in conflict; values of one time are compared.

The cases (`tests/data/curated/tenses.json`) pair two curators' claims about one thing: a
current level against a forecast's, this year's share against a year earlier's, one
trading session's move against the year to date; and, as the control, two forecasts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff.model import ClaimSetV2
from claimdiff.verdicts import Verdict

CASES = Path(__file__).resolve().parents[1] / "data" / "curated" / "tenses.json"
DATA: list[dict[str, Any]] = json.loads(CASES.read_text(encoding="utf-8"))["cases"]


def _set(source: str, claims: list[dict[str, Any]]) -> ClaimSetV2:
    return ClaimSetV2.model_validate({
        "schema_version": 2, "sources": [{"id": source, "published": "2026-05-12"}],
        "claims": [{**c, "source": source} for c in claims]})


def _values(a: ClaimSetV2, b: ClaimSetV2) -> dict[tuple[str, str], Verdict]:
    """Every compared pair of values, by their texts (A's first), with its verdict."""
    out: dict[tuple[str, str], Verdict] = {}
    for pair in claimdiff.diff(a, b).pairs:
        for v in pair.values:
            if v.a.value is not None and v.b.value is not None:
                out[(v.a.value["text"], v.b.value["text"])] = v.verdict
    return out


@pytest.mark.parametrize("case", DATA, ids=[c["name"] for c in DATA])
@pytest.mark.parametrize("flip", [False, True], ids=["a-b", "b-a"])
def test_values_of_different_times_never_conflict(case: dict[str, Any], flip: bool) -> None:
    a, b = _set("a", case["a"]), _set("b", case["b"])
    found = _values(b, a) if flip else _values(a, b)
    if flip:
        found = {(y, x): v for (x, y), v in found.items()}
    for x, y in case["never_conflict"]:
        assert found.get((x, y)) is not Verdict.CONFLICT
    for x, y in case["compared"]:
        assert (x, y) in found


def test_a_figure_with_its_year_after_it_reads() -> None:
    a = _set("a", [{"id": "s", "subject": "hospitals", "predicate": "share short of staff",
                    "values": [{"text": "31% last year", "role": "ratio"}]}])
    b = _set("b", [{"id": "s", "subject": "hospitals", "predicate": "share short of staff",
                    "values": [{"text": "31 per cent", "role": "ratio"}]}])
    assert _values(a, b) == {("31% last year", "31 per cent"): Verdict.AGREE}
