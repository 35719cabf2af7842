"""A role word gives its role only to a figure it governs: not the figures of a planned
thing that then happened, nor a figure before a participle clause of what was done next,
nor a person's age by who they were, nor a sample counted before a share of it as a whole;
"this term" sums a season as "this season" does."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure._holder import tokens
from claimdiff.measure._window_periods import cumulative
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    # a planned thing that happened: what it did is no plan
    ("Officials said a planned burn escaped on Tuesday, destroying seven houses.",
     "The fire destroyed three homes near Tarrawong on Tuesday.", "seven", "three"),
    ("A scheduled ferry sank off Kell Point on Sunday, killing 14 passengers.",
     "The ferry went down off Kell Point on Sunday and 9 passengers were killed.", "14", "9"),
    # a participle clause after a comma says what was done next, not the figure's role
    ("The rangers lit the fire on 2 March, planning to clear 400 hectares of scrub.",
     "The rangers lit the fire on 29 February.", "2 March", "29 February"),
    # "former" before a doer's noun says who someone was, not an earlier age
    ("A 33-year-old former bus driver won the contest in Harlow on Saturday.",
     "The 29-year-old bus driver won the contest in Harlow on Saturday.", "33", "29"),
    # a whole whose part is a share is the sample's count, which the other report gives plainly
    ("Of 240 trout caught in the Kell reservoir, 61% carried the parasite.",
     "Scientists caught 212 trout in the Kell reservoir; 61% carried the parasite.", "240",
     "212"),
    # "this term" is a season's sum on both sides
    ("Brennan has scored 14 goals already this term for Rovers.",
     "Brennan has nine goals in all competitions this season for Rovers.", "14", "nine"),
])
def test_a_role_word_not_governing_the_figure_leaves_it_comparable(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    # the plan's own figure: "of 1,200 jobs", a verb after an auxiliary
    ("The planned cuts of 1,200 jobs were announced by Harmon on Monday.",
     "Harmon cut 900 jobs on Monday.", "1,200", "900"),
    ("The planned reopening was delayed until spring 2029, the trust said.",
     "The theatre reopened in 2027.", "2029", "2027"),
    # a whole against a counted part of it
    ("Of the 43 beaches inspected on Monday, 14 were closed to swimmers.",
     "Officials closed 19 beaches to swimmers on Monday.", "43", "19"),
    # a participle clause reading a forecast of its own figure still holds it apart
    ("Forecasters expect 40 centimetres of snow by Thursday, warning skiers to stay away.",
     "More than 70 centimetres of snow fell by Thursday.", "40", "70"),
])
def test_a_role_word_governing_the_figure_still_holds_it_apart(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("words", "summed"), [
    ("already this term", True), ("a ten-year prison term", False),
    ("in the long term", False), ("this season", True),
])
def test_a_term_is_a_span_only_after_this(words: str, summed: bool) -> None:
    assert cumulative(tokens(words, 0, len(words))) is summed
