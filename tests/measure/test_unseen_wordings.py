"""Values paired across wordings no single report shares: modals kept in quotes, people
counted by what befell them compared with what befell them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import extract_text
from claimdiff.measure import Measurement, pair_measurements
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


@pytest.mark.parametrize("modal", ["would", "will", "could"])
def test_a_quote_keeps_the_modal_of_its_verb(modal: str) -> None:
    claims = extract_text(f"The minister said he {modal} meet union leaders on Tuesday.",
                          published="2026-05-17").claims
    when = next(c for c in claims if c.when is not None and c.when.text == "on Tuesday")
    assert f"{modal} meet" in when.quote


@pytest.mark.parametrize(("day", "verdict"), [("Tuesday", Verdict.AGREE),
                                              ("Wednesday", Verdict.CONFLICT)])
def test_a_weekday_in_reported_speech_about_the_future_looks_forward(
        tmp_path: Path, day: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path,
                   f"Labour Minister Oskar Brandt said he would meet union leaders on {day}.",
                   "Oskar Brandt will meet union leaders next Tuesday, 19 May.",
                   da="17 May 2026", db="16 May 2026")
    assert pairs.get((f"on {day}", "Tuesday, 19 May")) is verdict, pairs


@pytest.mark.parametrize(("x", "y", "verdict"), [
    (640, 640, Verdict.AGREE), (640, 720, Verdict.CONFLICT), (85, 300, Verdict.CONFLICT)])
def test_people_counted_by_what_befell_them_meet_what_befell_them(
        tmp_path: Path, x: int, y: int, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path,
                   f"Harmon will close its Dunmore plant with the loss of {x} jobs.",
                   f"At Dunmore, {y} workers are set to lose their jobs when Harmon closes "
                   "the plant.")
    assert pairs.get((f"{x} jobs", f"{y} workers")) is verdict, pairs


def test_people_counted_by_who_they_are_never_meet_what_befell_others(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Harmon will cut 220 jobs at its Dunmore plant.",
                   "The Dunmore plant employs 640 workers.")
    assert pairs.get(("220 jobs", "640 workers")) is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("noun", "other"), [("people", "staff"), ("people", "employees"),
                                              ("workers", "people")])
def test_the_people_a_company_employs_are_its_staff(tmp_path: Path, noun: str,
                                                     other: str) -> None:
    pairs = _pairs(tmp_path, f"Varkona makes batteries and employs 3,400 {noun}.",
                   f"The company, Varkona, employs 4,100 {other} at two plants.")
    assert pairs.get((f"3,400 {noun}", f"4,100 {other}")) is Verdict.CONFLICT, pairs


def test_a_workforce_never_conflicts_with_the_jobs_it_loses(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Harmon's Kessel site employs 1,900 people.",
                   "At Harmon, 640 workers are set to lose their jobs.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


def test_a_day_named_twice_goes_with_its_first_mentions_partner(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path,
                   "Seventeen people were killed when a bus plunged into a ravine early Sunday, "
                   "police said.",
                   "A bus crash killed 17 people yesterday.\n\nThe coach crashed in the early "
                   "hours of Sunday near San Roque.", da="5 October 2026", db="5 October 2026")
    days = {b for (a, b), v in pairs.items() if a == "Sunday" and v is Verdict.AGREE}
    assert len(days) == 2, pairs


@pytest.mark.parametrize(("sentence", "value"), [
    ("The tariff will be cut to 5% over five years.", "five years"),
    ("The reduction is phased in over seven years.", "seven years"),
    ("The talks lasted over five years.", "over five years"),
    ("He has waited over three years for a hearing.", "over three years"),
])
def test_a_duration_over_which_something_happens_is_that_long(sentence: str,
                                                               value: str) -> None:
    claims = extract_text(sentence, published="2026-03-05").claims
    assert value in [c.value.text for c in claims if c.value is not None]


@pytest.mark.parametrize("phrase", ["the following day", "the next day", "two days later",
                                    "a day later", "the previous day"])
def test_a_day_counted_from_the_day_before_is_anchored_to_it(phrase: str) -> None:
    claims = extract_text(f"Customs officers seized the drugs on Monday. Seven people were "
                          f"arrested in raids {phrase}.", published="2026-06-10").claims
    monday = next(c for c in claims if c.when is not None and c.when.text == "on Monday")
    counted = next(c for c in claims if c.when is not None and c.when.text == phrase)
    assert counted.when is not None and counted.when.anchor == monday.id


def test_a_day_counted_from_no_day_is_left_unanchored() -> None:
    claims = extract_text("Seven people were arrested the following day.",
                          published="2026-06-10").claims
    assert all(c.when is None or c.when.anchor is None for c in claims)


@pytest.mark.parametrize(("day", "verdict"), [("Tuesday", Verdict.AGREE),
                                              ("Thursday", Verdict.CONFLICT)])
def test_the_following_day_pairs_with_the_day_it_names(tmp_path: Path, day: str,
                                                       verdict: Verdict) -> None:
    pairs = _pairs(tmp_path,
                   f"Seven people, including two dock workers, were arrested in raids on {day}.",
                   "Customs officers seized the cocaine on Monday.\n\nSeven people, among them "
                   "two dockers, were arrested in raids the following day.",
                   da="10 June 2026", db="11 June 2026")
    assert pairs.get((f"on {day}", "the following day")) is verdict, pairs


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("The hackers stole 310,000 credit card numbers.",
     "Some 130,000 payment cards were among the data the hackers stole.", Verdict.CONFLICT),
    ("The hackers stole 310,000 customer records.",
     "The hackers stole some 130,000 card numbers.", None),
])
def test_a_generic_nouns_modifier_says_what_is_counted(tmp_path: Path, a: str, b: str,
                                                       verdict: Verdict | None) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, "310,000", "130,000")
    assert got is verdict or (verdict is None and got is not Verdict.CONFLICT), pairs


@pytest.mark.parametrize(("a", "b"), [
    ("The screening drive in Velmora found 4,200 previously undetected cases.",
     "The campaign uncovered 5,100 new cases, officials in Velmora said."),
    ("Inspectors in Velmora found 4,200 hidden cases of the disease.",
     "Inspectors in Velmora recorded 5,100 serious cases of the disease."),
])
def test_an_adjective_before_a_generic_noun_is_no_measured_thing(tmp_path: Path, a: str,
                                                                 b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    got = verdict_between(pairs, "4,200", "5,100")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("a", [
    "The Harlow study, which included patients at 40 hospitals, has been cited 1,650 times.",
    "The Harlow study, whose authors included two Nobel laureates, was cited 1,650 times.",
])
def test_a_part_mark_inside_a_relative_clause_marks_no_part_of_the_value(
        tmp_path: Path, a: str) -> None:
    pairs = _pairs(tmp_path, a, "The Harlow study has been cited more than 2,300 times.")
    got = verdict_between(pairs, "1,650", "2,300")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("a", [
    "The Harlow budget plan was passed by 41 votes to 12 on Tuesday.",
    "The target, agreed by 41 votes to 12, was welcomed in Harlow.",
])
def test_a_passive_verbs_agent_is_no_figure_of_the_noun_it_is_said_of(
        tmp_path: Path, a: str) -> None:
    pairs = _pairs(tmp_path, a, "Harlow councillors backed the budget by 47 votes to 12.")
    got = verdict_between(pairs, "41", "47")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("b", ["Brell was second, 11.5 points behind.",
                               "Brell finished 11.5 points behind Tanaka."])
def test_where_the_beaten_were_left_is_a_margin(tmp_path: Path, b: str) -> None:
    pairs = _pairs(tmp_path, "Tanaka's winning margin over Brell was 6.5 points.", b)
    got = verdict_between(pairs, "6.5", "11.5")
    assert got is Verdict.CONFLICT, pairs


def test_years_behind_bars_are_no_margin(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Forgery carries a sentence of up to 12 years in Ossel.",
                   "In Ossel a forger faces 14 years behind bars.")
    got = verdict_between(pairs, "12", "14")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("a", [
    "The smoke was first spotted by a hiker near Ossel at 6:40 a.m.",
    "Flames were first seen near Ossel at 6:40 a.m.",
])
def test_what_happened_first_is_no_earlier_figure(tmp_path: Path, a: str) -> None:
    pairs = _pairs(tmp_path, a, "A hiker spotted the smoke near Ossel at 7:55 a.m.")
    got = verdict_between(pairs, "6:40", "7:55")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("a", [
    "Staff at the Ossel Seed Bank sent 31,400 samples to the vault on Monday.",
    "The Ossel Record Office holds 31,400 samples of local soils.",
])
def test_a_role_word_inside_a_name_is_no_role(tmp_path: Path, a: str) -> None:
    pairs = _pairs(tmp_path, a, "The Ossel bank's 27,900 samples went to the vault on Monday.")
    got = verdict_between(pairs, "31,400", "27,900")
    assert got is Verdict.CONFLICT, pairs


def test_abstentions_are_counted_by_noun_or_verb(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The bill passed by 214 votes to 187, with 12 abstentions.",
                   "Deputies backed the bill 214-187; 19 abstained.")
    assert pairs.get(("12 abstentions", "19")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    ("The wheat harvest was nearly a quarter less than last year.",
     "The wheat harvest fell 23% from last year.", ("nearly a quarter", "23%"),
     Verdict.AGREE),
    ("The wheat harvest was nearly a quarter less than last year.",
     "The wheat harvest fell 40% from last year.", ("nearly a quarter", "40%"),
     Verdict.CONFLICT),
])
def test_a_fraction_read_with_the_words_after_it_keeps_that_reading(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], verdict: Verdict) -> None:
    assert _pairs(tmp_path, a, b).get(pair) is verdict


def test_a_quarter_of_an_hour_stays_a_duration() -> None:
    claims = extract_text("The meeting lasted a quarter of an hour.", published="2026-03-05")
    assert [c.value.text for c in claims.claims if c.value] == ["a quarter of an hour"]
    assert all(c.value is None or c.value.normalized is None for c in claims.claims)


@pytest.mark.parametrize(("sentence", "value"), [
    ("The show was the 14th of the tour's 40 North American dates.", "40 North American dates"),
    ("The chain will close about 40 European stores.", "about 40 European stores"),
    ("Regulators fined 12 South Korean firms.", "12 South Korean firms"),
])
def test_a_count_whose_noun_follows_names_is_found(sentence: str, value: str) -> None:
    claims = extract_text(sentence, published="2026-03-05").claims
    assert value in [c.value.text for c in claims if c.value is not None]


@pytest.mark.parametrize("sentence", ["On 12 March people fled.", "In 2019 Kessler won."])
def test_a_date_before_a_name_is_no_count(sentence: str) -> None:
    claims = extract_text(sentence, published="2026-03-05").claims
    assert not [c for c in claims if c.value is not None]


@pytest.mark.parametrize("b", ["One 19-year-old survivor told aid workers it was dark.",
                               "Among them was a logistics officer aged 19."])
def test_an_age_of_someone_unnamed_is_no_named_persons(tmp_path: Path, b: str) -> None:
    pairs = _pairs(tmp_path, '"It was dark," said coast guard commander Ivan Sotomar, 51.', b)
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("age", "verdict"), [(67, Verdict.AGREE), (64, Verdict.CONFLICT)])
def test_ages_of_people_left_unnamed_on_both_sides_are_compared(
        tmp_path: Path, age: int, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, "The freed hostages included a 67-year-old surgeon.",
                   f"The freed hostages included a {age}-year-old doctor.")
    assert pairs.get(("67-year-old", f"{age}-year-old")) is verdict, pairs



@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    ("Inflation reached 6.2% in February.",
     "Consumer prices rose 6.8 per cent in the year to February.",
     ("6.2%", "6.8 per cent"), Verdict.CONFLICT),
    ("The jobless rate stood at 5.1% in March.", "Unemployment was 5.1 per cent in March.",
     ("5.1%", "5.1 per cent"), Verdict.AGREE),
])
def test_two_words_can_name_another_measured_thing(tmp_path: Path, a: str, b: str,
                                                   pair: tuple[str, str],
                                                   verdict: Verdict) -> None:
    assert _pairs(tmp_path, a, b).get(pair) is verdict


def test_half_a_point_is_no_half_year(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The bank raised its rate by half a percentage point to 4.75%.",
                   "In the first half, the bank raised its rate to 4.5 per cent.")
    assert pairs.get(("4.75%", "4.5 per cent")) is Verdict.CONFLICT, pairs



def test_the_same_figure_on_both_sides_pairs_first() -> None:
    def m(source: str, phrase: str) -> Measurement:
        return Measurement(source, f"{source}-{phrase}", "value", phrase, "currency:USD",
                           context=frozenset({"barrel", "close"}),
                           near=frozenset({"barrel"}), value=normalize(phrase))

    a = [m("a", "$91.20")]
    b = [m("b", "about $91"), m("b", "$91.20")]
    pairs = pair_measurements(a, b)
    assert [(p.a, p.b) for p in pairs] == [(0, 1)]
    assert "the same figure" in pairs[0].reason


@pytest.mark.parametrize(("b", "verdict"), [("The stock closed at 212p.", Verdict.AGREE),
                                            ("The stock closed at 230p.", Verdict.CONFLICT)])
def test_a_price_in_pence_is_no_time_of_day(tmp_path: Path, b: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, "The lender's shares fell 17pc to 212p by the close.", b)
    assert pairs.get(("212p", b.split()[-1].rstrip("."))) is verdict, pairs


def test_ten_pm_stays_a_time() -> None:
    claims = extract_text("The polls closed at 10p.m. on Sunday.", published="2026-03-05")
    assert not [c for c in claims.claims if c.value is not None and "GBP" in str(c.value)]


def test_what_a_party_wants_is_what_it_seeks(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The union is seeking a 14% pay raise over two years.",
                   "The union wants a 16 per cent pay increase spread over two years.")
    assert pairs.get(("14%", "16 per cent")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("b", "verdict"), [
    ("Tellen blasted to gold in 10.71sec, her first global title.", Verdict.AGREE),
    ("Tellen blasted to gold in 10.74sec, her first global title.", Verdict.CONFLICT)])
def test_a_time_taken_is_no_time_since_the_first(tmp_path: Path, b: str,
                                                 verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, "Tellen won the first Olympic gold of her career in 10.71 seconds.",
                   b)
    got = [v for (x, y), v in pairs.items() if x == "10.71 seconds" and y.endswith("sec")]
    assert got == [verdict], pairs


def test_the_level_a_change_started_from_is_the_previous_figure(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The increase from the current cap of £9,250 is the first since "
                   "2017.", "The government will lift the fee cap to £10,050.")
    assert pairs.get(("£9,250", "£10,050")) is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    # an elliptical clause: its figure is the second holder's, of the first figure's kind
    ("Harwick scored 30 points and Dunmore 24 in the final.",
     "Dunmore scored 21 points in the final.", ("24", "21 points"), Verdict.CONFLICT),
    ("Harwick scored 30 points and Dunmore 24 in the final.",
     "Dunmore scored 24 points in the final.", ("24", "24 points"), Verdict.AGREE),
    ("Yes took 52.4 per cent and Remain 47.6, the commission said.",
     "Remain won 45.1 per cent of the vote, the commission said.",
     ("47.6", "45.1 per cent"), Verdict.CONFLICT),
])
def test_an_elided_figure_is_its_own_holders_of_the_kind_before_it(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], verdict: Verdict) -> None:
    assert _pairs(tmp_path, a, b).get(pair) is verdict, _pairs(tmp_path, a, b)


def test_an_elided_figure_is_never_its_neighbours(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Harwick scored 30 points and Dunmore 24 in the final.",
                   "Harwick scored 36 points in the final.")
    assert pairs.get(("24", "36 points")) is not Verdict.CONFLICT, pairs
    assert pairs.get(("30 points", "36 points")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b"), [
    ("Turnout was 61.2%, the commission said.",
     "Just over 61 per cent of the 13.8 million registered voters cast a ballot."),
    ("Turnout reached 48%, officials said.",
     "About 48 percent of the electorate voted, officials said."),
])
def test_a_share_of_the_voters_who_voted_is_the_turnout(tmp_path: Path, a: str,
                                                        b: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert any(v in (Verdict.AGREE, Verdict.COMPATIBLE) for v in pairs.values()), pairs


def test_early_trading_and_the_close_are_two_figures(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Norvex shares rose 9.4% in early trading.",
                   "Norvex's stock closed 3.8% higher on Tuesday.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


def test_a_figure_of_no_one_named_pairs_with_the_whole_not_a_part(tmp_path: Path) -> None:
    # the report about the country names no holder; the other names one hospital and the
    # country's figure: the two countrywide figures meet, the hospital's meets none
    pairs = _pairs(tmp_path,
                   "Only 71.3% of patients were seen within four hours in September, far short "
                   "of the target.",
                   "St Aldric's managed 58.2 per cent in September. Nationally the figure was "
                   "73.1 per cent.")
    assert pairs.get(("71.3%", "73.1 per cent")) is Verdict.CONFLICT, pairs
    assert ("71.3%", "58.2 per cent") not in pairs, pairs


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    # a hedge around one number is the same figure, ahead of a rival a little off
    ("The studio spent about $104 million on its films and a reported $90 million budget "
     "on this one.", "Halberd paid about $90m to make the film.",
     ("$90 million", "about $90m"), Verdict.AGREE),
    # a verb after "to" says what a sum is for, not what it measures
    ("The toll road cost 1.8 billion euros to build.",
     "The road was built at a cost of €2.3bn.", ("1.8 billion euros", "€2.3bn"),
     Verdict.CONFLICT),
    # a dateline and a label ("Chapter 11") name no part a figure is of
    ("NEW HALSTEAD, Ohio (MPS) — Pennington's filed for Chapter 11 protection on Monday, "
     "listing liabilities of $1.9 billion.",
     "Pennington's filing lists total liabilities of $2.6bn.", ("$1.9 billion", "$2.6bn"),
     Verdict.CONFLICT),
])
def test_money_pairs_across_wordings(tmp_path: Path, a: str, b: str, pair: tuple[str, str],
                                     verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get(pair) is verdict, pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    ("Water levels at the Ostrel gauge peaked at 412 on Friday.",
     "The Ostrel gauge recorded a high of 389 on Friday.", ("412", "389")),
    ("Sales of the Larkin novel reached 9,300 copies last week.",
     "Sales of the Larkin novel hit a high of 8,100 copies last week.", ("9,300 copies",
                                                                          "8,100 copies")),
])
def test_a_high_said_of_a_bare_figure_is_no_height(tmp_path: Path, a: str, b: str,
                                                    pair: tuple[str, str]) -> None:
    """A class of a physical quantity ("high", "long", "deep") measures values in its units:
    a bare figure's "high of" is its maximum, so two readings of one gauge do conflict."""
    pairs = _pairs(tmp_path, a, b)
    got = {k: v for k, v in pairs.items() if k[0].endswith(pair[0]) and k[1].endswith(pair[1])}
    assert list(got.values()) == [Verdict.CONFLICT], pairs


