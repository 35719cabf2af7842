"""A figure alone in its order of magnitude: when each of two reports holds only one sum (count,
duration) of its dimension within ten times of it, and the two lie within three times of each
other, they are most likely the one figure both reports tell, even with no word of their
sentences in common; a third figure near either, a role or period setting them apart, or a
round word for a number ("a year") takes that evidence away."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from claimdiff.measure import Measurement, pair_measurements
from claimdiff.measure._alone import alone, both_alone
from claimdiff.measure._what import dimension_of
from claimdiff.normalization import normalize


def _m(phrase: str, **fields: object) -> Measurement:
    value = normalize(phrase)
    return Measurement("s", "c", "value", phrase, dimension_of(value), value=value,
                       **fields)  # type: ignore[arg-type]


def _alone(*phrases: str) -> list[str]:
    ms = [_m(p) for p in phrases]
    return [ms[k].phrase for k in sorted(alone(ms, {}))]


def _paired(a: Sequence[Measurement], b: Sequence[Measurement]) -> set[tuple[str, str]]:
    return {(a[p.a].phrase, b[p.b].phrase) for p in pair_measurements(a, b)}


@pytest.mark.parametrize(("phrases", "expected"), [
    # one sum of millions beside one of hundreds: each alone in its order of magnitude
    (("£7.1 million", "£350"), ["£7.1 million", "£350"]),
    # two sums of millions are neighbours, the sum of hundreds is still alone
    (("£7.1 million", "£2 million", "£350"), ["£350"]),
    # counts and durations alike; a count is no neighbour of a duration
    (("63 volunteers", "19 months", "5,400 households", "four days"),
     ["19 months", "5,400 households", "63 volunteers", "four days"]),
    # a round word with an article is no figure a writer chose, yet still a neighbour
    (("a year", "nine months"), []),
    (("a decade", "nine months"), ["nine months"]),
    # the only figure of its dimension is alone among none
    (("£7.1 million", "63 volunteers"), []),
    # dates and ordinals have evidence of their own
    (("in 2021", "third"), []),
])
def test_a_figure_alone_in_its_order_of_magnitude(phrases: tuple[str, ...],
                                                  expected: list[str]) -> None:
    assert sorted(_alone(*phrases)) == sorted(expected)


def test_two_figures_alone_are_paired_without_a_word_in_common() -> None:
    a = [_m("£7.1 million"), _m("£350")]
    b = [_m("£11.4m"), _m("£90")]
    assert ("£7.1 million", "£11.4m") in _paired(a, b)


def test_a_neighbour_takes_the_evidence_away() -> None:
    a = [_m("£7.1 million"), _m("£2 million"), _m("£350")]
    b = [_m("£11.4m"), _m("£90")]
    assert ("£7.1 million", "£11.4m") not in _paired(a, b)


def test_figures_alone_but_far_apart_are_not_one() -> None:
    a, b = _m("2,000 tonnes"), _m("300 tonnes")  # spilled, recovered
    assert not both_alone(0, 0, {0}, {0}, a, b)
    assert both_alone(0, 0, {0}, {0}, _m("2,000 tonnes"), _m("1,200 tonnes"))


def test_a_role_still_sets_figures_alone_apart() -> None:
    a = [_m("£7.1 million", role="forecast"), _m("£350")]
    b = [_m("£11.4m"), _m("£90")]
    assert ("£7.1 million", "£11.4m") not in _paired(a, b)
