"""Drafts from text: verb forms, datelines, settings, names and partitive counts.

Each case in `cases/drafts.tsv` is one sentence and the (subject, predicate, value)
of its first drafted claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.extract import _lexicon_en as lex
from claimdiff.extract import extract_text, read_header
from claimdiff.extract._clauses import lemma_of
from claimdiff.extract._predicate import past

CASES = [tuple(line.split("\t")) for line in
         (Path(__file__).parent / "cases" / "drafts.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=lambda v: v[:40])
def test_first_draft_of_a_sentence(sentence: str, expected: str) -> None:
    claims = extract_text(sentence, published="2024-03-05").claims
    assert claims, sentence
    first = claims[0]
    spec = first.value or first.when
    assert spec is not None
    assert f"{first.subject} | {first.predicate.split()[0]} | {spec.text}" == expected
    assert first.object is None or not first.object.lower().startswith(("when ", "as "))


@given(st.sampled_from(sorted(v for v in lex.VERBS if " " not in v and v not in
                              lex.AUXILIARIES and v not in lex.AUXILIARY_PAST)))
def test_the_past_of_a_verb_reads_back_as_the_verb(verb: str) -> None:
    assert lemma_of(past(verb)) == verb


@pytest.mark.parametrize(("lemma", "form"), [
    ("open", "opened"), ("happen", "happened"), ("visit", "visited"), ("offer", "offered"),
    ("target", "targeted"), ("develop", "developed"), ("threaten", "threatened"),
    ("stop", "stopped"), ("plan", "planned"), ("ban", "banned"), ("omit", "omitted"),
    ("admit", "admitted"), ("occur", "occurred"), ("control", "controlled"),
    ("rain", "rained"), ("fax", "faxed"), ("play", "played"), ("carry", "carried"),
])
def test_consonants_double_only_under_stress(lemma: str, form: str) -> None:
    assert past(lemma) == form


@pytest.mark.parametrize("head", [
    "TANGIER, 4 March 2024: ", "TANGIER, Morocco, 4 March 2024 (Maghreb Wire): ",
    "TANGIER (Maghreb Wire) - ", "TANGIER, March 4 — ", "TANGIER, Morocco (Reuters) – ",
    "TANGIER, Morocco, March 4, 2024 /PRNewswire/ -- ",
])
def test_a_dateline_word_is_never_a_subject(head: str) -> None:
    text = head + "Twenty-eight people died on Thursday when fire broke out at a workshop."
    assert read_header(text).place == "TANGIER"
    claims = extract_text(text, published="2024-03-05").claims
    assert claims and all("TANGIER" not in (c.subject + (c.object or "")) for c in claims)
    assert claims[0].value is not None and claims[0].value.text == "Twenty-eight people"


def test_a_hyphen_inside_a_word_is_no_dateline_dash() -> None:
    text = "TANGIER, Morocco. Twenty-eight people died on Thursday."
    assert "Twenty-eight" in text[read_header(text).body_start:]
    claims = extract_text(text, published="2024-03-05").claims
    assert claims[0].value is not None and claims[0].value.text == "Twenty-eight people"