def test_a_height_in_metres_still_measures_a_height(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The new Varn tower stands 212 metres high.",
                   "The Varn tower will be 180 metres tall.")
    assert pairs.get(("212 metres high", "180 metres tall")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("b", [
    "Seven people are now known to have died in the Kessa landslide.",
    "Seven people are now feared to have been killed in the Kessa landslide.",
])
def test_people_are_counted_by_what_befell_them_farther_on(tmp_path: Path, b: str) -> None:
    """"people" says nothing of them; what befell them, a few words on, is what is counted."""
    pairs = _pairs(tmp_path, "The Kessa landslide has killed at least 11 people, police said.", b)
    assert pairs.get(("at least 11 people", "Seven people")) is Verdict.CONFLICT, pairs


def test_people_counted_far_from_any_outcome_stay_uncounted(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Kessa landslide has killed at least 11 people, police said.",
                   "Seven people are now known to live in the valley above Kessa.")
    assert pairs.get(("at least 11 people", "Seven people")) is not Verdict.CONFLICT, pairs


def test_people_at_a_shelter_are_not_the_evacuated_for_a_noun_alone(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The shelter in Ruddle can hold up to 40 people.",
                   "Ninety people spent the night at the shelter in Ruddle.")
    assert pairs.get(("up to 40 people", "Ninety people")) is not Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("b", "verdict"), [("52%", Verdict.CONFLICT),
                                           ("58 percent", Verdict.AGREE)])
