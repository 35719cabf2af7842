"""Whose a figure is, read strictly (`Measurement.subject`), and two holders telling two
figures apart."""

from __future__ import annotations

import pytest

from claimdiff.measure import SourceText, distinguished, measure_claim
from claimdiff.measure._holder import common_word, distinct_holders, spelled_alike
from claimdiff.model import Claim
from claimdiff.normalization import normalize


def _subject(text: str, phrase: str) -> tuple[str, ...]:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text)).subject


@pytest.mark.parametrize(("text", "phrase", "subject"), [
    # the clause's subject, not every name of the sentence
    ("Harwick scored 3 goals against Dunmore on Sunday.", "3 goals", ("Harwick",)),
    ("Dunmore, who scored 2 goals against Harwick, lost the final.", "2 goals", ("Dunmore",)),
    ("Lind, the away side, managed 2 goals at Ostrava.", "2 goals", ("Lind",)),
    # two holders of one kind in one sentence, each with its own figure
    ("Norvex's revenue rose to $4 billion, while Alder's fell to $3 billion.", "$4 billion",
     ("Norvex",)),
    ("Norvex's revenue rose to $4 billion, while Alder's fell to $3 billion.", "$3 billion",
     ("Alder",)),
    ("Kovac won 52% of the vote to Brandt's 45%.", "45%", ("Brandt",)),
    ("Kovac won 52% of the vote to Brandt's 45%.", "52%", ("Kovac",)),
    ("Kovac won, taking 52.4% of the vote to 47.6% for nationalist Teodor Halm.", "47.6%",
     ("Teodor", "Halm")),
    ("Kovac won 52% against 41% for the Greens.", "41%", ("Greens",)),
    ("Arrieta served 19 aces, Varenko 12.", "12", ("Varenko",)),
    # a possessive pronoun after a name: the figure is that name's
    ("The draw gave Kolbotn their 9th cup final.", "9th", ("Kolbotn",)),
    ("The ruling handed Marta Sell her 4th straight title.", "4th", ("Marta", "Sell")),
    # a name by an apposition, or a common noun before it
    ("The winner, Lena Brandt, took 5,200 votes.", "5,200 votes", ("Lena", "Brandt")),
    ("His rival, Petra Lind, took 4,100 votes.", "4,100 votes", ("Petra", "Lind")),
    ("Their keeper, Oskar Hale, made 11 saves.", "11 saves", ("Oskar", "Hale")),
    # a noun a verb of amount gives the figure of is the name's own
    ("The Ossel Bay catch totalled 410 tonnes.", "410 tonnes", ("Ossel", "Bay")),
    ("The Tarla Point haul came to 96 tonnes.", "96 tonnes", ("Tarla", "Point")),
    ("Kelirang, a 2,980-metre volcano, erupted on Monday.", "2,980-metre", ("Kelirang",)),
    ("Neighbouring Morvania recorded 40 cases last week.", "40 cases", ("Morvania",)),
    # a title the names before it modify: the name after it heads the phrase
    ("Harrow TV star Ana Kovac was celebrating after winning $4 million.", "$4 million",
     ("Ana", "Kovac")),
    ("Ossel FC captain Tomas Brell was cheered after scoring 30 goals.", "30 goals",
     ("Tomas", "Brell")),
    # a sentence-initial word no lexicon knows is a name; one it knows is not
    ("Estavia recorded 40 cases last week.", "40 cases", ("Estavia",)),
    ("Survivors said 12 people died in Maraling.", "12 people", ()),
    ("Officials in Varno counted 12 dead.", "12 dead", ()),
    # a sayer, a name inside the subject's phrase, a name inside another's phrase
    ("Brandt said 12 people died in the fire.", "12 people", ()),
    ("The Transportes Almenar coach was carrying 45 people.", "45 people",
     ("Transportes", "Almenar", "coach")),
    ("The Team Solvane rider won by 24 seconds.", "24 seconds", ("Team", "Solvane", "rider")),
    ("He met a reporter for the weekly Merav Courier, who was held for 14 months.",
     "14 months", ()),
    # a fronted phrase is passed over
    ("On Sunday, Harwick scored 3 goals.", "3 goals", ("Harwick",)),
    # a name with its verb right before the value; a dateline is no subject; a bullet
    ("The data show St Aldric's managed 58.2 per cent.", "58.2 per cent", ("St", "Aldric")),
    ("VASTRA, Ostrevia (MPA) - Elena Varga-Moss was elected, taking 52.4% of the vote.",
     "52.4%", ("Elena", "Varga-Moss")),
    ("* Meridian Sweet ended the session at $87.05 a barrel.", "$87.05", ("Meridian", "Sweet")),
    ("The record was bettered only by Portvale's Elias Brandt, who scored 29.", "29",
     ("Portvale", "Elias", "Brandt")),
    # what a sayer said is of the reported clause's subject
    ("Brandt said Norvex had cut 640 jobs this year.", "640 jobs", ("Norvex",)),
    # a thing something comes from or goes into is no thing of the subject's
    ("Ana Kovac took home $12,000 from a $80,000 prize pot.", "$80,000", ()),
    ("Ana Kovac took home $12,000 from a $80,000 prize pot.", "$12,000", ("Ana", "Kovac")),
    ("Norvex moved 300 staff into a 14-storey tower.", "14-storey", ()),
    ("Norvex raised revenue from $3 billion to $4 billion.", "$3 billion", ("Norvex",)),
    # a subject referring back stands for the name heading the sentence before
    ("Norvex published its results. The company said revenue reached $4 billion.",
     "$4 billion", ("Norvex",)),
    ("Harwick won the final. The 24-year-old scored 30 points.", "30 points", ("Harwick",)),
    ("Harwick won the final. It scored 30 points.", "30 points", ("Harwick",)),
    ("Rain fell on Harwick.\n\nThe club scored 30 points.", "30 points", ()),
    # "he", "his", "she", "her" stand for a person: the subject of the sentence right
    # before, never a club or a place heading one further back
    ("Dorrington won the county title. Ellis Marr bowled well. His spell took him to 44 "
     "wickets.", "44 wickets", ("Ellis", "Marr")),
    ("Dorrington won the county title on Friday. After lunch the rain stopped. His spell "
     "took him to 44 wickets.", "44 wickets", ()),
    # the possessor of the noun a figure is "of"; a name before its bracket
    ("Munro took 2 minutes off Fiona Baird's mark of 1hr 50min 43sec.", "1hr 50min 43sec",
     ("Fiona", "Baird")),
    ("Analysts compared it with Alder's revenue of $3 billion.", "$3 billion", ("Alder",)),
    ("The deal tops Kessel Group's offer of £41 million.", "£41 million", ("Kessel", "Group")),
    ("Eilidh Munro (Invercorrach AC) came home in 1:46:12.", "1:46:12", ("Eilidh", "Munro")),
    ("Norvex (NVX) reported revenue of $4 billion.", "$4 billion", ("Norvex",)),
    # not a possessor of another noun, nor a bracket closing too far away
    ("Munro's time was a record of 1hr 48min.", "1hr 48min", ("Munro",)),
    ("The fund, a share of $3 billion, was frozen.", "$3 billion", ()),
    # a paragraph after a headline with no stop starts a sentence: its first word no name
    ("Ferry service returns to Kell\n\nCrossings resumed on Friday after the 142-metre "
     "Drava Star was towed clear.", "142-metre", ()),
])
def test_a_figure_is_its_clauses_subjects(text: str, phrase: str,
                                          subject: tuple[str, ...]) -> None:
    assert _subject(text, phrase) == subject


