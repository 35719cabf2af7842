"""Measurements: every value of a source read as a measurement of something, and paired.

`measure_claim(claim, slot, value, text)` reads what a value measures (the
measured noun or attribute folded through synonym classes), whose it is, and
what qualifies it (role, period, attribution, modality); `pair_measurements`
pairs the measurements of two sources one-to-one, by those features, and says
why. `claimdiff.diff` pairs every value-bearing claim this way, from articles
and claim files alike.
"""

from __future__ import annotations

from claimdiff.measure._clock import clock_reading
from claimdiff.measure._different import different_things
from claimdiff.measure._evidence import distinguished, occurrences_apart, same_thing
from claimdiff.measure._facing import facing
from claimdiff.measure._fields import event_words, field_words, measure_fields
from claimdiff.measure._fields_pairing import (
    PairScorer,
    names_a_thing,
    one_reading,
    same_class,
    word_key,
)
from claimdiff.measure._fields_units import count_unit
from claimdiff.measure._implied import implied_roles
from claimdiff.measure._kinds_en import kind_against_general
from claimdiff.measure._lexicon_en import roles_differ
from claimdiff.measure._model import Measurement, MeasurementPair
from claimdiff.measure._ordinal import ordinal_reading
from claimdiff.measure._pair import (
    THRESHOLD,
    candidates_by_dimension,
    pair_measurements,
)
from claimdiff.measure._phrases import (
    interval_reading,
    last_since,
    since_point,
    temperature_difference,
)
from claimdiff.measure._read import measure_claim
from claimdiff.measure._senses import settle_units
from claimdiff.measure._source import SourceText
from claimdiff.measure._spans import lasting
from claimdiff.measure._what import dimension_of, measured_class

__all__ = [
    "THRESHOLD",
    "Measurement",
    "MeasurementPair",
    "PairScorer",
    "SourceText",
    "candidates_by_dimension",
    "clock_reading",
    "count_unit",
    "different_things",
    "distinguished",
    "occurrences_apart",
    "event_words",
    "facing",
    "field_words",
    "implied_roles",
    "dimension_of",
    "interval_reading",
    "kind_against_general",
    "last_since",
    "lasting",
    "measure_claim",
    "measure_fields",
    "measured_class",
    "names_a_thing",
    "one_reading",
    "ordinal_reading",
    "pair_measurements",
    "roles_differ",
    "same_class",
    "same_thing",
    "settle_units",
    "since_point",
    "temperature_difference",
    "word_key",
]
