"""Two reports counting one set of things by two near-synonyms ("vessels", "ships") give
two figures of one thing; a kind against what it is a kind of ("warships", "ships") or two
different things ("helicopters", "boats") are never in conflict (`measure._nouns_en`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure._lexicon_en import key
from claimdiff.measure._nouns_en import kin
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts

# (A sentence, B sentence, A value, B value): one set of things, two names, two counts
_NEAR = [
    ("A total of 37 vessels were anchored off Marvik on Tuesday, the port authority said.",
     "The port authority said 52 ships were anchored off Marvik on Tuesday.", "37 vessels",
     "52 ships"),
    ("The harbour board said 9 tugboats had been hired for the salvage at Quill Point.",
     "Salvors at Quill Point hired 14 tugs for the job.", "9 tugboats", "14 tugs"),
    ("The Tamsley council approved 212 flats on the old gasworks site.",
     "Councillors backed 260 apartments on the Tamsley gasworks site.",
     "212 flats", "260 apartments"),
    ("Floodwater entered 85 properties along the Wend river in Osbury.",
     "The Wend burst its banks in Osbury, flooding 120 homes.", "85 properties", "120 homes"),
    ("The chain Brelmart will close 44 stores across Nordland next year.",
     "Brelmart is shutting 61 shops across Nordland next year.", "44 stores", "61 shops"),
    ("A total of 63 MPs signed the letter on the Tessel bridge.",
     "The letter on the Tessel bridge was signed by 71 lawmakers.", "63 MPs", "71 lawmakers"),
    ("Aid groups have opened 12 feeding centres in Dolvara province.",
     "Aid groups in Dolvara province have opened 17 feeding centers.", "12 feeding centres",
     "17 feeding centers"),
    ("About 3,000 sightseers came to see the glowing bay at Pellow on Saturday.",
     "The glowing bay at Pellow drew 4,500 tourists on Saturday.", "About 3,000 sightseers",
     "4,500 tourists"),
    ("A lottery syndicate of 14 co-workers at the Brayford depot won the jackpot.",
     "A syndicate of 19 colleagues at the Brayford depot won the jackpot.", "14 co-workers",
     "19 colleagues"),
    ("Fitters completed 2,400 installations of the Orvane boiler in March, the board said.",
     "The board said 3,100 installs of the Orvane boiler were completed in March.",
     "2,400 installations", "3,100 installs"),
    ("Dorran Pike pleaded guilty to 9 charges at Ashby Crown Court on Tuesday.",
     "At Ashby Crown Court on Tuesday, Dorran Pike admitted 14 counts.", "9 charges",
     "14 counts"),
]

# one names a kind of the other's things, or another thing: counts of two sets
_APART = [
    ("The navy sent 6 warships to the strait off Corran.",
     "Some 40 ships were waiting in the strait off Corran.", "6 warships", "40 ships"),
    ("The Hollin ward closure affects 38 nurses, the trust said.",
     "The trust said 120 staff work on the Hollin ward.", "38 nurses", "120 staff"),
    ("Rustlers took 90 ewes from a farm near Cadby overnight.",
     "Police in Cadby said 130 sheep had been stolen from a farm.", "90 ewes", "130 sheep"),
    ("The blast at the Verrin estate damaged 30 apartments in the east tower.",
     "The Verrin estate's west tower, a block of 48 flats, was evacuated after the blast.",
     "30 apartments", "48 flats"),
    ("Coastguards sent 3 helicopters to the Selna reef.",
     "Rescuers launched 5 boats to the Selna reef.", "3 helicopters", "5 boats"),
]


@pytest.mark.parametrize(("a", "b", "va", "vb"), _NEAR, ids=[c[2] for c in _NEAR])
def test_near_synonyms_count_one_thing(tmp_path: Path, a: str, b: str, va: str,
                                        vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert pairs.get((va, vb)) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "va", "vb"), _APART, ids=[c[2] for c in _APART])
def test_a_kind_or_another_thing_is_never_a_conflict(tmp_path: Path, a: str, b: str,
                                                      va: str, vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("a", "b"), [
    ("vessels", "boats"), ("tugboats", "tugs"), ("theatres", "cinemas"), ("harbours", "harbors"),
    ("co-workers", "coworkers"), ("programmes", "programs"), ("licences", "licenses"),
    ("storeys", "floors"), ("cows", "cattle"), ("e-mails", "emails"), ("nations", "countries"),
    ("victories", "wins"), ("cops", "officers"), ("advertisements", "ads"),
    ("seafarers", "crew"), ("sightseers", "tourists"),
])
def test_kin_folds_near_synonyms_and_spellings(a: str, b: str) -> None:
    assert kin(key(a)) == kin(key(b))


@pytest.mark.parametrize(("a", "b"), [
    ("warships", "ships"), ("nurses", "staff"), ("ewes", "sheep"), ("yachts", "vessels"),
    ("rockets", "missiles"), ("pieces", "fragments"), ("clients", "customers"),
])
def test_kin_keeps_kinds_and_loose_words_apart(a: str, b: str) -> None:
    assert kin(key(a)) != kin(key(b))


def test_a_near_synonym_is_no_class_and_keeps_nothing_apart(tmp_path: Path) -> None:
    """"properties" fold to the class of homes, but unclassed: a count of them is still
    paired with a differently named count of the same flood when nothing else is near."""
    assert kin(key("properties")) == "house"


@pytest.mark.parametrize(("a", "b", "va", "vb"), [
    ("Organisers said 35 stewards posted at the gates of Kelby Park checked tickets.",
     "Organisers said 48 stewards checked tickets at the gates of Kelby Park.", "35 stewards",
     "48 stewards"),
    ("A lottery syndicate of 14 co-workers at the Brayford depot shared the prize.",
     "The Brayford depot syndicate of 19 colleagues shared the jackpot.", "14 co-workers",
     "19 colleagues"),
    ("The storm at Selby caused the loss of 31 caravans, the park owner said.",
     "The park owner said 24 caravans were lost in the storm at Selby.", "31 caravans",
     "24 caravans"),
])
def test_a_verb_or_a_sum_near_a_count_is_not_what_it_counts(
        tmp_path: Path, a: str, b: str, va: str, vb: str) -> None:
    """"posted" is no job post, "shared" no stake, and a count is no sum of money ("the loss
    of 31 caravans"): the value's own noun is what it counts."""
    pairs = value_verdicts(tmp_path, a, b)
    assert pairs.get((va, vb)) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("verb", ["attended", "watched"])
def test_people_who_attended_are_the_crowd(tmp_path: Path, verb: str) -> None:
    """"9,000 people attended" counts the audience, as "employs 3,400 people" counts staff."""
    pairs = value_verdicts(tmp_path, f"Organisers said 9,000 people {verb} the Kessel air show.",
                           "Organisers put the crowd at the Kessel air show at 12,000 spectators.")
    assert pairs.get(("9,000 people", "12,000 spectators")) is Verdict.CONFLICT, pairs


def test_people_who_attended_to_something_else_keep_their_noun(tmp_path: Path) -> None:
    pairs = value_verdicts(tmp_path, "Police said 14 officers watched the gates at Kessel.",
                           "Police said 20 officers watched the gates at Kessel.")
    assert pairs.get(("14 officers", "20 officers")) is Verdict.CONFLICT, pairs
