"""Pairing reads an approximated figure as loosely as n ± 20 %, however finely it is written:
the figure's granularity decides the verdict ("about 4,700" conflicts with "some 5,300"),
not which figures are compared (`measure._closeness`)."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement
from claimdiff.measure._closeness import closeness
from claimdiff.normalization import normalize


def _m(source: str, phrase: str) -> Measurement:
    value = normalize(phrase)
    return Measurement(source, "c1", "value", phrase, value.dimension or "count", value=value)


@pytest.mark.parametrize(("a", "b"), [
    ("about 4,700", "some 5,300"),
    ("roughly $730 million", "about 640 million dollars"),
    ("about 17%", "14%"),
])
def test_an_approximated_figure_is_close_to_what_n_20_percent_reaches(a: str, b: str) -> None:
    assert closeness(_m("a", a), _m("b", b)) == 1.0


@pytest.mark.parametrize(("a", "b"), [
    ("about 4,700", "some 7,400"),
    ("4,700", "5,300"),  # a bare figure is as close as its rounding
])
def test_figures_further_apart_are_less_close(a: str, b: str) -> None:
    assert closeness(_m("a", a), _m("b", b)) < 1.0
