"""Documents to measurements: block keys put rephrasings together and keep the rest apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from claimdiff.corpus import Document, Measurement, document_measurements
from claimdiff.corpus._block import split_block
from claimdiff.corpus._measure import main_name
from tests.corpus.conftest import ROOT

CASES = yaml.safe_load((ROOT / "tests" / "data" / "corpus" / "blocking.yaml").read_text())


def _first(text: str, dimension: str, source: str, published: str) -> Measurement:
    doc = Document(source, source, text, date.fromisoformat(published))
    found = [m for m in document_measurements(doc) if m.key[0].startswith(dimension)]
    assert found, f"no {dimension} measurement in {text!r}"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['same']}-{n}" for n, c in enumerate(CASES)])
def test_block_keys_and_splits(case: dict[str, object]) -> None:
    """`same`: the two values are compared (one block, one part of it after `split_block`)."""
    a = _first(str(case["a"]), str(case["dimension"]), "A",
               str(case.get("published_a", "2024-06-11")))
    b = _first(str(case["b"]), str(case["dimension"]), "B",
               str(case.get("published_b", "2024-06-11")))
    together = a.key == b.key and len(split_block([a, b])) == 1
    assert together is case["same"], (a.key, b.key, a.day, b.day, a.attribution, b.attribution)


def test_a_capitalised_first_word_is_no_holder() -> None:
    doc = Document("d", "S", "Authorities evacuated 900 residents. Crews reached Lakemont "
                   "by noon.", date(2024, 6, 11))
    (m,) = [m for m in document_measurements(doc) if m.key[0] == "count"]
    assert m.holder == "lakemont"  # the document's name, not "Authorities"
    assert main_name("Rain fell. Crews reached Lakemont and Lakemont Bay.") == "lakemont"


def test_claim_files_keep_their_sources_and_readings(root: Path) -> None:
    from claimdiff.load import load_claimset

    path = root / "examples" / "karabakh" / "caucasus_wire_2024-06-12.claims.yaml"
    cs = load_claimset(str(path)).claimset
    ms = document_measurements(Document(str(path), "", "", claimset=cs))
    assert ms and {m.source for m in ms} <= {s.id for s in cs.sources}
    assert all(m.day is not None for m in ms if m.published)


@pytest.mark.parametrize("text", [
    "Forecasters warned that the storm could reach Lakemont over the weekend.",
    "The floods did not kill 40 people in Lakemont, officials said.",
    "Officials said the toll in Lakemont might rise to 300 people.",
])
def test_possibilities_and_denials_are_no_measurements(text: str) -> None:
    assert document_measurements(Document("d", "S", text, date(2024, 6, 11))) == []


def test_a_future_event_is_a_measurement() -> None:
    doc = Document("d", "S", "Lakemont will vote on a new budget on June 30.", date(2024, 6, 11))
    assert [m.key[0] for m in document_measurements(doc)] == ["date"]


def test_a_document_s_sterling_amounts_make_its_pounds_money() -> None:
    text = ("The Kelby sailing club spent £2,000 on new ropes this year. Members raised "
            "9,000 pounds for a new boathouse at a summer fete.")
    doc = Document("d1", "wire", text, date(2025, 3, 3))
    keys = {m.value.text: m.key[0] for m in document_measurements(doc)}
    assert keys["9,000 pounds"] == "currency:GBP", keys
