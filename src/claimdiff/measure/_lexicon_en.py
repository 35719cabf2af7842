"""English words for measurements: a light lemmatizer, synonym classes, roles, parties.

The classes are news vocabulary for what a number measures, not phrases of
any one report: each member is a lemma (after `lemma`), so "killed",
"killing" and "kills" all fall into the class of "kill". A word may open a
class only once; the class name is its first member.
"""

from __future__ import annotations

import re
from functools import lru_cache

_IRREGULAR = {
    "died": "die", "dying": "die", "dead": "dead", "deaths": "death", "fled": "flee",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow",
    "grown": "grow", "hit": "hit", "cut": "cut", "won": "win", "lost": "lose", "paid": "pay",
    "sold": "sell", "sought": "seek", "left": "leave", "men": "man", "women": "woman",
    "children": "child", "people": "people", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "struck": "strike", "stood": "stand", "took": "take", "taken": "take", "held": "hold",
    "gave": "give", "given": "give", "made": "make", "came": "come", "went": "go",
    "gone": "go", "goes": "go", "does": "do", "was": "be", "were": "be", "is": "be",
    "are": "be", "been": "be",
    "had": "have", "has": "have", "spent": "spend", "built": "build", "drove": "drive",
    "driven": "drive", "flew": "fly", "flown": "fly", "ran": "run", "began": "begin",
    "begun": "begin", "bore": "bear", "borne": "bear", "hurt": "hurt", "sentenced": "sentence",
    "news": "news", "series": "series", "species": "species", "police": "police",
    "wounded": "wound", "lives": "life", "injured": "injure", "casualties": "casualty",
    "spending": "spending",  # the noun of budgets; "spent the day in tents" is no budget
    "damages": "damages",  # a court's award; the singular "damage" is harm, its sum a cost
    "met": "meet", "spoke": "speak", "spoken": "speak", "broke": "break", "broken": "break",
    "sent": "send", "kept": "keep", "told": "tell", "brought": "bring", "bought": "buy",
    "caught": "catch", "chose": "choose", "chosen": "choose", "wrote": "write",
    "written": "write", "fought": "fight", "sank": "sink", "sunk": "sink", "froze": "freeze",
    "frozen": "freeze", "swept": "sweep", "shook": "shake", "shaken": "shake", "threw": "throw",
    "thrown": "throw", "stole": "steal", "stolen": "steal", "rang": "ring", "sang": "sing",
    "heard": "hear", "led": "lead", "saw": "see", "seen": "see", "knew": "know",
    "known": "know", "felt": "feel", "meant": "mean", "shot": "shoot", "hid": "hide",
    "hidden": "hide", "rode": "ride", "ridden": "ride", "fed": "feed", "bled": "bleed",
}
_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude lemma: lower case, plural and verb endings stripped (the same on both sides)."""
    w = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("xes", "x"),
                         ("ches", "ch"), ("shes", "sh")):
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    if w.endswith("ing") and len(w) > 5 and _VOWEL.search(w[:-3]):
        return _short_e(_undouble(w[:-3]), w[:-3])
    if w.endswith("ed") and len(w) > 4 and _VOWEL.search(w[:-2]):
        return _short_e(_undouble(w[:-2]), w[:-2])
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_SHORT = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")


def _short_e(stem: str, bare: str) -> str:
    """A short stem gets back the silent `e` its ending took ("fined" -> "fine", "voted" ->
    "vote", "rating" -> "rate"), as its bare form keeps it, never a doubled one ("pinned")."""
    return stem + "e" if stem == bare and _SHORT.fullmatch(stem) else stem


def _undouble(stem: str) -> str:
    # "stopped" -> "stop"; "evacuated" -> "evacuat" and "evacuate" -> "evacuat" meet below
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem


def key(word: str) -> str:
    """The lemma with a final silent `e` dropped, so "evacuate" and "evacuated" meet."""
    w = lemma(word)
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


_TIMES = frozenset("hour night week fortnight month quarter year".split())
"""Nouns of time whose "-ly" makes a rate ("monthly pay"), no adverb of its adjective."""
_DERIVED = re.compile(r"(?<=[a-z]{3})(?:ion|ment|(?<=[svwy])al)$")


@lru_cache(maxsize=65536)
def stem(k: str) -> str:
    """A key with a noun-forming suffix dropped, so the noun meets its verb: "eruption" and
    "erupted", "operation" and "operate", "payment" and "paid" (as "pay"), "removal" and
    "removed" (an "-al" after s, v, w or y only: "several", "national" are no verbs); an adverb's
    "-ly" too, so it meets its adjective: "severely" and "severe" (a short word, "family",
    "daily", keeps it, and so does a rate, "monthly")."""
    if len(k) > 6 and k.endswith("ly") and k[:-2] not in _TIMES:
        return key(k[:-3] + "y" if k.endswith("ily") else k[:-2])  # "heavily": "heavy"
    return _DERIVED.sub("", k) if len(k) > 6 else k


def keyed(words: str) -> frozenset[str]:
    """Words as written and as keys: a set one can test a token's text or its key against
    ("while" is keyed "whil", "because" "becaus")."""
    return frozenset(w for x in words.split() for w in (x, key(x)))


def _table(lines: list[str]) -> dict[str, str]:
    """A `name: word word …` table as each word's key to its name (the first name wins)."""
    out: dict[str, str] = {}
    for line in lines:
        name, words = line.split(":")
        for w in words.split():
            out.setdefault(key(w), name.strip())
    return out


