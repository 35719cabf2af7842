"""Every date, duration and quantity of the seed article, with what it is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import extract_file
from claimdiff.model import Claim

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6396fc36ecca3174.txt"

# (value phrase, slot, subject, predicate), in text order.
EXPECTED = [
    ("since the fall of 2020", "when", "Russian soldiers", "deployed in"),
    ("on Wednesday", "when", "Russian soldiers", "completed withdrawal from"),
    ("almost nine months after Baku’s reconquest", "when", "Russian soldiers",
     "completed withdrawal from"),
    ("for three decades", "value", "Armenian separatists", "controlled"),
    ("on June 12", "when", "Russian peacekeeping contingent", "completed withdrawal"),
    ("almost two months", "when", "Russian peacekeeping contingent", "completed withdrawal"),
    ("in mid-April", "when", "Russian peacekeeping contingent", "began withdrawal"),
    ("In the fall of 2020", "when", "war", "pitted"),
    ("six-week", "value", "war", "lasted"),
    ("6,500 dead", "value", "war", "killed"),
    ("2,000 soldiers", "value", "Russia", "deployed"),
    ("In September 2023", "when", "Azerbaijan", "carried out offensive"),
    ("three decades", "value", "conflict", "lasted"),
    ("in mid-May", "when", "Baku and Yerevan", "announced"),
    ("four border villages", "value", "Armenian Prime Minister Nikol Pashinian",
     "approved return of"),
    ("in the 1990s", "when", "four border villages", "seized"),
    ("in 2018", "when", "Mr. Pashinian", "came to power"),
    ("four border villages", "value", "Armenia", "returned"),
    ("at the end of May", "when", "Armenia", "returned"),
    ("12.7 km long", "value", "border section", "measured"),
    ("decades", "value", "territorial disputes", "lasted"),
    ("in the 1990s", "when", "Armenia and Azerbaijan", "faced"),
]


def _value(claim: Claim) -> tuple[str, str]:
    if claim.when is not None:
        return "when", claim.when.text
    assert claim.value is not None
    return "value", claim.value.text


@pytest.fixture(scope="module")
def claims() -> tuple[Claim, ...]:
    return extract_file(SEED, published="2024-06-12").claimset.claims


def test_every_value_found_with_its_subject_and_predicate(claims: tuple[Claim, ...]) -> None:
    got = []
    for c in claims:
        slot, text = _value(c)
        got.append((text, slot, c.subject, c.predicate))
    # Relative phrases keep their anchor words; compare on the expected prefix.
    assert len(got) == len(EXPECTED)
    for (g_text, g_slot, g_subj, g_pred), (e_text, e_slot, e_subj, e_pred) in zip(
            got, EXPECTED, strict=True):
        assert g_text.startswith(e_text), (g_text, e_text)
        assert (g_slot, g_subj, g_pred) == (e_slot, e_subj, e_pred), g_text


def test_quotes_are_exact_and_hold_the_value(claims: tuple[Claim, ...]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for c in claims:
        assert c.span is not None and c.quote == text[c.span[0]:c.span[1]]
        assert _value(c)[1] in c.quote


def test_relative_dates_are_read_against_the_publication_date() -> None:
    with_date = extract_file(SEED, published="2024-06-12").claimset
    without = extract_file(SEED).claimset
    assert with_date.sources[0].published is not None
    wednesday = [c for c in without.claims if c.when and c.when.text == "on Wednesday"]
    assert wednesday and wednesday[0].note and "unanchored" in wednesday[0].note
    assert not [c for c in with_date.claims
                if c.when and c.when.text == "on Wednesday" and c.note]


def test_completion_and_start_have_distinct_predicates(claims: tuple[Claim, ...]) -> None:
    by_text = {_value(c)[1]: c.predicate for c in claims}
    assert by_text["on June 12"].startswith("completed withdrawal")
    assert by_text["in mid-April"] == "began withdrawal"
