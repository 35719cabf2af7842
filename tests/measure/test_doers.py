"""A count of acts and a count of those who did that act, one each ("five bids" against
"six firms had bid"): one thing counted, so two figures conflict; the doers of another act,
or of an act one doer does many times, count nothing of it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between

ACTS = {"bid": "bids", "apply": "applications", "vote": "votes", "complain": "complaints"}


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("The Marlow ferry franchise drew seven bids by the deadline.",
     "Nine operators bid for the Marlow ferry franchise, the ministry said.", "seven", "Nine"),
    ("The Hollin bridge contract drew four bids.",
     "Three companies had bid for the Hollin bridge contract.", "four", "Three"),
])
def test_acts_and_those_who_did_them_are_one_count(tmp_path: Path, a: str, b: str, x: str,
                                                   y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b"), [
    ("The gang carried out 14 raids on the Kelso depot last year.",
     "Police say six men raided the Kelso depot last year."),
    ("Kelso police made 14 arrests after the march.",
     "Six officers arrested marchers in Kelso after the march."),
])
def test_doers_of_an_act_done_many_times_count_no_acts(tmp_path: Path, a: str,
                                                       b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, "14", "ix") is not Verdict.CONFLICT, pairs


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(sorted(ACTS)), st.sampled_from(sorted(ACTS)), st.integers(2, 40),
       st.integers(90, 400))
def test_doers_of_another_act_never_conflict(verb: str, act: str, x: int, y: int) -> None:
    if verb == act:
        return
    did = {"apply": "applied"}.get(verb, verb + ("d" if verb.endswith("e") else "ed"))
    with tempfile.TemporaryDirectory() as tmp:
        pairs = _pairs(Path(tmp), f"The Marlow council logged {y} {ACTS[act]} on Monday.",
                       f"On Monday {x} firms {did} to the Marlow council.")
    assert verdict_between(pairs, str(y), str(x)) is not Verdict.CONFLICT, pairs