_CLASSES = """
dead: dead die death kill fatality toll life fatal perish killed victim body
injured: injure injury hurt wound casualty hospitalise hospitalize hospitalised
missing: missing unaccounted
rescued: rescue survivor survive save alive
evacuated: evacuate evacuation flee shelter displace displaced evacuee relocate
arrested: arrest detain detention custody
troops: troop soldier serviceman servicemen personnel
outage: outage power electricity blackout dark
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

_ROLES = """
forecast: forecast predict prediction expect expectation projection anticipate
  outlook guidance guide guided
limit: limit cap capped ceiling permitted allowed allowable allowance threshold quota
target: target goal aim plan pledge promise standard scheduled rescheduled
sought: seek demand ask request propose proposal want
offer: offer bid reward bounty
previous: previous prior former initially original
minimum: minimum lowest low
maximum: maximum highest high peak top
nominal: nominal
real: real inflation-adjusted
average: average mean typical
ranking: ranked ranking seeded
aftershock: aftershock
median: median
margin: margin gap
one-off: one-off lump-sum
""".strip()

ROLE_OF: dict[str, str] = _table(re.split(r"\n(?=\w)", _ROLES))

ROLE_VERBS = frozenset(key(w) for w in "seeded".split())
"""Roles said only by a verb ("third-*seeded*"), whose noun is another word: "seeds" in a
vault, a "seed" funding round."""

UNSAID_ROLES = frozenset({"minimum", "maximum", "nominal", "real", "average", "median"})
"""Roles a report often leaves unsaid ("the storm's lowest pressure" is its central pressure,
"wages rose 3%" is nominal, "house prices" often an average): they tell two figures apart
only against one another."""


def roles_differ(a: str | None, b: str | None) -> bool:
    """Two roles tell values apart: unequal, unless one is unsaid and the other may be."""
    if a == b:
        return False
    return bool(a and b) or (a or b) not in UNSAID_ROLES

_A_YEAR = re.compile(r"(?:19|20)\d\d$|(?:this|last|next) year$")


def periods_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two figures' periods share nothing: a bare "quarter" may be "the third quarter", "June"
    is no "July", March no year to date; or both name years and no year of one is the
    other's (2025 and March against 2019 and March). A year in common keeps the rest
    together: a figure's period is often its event's date, told to the month by one
    report and not the other. Two seasons are apart by their labels ("this season" and "last
    season" share none, though each may span a year the other does). A rate's span ("per
    day") is how the figure is counted, not when: it differs only from another rate's ("31,000
    riders a day" may be the third quarter's, never "a week")."""
    ra, rb = {x for x in a if x.startswith("per ")}, {y for y in b if y.startswith("per ")}
    if ra and rb and not ra & rb:
        return True
    if ra or rb:
        a, b = tuple(x for x in a if x not in ra), tuple(y for y in b if y not in rb)
    sa, sb = {x for x in a if x.startswith("season ")}, {y for y in b if y.startswith("season ")}
    if sa and sb and not sa & sb:
        return True
    wa, wb = {x for x in a if x.startswith(WITHIN)}, {y for y in b if y.startswith(WITHIN)}
    if wa or wb:
        a, b = tuple(x for x in a if x not in wa), tuple(y for y in b if y not in wb)
    ya, yb = {x for x in a if _A_YEAR.match(x)}, {y for y in b if _A_YEAR.match(y)}
    if ya and yb and not ya & yb:
        return True
    return bool(a and b) and not any(x == y or x in y.split() or y in x.split()
                                     for x in a for y in b) \
        and not _month_in_year(a, wa, b) and not _month_in_year(b, wb, a)


