"""A pair's score is its named terms weighed: the terms say which features fired."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement
from claimdiff.measure._score import WEIGHTS, Terms, score, terms, weigh
from claimdiff.normalization import normalize


def _m(source: str, phrase: str, dimension: str, **kw: object) -> Measurement:
    return Measurement(source, f"{source}1", "value", phrase, dimension,
                       value=normalize(phrase), **kw)  # type: ignore[arg-type]


CASES = [
    # (A, B, terms expected to fire, terms expected silent)
    (_m("a", "12 aces", "count", measured="aces", measured_words="aces", period=("july",)),
     _m("b", "16 aces", "count", measured="aces", measured_words="aces", period=("june",)),
     {"measured", "period"}, {"one_holder", "same"}),
    (_m("a", "£3.1m", "money", context=frozenset({"bridge", "repair"})),
     _m("b", "£3.1m", "money", context=frozenset({"bridge", "repair", "council"})),
     {"context", "same"}, {"holders", "far"}),
    (_m("a", "40 tonnes", "mass", role="forecast"),
     _m("b", "4,000 tonnes", "mass"),
     {"role_one", "far"}, {"roles", "same"}),
]


@pytest.mark.parametrize(("a", "b", "fired", "silent"), CASES)
def test_terms_name_the_features_that_fired(a: Measurement, b: Measurement,
                                            fired: set[str], silent: set[str]) -> None:
    idf = {w: 1.0 for w in a.context | b.context | a.near | b.near}
    x, _ = terms(a, b, idf)
    on = {n for n, v in x._asdict().items() if v}
    assert fired <= on, on
    assert not silent & on, on


@pytest.mark.parametrize(("a", "b", "fired", "silent"), CASES)
def test_the_score_is_the_weighed_terms(a: Measurement, b: Measurement,
                                        fired: set[str], silent: set[str]) -> None:
    idf = {w: 1.0 for w in a.context | b.context | a.near | b.near}
    x, why = terms(a, b, idf)
    assert score(a, b, idf) == (weigh(x), why)
    assert weigh(x) == pytest.approx(sum(w * v for w, v in zip(WEIGHTS, x, strict=True)))


def test_other_weights_weigh_the_same_terms() -> None:
    x = Terms(measured=1.0, context=0.5, holders=1.0)
    w = WEIGHTS._replace(holders=-0.1)
    assert weigh(x, w) == pytest.approx(WEIGHTS.measured + 0.5 * WEIGHTS.context - 0.1)


def test_penalties_weigh_against_and_evidence_for() -> None:
    penalties = {"roles", "role_one", "attribution", "period", "modality", "far", "holders",
                 "part"}
    for name, w in WEIGHTS._asdict().items():
        assert (w < 0) == (name in penalties), name


@pytest.mark.parametrize(("phrase_a", "phrase_b", "label"), [
    ("312 beds", "290 beds", 1),  # meets the contradiction
    ("312 beds", "48 nurses", 0),  # a wrong partner for a value that has a true one
    ("£4.2m", "£5m", 2),  # meets a trap
    ("three wards", "two wards", -1),  # meets no rule: unlabelled
])
def test_fit_labels_candidates_by_the_rules(phrase_a: str, phrase_b: str, label: int) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import fit_pairing
    finally:
        sys.path.pop(0)
    rules = [("conflict", {"what": "beds", "a_any": ["312 beds"], "b_any": ["290"]}),
             ("trap", {"what": "trap: budget against grant", "a_any": ["£4.2m"],
                       "b_any": ["£5m"]})]
    assert fit_pairing._label(rules, phrase_a, phrase_b) == label
