"""English words for measurements: synonym classes, topics, function words.

The classes are news vocabulary for what a number measures, not phrases of
any one report: each member is a lemma (after `lemma`), so "killed",
"killing" and "kills" all fall into the class of "kill". A word may open a
class only once; the class name is its first member.

The lemmatizer lives in `_lemma_en`, roles, parties and contrasts in `_roles_en`, periods
and months in `_periods_en`; this module re-exports their names, so `lex.key`,
`lex.ROLE_OF` and `lex.periods_differ` read as before.
"""

from __future__ import annotations

from claimdiff.measure._lemma_en import _table, key, keyed, lemma, stem
from claimdiff.measure._periods_en import MONTHS, WITHIN, month, periods_differ
from claimdiff.measure._roles_en import (
    CONTRAST_OF,
    PARTY_OF,
    ROLE_OF,
    ROLE_VERBS,
    UNSAID_ROLES,
    roles_differ,
)

_CLASSES = """
dead: dead die death kill fatality toll life fatal perish killed victim body
injured: injure injury hurt wound casualty hospitalise hospitalize hospitalised
missing: missing unaccounted
rescued: rescue survivor survive save alive
evacuated: evacuate evacuation flee shelter displace displaced evacuee relocate
arrested: arrest detain detention custody
troops: troop soldier serviceman servicemen personnel
outage: outage power electricity blackout dark darkness
profit: profit earnings income
revenue: revenue sales turnover
loss: loss deficit shortfall
jobs: job position post workforce layoff redundancy
unemployment: unemployment jobless joblessness unemployed
inflation: inflation
rate: rate
price: price cost fare tariff damage
wage: wage salary
fine: fine penalty
compensation: compensation damages
sentence: sentence prison jail imprison term
vote: vote ballot
abstention: abstention abstain
seat: seat mandate
turnout: turnout participation
share: share stake
passenger: passenger traveller traveler commuter
prisoner: prisoner inmate detainee convict
delay: delay postponement postpone scrub scrubbed
crew: crew
speed: speed wind mph
magnitude: magnitude richter
depth: depth deep
height: height high tall altitude elevation
length: length long
width: width wide breadth
distance: distance
area: area hectare acre
rain: rain rainfall precipitation
temperature: temperature degree heat
pressure: pressure
surge: surge wave
age: age old aged
population: population inhabitant resident
member: member membership
worker: worker employee staff striker miner
student: student pupil
debt: debt borrowing
budget: budget spending expenditure
growth: growth gdp economy
export: export
import: import
production: production output harvest crop
house: house building dwelling home household
flight: flight
vehicle: vehicle car truck lorry bus
teu: teu teus
visitor: visitor tourist spectator crowd attendance fan
protester: protester demonstrator marcher
""".strip().splitlines()

CLASS_OF: dict[str, str] = _table(_CLASSES)

_COMPOUNDS = """
inflation: consumer price, inflation rate, price growth
rate: borrowing cost
unemployment: jobless rate, unemployment rate
growth: growth rate
teu: equivalent unit
open: early trading, early trade, early deal
""".strip().splitlines()

COMPOUND_OF: dict[tuple[str, str], str] = {
    (key(a), key(b)): name.strip()
    for name, pairs in (line.split(":") for line in _COMPOUNDS)
    for a, b in (p.split() for p in pairs.split(","))}
"""Two words naming a measured thing of their own class: the second word's key is read as
the class ("consumer *prices*" rising is inflation, not a price)."""

_RELATED = """
report: report notify inform alert disclose
attack: attack breach intrusion hack hacker cyberattack raid
build: build construct erect
open: open inaugurate
free: free release liberate
captivity: captivity captive hostage kidnap abduct abduction seize
close: close shut closure
start: start begin launch commence broke outbreak
end: end finish conclude
rise: rise increase climb grow gain jump surge
fall: fall drop decline decrease slide slump plunge
home: home house dwelling household
company: company firm group operator
court: court tribunal judge
storm: storm hurricane cyclone typhoon
quake: quake earthquake tremor shock aftershock
fire: fire blaze flame
ship: ship vessel ferry boat
strike: strike walkout stoppage
minister: minister official spokesman spokeswoman spokesperson
sell: sell sale
buy: buy purchase acquisition acquire takeover
ill: ill sick illness disease infection infect case
game: game match
contract: contract deal agreement pact accord
talks: talks negotiation negotiations
""".strip().splitlines()

RELATED_OF: dict[str, str] = _table(_RELATED)
"""Words of one topic, folded for context similarity only (never to block a pair)."""

PEOPLE = frozenset("visitor passenger crew worker student protester troops member population"
                   .split())
"""Classes of who people are: a count of them may be a count of what befell them."""
OUTCOMES = frozenset("dead injured missing rescued evacuated arrested jobs".split())
"""Classes of what befalls people: "killed four fans" counts the dead."""

JOB_CUTS = frozenset(key(w) for w in """
cut cuts shed sheds shedding axe axed lay laid layoff layoffs redundant redundancies sack sacked
dismiss dismissed furlough furloughed
""".split())
"""Verbs of job losses: "cut 640 workers", "640 staff were laid off" count jobs lost."""

EMPLOY = frozenset(key(w) for w in "employ employs employed employing".split())
"""People a company employs are its workers."""
SETTLEMENT = frozenset(key(w) for w in """
town city village country nation island region district province state county municipality
suburb community neighbourhood neighborhood borough capital port valley
""".split())
"""Places whose people, counted as "a town of 93,000 people", are its population."""

GENERIC = frozenset(key(w) for w in """
people person individual resident customer home household family man woman child
unit case one figure number total amount sum
""".split())
"""Nouns that count without saying what happened to them: "14 people" needs its verb."""

REPORTING = frozenset(key(w) for w in """
say said tell told report reported announce announced state stated estimate estimated
put count counted according claim claimed confirm confirmed
""".split())

STOP = frozenset(key(w) for w in """
a an the of in on at to for from by with and or but as that this these those it its their
his her he she they them we our you your i be have do will would could should may might
can than then there here which who whom whose what when where while after before since
until also more less most least about around some nearly almost roughly approximately
over under just only up down out into onto per cent percent very much many few several
not no never all any each both other another such so if because though although yet
said say says told according
""".split())

COMPARED = frozenset(key(w) for w in """
beat beating beats missed miss misses exceeded exceed exceeds topped top than above below
outpaced outstripped surpassed undershot overshot behind
""".split())
"""Words before a role word that compare against it: "beat forecasts" is no forecast, "eight
months *behind* schedule" a delay, not a date planned."""

CHANGE = frozenset(key(w) for w in """
up down rise rose fall fell increase decrease gain drop climb jump slide
""".split())
"""Words of a change: "up 12%" measures what came before the comma."""

CONJUNCTIONS = keyed("and or but while whereas whilst")


__all__ = ["CHANGE", "CLASS_OF", "COMPARED", "COMPOUND_OF", "CONJUNCTIONS", "CONTRAST_OF",
           "EMPLOY", "GENERIC", "JOB_CUTS", "MONTHS", "OUTCOMES", "PARTY_OF", "PEOPLE",
           "RELATED_OF", "REPORTING", "ROLE_OF", "ROLE_VERBS", "SETTLEMENT", "STOP",
           "UNSAID_ROLES", "WITHIN", "key", "keyed", "lemma", "month", "periods_differ",
           "roles_differ", "stem"]
