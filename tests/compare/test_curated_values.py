"""Curated values as curators write them, compared through `claimdiff.diff`.

Cases (`tests/data/curated/values_in_words.json`): a figure with words around it is read
as the figure, saying so; a rate per unit meets the same rate with its unit in its words;
a weekday told from two datelines as one day is one occurrence; a figure one curator dates to
a year before the report ("in 2023", "last season") is an earlier period's, not the other's
undated figure, but a month of an earlier year, a span from it or an age still compare; a part
that paired two claims is compared, not its claim's total.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff.model import ClaimSetV2
from claimdiff.verdicts import Verdict

CASES = Path(__file__).resolve().parents[1] / "data" / "curated" / "values_in_words.json"
DATA: list[dict[str, Any]] = json.loads(CASES.read_text(encoding="utf-8"))["cases"]


def _set(source: str, published: str, claim: dict[str, Any],
         entities: list[dict[str, Any]]) -> ClaimSetV2:
    return ClaimSetV2.model_validate({
        "schema_version": 2, "sources": [{"id": source, "published": published}],
        "entities": entities, "claims": [{**claim, "source": source}]})


def _verdict(case: dict[str, Any], flip: bool = False) -> Verdict | None:
    entities = case.get("entities", [])
    a = _set("a", case["published"][0], case["a"], entities)
    b = _set("b", case["published"][1], case["b"], entities)
    report = claimdiff.diff(b, a) if flip else claimdiff.diff(a, b)
    found = [p for p in report.pairs if {p.a.claim, p.b.claim} == {case["a"]["id"],
                                                                   case["b"]["id"]}]
    return found[0].verdict if found else None


@pytest.mark.parametrize("case", DATA, ids=[c["name"] for c in DATA])
@pytest.mark.parametrize("flip", [False, True], ids=["a-b", "b-a"])
def test_curated_values_get_their_verdict(case: dict[str, Any], flip: bool) -> None:
    got = _verdict(case, flip)
    if case["verdict"] == "not conflict":
        assert got is not Verdict.CONFLICT
    else:
        assert got is Verdict(case["verdict"])


def test_a_figure_read_within_words_says_so() -> None:
    case = next(c for c in DATA if "day written after" in c["name"])
    entities = case["entities"]
    report = claimdiff.diff(_set("a", case["published"][0], case["a"], entities),
                            _set("b", case["published"][1], case["b"], entities))
    text = report.pairs[0].values[0].explanation
    assert "the figure '$1.2710' within '$1.2710 on Monday'" in text or "$1.2710" in text


def test_values_of_two_roles_accepted_as_one_fact_are_compared() -> None:
    """Claims aligned by their words whose values their curators gave two roles ("a part",
    an amount) compare those values when the values were accepted as one fact."""
    case = next(c for c in DATA if c["name"].startswith("a part of a quota"))
    report = claimdiff.diff(_set("a", case["published"][0], case["a"], []),
                            _set("b", case["published"][1], case["b"], []))
    compared = [v for p in report.pairs for v in p.values if v.a.value is not None]
    assert compared and compared[0].verdict is Verdict.AGREE
