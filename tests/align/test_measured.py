"""Curated claims with values pair by what their values measure, across curators' wording.

The cases (`tests/data/curated/pairs.json`) are two curators' claims about one event,
each worded their own way ("killed" / "death toll rose to", "policy rate" / "raised rates
to", "handed back" / "returned" through an alias); each case says which claims must pair
and which must never (different measured things, two companies, a forecast and a result).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.model import ClaimSetV2
from claimdiff.verdicts import Verdict

CASES = Path(__file__).resolve().parents[1] / "data" / "curated" / "pairs.json"
DATA: list[dict[str, Any]] = json.loads(CASES.read_text(encoding="utf-8"))["cases"]


def _set(source: str, claims: list[dict[str, Any]],
         entities: list[dict[str, Any]] = ()) -> ClaimSetV2:  # type: ignore[assignment]
    return ClaimSetV2.model_validate({
        "schema_version": 2, "sources": [{"id": source, "published": "2025-09-11"}],
        "entities": list(entities),
        "claims": [{**c, "source": source} for c in claims]})


def _pairs(report: Any) -> set[tuple[str, str]]:
    return {(p.a.claim, p.b.claim) for p in report.pairs}


@pytest.mark.parametrize("case", DATA, ids=[c["name"] for c in DATA])
def test_curated_claims_pair_across_wording(case: dict[str, Any]) -> None:
    a = _set("a", case["a"], case.get("entities", ()))
    b = _set("b", case["b"])
    pairs = _pairs(claimdiff.diff(a, b))
    for want in case["pairs"]:
        assert tuple(want) in pairs
    for never in case["apart"]:
        assert tuple(never) not in pairs


@pytest.mark.parametrize("case", DATA, ids=[c["name"] for c in DATA])
def test_pairing_does_not_depend_on_order_or_side(case: dict[str, Any]) -> None:
    a = _set("a", case["a"], case.get("entities", ()))
    b = _set("b", case["b"])
    base = _pairs(claimdiff.diff(a, b))
    flipped = {(y, x) for x, y in _pairs(claimdiff.diff(b, a))}
    rnd = random.Random(7)
    shuffled_a = _set("a", rnd.sample(case["a"], len(case["a"])), case.get("entities", ()))
    shuffled_b = _set("b", rnd.sample(case["b"], len(case["b"])))
    assert flipped == base
    assert _pairs(claimdiff.diff(shuffled_a, shuffled_b)) == base


def test_a_pair_found_on_its_values_says_why() -> None:
    case = DATA[0]
    report = claimdiff.diff(_set("a", case["a"], case["entities"]), _set("b", case["b"]))
    toll = next(p for p in report.pairs if (p.a.claim, p.b.claim) == ("toll", "deaths"))
    assert "paired because both measure dead" in toll.explanation
    assert "death" in toll.explanation and "killed" in toll.explanation


def test_claims_without_values_are_still_aligned_by_their_words() -> None:
    a = _set("a", [{"id": "x", "subject": "Hurricane Odessa", "predicate": "made landfall",
                    "where": "Punta Calera"}])
    b = _set("b", [{"id": "y", "subject": "Hurricane Odessa", "predicate": "made landfall",
                    "where": "Punta Calera"}])
    report = claimdiff.diff(a, b)
    assert _pairs(report) == {("x", "y")}
    assert report.pairs[0].verdict is Verdict.AGREE


def test_compare_all_clusters_three_curators_wording() -> None:
    storm = [{"id": "storm", "name": "Hurricane Odessa", "aliases": ["Odessa"]}]
    a = _set("a", [{"id": "a1", "subject": "Hurricane Odessa", "predicate": "killed",
                    "values": ["at least 14 people"]}], storm)
    b = _set("b", [{"id": "b1", "subject": "the death toll from Odessa", "predicate": "rose to",
                    "values": ["17"]}])
    c = _set("c", [{"id": "c1", "subject": "Odessa", "predicate": "left dead",
                    "values": ["40 people"]}])
    report = claimdiff.compare_sources([a, b, c])
    members = [{m.claim for m in cl.members} for cl in report.clusters]
    assert {"a1", "b1", "c1"} in members


KINDS = [("killed", "people"), ("injured", "people"), ("evacuated", "residents"),
         ("arrested", "protesters"), ("laid off", "workers")]
"""Predicates of five different measured things (dead, injured, evacuated, arrested, jobs)."""


@settings(max_examples=40, deadline=None)
@given(kinds=st.lists(st.sampled_from(range(len(KINDS))), min_size=2, max_size=2, unique=True),
       numbers=st.tuples(st.integers(2, 500), st.integers(2, 500)),
       subject=st.sampled_from(["the quake", "Hurricane Odessa", "the collapse", "police"]))
def test_values_of_different_measured_things_never_conflict(
        kinds: list[int], numbers: tuple[int, int], subject: str) -> None:
    (pa, na), (pb, nb) = KINDS[kinds[0]], KINDS[kinds[1]]
    a = _set("a", [{"id": "x", "subject": subject, "predicate": pa,
                    "values": [f"{numbers[0]} {na}"]}])
    b = _set("b", [{"id": "y", "subject": subject, "predicate": pb,
                    "values": [f"{numbers[1]} {nb}"]}])
    for report in (claimdiff.diff(a, b), claimdiff.diff(b, a)):
        assert all(v.verdict is not Verdict.CONFLICT for p in report.pairs for v in p.values)
    clusters = claimdiff.compare_sources([a, b]).clusters
    assert all(c.verdict is not Verdict.CONFLICT for c in clusters)


@settings(max_examples=30, deadline=None)
@given(kinds=st.lists(st.sampled_from(["dead", "injured", "missing", "arrested", "evacuated"]),
                      min_size=2, max_size=2, unique=True),
       numbers=st.tuples(st.integers(2, 500), st.integers(2, 500)))
def test_claims_aligned_by_their_words_never_conflict_on_different_things(
        kinds: list[str], numbers: tuple[int, int]) -> None:
    """"police | said | 12 dead" and "police | said | 41 injured" align by their words (as
    they always did); their values are then never called a conflict."""
    for va, vb in (([f"{numbers[0]} {kinds[0]}"], [f"{numbers[1]} {kinds[1]}"]),
                   ([{"text": f"{numbers[0]} people", "measured": kinds[0]}],
                    [{"text": f"{numbers[1]} people", "measured": kinds[1]}])):
        a = _set("a", [{"id": "x", "subject": "police", "predicate": "said", "values": va}])
        b = _set("b", [{"id": "y", "subject": "police", "predicate": "said", "values": vb}])
        report = claimdiff.diff(a, b)
        assert all(v.verdict is not Verdict.CONFLICT for p in report.pairs for v in p.values)


TUNE = Path(__file__).resolve().parents[2] / "corpora" / "claim-pairs" / "tune"


@pytest.mark.parametrize("case", sorted(p.name for p in TUNE.iterdir() if p.is_dir())
                         if TUNE.is_dir() else [])
def test_pairs_and_verdicts_do_not_depend_on_which_curator_is_a(case: str) -> None:
    a, b = str(TUNE / case / "a.claims.yaml"), str(TUNE / case / "b.claims.yaml")
    forward = {(p.a.claim, p.b.claim, p.verdict) for p in claimdiff.diff(a, b).pairs}
    backward = {(p.b.claim, p.a.claim, p.verdict) for p in claimdiff.diff(b, a).pairs}
    assert forward == backward
