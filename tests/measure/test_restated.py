"""A figure a report gives again rounded ("8,412,306 residents", "a population of 8.4
million") is one figure: the rounded mention pairs with the partner of the first or none,
and the precise one is compared with that partner too (`measure._repeats.restated`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import Measurement
from claimdiff.measure._lexicon_en import key
from claimdiff.measure._repeats import restated
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts


def _m(phrase: str, measured: str | None, *, dimension: str = "count",
       period: tuple[str, ...] = (), subject: tuple[str, ...] = ()) -> Measurement:
    return Measurement("a", "a1", "value", phrase, dimension, measured, phrase, True,
                       value=normalize(phrase), period=period, subject=subject)


@pytest.mark.parametrize(("first", "later", "measured", "dimension"), [
    ("8,412,306", "8.4 million", "population", "count"),
    ("42,150", "some 42,000", "visitor", "count"),
    ("$1,204 million", "$1.2bn", "revenue", "currency:USD"),
    ("4.62 metres", "4.6 metres", "height", "length"),
])
def test_a_figure_said_again_rounded_is_restated(
        first: str, later: str, measured: str, dimension: str) -> None:
    assert restated(_m(first, measured, dimension=dimension),
                    _m(later, measured, dimension=dimension))


@pytest.mark.parametrize(("first", "later"), [
    (_m("8.4 million", "population", period=("2021",)),
     _m("8,412,306", "population", period=("2011",))),  # two censuses
    (_m("8.4 million", "population", subject=("Kestria",)),
     _m("8,412,306", "population", subject=("Valdora",))),  # two countries
    (_m("8.4 million", "population"), _m("8,512,306", "population")),  # another figure
    (_m("hundreds", "staff"), _m("620", "staff")),  # a vague amount names no figure
    (_m("8.4 million", key("people")), _m("8,412,306", key("people"))),  # a generic count
    (_m("8.4 million", "population"), _m("8,412,306", "visitor")),  # two things counted
    (_m("8.4 million", None), _m("8,412,306", None)),  # nothing said of what is counted
])
def test_figures_told_apart_are_not_restated(first: Measurement, later: Measurement) -> None:
    assert not restated(first, later)


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    ("Kestria's population has passed 8.4 million for the first time. The census counted "
     "8,412,306 residents on census night.",
     "The census put Kestria's population at more than 8.4 million on census night.",
     ("8,412,306 residents", "more than 8.4 million"), Verdict.AGREE),
    ("Attendance topped 42,000 for the first time at the Marlow final. The club counted "
     "42,150 spectators through the gates.",
     "A crowd of 44,000 watched the Marlow final, the club said.",
     ("42,150 spectators", "44,000"), Verdict.CONFLICT),
    ("Revenue at Norvex reached $1.2bn last year. The company reported revenue of "
     "$1,204 million.",
     "Norvex said its revenue was $1.3bn last year.",
     ("$1,204 million", "$1.3bn"), Verdict.CONFLICT),
])
def test_the_precise_mention_meets_the_rounded_ones_partner(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], verdict: Verdict) -> None:
    assert value_verdicts(tmp_path, a, b).get(pair) is verdict