def test_a_share_of_a_whole_measures_the_copulas_subject(tmp_path: Path, b: str,
                                                         verdict: Verdict) -> None:
    # "of the union's 12,400 members" is the whole the share is of; turnout is what is measured
    pairs = _pairs(tmp_path, "Turnout was 58 per cent of the union's 12,400 eligible members, "
                   "with 7,190 ballots cast.",
                   f"Some 7,190 ballots were cast, a turnout of {b} among eligible members.")
    assert pairs.get(("58 per cent", b)) is verdict, pairs


@pytest.mark.parametrize(("age", "verdict"), [("61", Verdict.AGREE), ("64", None)])
def test_an_unnamed_persons_age_pairs_a_named_one_only_when_it_is_the_same(
        tmp_path: Path, age: str, verdict: Verdict | None) -> None:
    # "a 61-year-old geologist" may be Varga; a 64-year-old one is maybe someone else
    pairs = _pairs(tmp_path, "The expedition was led by Prof. Ilse Varga, 61, of Graz University.",
                   f"A {age}-year-old geologist led the expedition, the university said.")
    assert pairs.get(("61", f"{age}-year-old")) is verdict, pairs


@pytest.mark.parametrize(("age", "verdict"), [("85", Verdict.CONFLICT), ("83", Verdict.AGREE)])
def test_years_followed_by_old_are_an_age(tmp_path: Path, age: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, "Keepers said the zoo's oldest tortoise, now 83 years old, laid "
                   "eggs for the first time.",
                   f"The zoo's oldest tortoise, an {age}-year-old, laid eggs for the first "
                   "time, keepers said.")
    assert pairs.get(("83 years old", f"{age}-year-old")) is verdict, pairs