WITHIN = "within "
"""The mark of the year a month named without one falls in, read from the report's date
("since January" in a report of October 2026 is within 2026: `_period.dated`)."""


def _month_in_year(months: tuple[str, ...], within: set[str], years: tuple[str, ...]) -> bool:
    """Months of a year the other figure's period is the whole of: a span inside the other
    ("since January" within "this year"), not apart from it (a quarter or a month on the
    other side is a span of another kind)."""
    return bool(within and years and months) and all(m in _MONTH_NAMES for m in months) \
        and all(_A_YEAR.match(y) for y in years) \
        and {w.removeprefix(WITHIN) for w in within} <= set(years)


_PARTIES = """
police: police officer constabulary cop cops detective
organiser: organiser organizer organisers organizers
union: union
company: company management firm employer group
opposition: opposition
government: government ministry minister authority official state agency
rebels: rebel insurgent militant
army: army military
""".strip().splitlines()

PARTY_OF: dict[str, str] = _table(_PARTIES)

_CONTRASTS = """
open: open opening | close closing
start: start begin beginning | end finish finishing
extreme: high highest maximum max peak top | low lowest minimum min bottom
seniority: oldest eldest | youngest
direction: rise rose increase gain climb jump | fall drop decrease decline slump slide
result: win winner won victor | lose loser lost runner-up defeat loss
goals: score scored scoring | concede conceded conceding
queue: receive received receipt intake | process processed processing
cargo: load loaded loading | unload unloaded unloading
staffing: hire hired hiring recruit recruited | layoff laid redundancy redundant dismiss dismissed
vital: birth born | death died
money: spend spent spending expenditure outlay | revenue income
trade: buy purchase acquire | sell
flow: import | export
travel: arrive arrival land landing | depart departure leave take-off takeoff
part: day daytime | night overnight
sex: men man male | women woman female
route: inbound | outbound
certainty: estimate estimated fear feared | confirm confirmed
count: preliminary provisional partial | final official definitive
wind: sustained | gust gusting
adjustment: adjusted seasonally-adjusted | unadjusted
basis: gross pre-tax pretax before-tax | net after-tax
market: domestic | international overseas
chamber: lower | upper senate
horizon: month-on-month monthly | year-on-year annual annually yearly
scope: each apiece | total combined
selection: apply applied applicant application | admit admitted accept accepted enrol enrolled
rate: policy benchmark | mortgage deposit savings lending
novelty: old | new
age-group: adult adults | child children kid kids junior juniors
extent: national nationally nationwide countrywide country | regional regionally region
trade-level: wholesale farmgate farm-gate producer | retail shop shopper shoppers consumer
medium: air | water sea ocean
tenure: permanent full-time long-term | temporary construction seasonal short-term
outlay: install installation upfront one-off | maintain maintenance upkeep operating
stock: plant replant sow sown | remove removal felled uproot
"""

CONTRAST_OF: dict[str, tuple[str, int]] = {}
"""Lemmas that set two values apart when each side has a different pole: opening against
closing price, highest against lowest temperature, winner against loser."""
for _line in _CONTRASTS.strip().splitlines():
    _name, _poles = _line.split(":")
    for _pole, _words in enumerate(_poles.split("|")):
        for _w in _words.split():
            CONTRAST_OF.setdefault(key(_w), (_name.strip(), _pole))

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

MONTHS = frozenset(key(w) for w in """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec quarter half semester h1 h2 q1 q2 q3 q4
""".split()) - {"may"}
_FULL_MONTHS = [key(w) for w in """january february march april may june july august
september october november december""".split()]
_MONTH_NAMES = frozenset(_FULL_MONTHS)
_MONTH_OF = {key(w[:n]): m for w, m in zip("""january february march april may june july
august september october november december""".split(), _FULL_MONTHS, strict=True)
             for n in (3, 4)}


def month(k: str) -> str:
    """A month key as its full name's ("oct" and "october" are one period)."""
    return _MONTH_OF.get(k, k)
