"""Entities written by their initials ("the FSCB's members") are the entities spelled out."""

from __future__ import annotations

import pytest

from claimdiff.align import AliasTable
from claimdiff.model import Entity


def table(*names: str) -> AliasTable:
    return AliasTable.from_entities(
        [Entity(id=f"e{n}", name=name) for n, name in enumerate(names)])


@pytest.mark.parametrize("name, short", [
    ("Federal Seed Certification Board", "FSCB"),
    ("The Northern Grid Authority", "NGA"),
    ("Bank of Ostland", "BoO"),
    ("Agency for Coastal Restoration", "ACR"),
])
def test_initials_are_spelled_out(name: str, short: str) -> None:
    t = table(name)
    assert t.canonical_text(f"{short} inspectors") == t.canonical_text(f"{name} inspectors")
    assert t.canonical_text(f"the {short}'s report") == t.canonical_text(f"the {name}'s report")
    assert t.mentions(f"said the {short}") == t.mentions(f"said the {name}")


def test_initials_are_read_only_in_capitals() -> None:
    t = table("Coastal Authority Trust")
    assert "coastal" not in t.canonical_text("the cat sat")
    assert "coastal" in t.canonical_text("the CAT said")


def test_shared_initials_name_no_one() -> None:
    t = table("Northern Rail Board", "National Rescue Bureau")
    assert t.canonical_text("NRB crews") == "nrb crevs"


@pytest.mark.parametrize("name", ["Velland harbour board", "ALBA Holdings", "Oskar"])
def test_no_initials_for_a_common_word_a_short_name_or_one_already_short(name: str) -> None:
    assert table(name).initials == {}


def test_an_entity_declared_by_its_initials_is_the_one_spelled_out() -> None:
    t = AliasTable.from_entities([
        Entity(id="a", name="Federal Seed Certification Board", kind="organization"),
        Entity(id="b", name="FSCB"),
    ])
    assert t.entity_of("FSCB") == t.entity_of("Federal Seed Certification Board")
    assert t.entity_of("FSCB") is not None
