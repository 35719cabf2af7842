"""Two figures with nothing but their context in common (no measured noun, holder or event)
and far apart at their nearest ends are two things, never a conflict: a writer misstating a
figure rarely misses by more than twice it. A shared measured noun, or a scale with no true
zero, keeps them one thing's."""

from __future__ import annotations

import pytest

from claimdiff.measure import Measurement, SourceText, measure_claim, same_thing
from claimdiff.measure._closeness import nearest_apart
from claimdiff.model import Claim
from claimdiff.normalization import normalize


def _m(text: str, phrase: str, verb: str = "was") -> Measurement:
    claim = Claim(id="c", source="s", subject="x", predicate=verb, value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text))


@pytest.mark.parametrize(("a", "pa", "va", "b", "pb", "vb"), [
    # a price paid years ago and the price agreed now
    ("The Kelm club changed hands for £1.6 million in 2011.", "£1.6 million", "changed",
     "A Dutch fund has agreed to pay £7m for the Kelm club.", "£7m", "pay"),
    # a share of the flats empty and a share of them needing repair
    ("In May only 11 per cent of the Harle flats stood empty.", "11 per cent", "stood",
     "The Harle survey in May found 38% of the flats in need of repair.", "38%", "found"),
    # a length and a height of one bridge, no noun of either said
    ("Engineers said the new Orvik crossing would span 1.2 km.", "1.2 km", "span",
     "The new Orvik crossing, engineers said, will tower 350 metres over the bay.", "350 metres",
     "tower"),
])
def test_context_alone_is_no_evidence_for_figures_far_apart(
        a: str, pa: str, va: str, b: str, pb: str, vb: str) -> None:
    assert same_thing(_m(a, pa, va), _m(b, pb, vb)) is None


@pytest.mark.parametrize(("a", "pa", "va", "b", "pb", "vb"), [
    # the same figures nearer: a misstated figure, still a contradiction
    ("The Kelm club changed hands for £4.6 million in 2011.", "£4.6 million", "changed",
     "The Kelm club was sold in 2011 for £7m.", "£7m", "sold"),
    # one measured noun on both sides: evidence however far apart
    ("The blast in Sarn killed 12 people on Monday.", "12 people", "killed",
     "Monday's blast in Sarn killed 40 people.", "40 people", "killed"),
    # two counts of one verb: the verb says what they count
    ("Rebels seized 3 of the 30 towns in Kell province.", "3", "seized",
     "In Kell province rebels seized eleven, officials said.", "eleven", "seized"),
    # ... and so it does for a quantity of one verb of its own
    ("Crews on Kell beach have removed 3,800 tonnes of weed since May.", "3,800 tonnes",
     "removed", "Since May, Kell crews removed about 1,100 tonnes.", "about 1,100 tonnes",
     "removed"),
    # a change is misstated by any multiple
    ("Rents in Quay Street rose 90% in a decade.", "90%", "rose",
     "Quay Street rents went up 400% in a decade.", "400%", "went"),
    # temperatures have no true zero: "4C" and "14C" are not three times apart
    ("Overnight the Harle valley fell to 4C.", "4C", "fell",
     "The Harle valley saw 14C overnight.", "14C", "saw"),
])
def test_near_figures_a_measured_noun_or_no_true_zero_keep_the_evidence(
        a: str, pa: str, va: str, b: str, pb: str, vb: str) -> None:
    assert same_thing(_m(a, pa, va), _m(b, pb, vb)) is not None


@pytest.mark.parametrize(("pa", "pb", "low", "high"), [
    ("fewer than one in 20", "8 per cent", 1.4, 1.7),  # measured from the nearest ends
    ("£2 million", "£9m", 4.0, 4.5),
    ("about 40", "44", 1.0, 1.0),  # their cores meet
    ("12 people", "40 people", 3.1, 3.4),
])
def test_how_far_apart_is_read_from_the_nearest_ends(pa: str, pb: str, low: float,
                                                     high: float) -> None:
    got = nearest_apart(_m(f"It was {pa}.", pa), _m(f"It was {pb}.", pb))
    assert low <= got <= high
