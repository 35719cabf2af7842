"""Folding, aliases, blocking, scoring and one-to-one assignment."""

from __future__ import annotations

import pytest

from claimdiff.align import AliasTable, align, fold, key, length_threshold
from claimdiff.model import Claim, Entity


@pytest.mark.parametrize("a, b", [("Aliev", "Aliyev"), ("Pashinian", "Pashinyan"),
                                  ("Tavouch", "Tavush"), ("Galstanian", "Galstanyan"),
                                  ("Karabagh", "Karabakh"), ("ALIYEV,", "aliyev")])
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize("a, b", [("Armenia", "Azerbaijan"), ("Baku", "Bako"),
                                  ("Putin", "Pashinyan")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert key(a) != key(b)


def test_fold_strips_diacritics_punctuation_and_case() -> None:
    assert fold("Baku’s Re-CONQUEST, Ağdam") == "baku s re conquest agdam"


def test_short_strings_need_near_identity() -> None:
    assert length_threshold(3) == 100
    assert length_threshold(4) > length_threshold(8) > 72 - 1
    assert length_threshold(40) == 72


def test_aliases_map_to_one_canonical_phrase_across_files() -> None:
    table = AliasTable.from_entities([
        Entity(id="a", name="Nikol Pashinyan", aliases=("Pashinyan",), kind="person"),
        Entity(id="b", name="Nikol Pashinian", aliases=("Mr. Pashinian",)),
    ])
    assert table.entity_of("Mr Pashinyan") == table.entity_of("Nikol Pashinyan")
    assert table.kinds[table.entity_of("Pashinyan") or ""] == "person"


def claim(cid: str, subject: str, predicate: str, obj: str | None = None, **kw: object) -> Claim:
    return Claim.model_validate({"id": cid, "source": "s", "subject": subject,
                                 "predicate": predicate, "object": obj, **kw})


def test_one_to_one_best_first() -> None:
    a = [claim("a1", "Russian peacekeepers", "completed withdrawal from", "Azerbaijan",
               when="on June 12"),
         claim("a2", "Russian peacekeepers", "began withdrawal from", "Azerbaijan",
               when="in mid-April")]
    b = [claim("b1", "Russian peacekeepers", "began withdrawing from", "Azerbaijan",
               when="in April"),
         claim("b2", "Russian peacekeepers", "completed the withdrawal from", "Azerbaijan",
               when="on 12 June")]
    result = align(a, b)
    assert [(i, j) for i, j, _ in result.pairs()] == [(0, 1), (1, 0)]
    assert result.candidates == 4
    assert len(result.only_a) == len(result.only_b) == 0


def test_aliases_make_subjects_match_exactly() -> None:
    ents = [Entity(id="rpc", name="Russian peacekeeping contingent",
                   aliases=("Russian soldiers", "Russian troops"))]
    a = [claim("a", "Russian soldiers", "deployed in", "Karabakh")]
    b = [claim("b", "Russian peacekeeping contingent", "deployed in", "Karabakh")]
    (pair,) = align(a, b, entities=ents).pairs()
    assert pair[2] == 1.0


def test_different_subjects_are_not_aligned() -> None:
    a = [claim("a", "Baku", "announced", "agreement")]
    b = [claim("b", "Bako", "announced", "agreement")]
    result = align(a, b)
    assert result.pairs() == []
    assert list(result.only_a) == [0] and list(result.only_b) == [0]


def test_empty_sides() -> None:
    result = align([], [claim("b", "x", "y")])
    assert result.pairs() == [] and list(result.only_b) == [0]


def test_inflected_names_meet_in_blocking() -> None:
    # "Russia's" and "Russian" share no whole word; their six-letter prefix joins them.
    from claimdiff.align._block import candidate_pairs
    from claimdiff.align._table import ClaimTable

    a = [claim("a", "Russia's peacekeeping mission", "completed withdrawal", None)]
    b = [claim("b", "Russian peacekeepers", "completed withdrawal", "Azerbaijan"),
         claim("c", "Armenian authorities", "denounced", "inaction")]
    aliases = AliasTable.from_entities([])
    ia, ib = candidate_pairs(ClaimTable.build(a, aliases), ClaimTable.build(b, aliases))
    assert list(zip(ia.tolist(), ib.tolist(), strict=True)) == [(0, 0)]
