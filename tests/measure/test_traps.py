"""Traps: values of two different measured things are never called a conflict.

The cases (`tests/data/measure/traps.json`) are general patterns of news reports
(dead / injured, a limit / a speed, police / organisers, this year / last, a
forecast / a result, winner / loser, home / away, two people's ages, two
companies' revenues, and the families of two different things a report pair may hold:
a bid and the price paid, a median and a mean, capacity and attendance, a year and a
span, a country and its region, the times of two events, ...); the numbers and names are
drawn by hypothesis. A case marked
`known_gap` is one the engine still falls into: strictly expected to fail, so closing the
gap shows up here.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.verdicts import Verdict

CASES = Path(__file__).resolve().parents[1] / "data" / "measure" / "traps.json"
TRAPS: list[dict[str, Any]] = json.loads(CASES.read_text(encoding="utf-8"))["traps"]
PEOPLE = ["Lena Brandt", "Tomas Ferrante", "Ana Kovac", "Idris Halloran", "Mei Tanaka"]
COMPANIES = ["Norvex", "Alder Group", "Kessel Works", "Brightwater"]


@st.composite
def two_numbers(draw: st.DrawFn) -> tuple[int, int]:
    """Two numbers far enough apart that no hedge makes them compatible."""
    x = draw(st.integers(min_value=2, max_value=90))
    y = draw(st.integers(min_value=2 * x + 3, max_value=4 * x + 10))
    return (x, y) if draw(st.booleans()) else (y, x)


def _conflicts(a: str, b: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        pa.write_text(f"Wire, 3 March 2025\n\n{a}\n", encoding="utf-8")
        pb.write_text(f"Herald, 3 March 2025\n\n{b}\n", encoding="utf-8")
        report = claimdiff.diff(str(pa), str(pb))
    return [f"{v.a.value['text']!r} vs {v.b.value['text']!r}: {v.explanation}"
            for p in report.pairs for v in p.values
            if v.verdict is Verdict.CONFLICT and v.a.value and v.b.value]


def _param(i: int, trap: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=trap["known_gap"])] if "known_gap" in trap \
        else []
    return pytest.param(trap, marks=marks, id=f"{trap['pattern']}-{i}")


@pytest.mark.parametrize("trap", [_param(i, t) for i, t in enumerate(TRAPS)])
@settings(max_examples=8, deadline=None)
@given(numbers=two_numbers(), people=st.permutations(PEOPLE),
       companies=st.permutations(COMPANIES))
def test_different_measured_things_never_conflict(
    trap: dict[str, Any], numbers: tuple[int, int], people: list[str], companies: list[str],
) -> None:
    x, y = numbers
    fill = {"x": x, "y": y, "h": x % 5 + 1, "k": y % 4 + 6, "p": people[0], "q": people[1],
            "c": companies[0], "d": companies[1]}
    a, b = trap["a"].format(**fill), trap["b"].format(**fill)
    assert not _conflicts(a, b), (trap["pattern"], a, b)


def test_the_trap_cases_pair_values_of_one_kind() -> None:
    """Each trap's two values are of one dimension: the trap is real, not blocked by units."""
    for trap in TRAPS:
        fill = {"x": 10, "y": 30, "h": 3, "k": 8, "p": PEOPLE[0], "q": PEOPLE[1],
                "c": COMPANIES[0], "d": COMPANIES[1]}
        assert ("{x}" in trap["a"] and "{y}" in trap["b"]) or (
            "{h}" in trap["a"] and "{k}" in trap["b"]), trap["pattern"]
        assert trap["a"].format(**fill) != trap["b"].format(**fill)


