"""The extraction rules the text diff relies on, each on sentences of its own."""

from __future__ import annotations

from datetime import date

from claimdiff.align._score import compatible
from claimdiff.extract import extract_text, read_header


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
