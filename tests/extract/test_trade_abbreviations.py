"""Figures the trade press writes with an abbreviation or a fraction glyph are drafted with
it: a unit of count in capitals ("an 18,200 TEU vessel"), an abbreviated rate after a figure
("1.5 Mtpa"), a vulgar fraction glyph on the figure ("3¼ lengths"); a capitalised name after
a figure still stands apart ("787 Dreamliner")."""

from __future__ import annotations

import pytest

from claimdiff.extract import extract_text
from claimdiff.normalization import normalize


def _values(text: str) -> dict[str, tuple[str, float, float]]:
    """Each drafted value's words and their reading: dimension, core's ends."""
    claims = extract_text(text, published="2026-03-09").claims
    readings = {c.value.text: normalize(c.value.text) for c in claims if c.value is not None}
    return {t: (v.dimension, v.core.lo, v.core.hi) for t, v in readings.items()}


@pytest.mark.parametrize(("text", "value", "low"), [
    ("The 18,200 TEU vessel grounded at kilometre 41.", "18,200 TEU", 18_200),
    ("The port handled 1.42 million TEUs in the third quarter.", "1.42 million TEUs",
     1_420_000),
    ("Volumes reached 310,000 teu in March, the terminal said.", "310,000 teu", 310_000),
    ("A 6,500 CEU car carrier berthed on Monday.", "6,500 CEU", 6_500),
    ("The line ordered four 2,000 FEU feeders.", "2,000 FEU", 2_000),
    ("The ferry sailed with 180 pax aboard.", "180 pax", 180),
    ("The tanker, of 105,000 dwt, was beached in August.", "105,000 dwt", 105_000),
    ("The 4,200 GRT coaster sank off the cape.", "4,200 GRT", 4_200),
])
def test_a_unit_of_count_in_capitals_is_the_counted_noun(text: str, value: str,
                                                         low: float) -> None:
    found = _values(text)
    assert value in found, found
    dimension, lo, hi = found[value]
    assert dimension == "count" and lo <= low <= hi


@pytest.mark.parametrize(("text", "value"), [
    ("Phase one capacity is 1.5 Mtpa, rising to 4 Mtpa by 2030.", "1.5 Mtpa"),
    ("The train will produce 5.2 MTPA of liquefied gas.", "5.2 MTPA"),
    ("The refinery ran at 180,000 BPD last month.", "180,000 BPD"),
])
def test_an_abbreviated_rate_in_capitals_is_drafted_as_a_rate(text: str, value: str) -> None:
    found = _values(text)
    assert value in found, found
    assert found[value][0].endswith("/day")


@pytest.mark.parametrize(("text", "value", "point"), [
    ("She won by 3¼ lengths from the favourite.", "3¼ lengths", 3.25),
    ("The chess final ended 7½–6½ after a tie-break.", "7½", 7.5),
    ("The council bought 12⅜ acres for the park.", "12⅜ acres", 12.375 * 4046.86),
    ("Prices rose 2⅓ times in a decade.", "2⅓", 7 / 3),
])
def test_a_vulgar_fraction_glyph_belongs_to_its_figure(text: str, value: str,
                                                       point: float) -> None:
    found = _values(text)
    assert value in found, found
    _, lo, hi = found[value]
    assert lo <= point <= hi


@pytest.mark.parametrize(("text", "absent"), [
    ("Boeing delivered the 787 Dreamliner to the airline.", "787"),
    ("Residents of 300 Paxton Road were moved out.", "300"),
    ("She drove the 911 GTS through the village.", "911"),
])
def test_a_capitalised_name_after_a_figure_is_no_unit(text: str, absent: str) -> None:
    assert not any(v.startswith(absent) for v in _values(text)), _values(text)


@pytest.mark.parametrize(("text", "value", "point"), [
    ("Drumlin Dancer took the final by three and a quarter lengths.",
     "three and a quarter lengths", 3.25),
    ("He owns three and a quarter hectares near Ullin.", "three and a quarter hectares",
     32_500),
    ("The striker ran one and three quarter miles in the match.",
     "one and three quarter miles", 1.75 * 1609.344),
])
def test_a_mixed_number_in_words_is_one_figure_not_a_quarter_year(text: str, value: str,
                                                                  point: float) -> None:
    found = _values(text)
    assert value in found, found
    _, lo, hi = found[value]
    assert lo <= point <= hi


@pytest.mark.parametrize(("text", "value"), [
    ("The flight took 7 and a half hours.", "7 and a half hours"),
    ("The talks lasted two and a half days.", "two and a half days"),
])
def test_a_mixed_number_of_time_stays_a_duration(text: str, value: str) -> None:
    found = _values(text)
    assert value in found, found
    assert normalize(value).kind.value == "duration"
