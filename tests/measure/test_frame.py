"""What frames a figure from farther than its words: fronted phrases, parts and wholes,
sides, and the evidence they give against a conflict."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement, SourceText, distinguished, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize


def _m(text: str, phrase: str) -> Measurement:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text))


@pytest.mark.parametrize(("text", "phrase", "role"), [
    ("In real terms, wages in Dellan rose 2% last year.", "2%", "real"),
    ("In nominal terms, wages in Dellan rose 5% last year.", "5%", "nominal"),
    ("Of the 300 workers at the plant, many joined the strike.", "300 workers", "whole"),
    ("Only a few out of 300 workers at the plant joined the strike.", "300 workers", "whole"),
    # "all of", "each of" take no part from the figure: it is the figure itself
    ("Heating came back for all of the 4,100 tenants who had gone without.", "4,100 tenants",
     None),
    ("Inspectors checked each of the 16 lifeboats on the ferry.", "16 lifeboats", None),
    ("Wages in Dellan rose 5% last year.", "5%", None),
])
def test_a_fronted_phrase_or_a_partitive_base_gives_the_role(text: str, phrase: str,
                                                              role: str | None) -> None:
    assert _m(text, phrase).role == role


def test_a_part_says_what_it_is_and_a_part_that_says_what_befell_it_counts_that() -> None:
    children = _m("40 of the passengers on the ferry were children.", "40 of the passengers")
    assert children.part == frozenset({"child"})
    killed = _m("Nine of the 14 aid workers were killed in the attack.", "Nine")
    assert killed.measured == "dead" and not killed.part


@pytest.mark.parametrize(("a", "pa", "b", "pb"), [
    ("Before the flood, Stav had 400 residents.", "400 residents",
     "After the flood, 250 residents remained in Stav.", "250 residents"),
    ("Some 4,000 home fans watched the match.", "4,000", "About 900 away fans made the trip.",
     "900"),
    ("Officials estimated that 300 homes were damaged.", "300 homes",
     "Officials confirmed that 120 homes were damaged.", "120 homes"),
    ("The old bridge was 120 metres long.", "120 metres",
     "The new bridge is 300 metres long.", "300 metres"),
    ("The increase from the current cap of £9,250 is the first since 2017.", "£9,250",
     "Ministers lifted the tuition-fee ceiling to £10,050.", "£10,050"),
])
def test_opposite_poles_from_afar_keep_two_figures_apart(a: str, pa: str, b: str,
                                                         pb: str) -> None:
    ma, mb = _m(a, pa), _m(b, pb)
    assert {name for name, _ in ma.contrast} & {name for name, _ in mb.contrast}
    assert ma.contrast != mb.contrast


def test_a_part_is_told_apart_from_its_whole_but_not_from_a_count_of_the_same_part() -> None:
    part = _m("40 of the passengers on the ferry were children.", "40 of the passengers")
    whole = _m("The ferry was carrying 150 passengers.", "150 passengers")
    same = _m("The ferry was carrying 32 children among its passengers.", "32 children")
    why = distinguished(part, whole)
    assert why is not None and "part" in why
    assert distinguished(part, same) is None


def test_homes_and_away_from_say_no_side() -> None:
    m = _m("The fire forced 1,200 people from their homes and away from the town.",
           "1,200 people")
    assert not any(name == "side" for name, _ in m.contrast)


def test_a_level_a_change_reaches_is_no_old_level_without_a_change() -> None:
    assert not _m("Unemployment stood at 5.1% in June.", "5.1%").contrast
    assert ("transition", 1) in _m("Unemployment rose to 5.3% in June.", "5.3%").contrast
    assert not _m("He was sentenced to 12 years.", "12 years").contrast


@pytest.mark.parametrize(("text", "phrase", "role"), [
    ("Ministers hope to keep the shortfall under the bloc's 4 per cent cap by 2031.", "by 2031",
     None),
    ("The airline's top bid of $12 a share lapses in June 2027.", "in June 2027", None),
    ("The ceiling rises to $40 a barrel on 9 June.", "$40", "limit"),
    ("Work on the bridge is scheduled to begin in 2031.", "in 2031", "target"),
])
def test_a_date_takes_no_role_only_an_amount_has(text: str, phrase: str,
                                                 role: str | None) -> None:
    assert _m(text, phrase).role == role


@pytest.mark.parametrize(("text", "phrase", "measured"), [
    ("The studio had a crew of 85 and a budget nobody envied.", "85", "crew"),
    ("It fielded a squad of 23 and a budget of nothing.", "23", "squad"),
    ("Officials reported a turnout of 58% among registered members.", "58%", "turnout"),
    ("Turnout was 58 per cent of the club's 9,000 registered members.", "58 per cent",
     "turnout"),
    ("A total of 85 flights were cancelled.", "85", "flight"),
])
def test_the_noun_a_figure_is_of_says_what_it_measures(text: str, phrase: str,
                                                       measured: str) -> None:
    assert _m(text, phrase).measured == measured


@pytest.mark.parametrize(("text", "phrase", "part"), [
    # a definite number with a superlative in its noun phrase: the few ranked first
    ("The mobile clinics went to the 12 villages with the lowest vaccination rates.",
     "12 villages", {"lowest"}),
    ("Grants went first to the nine poorest parishes in the diocese.", "nine", {"poorest"}),
    ("The top 20 clubs in the Orlan league signed the charter.", "20 clubs", {"top"}),
    ("Crews were sent to the six towns that were worst hit by the floods.", "six towns",
     {"worst"}),
    # no definite word, or the superlative is the predicate's: no subgroup
    ("The campaign ran in all 38 districts of the state.", "38 districts", set()),
    ("Inspectors visited 12 villages with the lowest vaccination rates.", "12 villages", set()),
    ("The 14 districts recorded the most cases of measles.", "14 districts", set()),
    # a partitive base that is a participle ("the injured") is the base, not what is said
    ("Doctors said 12 of the wounded were in a serious condition.", "12", {"serious"}),
])
def test_a_ranked_or_partitive_subgroup_says_what_picks_it_out(text: str, phrase: str,
                                                               part: set[str]) -> None:
    got = _m(text, phrase).part
    assert part <= got if part else not got, got