@pytest.mark.parametrize(("word", "common"), [
    ("Rescuers", True), ("Neighbouring", True), ("Inflation", True), ("Every", True),
    ("Twenty-six", True), ("Mr", True), ("Estavia", False), ("Norvex", False),
    ("Ostrava", False),
])
def test_the_lexicon_tells_common_words_from_names(word: str, common: bool) -> None:
    assert common_word(word) is common


def _measure(text: str, phrase: str) -> object:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text))


def test_two_holders_tell_two_figures_apart_and_one_holder_does_not() -> None:
    a = _measure("Harwick scored 30 points against Dunmore.", "30 points")
    b = _measure("Dunmore scored 12 points against Harwick.", "12 points")
    c = _measure("Harwick scored 12 points in the final.", "12 points")
    why = distinguished(a, b)  # type: ignore[arg-type]
    assert why is not None and "Harwick" in why and "Dunmore" in why
    assert distinguished(a, c) is None  # type: ignore[arg-type]


def test_a_thing_named_by_a_modifier_is_told_apart_only_from_another_of_its_noun() -> None:
    assert distinct_holders(("Norvex", "fire"), ("Alder", "fire"))
    assert not distinct_holders(("Team", "Solvane", "rider"), ("Lukas", "Ferrante"))
    assert not distinct_holders(("Norvex", "fire"), ("Norvex", "fire"))
    assert distinct_holders(("Alder", "Group"), ("Kessel", "Group"))
    assert not distinct_holders(("Lena", "Brandt"), ("Brandt",))


@pytest.mark.parametrize(("a", "b", "alike"), [
    # romanisations of one name: consonants alike, vowels as many and unsaid
    ("Mikhail", "Mihail", True), ("Dmitriy", "Dmitri", True), ("Nureyev", "Nuriev", True),
    ("Abdulrahman", "Abd-al-Rahman", True), ("Oleksiy", "Oleksii", True),
    # two names
    ("Brandt", "Brant", False), ("Harwick", "Dunmore", False), ("Petrov", "Pietrova", False),
    ("Ivo", "Iva", False), ("Marchetti", "Marcotti", False),
])
def test_two_romanisations_of_one_name_are_spelled_alike(a: str, b: str, alike: bool) -> None:
    assert spelled_alike(a.lower(), b.lower()) is alike


def test_two_romanisations_name_one_holder() -> None:
    assert not distinct_holders(("Tarek", "Haddad"), ("Tariq", "Hadad"))
    assert distinct_holders(("Tarek", "Haddad"), ("Lena", "Brandt"))
