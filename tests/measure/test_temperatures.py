"""Temperatures in two scales pair as one figure ("-6C" and "21.2F"), a Fahrenheit "F"
counts only glued to its number, and a temperature "above" a level is a difference of
temperature ("1.5C above average" meets "2.7F above normal", never a day's 30C)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.normalization._quantity import scan_quantities
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs


@pytest.mark.parametrize(("c", "f", "verdict"), [("-6C", "21.2F", Verdict.COMPATIBLE),
                                                 ("-6C", "14F", Verdict.CONFLICT),
                                                 ("12C", "53.6F", Verdict.COMPATIBLE)])
def test_celsius_meets_fahrenheit(tmp_path: Path, c: str, f: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path,
                   f"The overnight low in Ardmore fell to {c} on Monday, forecasters said.",
                   f"Forecasters said Ardmore's overnight low on Monday was {f}.")
    got = pairs.get((c, f))
    assert got is verdict or (verdict is Verdict.COMPATIBLE and got is Verdict.AGREE), pairs


@pytest.mark.parametrize("text", ["Take the 4 F train downtown.", "Block 5 F was closed.",
                                  "Row 12 F is reserved."])
def test_a_spaced_f_names_a_thing(text: str) -> None:
    assert not any(v.dimension == "temperature" for _, _, v in scan_quantities(text))


@pytest.mark.parametrize("word", ["above", "below", "warmer than", "higher than"])
def test_a_temperature_above_a_level_is_a_difference(tmp_path: Path, word: str) -> None:
    pairs = _pairs(tmp_path,
                   f"Lake waters were 1.5C {word} the July average, peaking at 27.9C near Osk.",
                   f"The lake ran 2.7F {word} normal for July, the Osk station reported.")
    assert pairs.get(("1.5C", "2.7F")) in (Verdict.AGREE, Verdict.COMPATIBLE), pairs
    assert ("27.9C", "2.7F") not in pairs, pairs


def test_a_difference_in_fahrenheit_has_no_offset() -> None:
    from claimdiff.measure import temperature_difference
    from claimdiff.normalization import normalize

    text = "ran 9F above normal"
    value = temperature_difference(normalize("9F"), text, text.index("9F") + 2)
    assert value.dimension == "temperature difference"
    assert value.core.lo <= 5.0 <= value.core.hi
