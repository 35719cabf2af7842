"""A physical dimension is rare in a news report: when each of two reports holds the only
mass (area, length, speed, volume) of its story, the two are paired even when their
sentences share no word, as a reader pairs them; when the reports hold several values of
the dimension, or the two values are of different holders, sharing it is no evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

# (report A, its value, report B, its value): one value of the dimension on each side, the
# sentences worded apart, the figures far enough apart that nothing else pairs them.
_ONLY_ONES = [
    ("Divers recovered the bronze bell from the wreck on Sunday. It weighs 2.4 kilograms, "
     "the museum said, and 40 divers took part.", "2.4 kilograms",
     "The bell, which was brought up by a team of 35 volunteers, tips the scales at 3.9 kg "
     "according to the curator.", "3.9 kg"),
    ("Rangers counted the damage after the fire. Flames blackened 350 hectares of "
     "heathland, and 14 crews were sent.", "350 hectares",
     "A spokeswoman for the park put the scorched moorland at 6 square kilometres once the "
     "blaze was out.", "6 square kilometres"),
    ("The pilot whale stranded near Osterby on Tuesday was 4.1 metres long, a vet said.",
     "4.1 metres long",
     "Volunteers who kept the animal wet through the night measured it at 6.3 m from snout "
     "to tail.", "6.3 m"),
    ("Cellar staff at the Dornau brewery lost 900 litres of lager when a valve failed.",
     "900 litres",
     "About 1,500 liters poured across the yard, a worker told the local radio.",
     "About 1,500 liters"),
]


@pytest.mark.parametrize(("a", "x", "b", "y"), _ONLY_ONES)
def test_the_only_values_of_a_dimension_are_paired(
        tmp_path: Path, a: str, x: str, b: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get((x, y)) is Verdict.CONFLICT, pairs


def test_a_dimension_common_in_both_reports_is_no_evidence(tmp_path: Path) -> None:
    # (the anchor's 11 kilograms keeps the bell's 2.4 from being alone in its order of
    # magnitude, which would be evidence of its own: `test_alone_figures`)
    a = ("Divers recovered the bronze bell from the wreck on Sunday. It weighs 2.4 "
         "kilograms. The anchor weighs 11 kilograms and the cannon 1,200 kilograms.")
    b = ("The chain came up at 70 kg and the figurehead at 5,000 kg. The bell, brought up by "
         "volunteers, tips the scales at 3.9 kg according to the curator.")
    pairs = _pairs(tmp_path, a, b)
    assert ("2.4 kilograms", "3.9 kg") not in pairs, pairs


@pytest.mark.parametrize(("a", "x", "b", "y"), [
    ("Varenko lifted 180 kilograms in the final.", "180 kilograms",
     "Halloran lifted 125 kg in the final.", "125 kg"),
    ("Varenko threw the hammer 71 metres on Sunday.", "71 metres",
     "Halloran threw the hammer 52 metres in the final.", "52 metres"),
])
def test_holders_still_keep_the_only_values_apart(
        tmp_path: Path, a: str, x: str, b: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert (x, y) not in pairs, pairs


@pytest.mark.parametrize(("a", "x", "b", "y"), [
    ("The ferry was sailing at 14 knots when it struck the pier at Osterby.", "14 knots",
     "The ferry that struck the pier at Osterby has a top speed of 29 knots.", "29 knots"),
    ("The lorry was doing 60 km/h when it overturned on the Kessel bypass.", "60 km/h",
     "The lorry that overturned on the Kessel bypass has a top speed of 110 km/h.",
     "110 km/h"),
])
def test_a_top_speed_is_no_speed_travelled(
        tmp_path: Path, a: str, x: str, b: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get((x, y)) is not Verdict.CONFLICT, pairs


def test_one_named_holder_outweighs_a_closer_figure_of_no_one(tmp_path: Path) -> None:
    a = ("The Kestrel Dawn reached a top speed of 29 knots in a squall on Tuesday, the skipper "
         "said. She finished at an average of 11 knots, though forecasters had warned of gusts "
         "of up to 45 knots.")
    b = ("The fleet met steep seas and sustained winds of 31 knots off the cape, crews "
         "reported. Kestrel Dawn peaked at 23 knots on the run north.")
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get(("29 knots", "23 knots")) is Verdict.CONFLICT, pairs
