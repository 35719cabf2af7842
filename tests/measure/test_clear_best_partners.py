"""Two figures each the other's clear best partner: when each of two values scores its best
with the other, ahead of its runner-up by a clear margin on both sides, the two are paired
from a lower score than the threshold, so a contradiction whose figures lie far apart ("1,900
hectares" against "about 4,500 hectares") is still found; never for a rival close behind,
figures more than three times apart, two different measured things, or dates."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from claimdiff.measure import Measurement, pair_measurements
from claimdiff.measure._mutual import MARGIN, Best, one_figure
from claimdiff.measure._pair import THRESHOLD
from claimdiff.measure._what import dimension_of
from claimdiff.normalization import normalize


def _m(phrase: str, **fields: object) -> Measurement:
    value = normalize(phrase)
    # one word of the story shared among many of each sentence's own
    fields.setdefault("context", frozenset({"fire", *(f"{phrase}{k}" for k in range(8))}))
    return Measurement("s", "c", "value", phrase, dimension_of(value), value=value,
                       **fields)  # type: ignore[arg-type]


def _pairs(a: Sequence[Measurement], b: Sequence[Measurement]) -> dict[tuple[str, str], float]:
    return {(a[p.a].phrase, b[p.b].phrase): p.score for p in pair_measurements(a, b)}


@pytest.mark.parametrize(("a", "b"), [
    ("2,300 hectares", "about 5,200 hectares"),   # an area, each report's only one
    ("41 days", "three weeks"),                   # a duration told in other units
    ("£6,000", "£3,000"),                         # a sum, half the other
])
def test_clear_best_partners_are_paired_under_the_threshold(a: str, b: str) -> None:
    got = _pairs([_m(a)], [_m(b)])
    assert (a, b) in got
    assert got[(a, b)] < THRESHOLD


def test_a_rival_close_behind_takes_the_evidence_away() -> None:
    a = [_m("2,300 hectares"), _m("2,900 hectares")]
    b = [_m("about 5,200 hectares")]
    assert ("2,300 hectares", "about 5,200 hectares") not in _pairs(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("4,000 tonnes", "500 tonnes"),               # spilled and recovered: two figures
    ("in 2017", "in 2020"),                       # dates have the event as their evidence
])
def test_far_apart_figures_and_dates_are_not_clear_partners(a: str, b: str) -> None:
    assert not _pairs([_m(a)], [_m(b)])


def test_two_different_measured_things_are_no_one_figure() -> None:
    a, b = _m("18 schemes", measured="scheme"), _m("30 jobs", measured="job")
    assert not one_figure(a, b)
    assert one_figure(_m("18 schemes", measured="scheme"), _m("30 schemes", measured="scheme"))
    assert one_figure(_m("18 schemes", measured="scheme"), _m("30"))


def test_best_keeps_each_side_best_and_runner_up() -> None:
    best = Best()
    best.add(0, 0, 0.25)
    best.add(0, 1, 0.25 - MARGIN / 2)  # A's runner-up too close behind
    best.add(1, 2, 0.22)
    best.add(2, 2, 0.22 - 2 * MARGIN)
    assert not best.clear(0, 0, 0.25)
    assert best.clear(1, 2, 0.22)
    assert not best.clear(2, 2, 0.22 - 2 * MARGIN)  # not its partner's best
