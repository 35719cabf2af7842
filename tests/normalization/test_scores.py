"""Scores, tallies and odds read as one value with their two sides (`find_scores`,
`score_in` through `normalize`), from the case file `cases/scores_en.tsv`."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.compare import compare_values
from claimdiff.normalization import find_scores, normalize
from claimdiff.verdicts import Verdict

CASES = [line.split("\t") for line in
         (Path(__file__).parent / "cases" / "scores_en.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("sentence", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_scores_in_a_sentence(sentence: str, want: str) -> None:
    got = [f"{sentence[s:e]}={v.sides[0]},{v.sides[1]}" for s, e, v in find_scores(sentence)
           if v.sides is not None]
    assert got == ([] if want == "-" else want.split(";"))


def test_a_bare_score_is_read_by_its_sentence() -> None:
    v = normalize("7-2", context="The council passed the plan 7-2 on Monday.")
    assert v.sides == (7, 2) and v.dimension == "score"
    assert normalize("5-7", context="Prices rose 5-7 on Monday.").sides is None


def test_a_running_score_is_apart_from_a_result() -> None:
    (_, _, v), = find_scores("Westbury led 2-0 at half-time.")
    assert v.dimension == "score:running"
    (_, _, w), = find_scores("Westbury won 2-0.")
    assert w.dimension == "score"


@pytest.mark.parametrize(("a", "b", "verdict", "words"), [
    ("a 6-3 vote", "a 6-3 vote", Verdict.AGREE, "both the score 6-3"),
    ("won 2-1", "lost 1-2", Verdict.AGREE, "other order"),
    ("a 6-3 vote", "a 5-4 vote", Verdict.CONFLICT, "both sides differ"),
    ("won 3-1", "won 2-1", Verdict.CONFLICT, "the first side differs (3 against 2)"),
    ("won 3-1", "lost 1-2", Verdict.CONFLICT, "the first side differs (3 against 2)"),
])
def test_two_scores_compare_side_by_side(a: str, b: str, verdict: Verdict,
                                         words: str) -> None:
    got = compare_values(a, b)
    assert got.verdict is verdict and words in got.explanation, got.explanation


def test_a_score_against_one_count_is_never_a_conflict() -> None:
    assert compare_values("won 3-1", "3 goals").verdict is Verdict.INCOMPARABLE


def test_a_score_as_a_count_agrees_with_either_side_and_conflicts_with_none() -> None:
    from dataclasses import replace

    from claimdiff.normalization import Interval

    score = normalize("by 41 votes to 29")
    side = replace(score, dimension="count", core=Interval.point(41.0),
                   support=Interval.point(41.0))
    assert compare_values(side, "29 councillors").verdict is Verdict.AGREE
    got = compare_values(side, "35 councillors")
    assert got.verdict is Verdict.INCOMPARABLE, got.explanation


def test_a_score_headed_by_its_stage_is_a_running_score() -> None:
    (_, _, v), = find_scores("HALF-TIME: Chargers 22-18 Mavericks. The hosts are quiet.")
    assert v.dimension == "score:running" and v.sides == (22, 18)
