"""English count nouns that name one set of things under two words.

The synonym classes of `_lexicon_en` say what a figure measures and keep figures of two
classes apart. Most nouns news counts fall in no class ("vessels", "tugs", "stores"), and
two reports naming one set of things with two of them ("142 vessels", "162 ships") had no
evidence of one thing. `kin` folds such a noun to one name for all its near-synonyms (the
same things under another word, a clipping, a spelling): evidence of one thing, never a
class, so it keeps nothing apart. A kind and what it is a kind of ("warships" and "ships",
"nurses" and "staff") are not folded: a count of nurses is not a count of staff.
"""

from __future__ import annotations

from functools import lru_cache

from claimdiff.measure._lexicon_en import CLASS_OF, key

__all__ = ["THINGS", "kin"]

_THINGS = """
ship: vessel ship boat
tug: tug tugboat
aircraft: aircraft plane airplane aeroplane airliner jetliner jet
helicopter: helicopter chopper
drone: drone uav
bicycle: bicycle bike cycle
motorcycle: motorcycle motorbike
tyre: tyre tire
shop: shop store outlet
cinema: cinema theater
restaurant: restaurant eatery
factory: factory plant
company: company firm business enterprise
bank: bank lender
flat: flat apartment
house: property
storey: storey story floor
program: program programme
licence: licence license
catalog: catalog catalogue
quake: quake earthquake tremor temblor
fire: fire blaze
accident: accident crash collision
protest: protest demonstration rally
strike: strike walkout stoppage
game: game match fixture
journey: journey trip
award: award prize
film: film movie
drug: drug medicine medication
pill: pill tablet
dose: dose jab vaccination inoculation
document: document file
gun: gun firearm
cattle: cattle cow
pig: pig hog swine
chicken: chicken hen
rhino: rhino rhinoceros
hippo: hippo hippopotamus
crocodile: crocodile croc
country: country nation
win: win victory
complaint: complaint grievance
lawsuit: lawsuit suit
parcel: parcel package
taxi: taxi cab
tram: tram streetcar
airport: airport airfield aerodrome
farm: farm ranch
photo: photo photograph
phone: phone telephone handset
advert: advert advertisement ad ads
exam: exam examination
lab: lab laboratory
lift: lift elevator
fridge: fridge refrigerator
holiday: holiday vacation
concert: concert gig
""".strip().splitlines()
"""Near-synonyms of things news counts: the same things (not a kind of them), under one
name (a synonym class's name where they join one)."""

_PEOPLE = """
worker: team staffer
visitor: sightseer holidaymaker vacationer daytripper
crew: seafarer sailor seaman mariner
colleague: colleague workmate coworker
lawmaker: lawmaker legislator parliamentarian mp mps deputy
voter: voter elector
doctor: doctor physician
lawyer: lawyer attorney
firefighter: firefighter fireman
officer: officer policeman policewoman constable cop
pilot: pilot aviator
driver: driver motorist
journalist: journalist reporter
buyer: buyer purchaser
seller: seller vendor
tenant: tenant renter
fisherman: fisherman fisher
pensioner: pensioner retiree
teenager: teenager teen adolescent
baby: baby infant newborn
child: kid youngster
gunman: gunman attacker assailant shooter
militant: militant insurgent rebel
hostage: hostage captive
shareholder: shareholder stockholder
participant: participant entrant contestant competitor
signature: signature signatory
""".strip().splitlines()
"""Near-synonyms of people news counts, counted like its things."""

_TERMS = """
installation: installation install
charge: charge count
""".strip().splitlines()
"""Near-synonyms that are no things of their own: a clipping ("installs"), and a count of an
indictment, which is a charge ("pleaded guilty to 17 counts", "11 charges"); kept out of
`THINGS`, so a sum ("a £5 charge") is read as before."""


def _table(lines: list[str]) -> dict[str, str]:
    """A `name: word word …` table as each word's key to its name's key."""
    out: dict[str, str] = {}
    for line in lines:
        name, words = line.split(":")
        for w in words.split():
            out.setdefault(key(w), key(name.strip()))
    return out


_NEAR_OF = _table(_THINGS) | _table(_PEOPLE) | _table(_TERMS)
THINGS = frozenset(_table(_THINGS))
"""Keys of nouns of things news counts: a count's own such noun is what it counts ("14 tugs
hired for the job" counts tugs, not jobs), as a noun of a synonym class is."""


def _spelling(k: str) -> str:
    """One spelling of British and American forms and of a hyphened compound: "centre"
    (keyed "centr") and "center", "harbour" and "harbor", "co-workers" and "coworkers"."""
    if "-" in k and k.replace("-", "").isalpha():
        k = key(k.replace("-", ""))
    if len(k) >= 4 and k.endswith(("tr", "br")):
        return k[:-1] + "er"
    if len(k) >= 6 and k.endswith("our"):
        return k[:-3] + "or"
    return k


@lru_cache(maxsize=8192)
def kin(k: str) -> str:
    """The name of an unclassed measured noun's near-synonyms, by its key ("vessel", "boat":
    "ship"; "tugboat": "tug"; "centre": "center"), else the key; a synonym class's name
    when they join one ("properties" counted are homes: "house")."""
    k = _spelling(k)
    near = _NEAR_OF.get(k, k)
    return CLASS_OF.get(near, near)

