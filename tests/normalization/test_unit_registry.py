"""The long tail of units comes from pint's registry: the committed table is what pint and
the lexicon give today, and each unit of it reads in its dimension, in every written form."""

from __future__ import annotations

import pytest

from claimdiff import compare_values
from claimdiff.normalization import normalize
from claimdiff.normalization._quantity import scan_quantities
from claimdiff.normalization._units_en import HAND_UNITS
from claimdiff.normalization._units_registry import REGISTRY_UNITS, generate


def test_the_table_is_pint_s_registry() -> None:
    assert generate(HAND_UNITS) == REGISTRY_UNITS


@pytest.mark.parametrize(("phrase", "dimension"), [
    ("3 carats", "mass"), ("40 bushels", "volume"), ("12 fathoms", "length"),
    ("a 7-furlong", "length"), ("8 microns", "length"), ("4 tablespoons", "volume"),
    ("2.6 gigawatt-hours", "energy"), ("2.6 gigawatt hours", "energy"),
    ("90 terawatt hours", "energy"), ("450 terajoules", "energy"),
])
def test_a_unit_of_the_registry_is_read(phrase: str, dimension: str) -> None:
    assert normalize(phrase).dimension == dimension


def test_registry_units_convert() -> None:
    assert compare_values("2,600 megawatt hours", "2.6 gigawatt-hours").verdict == "agree"
    assert compare_values("10 fathoms", "18.3 metres").verdict in ("agree", "compatible")


@pytest.mark.parametrize("text", [
    "The jeweller sold an 18-carat gold chain to 40 buyers.",
    "Visitors scored three points and won four stones in the draw.",
])
def test_everyday_senses_stay_counts(text: str) -> None:
    assert all(v.dimension == "count" for _, _, v in scan_quantities(text))
