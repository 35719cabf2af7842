"""A curated claim's value read from its fields: measured thing, holder, role, sayer."""

from __future__ import annotations

from typing import Any

import pytest

from claimdiff.measure import measure_fields
from claimdiff.model import ClaimV2
from claimdiff.normalization import normalize


def _measure(**fields: Any) -> Any:
    claim = ClaimV2.model_validate({"id": "c", "source": "s", **fields})
    measure = claim.measures[0]
    return measure_fields(claim, measure, normalize(measure.text))


@pytest.mark.parametrize(("fields", "measured"), [
    ({"subject": "Hurricane Odessa", "predicate": "killed", "values": ["14 people"]}, "dead"),
    ({"subject": "the death toll", "predicate": "rose to", "values": ["17"]}, "dead"),
    ({"subject": "Odessa", "predicate": "number of injured", "values": ["70"]}, "injured"),
    ({"subject": "the bank", "predicate": "raised rates to", "values": ["4.5%"]}, "rate"),
    ({"subject": "prices", "predicate": "rose by",
      "values": [{"text": "3.4%", "measured": "inflation"}]}, "inflation"),
    ({"subject": "Arrieta", "predicate": "served", "values": ["19 aces"]}, "ace"),
])
def test_what_is_measured_comes_from_the_fields_through_the_lexicon(
        fields: dict[str, Any], measured: str) -> None:
    assert _measure(**fields).measured == measured


def test_the_holder_is_the_subject_without_what_is_measured() -> None:
    m = _measure(subject="the death toll in Belmora", predicate="stood at", values=["17"])
    assert m.holder == ("belmora",)


def test_a_subject_that_reports_the_value_is_its_sayer_not_its_holder() -> None:
    m = _measure(subject="Enerbel", predicate="said customers lost power",
                 values=["1.2 million customers"])
    assert m.holder == ()
    assert m.attribution == "enerbel"
    assert m.measured == "outage"


def test_modality_and_changes_set_role_and_dimension() -> None:
    m = _measure(subject="rain", predicate="was predicted at", modality="forecast",
                 values=["500 millimetres"])
    assert m.role == "forecast"
    rise = _measure(subject="sales", predicate="rose",
                    values=[{"text": "7%", "role": "change", "direction": "up"}])
    assert rise.dimension == "percent change"
