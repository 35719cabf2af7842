"""English count nouns of a kind and the general word for things of that kind.

One report counts "412 fencers", another "520 athletes" at the same championships; one "14
solar farms", the other "19 projects" of one tender. No synonym class links the two nouns, and
`kin` never folds a kind into its general word: a count of nurses is no count of staff. A
fact-checker still compares them when the general word can only mean that kind there.
`kind_against_general` says when: one noun is a kind of the other in the small table below
(written from general knowledge of what news counts, not from any report), neither report counts
the other's noun itself, the kind's report counts no other kind of that general word ("312
passengers" and "41 crew" split everyone aboard), neither sentence names a kind of it beside
its own ("25,000 students, including graduate students"), and the kind's figure is at least
half the general one: a kind counted at a small fraction of the general word is a part of it
("6 warships" among "40 ships").
"""

from __future__ import annotations

from functools import lru_cache

from claimdiff.measure._lexicon_en import key
from claimdiff.measure._model import Measurement
from claimdiff.measure._nouns_en import kin

__all__ = ["kind_against_general"]

_KINDS = """
athlete competitor participant entrant: fencer runner swimmer cyclist rower skier skater boxer
  wrestler gymnast golfer archer sprinter triathlete jockey climber canoeist diver
  jumper rider player
player: footballer cricketer batsman bowler goalkeeper
student: pupil undergraduate graduate postgraduate schoolchild
patient: inpatient outpatient
resident inhabitant: homeowner householder villager islander townsman
visitor: tourist pilgrim
customer client: household home subscriber policyholder shopper depositor investor saver
  account
vehicle: car lorry truck van bus coach motorcycle taxi tractor
ship: yacht warship tanker trawler ferry tug barge dinghy liner freighter cruiser
aircraft: fighter bomber airliner
animal: dog cat cattle sheep pig horse goat deer bird
livestock: cattle sheep pig goat chicken
bird: flamingo crane eagle owl swan goose duck stork heron gull parrot penguin pigeon falcon
  hawk vulture
company business: bank retailer supplier manufacturer startup insurer airline carmaker exporter
  importer
project: farm plant scheme development mine station dam reactor
weapon: gun rifle pistol handgun shotgun grenade
farmer grower producer: smallholder crofter rancher
user: subscriber account
member: subscriber
people person individual: visitor attendee guest pilgrim worshipper walker hiker rambler
  runner cyclist pedestrian shopper protester
child teenager youngster: student player
""".strip()
"""General words of what news counts (before the colon) and kinds of them (after it). People
are a general word only of those who make up a crowd by being there (visitors, walkers,
protesters): "22,000 visitors" and "26,000 people" of one festival are one crowd. A role, a
job or a state is not such a kind ("1,500 officers", "12 dead"), nor are those carried or
taught, who come with their staff ("41 pupils" on a coach of "45 people"), nor a place's
residents, of whom an event befalls some ("a town of 93,000 people", "45,000 people" cut
off); an age is the general word of the young in a role ("420 players", "380
kids"). Left out on purpose: buildings and a workforce (everything is a kind of the first, and
a workplace's staff is of many kinds: "300 buildings" and "200 homes" destroyed, "200 nurses"
and "1,400 staff" are a whole and its part far more often than one count)."""


def _generals(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entry in text.replace("\n  ", " ").splitlines():
        names, kinds = entry.split(":")
        folded = {kin(key(w)) for w in kinds.split()}
        for name in names.split():
            out.setdefault(kin(key(name)), set()).update(folded)
    return {g: frozenset(ks - {g}) for g, ks in out.items()}


_GENERAL = _generals(_KINDS)


@lru_cache(maxsize=4096)
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(kin(w) for w in words)


def kind_against_general(a: Measurement, b: Measurement, counted_a: frozenset[str],
                         counted_b: frozenset[str]) -> str | None:
    """Why two counts, one of a kind and one of its general word, count one set of things
    ("fencers" / "athletes"), in words; `None` when they may be a part and its whole.
    `counted_a`, `counted_b`: the measured nouns of every count each report gives."""
    if a.dimension != "count" or a.measured is None or b.measured is None \
            or a.value is None or b.value is None:
        return None
    ka, kb = kin(a.measured), kin(b.measured)
    folded_a, folded_b = _folded(counted_a), _folded(counted_b)
    for k, g, x, y, cx, cy in ((ka, kb, a, b, folded_a, folded_b),
                               (kb, ka, b, a, folded_b, folded_a)):
        kinds = _GENERAL.get(g, frozenset())
        if k not in kinds:
            continue
        if g in cx or k in cy or (cx & kinds) - {k}:
            return None  # a report counts both, or two kinds: part and whole there
        if _folded(x.context) & (kinds | {g}) - {k} or _folded(y.context) & kinds:
            return None  # "290 athletes, canoeists among them": the sentence splits it
        kind, general = (a.value.support, b.value.support)[::1 if x is a else -1]
        if 2 * kind.hi < general.lo:
            return None  # a small fraction of the general count: a part of it
        return f"{x.measured_words or k} are {y.measured_words or g}"
    return None
