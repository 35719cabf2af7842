"""Whether two measurements can be of one thing, read before and while pairing scores them.

`different_things` is the blocking step of `_pair`: two measurements it tells apart are
never paired (two synonym classes, the two poles of a contrast, quantities orders of
magnitude apart, rates per two spans, two people's ages). `unheld_against_part` is read by
`_pair.score` and `_evidence`: a figure of the whole a report is about against one of a
part of it, which counts against a pair but never blocks it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure._closeness import apart, same_reading
from claimdiff.measure._holder import common_word, spelled_alike
from claimdiff.measure._lexicon_en import OUTCOMES, PEOPLE
from claimdiff.measure._model import Measurement
from claimdiff.measure._phrases import founded_thing
from claimdiff.measure._spans import lasting
from claimdiff.normalization import Kind

MAGNITUDES = 1000.0
"""Two quantities this many times apart measure different things (a share price and a
company's value), however alike their sentences."""


def different_things(a: Measurement, b: Measurement) -> bool:
    """Both say what they measure, in two different synonym classes; or they stand on
    opposite poles of a contrast (opened / closed at); or they are two people's ages."""
    if a.classed and b.classed and a.measured != b.measured and not _befell(a, b):
        return True
    if _opposed(a, b):
        return True  # the opening against the closing price, the winner against the loser
    if apart(a, b) > MAGNITUDES:
        return True  # "24 euros" a share and "€5.9bn" for the company
    if _two_periods(a, b):
        return True  # "$7 a month" and "$2 a year": a monthly and an annual fee
    if a.dimension == "age" and lasting(a.value) is not lasting(b.value) and not (
            founded_thing(a.value) and founded_thing(b.value)):
        return True  # how long Brand has led the city is not Brand's age
    if a.dimension == "age" and (_year_against_bare(a, b) or _year_against_bare(b, a)):
        return True  # "laid in 2009" is no age of "Mr Penrose, 54"
    if a.dimension == "age" and _SOMEONE in (a.holder, b.holder) and (
            founded_thing(a.value) or founded_thing(b.value)):
        return False  # "built in 1968" and "a 58-year-old apartment block": maybe one thing
    if a.dimension == "age" and _SOMEONE in (a.holder, b.holder) and same_reading(a, b):
        return False  # "Dr Lund, 58" and "a 58-year-old inventor": maybe one person, and
        # an unnamed person's age is never in conflict with a named one's (`same_thing`)
    return a.dimension == "age" and bool(a.holder) and bool(b.holder) and not _same_names(
        a.holder, b.holder)


def _year_against_bare(thing: Measurement, other: Measurement) -> bool:
    """`thing` is an age read from the year a thing began ("installed in 1974") and `other` an
    age said as a bare number ("Ruth Kemp, 71,", "aged 54"): a person's, never a thing's."""
    return thing.bridge is not None and thing.bridge.kind is Kind.DATE \
        and founded_thing(thing.value) and not founded_thing(other.value) \
        and not lasting(other.value) and "year" not in other.phrase.lower()


_PER_SPAN = re.compile(r"(?i)(?:/|\b(?:an?|per|each|every)\s)\s*(\w+)\W*$")


def _two_periods(a: Measurement, b: Measurement) -> bool:
    """Two rates per two spans of time whose amounts per day do not overlap: a rate said again
    per another span is converted by its writer ("£2 a week", "£104 a year"), so amounts that
    disagree are two charges (a monthly and an annual fee), not one in conflict."""
    va, vb = a.value, b.value
    if va is None or vb is None or not va.dimension.endswith("/day") \
            or va.dimension != vb.dimension or va.support.overlaps(vb.support):
        return False
    pa, pb = _PER_SPAN.search(a.phrase), _PER_SPAN.search(b.phrase)
    return pa is not None and pb is not None and _span_word(pa.group(1)) != _span_word(pb.group(1))


def _span_word(word: str) -> str:
    """"annum", "years", "yr" as "year": one span written in other words."""
    w = word.lower().rstrip("s")
    return {"annum": "year", "yr": "year", "hr": "hour", "min": "minute", "wk": "week"}.get(w, w)


_SOMEONE = ("someone",)
"""The holder of an age said of no one named ("a 41-year-old man")."""


def unheld_against_part(x: Measurement, y: Measurement) -> bool:
    """`x` names no holder and `y` is said of a name `x`'s report never writes: `x` is the
    figure of the whole the report is about (the country's share, the company's total), `y`
    one of a part of it (one hospital's, one region's). A holder written in both reports may
    be the whole itself ("Albrey" in a report about Albrey)."""
    if x.holder or x.subject or not x.around or not y.subject or y.whole or not (
            x.dimension in ("count", "percent") or x.dimension.startswith("currency")):
        return False  # totals and shares are of wholes and parts; a length is of a thing
    if {x.measured, y.measured} & OUTCOMES:
        return False  # an event's toll is counted for the event, whoever reports it
    keys = {w.lower() for w in (w.removesuffix("'s").removesuffix("’s") for w in y.subject)
            if not common_word(w)}  # "Forty-three people", "Coast guard crews": no names
    return bool(keys) and not any(_same_names([k], list(x.around)) for k in keys)


def _befell(a: Measurement, b: Measurement) -> bool:
    """One counts people by who they are, the other by what befell them ("24 crew",
    "two dozen crew rescued"): maybe one group, so never kept apart."""
    return bool({a.measured, b.measured} & PEOPLE) and bool({a.measured, b.measured} & OUTCOMES)


def _same_names(a: Sequence[str], b: Sequence[str]) -> bool:
    """Some name in common, allowing a longer transliteration ("Seitkali", "Seitkaliyev")."""
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
               or spelled_alike(x, y) for x in a for y in b)


def _opposed(a: Measurement, b: Measurement) -> str | None:
    """The name of a contrast on which `a` and `b` stand on opposite poles only."""
    for name, pole in sorted(a.contrast):
        other = (name, 1 - pole)
        if other in b.contrast and other not in a.contrast and (name, pole) not in b.contrast:
            return name
    return None


__all__ = ["MAGNITUDES", "different_things", "unheld_against_part"]
