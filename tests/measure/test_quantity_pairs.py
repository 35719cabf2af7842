"""Quantities of one measured thing paired across two independently worded reports:
generated report pairs, many domains, the same figure (or a different one) in other words."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

_WHO = [("passengers", "Meridian ferry"), ("fans", "stadium stand"), ("workers", "Kessel plant"),
        ("pupils", "school bus"), ("climbers", "Tarn glacier"), ("people", "Orly bridge")]
_CARED = ["were taken to hospital", "were kept in hospital overnight",
          "needed hospital treatment"]


@pytest.mark.parametrize(("who", "where"), _WHO)
@pytest.mark.parametrize("cared", _CARED)
@pytest.mark.parametrize(("x", "y", "verdict"), [(4, 6, Verdict.CONFLICT),
                                                 (7, 7, Verdict.AGREE)])
def test_people_taken_to_hospital_are_the_injured(
        tmp_path: Path, who: str, where: str, cared: str, x: int, y: int,
        verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, f"After the {where} accident, {x} {who} {cared}, officials said.",
                   f"At the {where}, {y} {who} were hurt in the accident.")
    assert pairs.get((f"{x} {who}", f"{y} {who}")) is verdict, pairs


_WORDS = {3: "three", 9: "nine", 11: "eleven", 21: "twenty-one", 17: "seventeen"}
_WHOLES = [("Yes", "carried", "provinces", 14), ("The rebels", "seized", "towns", 30),
           ("Greens", "won", "seats", 40), ("The union", "organised", "depots", 25)]


@pytest.mark.parametrize(("holder", "verb", "noun", "total"), _WHOLES)
@pytest.mark.parametrize(("x", "y", "verdict"), [(11, 9, Verdict.CONFLICT),
                                                 (21, 21, Verdict.AGREE),
                                                 (3, 17, Verdict.CONFLICT)])
def test_a_part_written_in_words_meets_its_figure_in_digits(
        tmp_path: Path, holder: str, verb: str, noun: str, total: int, x: int, y: int,
        verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, f"{holder} {verb} {x} of the {total} {noun} on Sunday.",
                   f"{holder} {verb} {_WORDS[y]} of the {total} {noun}, gaining ground in "
                   "the north.")
    assert pairs.get((str(x), _WORDS[y])) is verdict, pairs


@pytest.mark.parametrize(("n", "words"), [(9, "nine"), (21, "twenty-one"), (3, "Three"),
                                          (40, "forty"), (150, "one hundred and fifty")])
@pytest.mark.parametrize("gap", ["of the", "out of its", "of their"])
def test_a_part_in_words_is_drafted_as_a_value(n: int, words: str, gap: str) -> None:
    from claimdiff.extract import extract_text

    claims = extract_text(f"The board approved {words} {gap} 200 requests.",
                          published="2026-03-09").claims
    found = {c.value.text: c.value for c in claims if c.value is not None}
    assert words in found and "200 requests" in found, found


_HARM = [("the flood", "Orly bridge"), ("the riot", "east wing"), ("the fire", "warehouse"),
         ("the storm", "harbour wall")]


@pytest.mark.parametrize(("event", "thing"), _HARM)
@pytest.mark.parametrize(("x", "y", "verdict"), [("£2 million", "around £3.5m", Verdict.CONFLICT),
                                                 ("€4m", "€4 million", Verdict.AGREE)])
def test_the_damage_put_at_a_sum_is_the_cost_of_repairs(
        tmp_path: Path, event: str, thing: str, x: str, y: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, f"Officials put the damage from {event} to the {thing} at {x}.",
                   f"Repairing the {thing} after {event} will cost {y}, officials said.")
    assert pairs.get((x, y)) is verdict, pairs


@pytest.mark.parametrize(("event", "thing"), _HARM)
def test_damages_awarded_are_no_cost_of_the_damage(tmp_path: Path, event: str,
                                                   thing: str) -> None:
    pairs = _pairs(tmp_path, f"Officials put the damage from {event} to the {thing} at £2 "
                   "million.",
                   f"A court awarded the owners of the {thing} £350,000 in damages over "
                   f"{event}.")
    assert Verdict.CONFLICT not in pairs.values(), pairs