@pytest.mark.parametrize("b", [
    "The Ossel Seed Bank's consignment was among 27,900 samples placed in the vault.",
    "The Ossel Target Trust's shipment was among 27,900 samples sent to the vault.",
])
def test_a_role_word_inside_a_name_in_the_subject_is_no_role(tmp_path: Path, b: str) -> None:
    pairs = _pairs(tmp_path, "Staff at Ossel sent 31,400 seed samples to the vault on Monday.",
                   b)
    got = verdict_between(pairs, "31,400", "27,900")
    assert got is Verdict.CONFLICT, pairs


@pytest.mark.parametrize("a", [
    "Crates of seeds from 23 institutions were carried into the vault on Tuesday.",
    "Bags of seed from 23 institutions were carried into the vault on Tuesday.",
])
def test_the_noun_of_a_role_verb_is_no_role(tmp_path: Path, a: str) -> None:
    # "seeded" is a ranking; "seeds" are what is stored
    pairs = _pairs(tmp_path, a, "Samples from 19 institutions were placed in the vault.")
    got = verdict_between(pairs, "23", "19")
    assert got is Verdict.CONFLICT, pairs


def test_a_seed_round_is_no_ranking(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Tallow raised $4 million in a seed round led by Norvex.",
                   "Norvex led a $6 million funding round in Tallow.")
    got = verdict_between(pairs, "4 million", "6 million")
    assert got is Verdict.CONFLICT, pairs