def _explained(a: str, b: str) -> dict[tuple[str, str], tuple[Verdict, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        pa.write_text(f"Wire, 3 March 2025\n\n{a}\n", encoding="utf-8")
        pb.write_text(f"Herald, 3 March 2025\n\n{b}\n", encoding="utf-8")
        report = claimdiff.diff(str(pa), str(pb))
    return {(v.a.value["text"], v.b.value["text"]): (v.verdict, v.explanation)
            for p in report.pairs for v in p.values if v.a.value and v.b.value}


def test_a_forecast_against_a_result_says_why_it_is_no_conflict() -> None:
    got = _explained("Forecasters had predicted 500 millimetres of rain in Corla.",
                     "Corla recorded 380 millimetres of rain.")
    verdict, why = got[("500 millimetres", "380 millimetres")]
    assert verdict is Verdict.INCOMPARABLE
    assert "forecast" in why and "not in conflict" in why


def test_this_year_against_last_year_is_no_conflict() -> None:
    got = _explained("The museum had 40,000 visitors this year.",
                     "The museum had 52,000 visitors last year.")
    assert all(v is not Verdict.CONFLICT for v, _ in got.values()), got


def test_two_figures_of_one_thing_still_conflict() -> None:
    """The evidence rule keeps real contradictions: one measured thing, nothing apart."""
    got = _explained("The quake killed 12 people in Sarn on Monday.",
                     "Twenty people died in the quake in Sarn on Monday.")
    assert any(v is Verdict.CONFLICT for v, _ in got.values()), got


def test_one_figure_said_of_two_periods_still_conflicts_on_its_period() -> None:
    got = _explained("The museum had 40,000 visitors this year.",
                     "The museum had 40,000 visitors last year.")
    assert got[("this year", "last year")][0] is Verdict.CONFLICT, got


@pytest.mark.parametrize(("a", "b"), [
    # an authority reporting an event's toll does not hold it: two tolls of one crash
    ("Police said 12 people died in the crash near Sarn on Monday.",
     "Hospital officials said 20 people died in the crash near Sarn on Monday."),
    ("Merrow Police said 12 people died in the crash near Sarn on Monday.",
     "Norvex said 20 people died in the crash near Sarn on Monday."),
    # a person speaking is no holder: her figure meets the company's own
    ("Lena Brandt said 640 jobs would go at the Penrose plant.",
     "Norvex said 900 jobs would go at the Penrose plant."),
    # one company's own figure said twice
    ("Norvex said 640 jobs would go at the Penrose plant.",
     "Norvex said 900 jobs would go at the Penrose plant."),
    # two figures of one whole
    ("Across the country, 300 homes lost power during the storm on Sunday.",
     "Nationwide, 420 homes lost power during the storm on Sunday."),
    # a whole and the country its report is about ("in Albrey" is the whole)
    ("Nationally, 7.6 million people were waiting for treatment in August, the highest in "
     "Albrey since records began.",
     "In Albrey, 7.4 million people were waiting for treatment in August."),
])
def test_who_said_it_and_the_whole_keep_real_contradictions(a: str, b: str) -> None:
    """A sayer holds only its own operations' figures; a whole is told apart only from a part
    its report does not name: the figures left are still one thing's, and conflict."""
    got = _explained(a, b)
    assert any(v is Verdict.CONFLICT for v, _ in got.values()), got


@pytest.mark.parametrize(("a", "b"), [
    # a kind of people, a margin, a group's rate, one town's toll in a breakdown, an event's
    # duration, a sum claimed, a part marked "among": each said alike on both sides
    ("The quake killed 31 students at the Halm school on Monday.",
     "The quake killed 12 students at the Halm school on Monday."),
    ("Lena Brandt won the Orlan mayoral election by 300 votes.",
     "Lena Brandt won the Orlan mayoral election by 1,200 votes."),
    ("Youth unemployment in Estavia rose to 31% in May.",
     "Youth unemployment in Estavia rose to 12% in May."),
    ("Nine people died in Millbrook, and three more in nearby Carver.",
     "Fourteen people died in Millbrook, and three more in nearby Carver."),
    ("Estavia as a whole has some 4,100 elephants.",
     "Estavia has about 2,600 elephants, a census found."),
    ("Two people died in Penrose, and another 14 in nearby Kell.",
     "Two people died in Penrose, and another 31 in nearby Kell."),
    ("Talks at Norvex lasted 10 hours on Monday.",
     "Talks at Norvex went on for 31 hours on Monday."),
    ("Norvex claimed $10 million in damages from Alder Group.",
     "Norvex claimed $31 million in damages from Alder Group."),
    ("Among the dead were 31 children, officials said.",
     "Officials said 12 children were among the dead."),
    # a ranked subgroup, a part of a participle's base: each said on both sides
    ("The vans went to the 14 districts with the highest burden of disease in Pelora.",
     "The vans went to the 31 districts with the highest burden of disease in Pelora."),
    ("Doctors in Kelm said 12 of the injured were in critical condition.",
     "Doctors in Kelm said 31 of the injured were in critical condition."),
    # "of it" goes back to the body named before: one distance from Mars on both sides
    ("The Dawnrider probe passed Mars on Monday, coming within 3,000 km of it, mission "
     "controllers said.", "The Dawnrider probe came within 9,000 km of Mars on Monday, "
     "mission controllers said."),
    # a capacity said on both sides
    ("The council approved a new school at Brynlas with room for 240 pupils.",
     "The council approved a new school at Brynlas with room for 180 pupils."),
    # permanent jobs on both sides
    ("Kessel Works said the Harle plant would create about 400 permanent jobs.",
     "Kessel Works said the Harle plant would create 1,500 permanent jobs."),
])
def test_what_tells_figures_apart_keeps_one_thing_said_alike(a: str, b: str) -> None:
    """A part, a kind, a margin or a role tells two figures apart only when one side says it:
    two figures that both say it are still one thing's, and conflict."""
    got = _explained(a, b)
    assert any(v is Verdict.CONFLICT for v, _ in got.values()), got
