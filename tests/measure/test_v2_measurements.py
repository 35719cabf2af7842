"""A version 2 claim's stated qualifiers (modality, who said the value) reach its measurement."""

from __future__ import annotations

from claimdiff.measure import measure_claim
from claimdiff.model import ClaimV2
from claimdiff.normalization import normalize


def _claim(**extra: object) -> ClaimV2:
    return ClaimV2.model_validate({"id": "c", "source": "s", "subject": "the march",
                                   "predicate": "drew", **extra})


def test_value_attribution_and_modality_qualify_the_measurement() -> None:
    claim = _claim(modality="forecast",
                   values=[{"text": "35,000 people", "attribution": "the organisers"}])
    m = measure_claim(claim, "value", normalize("35,000 people"), None)
    assert m.phrase == "35,000 people"
    assert m.role == "forecast"
    assert m.attribution == "organiser"


def test_an_actual_unattributed_value_keeps_what_the_text_says() -> None:
    claim = _claim(values=["35,000 people"])
    m = measure_claim(claim, "value", normalize("35,000 people"), None)
    assert m.role is None and m.attribution is None
