"""A unit word of several senses is read as its report shows: "pounds" are money beside a
prize, a fee or a "£" amount and a weight beside "weighs"; a bare "$" is the dollar of the
country whose dollars the report names. A weight never pairs with money, and money read
from "pounds" still conflicts with a different "£" amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.normalization import normalize, unit_senses
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs


@pytest.mark.parametrize(("phrase", "dimensions"), [
    ("70,000 pounds", ["currency:GBP"]),
    ("about 3 million pounds", ["currency:GBP"]),
    ("six pounds of flour", []),  # a measure naming its product weighs it
    ("12 lb", []),
    ("£400", []),
    ("US$12m", []),
    ("A$12m", []),
])
def test_the_other_senses_of_a_unit_word(phrase: str, dimensions: list[str]) -> None:
    assert [v.dimension for v in unit_senses(normalize(phrase))] == dimensions


def test_money_pounds_are_a_sum_not_a_weight() -> None:
    (money,) = unit_senses(normalize("70,000 pounds"))
    assert money.unit == "GBP" and money.core.lo <= 70_000 <= money.core.hi


def test_a_shared_currency_name_may_be_any_country_s() -> None:
    codes = {v.unit for v in unit_senses(normalize("$12m"))}
    assert {"AUD", "CAD", "NZD"} <= codes and "USD" not in codes
    assert {"MXN", "ARS"} <= {v.unit for v in unit_senses(normalize("900 pesos"))}


@pytest.mark.parametrize(("a", "x", "b", "y"), [
    # the sentence's words: a fee, a prize
    ("The Harwell trust paid a fee of 70,000 pounds to the architects, its chairman said.",
     "70,000 pounds",
     "Architects working on the Harwell scheme received £70,000 from the trust.", "£70,000"),
    ("Winners of the Ostrander poetry medal collect a cheque for 12,000 pounds as prize "
     "money.", "12,000 pounds",
     "The Ostrander medal is worth £12,000 to its winner.", "£12,000"),
])
def test_money_pounds_pair_with_a_sterling_amount(
        tmp_path: Path, a: str, x: str, b: str, y: str) -> None:
    assert _pairs(tmp_path, a, b).get((x, y)) is Verdict.AGREE


def test_the_report_s_own_sterling_amounts_make_pounds_money(tmp_path: Path) -> None:
    a = ("The Kelby sailing club spent £2,000 on new ropes this year. Members raised 9,000 "
         "pounds for the new boathouse at a summer fete.")
    b = "A fete held by the Kelby club brought in £9,000 towards its boathouse."
    assert _pairs(tmp_path, a, b).get(("9,000 pounds", "£9,000")) is Verdict.AGREE


def test_the_other_report_s_amount_settles_a_silent_one(tmp_path: Path) -> None:
    a = "The Dunmore bakery owner Ellis Vane must return 4,500 pounds to the council."
    b = "Magistrates told Ellis Vane of the Dunmore bakery to return £4,500 to the council."
    assert _pairs(tmp_path, a, b).get(("4,500 pounds", "£4,500")) is Verdict.AGREE


def test_money_pounds_conflict_with_another_sterling_amount(tmp_path: Path) -> None:
    a = "The Harwell trust paid a fee of 70,000 pounds to the architects, its chairman said."
    b = "Architects working on the Harwell scheme received a fee of £95,000 from the trust."
    assert _pairs(tmp_path, a, b).get(("70,000 pounds", "£95,000")) is Verdict.CONFLICT


def test_a_weight_in_pounds_never_pairs_with_money(tmp_path: Path) -> None:
    a = "The bronze bell recovered off Kelby weighs 900 pounds, divers said."
    b = "The bronze bell recovered off Kelby was valued at £900 by the museum."
    pairs = _pairs(tmp_path, a, b)
    assert ("900 pounds", "£900") not in pairs, pairs


def test_a_weight_in_pounds_pairs_with_kilograms(tmp_path: Path) -> None:
    a = ("The prize marrow grown at Kelby, which won £500 for its grower, weighs 110 pounds.")
    b = "The Kelby marrow tipped the scales at 50 kg, the judges said."
    assert _pairs(tmp_path, a, b).get(("110 pounds", "50 kg")) is Verdict.AGREE


def test_a_bare_dollar_is_the_dollar_its_report_names(tmp_path: Path) -> None:
    a = ("Perth-based Coralind raised A$40 million from investors. The miner will spend "
         "$12 million on a new processing plant, it said.")
    b = "Coralind plans to put A$12 million into a processing plant near Perth."
    assert _pairs(tmp_path, a, b).get(("$12 million", "A$12 million")) is Verdict.AGREE


def test_times_is_also_a_percentage_and_fold_is_not() -> None:
    (percent,) = unit_senses(normalize("three times"))
    assert percent.dimension == "percent" and percent.core.contains_point(300)
    assert unit_senses(normalize("fifteen-fold")) == ()  # as often a rise as a level


def test_times_pairs_with_the_other_report_s_percentage(tmp_path: Path) -> None:
    a = "Snowfall at the Kelby pass this winter is three times the long-run average."
    b = "Forecasters put this winter's snowfall at Kelby pass at 300 per cent of the average."
    pairs = _pairs(tmp_path, a, b)
    # drafted with its base, "300 per cent of the average" is met as the level it states
    assert pairs.get(("three times", "300 per cent of the average")) in (
        Verdict.AGREE, Verdict.COMPATIBLE), pairs


def test_a_report_s_own_percentages_leave_its_times_a_ratio(tmp_path: Path) -> None:
    a = ("Snowfall at the Kelby pass is three times the long-run average; humidity stood at "
         "80 per cent.")
    b = "Snowfall at the Kelby pass is five times the long-run average, forecasters said."
    assert _pairs(tmp_path, a, b).get(("three times", "five times")) is Verdict.CONFLICT


@pytest.mark.parametrize("phrase", ["about $12m", "nearly $4.5 billion", "more than $800"])
def test_a_hedged_bare_dollar_may_be_any_country_s(phrase: str) -> None:
    assert {"AUD", "CAD", "NZD"} <= {v.unit for v in unit_senses(normalize(phrase))}


@pytest.mark.parametrize("phrase", ["NZ$12m", "about C$4 billion", "US$800"])
def test_a_dollar_naming_its_country_has_one_sense(phrase: str) -> None:
    assert unit_senses(normalize(phrase)) == ()


def test_a_hedged_bare_dollar_leaves_the_report_s_other_dollars_open(tmp_path: Path) -> None:
    # "about $2 million" is no US dollar amount that would make the report's "$" American
    a = ("The Tarawera marina trust spent $6 million on a new breakwater. A second stage "
         "would cost about $2 million, the trust said.")
    b = "Trustees of the Tarawera marina put the breakwater's cost at NZ$6 million."
    assert _pairs(tmp_path, a, b).get(("$6 million", "NZ$6 million")) is Verdict.AGREE


def test_the_other_report_s_named_dollar_settles_a_silent_one(tmp_path: Path) -> None:
    a = "The Kowhai cycling festival was worth $9 million to the district, organisers said."
    b = ("Organisers put the Kowhai cycling festival's value to the district at NZ$9 million; "
         "tickets cost $35.")
    assert _pairs(tmp_path, a, b).get(("$9 million", "NZ$9 million")) is Verdict.AGREE


def test_two_named_dollars_over_there_settle_nothing(tmp_path: Path) -> None:
    a = "The Kowhai cycling festival was worth $9 million to the district, organisers said."
    b = ("Organisers put the Kowhai cycling festival's value at A$9 million; its sponsor, a "
         "Singapore bank, gave S$2 million.")
    assert ("$9 million", "A$9 million") not in _pairs(tmp_path, a, b)


def test_a_report_naming_the_us_dollar_writes_another_dollar_bare(tmp_path: Path) -> None:
    # "US$310 million" names the US dollar, so the report's bare "$" is some other dollar,
    # which the other report's "C$" settles
    a = ("The Moosonee rail spur will cost $42 million, the province said. The ore it "
         "carries sold for US$310 million last year.")
    b = "The province put the cost of the Moosonee rail spur at C$42 million."
    assert _pairs(tmp_path, a, b).get(("$42 million", "C$42 million")) is Verdict.AGREE


def test_a_bare_dollar_of_a_report_naming_no_other_stays_american(tmp_path: Path) -> None:
    a = "The Moosonee rail spur will cost $42 million, the railway said."
    b = ("The Moosonee rail spur will cost C$42 million; its Texan owner paid US$9 million "
         "for the land.")
    assert ("$42 million", "C$42 million") not in _pairs(tmp_path, a, b)


def test_a_shilling_sign_is_the_shilling_the_other_report_names(tmp_path: Path) -> None:
    # "Sh" is written for the shilling of Kenya, Tanzania, Uganda or Somalia alike
    assert {"KES", "TZS", "UGX"} <= {v.unit for v in unit_senses(normalize("Sh48 billion"))}
    a = "The Malindi water board collected Sh640 million in fees, its chairman said."
    b = "Fees brought the Malindi water board KSh640m, its chairman said."
    assert _pairs(tmp_path, a, b).get(("Sh640 million", "KSh640m")) is Verdict.AGREE


def test_a_pound_before_a_noun_may_be_money() -> None:
    (money,) = unit_senses(normalize("forty-two million pound"))
    assert money.unit == "GBP" and money.core.lo <= 42e6 <= money.core.hi


def test_tonnes_are_no_evidence_that_pounds_weigh(tmp_path: Path) -> None:
    # a report of freight in tonnes and the other's "£" amount: its pounds are money
    a = ("The Dunmere grain silo cost £42m to build. It stores 60,000 tonnes of barley, "
         "the harbour board said.")
    b = ("The forty-two million pound Dunmere silo will hold up to 60,000 tonnes of barley, "
         "the harbour board said.")
    assert _pairs(tmp_path, a, b).get(("£42m", "forty-two million pound")) is Verdict.AGREE


def test_kilograms_still_say_pounds_weigh(tmp_path: Path) -> None:
    a = "The Dunmere marrow weighed 19 kilograms and won £400, the show said."
    b = "The Dunmere marrow, at 42 pounds, won the show's prize of £400."
    assert ("£400", "42 pounds") not in _pairs(tmp_path, a, b)
