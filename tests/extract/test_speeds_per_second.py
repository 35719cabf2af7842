"""A length per second in running text is drafted whole, as a speed ("7.9 km/s"); so is an
amount of money or of a unit of measure per a span of time or a unit ("€2.10 a kilo"), which
keeps its bare amount as a second reading (`measure._bridge`); an amount per item, a length
per day and a count per day keep the scanner's span."""

from __future__ import annotations

import pytest

from claimdiff.extract import extract_text
from claimdiff.normalization import normalize


def _values(text: str) -> set[str]:
    claims = extract_text(text, published="2026-03-09").claims
    return {c.value.text for c in claims if c.value is not None}


@pytest.mark.parametrize("speed", ["7.9 km/s", "340 metres per second", "2.5m/s",
                                   "12 miles per second", "0.3 m / s"])
def test_a_length_per_second_is_one_speed(speed: str) -> None:
    found = _values(f"The probe passed the moon at {speed} on its way out.")
    assert speed in found, found
    assert normalize(speed).dimension == "speed"


@pytest.mark.parametrize(("text", "value"), [
    ("Farmers were paid €2.10 a kilo for their plums.", "€2.10 a kilo"),
    ("Each pupil gets 3 litres per week.", "3 litres per week"),
    ("Allotment holders pay £7 a month for a plot.", "£7 a month"),
    ("The kiln burns 40 tonnes of wood a day.", "40 tonnes"),  # "of wood" between
    ("The ferry covered 80 km a day along the coast.", "80 km"),
    ("Breeders get £90 per calf from the scheme.", "£90"),
    ("Twelve shillings weighed 78 pounds a year later.", "78 pounds"),
    ("She paid £300 a year earlier for the same flat.", "£300"),
])
def test_a_rate_is_drafted_whole_where_it_reads_as_one(text: str, value: str) -> None:
    assert value in _values(text), _values(text)


@pytest.mark.parametrize("phrase", ["5 a s", "3 per m"])
def test_a_one_letter_unit_is_a_rate_only_after_a_slash(phrase: str) -> None:
    from claimdiff.errors import NormalizationError

    with pytest.raises(NormalizationError):
        normalize(phrase)
