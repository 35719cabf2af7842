"""A count's own noun of no class counts before a class word of another noun's phrase ("nine
bridges on the *old* line" counts bridges, not an age), but not before what befell them, nor
when the value is a class noun's figure ("*exports* of 7.8 million crates")
(`measure._what.what_measured`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

# (A sentence, B sentence, A value, B value): one set of things counted twice
_ONE = [
    ("Volunteers repainted 11 lampposts on the old harbour wall at Pellock.",
     "At Pellock, volunteers repainted 16 lampposts along the harbour wall.", "11 lampposts",
     "16 lampposts"),
    ("The Dunmere fencers came back from the national student championships with six "
     "trophies.", "Dunmere's fencers won four trophies at the national championships.",
     "six trophies", "four trophies"),
    ("The collapse of the Orrin fund cost about 900 savers their pensions.",
     "Some 1,400 savers lost their pensions when the Orrin fund collapsed.", "about 900 savers",
     "1,400 savers"),
]

# two counts of two things, or what befell them against the things
_APART = [
    ("Crews cleared 12 culverts on the old canal road at Sarn.",
     "Crews at Sarn cleared 30 hedges on the old canal road.", "12 culverts", "30 hedges"),
    ("The landslide at Ebbor left 14 hikers dead on the old mule track.",
     "The landslide at Ebbor buried 20 hikers on the old mule track.", "14 hikers",
     "20 hikers"),
]


@pytest.mark.parametrize(("a", "b", "va", "vb"), _ONE, ids=[c[2] for c in _ONE])
def test_a_counts_own_noun_beats_another_phrases_class_word(tmp_path: Path, a: str, b: str,
                                                             va: str, vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "va", "vb"), _APART, ids=[c[2] for c in _APART])
def test_two_things_or_what_befell_them_never_conflict(tmp_path: Path, a: str, b: str,
                                                       va: str, vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is not Verdict.CONFLICT, pairs


def test_a_class_nouns_figure_stays_that_nouns(tmp_path: Path) -> None:
    # "exports of" and "output of" say what the crates measure: two figures, no conflict
    pairs = value_verdicts(
        tmp_path, "The Larro board expects exports of 7.8 million crates this season.",
        "The Larro board forecasts output of 9.1 million crates this season.")
    assert verdict_between(pairs, "7.8 million", "9.1 million") is not Verdict.CONFLICT, pairs


_PLAIN = ["lanterns", "benches", "kiosks", "statues", "fountains", "pylons", "sluices",
          "turnstiles"]
"""Plural nouns of no synonym class, none a kind of another."""


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_PLAIN), st.sampled_from(_PLAIN), st.integers(2, 90),
       st.integers(2, 90))
def test_a_value_never_conflicts_with_a_count_of_another_plain_noun(
        tmp_path: Path, wa: str, wb: str, x: int, y: int) -> None:
    pairs = value_verdicts(tmp_path, f"Workers restored {x} {wa} on the old pier at Cavel.",
                           f"Workers restored {y} {wb} on the old pier at Cavel.")
    if wa != wb:
        assert Verdict.CONFLICT not in pairs.values(), pairs
