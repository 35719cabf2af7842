"""Words read alike (a verb and its noun), and what that pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import _lexicon_en as lex
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _verdicts


@pytest.mark.parametrize(("form", "bare"), [
    ("fined", "fine"), ("voted", "vote"), ("rating", "rate"), ("named", "name"),
    ("based", "base"), ("making", "make"), ("cited", "cite"),
])
def test_a_short_stem_keeps_its_silent_e(form: str, bare: str) -> None:
    assert lex.key(form) == lex.key(bare)


@pytest.mark.parametrize(("form", "bare"), [
    ("pinned", "pin"), ("hitting", "hit"), ("fixed", "fix"), ("owned", "own"),
    ("opened", "open"), ("bowed", "bow"),
])
def test_a_doubled_or_long_stem_gets_no_e(form: str, bare: str) -> None:
    assert lex.lemma(form) == bare


@pytest.mark.parametrize(("adverb", "adjective"), [
    ("severely", "severe"), ("heavily", "heavy"), ("partially", "partial"),
    ("completely", "complete"), ("sharply", "sharp"),
])
def test_an_adverb_meets_its_adjective_as_context(adverb: str, adjective: str) -> None:
    assert lex.stem(lex.key(adverb)) == lex.stem(lex.key(adjective))


@pytest.mark.parametrize("word", ["family", "daily", "supply", "only", "early", "monthly",
                                  "quarterly"])
def test_a_word_merely_ending_in_ly_keeps_it(word: str) -> None:
    assert lex.stem(lex.key(word)).endswith(("ly", "li"))


@pytest.mark.parametrize(("noun", "verb"), [
    ("removal", "removed"), ("arrival", "arrives"), ("approval", "approved"),
    ("refusal", "refused"), ("withdrawal", "withdrawing"), ("renewal", "renewing"),
    ("dismissal", "dismissed"), ("betrayal", "betrayed"), ("disposal", "dispose"),
])
def test_a_noun_of_a_verb_in_al_meets_its_verb_as_context(noun: str, verb: str) -> None:
    assert lex.stem(lex.key(noun)) == lex.stem(lex.key(verb))


@pytest.mark.parametrize("word", ["several", "national", "general", "partial", "official",
                                  "capital", "mineral", "total"])
def test_an_adjective_in_al_keeps_it(word: str) -> None:
    assert lex.stem(lex.key(word)).endswith("al")



@pytest.mark.parametrize(("a", "b", "pair"), [
    pytest.param(  # a sum fined is the fine told as a noun
        "The regulator on Tuesday fined Velmora Pharma EUR 420 million for abusing its "
        "dominant position.",
        "Velmora Pharma has been hit with a EUR 240 million fine by the regulator.",
        ("EUR 420 million", "EUR 240 million"), id="fined-fine"),
    pytest.param(  # a harvest is what is produced
        "The Valdoria grape harvest will come in at 4.1 million hectolitres, the wine council "
        "said.",
        "The wine council said that output in Valdoria would fall to 4.6 million hectolitres.",
        ("4.1 million hectolitres", "4.6 million hectolitres"), id="harvest-output"),
])
def test_one_thing_told_in_other_words_conflicts(tmp_path: Path, a: str, b: str,
                                                 pair: tuple[str, str]) -> None:
    assert _verdicts(tmp_path, a, b) == {pair: Verdict.CONFLICT}


@pytest.mark.parametrize(("a", "b", "ordinal"), [
    ("Kessler scored his 19th goal of the season on Saturday.",
     "Kessler has now scored 21 goals this season.", "19th"),
    ("The fire started on the 12th floor of the tower.", "The tower has 14 floors.", "12th"),
])
def test_an_ordinal_is_never_compared_with_a_count(tmp_path: Path, a: str, b: str,
                                                   ordinal: str) -> None:
    """"his 19th goal" is which goal, "21 goals" how many: two different things."""
    got = _verdicts(tmp_path, a, b)
    assert not any(ordinal in x for x, _ in got), got


def test_a_figure_of_another_holder_gives_way_to_its_own_holders(tmp_path: Path) -> None:
    """Varenko's 12 aces are no rival of Arrieta's 16: Arrieta's 19 are."""
    got = _verdicts(
        tmp_path,
        "Tomas Arrieta won the Valmont Open on Sunday. Arrieta fired 19 aces in the final.\n\n"
        "Varenko, who served 12 aces, was playing his first final.",
        "Tomas Arrieta beat Ilia Varenko in the Valmont Open final on Sunday. He served 16 "
        "aces, against 12 from his opponent.")
    assert got[("19 aces", "16 aces")] is Verdict.CONFLICT
    assert ("12 aces", "16 aces") not in got


@pytest.mark.parametrize("word", ["while", "whilst", "whereas", "and"])
def test_clause_words_match_a_token_by_its_text_or_its_key(word: str) -> None:
    # tokens are compared by key ("while" is keyed "whil"): a set of plain words never met them
    assert word in lex.CONJUNCTIONS and lex.key(word) in lex.CONJUNCTIONS


@pytest.mark.parametrize("word", ["Cops", "Detectives", "Police"])
def test_police_words_opening_a_sentence_are_no_names(word: str) -> None:
    from claimdiff.measure._holder import common_word

    # "Cops stormed a warehouse": the police, not a party named Cops
    assert common_word(word) and lex.PARTY_OF.get(lex.key(word)) == "police"


@pytest.mark.parametrize(("form", "noun"), [
    ("heard", "hearing"), ("led", "leading"), ("seen", "seeing"), ("shot", "shooting"),
    ("fed", "feeding"), ("ridden", "riding"),
])
def test_an_irregular_past_meets_its_verbal_noun(form: str, noun: str) -> None:
    assert lex.key(form) == lex.key(noun)


def test_a_trial_lasts_as_long_as_the_hearing_the_court_heard_it_in(tmp_path: Path) -> None:
    pairs = _verdicts(tmp_path, "The jury heard evidence from 40 witnesses during a 12-day "
                      "trial at Kell Crown Court.",
                      "The eight-day hearing at Kell Crown Court ended on Friday.")
    assert pairs.get(("12-day", "eight-day")) is Verdict.CONFLICT, pairs
