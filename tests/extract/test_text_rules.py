"""The extraction rules the text diff relies on, each on sentences of its own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimdiff.align._score import compatible
from claimdiff.cli._main import cli
from claimdiff.extract import extract_text, read_header
from claimdiff.extract._clauses import lemma_of
from claimdiff.extract._predicate import past
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict


def rows(text: str) -> list[tuple[str, str, str]]:
    out = []
    for c in extract_text(text, published="2024-06-14").claims:
        spec = c.when or c.value
        assert spec is not None
        out.append((c.subject, c.predicate, spec.text))
    return out


def test_dateline_with_a_place_not_in_capitals() -> None:
    text = "Baku, 12 June 2024 (Caspian Daily) — Troops left on Monday."
    h = read_header(text)
    assert (h.place, h.published, h.meta["publisher"]) == ("Baku", date(2024, 6, 12),
                                                          "Caspian Daily")
    assert text[h.body_start:] == "Troops left on Monday."
    # a sentence that merely starts with a name and a comma is no dateline
    assert read_header("Moscow, which denies it (officially) — says no.").place is None


def test_a_count_killed_in_a_war_is_a_claim_about_the_war() -> None:
    assert rows("Troops came after a six-week war in which more than 10,000 people were "
                "killed.")[-1] == ("war", "killed", "more than 10,000 people")
    assert rows("The 44-day war, in which some 6,500 people were killed, ended in "
                "November.")[1] == ("war", "killed", "some 6,500 people")
    (subject, predicate, value), = rows("About 300 people were killed in the fighting.")
    assert (subject, predicate.split()[0], value) == ("fighting", "killed", "About 300 people")
    assert rows("1,960 servicemen had left by Friday.")[0][:2] == ("servicemen", "withdrew")


def test_a_measure_before_a_noun_measures_the_noun() -> None:
    assert rows("They agreed to delimit a 17-kilometre section of their shared border.") == [
        ("section of their shared border", "measured", "17-kilometre")]
    assert rows("They agreed on a 12.7 km stretch.") == [("stretch", "measured", "12.7 km")]
    assert rows("The army bought a $5 million radar.")[0][1] != "measured"


def test_a_clause_after_after_has_its_own_subject_and_phase() -> None:
    got = rows("The pullout of the Russian peacekeepers finished on June 11, two months "
               "after the first units departed on April 17.")
    assert got[0] == ("Russian peacekeepers", "completed withdrawal", "on June 11")
    assert got[-1] == ("Russian peacekeepers", "began withdrawal", "on April 17")


def test_a_mission_that_ends_is_a_completed_withdrawal_a_completed_deployment_is_not() -> None:
    assert rows("Russia's peacekeeping mission in Karabakh finished on June 11.") == [
        ("Russia's peacekeeping mission", "completed withdrawal", "on June 11")]
    got = rows("The deployment of the Russian troops was completed in November 2020.")
    assert got[0][1] == "completed deployment"


def test_a_value_in_an_apposition_is_about_the_name() -> None:
    got = rows("Prime Minister Nikol Pashinyan, in power since 2018, agreed to hand over "
               "four villages.")
    assert got[0] == ("Prime Minister Nikol Pashinyan", "came to power", "since 2018")
    assert got[1][0] == "Prime Minister Nikol Pashinyan"


def test_values_are_compared_only_between_predicates_of_one_event() -> None:
    assert compatible("compl vithd", "finis vithd")
    assert compatible("agrem anunc", "agred")  # "announced agreement on" / "agreed on"
    assert compatible("sanct", "impos sanct")
    assert not compatible("compl vithd", "began vithd")  # completion against start
    assert not compatible("faced", "agred")
    assert not compatible("compl mision", "compl vithd")  # a shared phase is not an event


def claims(text: str) -> list[tuple[str, str, str, str, str | None]]:
    """(subject, predicate, value text, polarity, note) of each claim of `text`."""
    out = []
    for c in extract_text(text, published="2024-06-14").claims:
        spec = c.when or c.value
        assert spec is not None
        out.append((c.subject, c.predicate, spec.text, c.polarity.value, c.note))
    return out


@pytest.mark.parametrize(("word", "lemma"), [
    ("decreed", "decree"), ("guaranteed", "guarantee"), ("carried", "carry"),
    ("stopped", "stop"), ("originated", "originate"), ("collapsed", "collapse"),
    ("cast", "cast"), ("chose", "choose"), ("shook", "shake"), ("bet", "bet"),
    ("rocked", "rock"), ("sustained", "sustain"),
])
def test_past_forms_lemmatize(word: str, lemma: str) -> None:
    assert lemma_of(word) == lemma


@pytest.mark.parametrize(("lemma", "form"), [
    ("decree", "decreed"), ("be", "was"), ("have", "had"), ("do", "did"), ("can", "could"),
    ("bet", "bet"), ("cast", "cast"), ("choose", "chose"), ("shake", "shook"),
    # the simple past, never the participle beside it in the irregular table
    ("go", "went"), ("take", "took"), ("write", "wrote"), ("withdraw", "withdrew"),
    ("rise", "rose"),
])
def test_simple_past(lemma: str, form: str) -> None:
    assert past(lemma) == form


@pytest.mark.parametrize(("text", "expected"), [
    # the main verb after do/have/be and modals, never the auxiliary
    ("The union has bet on a deal since 2019.", ("union", "bet on", "since 2019")),
    ("The senate had decreed a holiday in 1990.", ("senate", "decreed", "in 1990")),
    ("Nurses are on strike since 3 May.", ("Nurses", "was on", "since 3 May")),
    # negation: the positive predicate, denied
    ("The regulator did not intervene on Monday.",
     ("regulator", "intervened", "on Monday", "denied")),
    ("The contractor has not completed the bridge by June 1.",
     ("contractor", "completed", "by June 1", "denied")),
    ("The river never reached the town in 2019.", ("river", "reached", "in 2019", "denied")),
    ("The ferry didn't sail on Sunday.", ("ferry", "sailed", "on Sunday", "denied", None)),
    ("The ferry sailed on Sunday.", ("ferry", "sailed", "on Sunday", "asserted", None)),
    # the future and modals keep the lemma, noted
    ("Some 8,000 nurses will strike on Friday.",
     ("nurses", "strike", "on Friday", "asserted", "future")),
    ("The board may resign in July.", ("board", "resign", "in July", "asserted", "modal")),
    ("About 8,000 nurses struck on Friday.", ("nurses", "struck", "on Friday")),
    ("The town was last flooded in 1998.", ("town", "flooded", "in 1998")),
])
def test_auxiliaries_negation_and_modals(text: str, expected: tuple[str, ...]) -> None:
    got = claims(text)[-1]
    assert got[:len(expected)] == expected


@pytest.mark.parametrize(("text", "value"), [
    ("Farmers cast a vote on 4 May.", "on 4 May"),
    ("Delegates chose a chair on 4 May.", "on 4 May"),
    ("Villagers harvested 40 tonnes of rice.", "40 tonnes"),
    ("Pilgrims flocked to the shrine on 4 May.", "on 4 May"),
    ("A tremor jolted the valley at a depth of 12 km.", "12 km"),
])
def test_every_value_gives_a_claim_with_an_unknown_verb(text: str, value: str) -> None:
    got = claims(text)
    assert any(v.startswith(value) or value in v for _, _, v, _, _ in got), got
    assert all(s != "?" and p for s, p, _, _, _ in got)


@pytest.mark.parametrize(("text", "predicate"), [
    ("A strong earthquake hit the province on Sunday.", "struck"),
    ("A strong earthquake shook the province on Sunday.", "struck"),
    ("A strong earthquake rocked the province on Sunday.", "struck"),
    ("Floods killed 12 people on Sunday.", "killed"),
    ("Twelve people died on Sunday.", "killed"),
    ("Floods wounded 40 people on Sunday.", "injured"),
    ("The mayor announced a state of emergency on Sunday.", "declared"),
    ("The mayor imposed a state of emergency on Sunday.", "declared"),
])
def test_event_synonyms_share_a_predicate(text: str, predicate: str) -> None:
    assert claims(text)[-1][1] == predicate


def test_counted_homes_and_states_are_named_alike() -> None:
    assert claims("Nearly 900 houses were destroyed.")[0][:2] == ("homes", "destroyed")
    assert claims("About 850 dwellings were destroyed.")[0][:2] == ("homes", "destroyed")
    assert claims("The governor declared a state of emergency for 60 days.")[0][:3] == (
        "state of emergency", "lasted", "for 60 days")
    assert claims("The governor declared a 60-day state of emergency.")[0][:2] == (
        "state of emergency", "lasted")
    assert claims("The cabinet imposed a curfew for a period of two weeks.")[0][:2] == (
        "curfew", "lasted")


def test_pulling_people_out_is_no_withdrawal_pulling_troops_is() -> None:
    assert claims("Divers pulled 9 passengers from the river on Friday.")[0][1] == "pulled from"
    assert claims("Lisbon pulled 300 troops from Mali in May.")[0][1] == "withdrew from"
    assert claims("Medics evacuated 2,000 patients on Friday.")[0][1] != "withdrew"


def test_a_place_after_in_or_across_is_no_subject() -> None:
    assert claims("A blast in the port of Aden killed 9 people on Friday.")[0][0] == "blast"
    assert claims("Storms across the Balkan region killed 9 people.")[0][0] == "Storms"
    got = claims("The flood of 2010 that swept the Po Valley on 4 May has claimed 19 lives.")
    assert got[-1][:2] == ("flood", "killed")


def test_a_count_after_a_cause_belongs_to_the_cause() -> None:
    got = claims("A cyclone struck the coast on Monday. A further 80 people were injured.")
    assert got[-1][:2] == ("cyclone", "injured")
    got = claims("Nine people died when a landslide buried the village on Monday.")
    assert got[0][:2] == ("landslide", "killed")


def test_two_reports_of_a_disaster_give_exactly_their_conflicts(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("A magnitude 6.2 earthquake struck the Kandahar region on Monday, killing at "
                 "least 40 people and injuring more than 200. The quake hit at a depth of 8 "
                 "kilometres. Some 1,500 homes were destroyed. The governor declared a state of "
                 "emergency for 15 days.\n", encoding="utf-8")
    b.write_text("Twenty-eight people died when a 6.2-magnitude tremor shook the Kandahar region "
                 "on Monday. About 210 people were injured. The tremor originated at a depth of "
                 "8 km. Nearly 1,500 dwellings were destroyed. The governor imposed a 45-day "
                 "state of emergency.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["diff", str(a), str(b), "--published-a", "2024-06-14",
                                      "--published-b", "2024-06-14", "--format", "json"])
    report = json.loads(result.stdout)
    found = sorted((v["a"]["value"]["text"], v["b"]["value"]["text"])
                   for p in report["pairs"] for v in p["values"]
                   if v["verdict"] == "conflict" and v["a"].get("value"))
    assert found == [("at least 40 people", "Twenty-eight people"),
                     ("for 15 days", "45-day")]


def test_ages_are_drafted_whole_as_ages() -> None:
    assert rows("Among the dead was a 34-year-old ski instructor.") == [
        ("ski instructor", "aged", "34-year-old")]
    assert rows("A four-year-old boy was among the dead.")[0][1:] == ("aged", "four-year-old")


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ferryman, 58 years old, was rescued.", "58 years old"),
    ("The ferryman, nearly 58 years old, was rescued.", "nearly 58 years old"),
    ("The lighthouse, some 140 years of age, was sold.", "some 140 years of age"),
])
def test_an_age_written_after_its_length_is_drafted_whole(sentence: str, value: str) -> None:
    spec = extract_text(sentence, published="2024-06-14").claims[0].value
    assert spec is not None and spec.text == value
    assert normalize(value).dimension == "age"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Nine of the 14 aid workers were freed.", "Nine"),
    ("Three remain in captivity.", "Three"),
    ("Four have now been charged.", "Four"),
    ('"Twenty-two were released," she said.', "Twenty-two"),
])
def test_a_number_word_opening_a_sentence_is_a_count(sentence: str, value: str) -> None:
    assert value in [v for _, _, v in rows(sentence)]


def test_a_number_word_before_a_name_is_no_count() -> None:
    assert all(v != "Seven" for _, _, v in rows("Seven Oaks council met on Monday."))


@pytest.mark.parametrize(("sentence", "value"), [
    ("The span gave way at 5:47 p.m., at the height of the rush hour.", "at 5:47 p.m."),
    ("The ferry capsized shortly before midnight.", "shortly before midnight"),
    ("The gates opened at 4 p.m.", "at 4 p.m."),
    ("The blast came at 22:50 local time.", "at 22:50"),
    ("The pumps failed at 4.15 in the morning.", "at 4.15 in the morning"),
    ("Crowds gathered from 9 o'clock at night.", "from 9 o'clock at night"),
    ("The hatch opened at 6.10am AEST, ahead of schedule.", "at 6.10am AEST"),
    ("The tanker ran aground at 0340 GMT on Sunday.", "at 0340 GMT"),
    ("Voting ends at 7pm (1800 GMT).", "at 7pm (1800 GMT)"),
])
def test_times_of_day_are_drafted(sentence: str, value: str) -> None:
    assert value in [v for _, _, v in rows(sentence)]


def test_a_zone_is_written_in_capitals_and_four_digits_need_one() -> None:
    values = [v for _, _, v in rows("The plan was set at 9am est, and 1140 firms agreed.")]
    assert "at 9am" in values and "1140" in values  # a count, not 11:40


def test_a_score_is_no_time_of_day() -> None:
    assert all(":" not in v for _, _, v in rows("Ferrante won the final 3:1 on Sunday."))


@pytest.mark.parametrize(("sentence", "value"), [
    ("It was the 11th named storm of the season.", "11th"),
    ("The fire started in a seventh-floor flat.", "seventh"),
    ("She won her fourth title.", "fourth title"),
    ("Vandam won stage 8 on Sunday.", "stage 8"),
    ("The Ostend ferry left from berth 3 at dawn.", "berth 3"),
    ("Passengers were sent to Platform 11 instead.", "Platform 11"),
    ("Ruiz, drawn in lane 2, false-started.", "lane 2"),
])
def test_places_in_a_series_are_drafted(sentence: str, value: str) -> None:
    assert value in [v for _, _, v in rows(sentence)]


def test_a_street_named_lane_is_no_place() -> None:
    assert all("Lane" not in v for _, _, v in rows("She grew up on Mill Lane, 40 miles away."))


@pytest.mark.parametrize(("sentence", "share"), [
    ("Brenna's shares ended the day up almost a quarter.", "almost a quarter"),
    ("Ticket sales dropped by a half after the fire, the owners said.", "a half"),
    ("Orders climbed a quarter in the spring.", "a quarter"),
])
def test_a_fraction_of_a_change_is_a_share(sentence: str, share: str) -> None:
    from claimdiff.extract._values import find_values

    got = {sentence[f.start:f.end]: f.value for f in find_values(
        sentence, 0, len(sentence), reference=None)}
    assert share in [v for _, _, v in rows(sentence)]
    read = got.get(share)
    assert read is not None and read.dimension == "percent", got  # not a quarter of a year


@pytest.mark.parametrize("sentence", ["The central bank cut rates by a quarter point.",
                                      "The bank lifted its rate by a quarter-point on Monday."])
def test_a_quarter_point_is_no_share(sentence: str) -> None:
    from claimdiff.extract._counts import shares_not_times

    assert shares_not_times(sentence) == []


@pytest.mark.parametrize(("sentence", "score"), [
    ("Brackwell beat Dunmore 31-24 in the cup final.", "31-24"),
    ("The board voted 9–4 on Monday to sell the site.", "9–4"),
    ("Their 3-1 win sent them top.", "3-1 win"),
])
def test_a_score_is_drafted_as_one_value(sentence: str, score: str) -> None:
    got = [v for _, _, v in rows(sentence)]
    assert score in got, got
    assert not {"31", "24", "9", "4", "3", "1"} & set(got), got


@pytest.mark.parametrize("sentence", ["Voters aged 18-24 backed the plan on Monday.",
                                      "The repairs took 3-4 weeks, the council said.",
                                      "Figures for 2019-20 were revised."])
def test_a_range_is_no_score(sentence: str) -> None:
    from claimdiff.normalization import find_scores

    assert find_scores(sentence) == []


def test_two_reports_of_one_result_agree_as_one_score(tmp_path: Path) -> None:
    from tests.measure._reports import value_verdicts

    pairs = value_verdicts(tmp_path, "Brackwell beat Dunmore 31-24 in the cup final.",
                           "Brackwell won the cup final 31-24 against Dunmore.")
    assert pairs == {("31-24", "31-24"): Verdict.AGREE}


def test_a_fraction_is_no_place() -> None:
    assert all(v != "third" for _, _, v in rows("A third of homes lost power on Monday."))


@pytest.mark.parametrize(("sentence", "value"), [
    ("The offer is a premium of nearly a third on Friday's close.", "nearly a third"),
    ("More than two-thirds of the growth came from migration.", "More than two-thirds"),
    ("Nearly one in five residents is 65 or over.", "Nearly one in five"),
])
def test_shares_written_as_fractions_are_drafted(sentence: str, value: str) -> None:
    assert value in [v for _, _, v in rows(sentence)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("A blaze swept through a twelve-storey block on Friday.", "twelve-storey"),
    ("The fourteen-game match ended in Rivenholm.", "fourteen-game"),
    ("She opened her forty-date tour in Lisbon.", "forty-date"),
    ("The twenty-five-kilometre route opened.", "twenty-five-kilometre"),
    ("The panel named an eight-strong jury on Monday.", "eight-strong"),  # a group's size
    ("A twelve-strong squad flew out to Oslo.", "twelve-strong"),
])
def test_a_number_word_joined_to_its_noun_is_a_value(sentence: str, value: str) -> None:
    assert value in [r[2] for r in rows(sentence)]


@pytest.mark.parametrize("sentence", [
    "The seventy-five guests left.",  # a number word, not a modifier
    "A four-year-old boy was found.",  # an age, read whole elsewhere
])
def test_a_number_word_modifier_never_splits_another_value(sentence: str) -> None:
    assert all(not v.endswith(("-five", "-year")) for _, _, v in rows(sentence))


@pytest.mark.parametrize(("sentence", "value"), [
    ("A quarter of a million doses are due on Monday.", "A quarter of a million doses"),
    ("Police moved about a quarter of a million people.", "about a quarter of a million people"),
    ("Savings would reach three-quarters of a billion dollars.",
     "three-quarters of a billion dollars"),
    ("Some quarter of a million voters stayed at home.", "Some quarter of a million voters"),
    ("Nearly a fifth of a million tonnes of grain rotted.", "Nearly a fifth of a million tonnes"),
])
def test_a_share_of_a_round_number_is_one_value(sentence: str, value: str) -> None:
    """Not "a quarter" (of a year) and "a million": the whole is scaled by its share."""
    values = [r[2] for r in rows(sentence)]
    assert value in values and "a million doses" not in values, values


def test_a_share_of_a_round_number_reads_as_its_share() -> None:
    from claimdiff.extract._values import find_values

    text = "Police moved a quarter of a million people."
    found = [f for f in find_values(text, 0, len(text), reference=None) if f.value]
    assert found and found[0].value is not None
    assert found[0].value.core.lo < 250_000 < found[0].value.core.hi < 300_000


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # the hedge is of the figure it comes to, "some 250,000", not of a hedged million
    ("Some quarter of a million voters stayed at home.", 200_000, 300_000),
    ("Nearly three-quarters of a billion dollars was lost.", 560_000_000, 750_000_000),
])
def test_a_hedged_share_of_a_round_number_is_hedged_as_its_figure(
        text: str, lo: float, hi: float) -> None:
    from claimdiff.extract._values import find_values

    found = [f for f in find_values(text, 0, len(text), reference=None) if f.value]
    assert found and found[0].value is not None
    assert lo <= found[0].value.support.lo and found[0].value.support.hi <= hi, found[0].value


@pytest.mark.parametrize("text", [
    "The last quarter of a million doses arrived on Friday.",
    "The first half of a billion was spent on roads.",
])
def test_a_part_in_order_is_no_share(text: str) -> None:
    values = [r[2] for r in rows(text)]
    assert not any("quarter of" in v or "half of" in v for v in values), values


@pytest.mark.parametrize(("sentence", "value"), [
    ("He won the stage in 4 hours 32 minutes 10 seconds.", "4 hours 32 minutes 10 seconds"),
    ("He leads the race by 1min 52sec.", "1min 52sec"),
    ("The set ran 2 hours and 45 minutes.", "2 hours and 45 minutes"),
])
def test_a_duration_written_in_parts_is_one_value(sentence: str, value: str) -> None:
    values = [r[2] for r in rows(sentence)]
    assert any(value in v for v in values), values  # "by 1min 52sec" keeps its preposition
    assert not any(v in value.split() or v.endswith(value.split()[-1]) and value not in v
                   for v in values), values  # never a part alone


def test_a_comma_ends_a_duration() -> None:
    values = [r[2] for r in rows("The strike lasted two days, 3 hours later it ended.")]
    assert "two days" in values
