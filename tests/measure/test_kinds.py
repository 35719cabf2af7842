"""A count of a kind against a count of its general word ("rowers" / "athletes"): one set of
things when nothing says the kind is a part (`measure._kinds_en`); a part and its whole
otherwise, never in conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between

# (A sentence, B sentence, A value, B value): each report counts one word, about one set
_ONE_SET = [
    ("The Varna open drew 240 rowers to the lake at Kesh on Saturday.",
     "Some 310 athletes competed at the Varna open on the lake at Kesh on Saturday.",
     "240 rowers", "310 athletes"),
    ("Harbour officials counted 36 yachts moored at Sella for the regatta.",
     "Some 60 boats were moored at Sella for the regatta, harbour officials said.",
     "36 yachts", "60 boats"),
    ("Volunteers counted 3,200 storks at the Dalven marsh on Sunday.",
     "Some 4,100 birds were counted at the Dalven marsh on Sunday by volunteers.",
     "3,200 storks", "4,100 birds"),
    ("The ruling means Ostrel Water must refund about 85,000 customers.",
     "Ostrel Water will refund some 97,000 households after the ruling.",
     "about 85,000 customers", "some 97,000 households"),
    # people: a crowd or a place's public, told by who they are there
    ("Some 8,000 pilgrims visited the shrine at Orvel on Sunday.",
     "About 12,000 people visited the shrine at Orvel on Sunday.", "8,000 pilgrims",
     "12,000 people"),
    ("Police said 3,000 protesters marched through Kelso on Saturday.",
     "Organisers said 5,000 people marched through Kelso on Saturday.", "3,000 protesters",
     "5,000 people"),
    ("The Harlow night market drew 9,000 shoppers on its opening weekend.",
     "Around 6,000 people came to the Harlow night market on its opening weekend.",
     "9,000 shoppers", "6,000 people"),
    # an age against the young in a role
    ("The Brenna youth league has 640 players registered this season.",
     "Some 520 children are registered with the Brenna youth league this season.",
     "640 players", "520 children"),
    # those who farm, those who use a service
    ("The export ban hit about 70,000 smallholders in the Kesh valley.",
     "Some 120,000 farmers in the Kesh valley were hit by the export ban.",
     "70,000 smallholders", "120,000 farmers"),
    ("The Veltro Pay wallet now has 31 million subscribers.",
     "The Veltro Pay wallet has 24 million users.", "31 million subscribers",
     "24 million users"),
]

# a kind that is a part of its general word's count, by what the reports say
_PART = [
    # one report counts both words
    ("Of the 310 athletes at the Varna open on Saturday, 240 were rowers.",
     "The Varna open drew 280 rowers on Saturday.", "310 athletes", "280 rowers"),
    # the kind's report counts another kind of the general word too
    ("The Varna open drew 240 rowers and 60 canoeists on Saturday.",
     "Some 290 athletes competed at the Varna open on Saturday.", "240 rowers", "290 athletes"),
    # the general word's sentence names a kind of it
    ("The Varna open drew 240 rowers on Saturday.",
     "Some 290 athletes, canoeists among them, competed at the Varna open on Saturday.",
     "240 rowers", "290 athletes"),
    # a small fraction of the general count
    ("Volunteers counted 300 storks at the Dalven marsh on Sunday.",
     "Some 4,100 birds were counted at the Dalven marsh on Sunday by volunteers.",
     "300 storks", "4,100 birds"),
    # a workforce is of many kinds; everyone is people
    ("The strike at the Sarn hospital was joined by 180 nurses on Monday.",
     "Some 200 staff at the Sarn hospital joined the strike on Monday.", "180 nurses",
     "200 staff"),
    ("The coach to Brell carried 41 pupils when it overturned.",
     "There were 45 people on the coach to Brell when it overturned.", "41 pupils",
     "45 people"),
    # people of a role, a job or a state are no crowd of people
    ("About 2,500 people joined the march in Kelso on Saturday.",
     "Some 1,500 officers were deployed for the march in Kelso on Saturday.", "2,500 people",
     "1,500 officers"),
    ("The fire at the Delby tower killed 12 people on Monday.",
     "The fire at the Delby tower injured 41 residents on Monday.", "12 people",
     "41 residents"),
    # a small fraction of the crowd
    ("Some 300 cyclists joined the march in Kelso on Saturday.",
     "About 5,000 people joined the march in Kelso on Saturday.", "300 cyclists",
     "5,000 people"),
    ("The export ban hit 900 smallholders and 300 ranchers in the Kesh valley.",
     "Some 1,250 farmers in the Kesh valley were hit by the export ban.",
     "900 smallholders", "1,250 farmers"),
    ("The Veltro Pay wallet now has 31 million subscribers.",
     "The Veltro Pay wallet has 2 million users in Kenya.", "31 million subscribers",
     "2 million users"),
]


@pytest.mark.parametrize(("a", "b", "va", "vb"), _ONE_SET, ids=[c[2] for c in _ONE_SET])
def test_a_kind_and_its_general_word_count_one_set(tmp_path: Path, a: str, b: str, va: str,
                                                   vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "va", "vb"), _PART, ids=[c[2] for c in _PART])
def test_a_part_and_its_whole_are_never_in_conflict(tmp_path: Path, a: str, b: str, va: str,
                                                    vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert verdict_between(pairs, va, vb) is not Verdict.CONFLICT, pairs
