"""What will be against what is: "will" is one modality with a modal verb, and against a plain
statement it only ranks a pair lower, so a plan told in the present still pairs, and a new
level said with "will" still goes with the other report's new level before its current one."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.measure._what import FUTURE, future_alone, moods_differ
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


def _modality(text: str, phrase: str) -> str | None:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text)).modality


@pytest.mark.parametrize(("text", "phrase", "modality"), [
    ("The ferry will carry 340 passengers a day.", "340 passengers", FUTURE),
    ("The ferry could carry 340 passengers a day.", "340 passengers", "modal"),
    ("The ferry will not carry 340 passengers a day.", "340 passengers", "negated"),
    ("The ferry carries 340 passengers a day.", "340 passengers", None),
])
def test_will_is_the_future(text: str, phrase: str, modality: str | None) -> None:
    assert _modality(text, phrase) == modality


def test_the_future_is_one_mood_with_a_modal_and_alone_against_a_plain_statement() -> None:
    assert not moods_differ(FUTURE, "modal") and moods_differ(FUTURE, None)
    assert future_alone(FUTURE, None) and not future_alone(FUTURE, "modal")
    assert not future_alone(None, None)


def test_a_plan_told_in_the_present_pairs_with_the_same_plan_said_with_will(
        tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "In all, the Kell ferry will make 58 weekday sailings.",
                   "Weekday sailings rise to 64, while weekend sailings fall to 20.")
    assert pairs.get(("58 weekday sailings", "64")) is Verdict.CONFLICT, pairs


def test_a_new_level_said_with_will_goes_with_the_new_level_first(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path,
                   "The toll on the Arn bridge will be 4.20 crowns from June, up from 3.10 "
                   "crowns now.",
                   "Drivers will pay 4.60 crowns to cross the Arn bridge from June; the toll is "
                   "currently 3.10 crowns.")
    assert pairs.get(("4.20 crowns", "4.60 crowns")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    ("The new Osk depot will handle 480 parcels an hour, its owners said.",
     "Velt Logistics expects to handle 350 parcels an hour at the Osk depot.",
     ("480 parcels", "350 parcels")),
    ("Once open, the Brennagh clinic will see 6,200 patients a year.",
     "The health board expects to see 4,900 patients a year at the Brennagh clinic.",
     ("6,200 patients", "4,900 patients")),
])
def test_what_will_be_against_a_forecast_is_one_look_forward(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    assert verdict_between(_pairs(tmp_path, a, b), *pair) is Verdict.CONFLICT


def test_a_plain_figure_against_a_forecast_stays_two_figures(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Osk depot handled 480 parcels an hour last week.",
                   "Velt Logistics expects to handle 350 parcels an hour at the Osk depot.")
    assert verdict_between(pairs, "480 parcels", "350 parcels") is not Verdict.CONFLICT


@pytest.mark.parametrize(("a", "b", "pair"), [
    ("Kelp Ferries cut the return fare on the Brora crossing to €18.40 on Friday.",
     "The return fare on the Brora crossing will be €19.10, Kelp Ferries said. Its shares "
     "closed at €18.90.", ("€18.40", "€19.10")),
    ("Velo Rail cut the price of its weekly pass to £31.20 on Sunday.",
     "The weekly pass on Velo Rail will cost £33.80, the operator said. Its shares closed at "
     "£32.10.", ("£31.20", "£33.80")),
    ("Ostby Energy lowered its standing charge to 41.3p a day in January.",
     "Ostby Energy's standing charge will be 44.9p a day, its customers were told. A local "
     "bakery sells rolls at 42.5p.", ("41.3p", "44.9p")),
])
def test_will_against_plain_only_breaks_ties_never_the_shared_words(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    """A new level said plainly and with "will" shares its sentence's words; a nearer figure
    of another thing, said plainly, shares none and is no partner for it."""
    assert verdict_between(_pairs(tmp_path, a, b), *pair) is Verdict.CONFLICT
