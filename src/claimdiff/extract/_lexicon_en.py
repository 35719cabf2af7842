"""English word classes for clause analysis: function words, verbs, event nouns.

Only language data lives here; the rules are in `_clauses.py` and `_claims.py`.
Another language supplies a module with the same names. Verbs are listed by
lemma; inflected forms (-s, -ed, -ing) are derived by rule, irregular pasts
are listed.
"""

from __future__ import annotations

from claimdiff.normalization._verbs_en import IRREGULAR_VERBS

LANG = "en"

DETERMINERS = frozenset(
    "the a an this that these those their its his her our your my some any each every "
    "all both no another other such which whose".split())
PRONOUNS = frozenset(
    "he she it they we i you him them us me who whom this these those".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
PREPOSITIONS = frozenset(
    "of in on at by for from to with without into onto over under after before since during "
    "until till towards toward against between among about across through throughout "
    "within upon near behind beyond despite following amid amidst around as per via "
    "than".split())
SUBORDINATORS = frozenset("after before since until till once as".split())
"""Prepositions that may open a clause with its own subject ("after the first units left")."""
CONJUNCTIONS = frozenset(
    "and or but while whereas although though because nor yet when whenever unless".split())
"""Words that may start a coordinated or subordinate clause."""
CLAUSE_CONJUNCTIONS = frozenset("but while whereas although though because yet".split())
"""Conjunctions that always start a clause (`and`/`or` only do before a verb)."""
RELATIVES = frozenset("which who whom whose that where".split())
ADVERBS = frozenset(
    "then thus also still now already since previously later earlier again long finally "
    "reportedly allegedly only just even strongly daily recently formerly".split())
AUX_ADVERBS = frozenset("last first once ever twice".split())
"""Words that are adverbs right after an auxiliary ("was last hit", "had first reached") and
adjectives elsewhere ("the last troops")."""
NEGATIONS = frozenset("not never no n't".split())
AUXILIARIES: dict[str, str] = {
    "is": "be", "are": "be", "was": "be", "were": "be", "be": "be", "been": "be", "being": "be",
    "am": "be", "has": "have", "have": "have", "had": "have", "having": "have",
    "do": "do", "does": "do", "did": "do", "will": "will", "would": "will", "shall": "will",
    "should": "will", "can": "can", "could": "can", "may": "may", "might": "may", "must": "must",
    "cannot": "can", "isn't": "be", "aren't": "be", "wasn't": "be", "weren't": "be",
    "hasn't": "have", "haven't": "have", "hadn't": "have", "don't": "do", "doesn't": "do",
    "didn't": "do", "won't": "will", "wouldn't": "will", "shouldn't": "will", "can't": "can",
    "couldn't": "can", "mustn't": "must", "mightn't": "may",
}
NEGATED_AUXILIARIES = frozenset(w for w in AUXILIARIES if w.endswith("n't") or w == "cannot")
"""Auxiliaries that carry a negation ("didn't", "cannot")."""
MODALS: dict[str, str] = {
    "will": "future", "would": "conditional", "shall": "future", "should": "modal",
    "can": "modal", "could": "modal", "may": "modal", "might": "modal", "must": "modal",
    "won't": "future", "wouldn't": "conditional", "shouldn't": "modal", "can't": "modal",
    "cannot": "modal", "couldn't": "modal", "mustn't": "modal", "mightn't": "modal",
}
"""Modal auxiliaries and what they make of the verb after them: a future or possible event,
not a past one ("12,000 workers will strike")."""
AUXILIARY_PAST: dict[str, str] = {
    "be": "was", "have": "had", "do": "did", "will": "would", "can": "could", "may": "might",
    "must": "must",
}
"""The simple past of an auxiliary standing as the main verb ("are on strike": `was on`)."""
TITLES = frozenset(
    "mr mrs ms dr gen col lt maj capt sgt adm sen rep gov pres prof rev st fr sir".split())
"""Honorifics written before a name (without the period)."""
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt maj capt sgt cpl adm sen rep gov pres prof rev st fr jr sr "
    "inc corp ltd co no nos vs etc approx est dept univ mt ft ave blvd jan feb mar apr "
    "jun jul aug sep sept oct nov dec e.g i.e a.m p.m u.s u.k u.n e.u".split())
"""Words that take a period without ending a sentence (lower case, no final period)."""
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    "etc inc corp ltd co jr sr u.s u.k u.n e.u a.m p.m".split())
"""Abbreviations that may also end a sentence: split when a capitalised
function word follows ("... in the U.S. The ...")."""
SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i this these those there but and in on at after before "
    "when while however meanwhile his her their its our".split())

# Verbs by lemma. Regular forms are derived; irregular pasts are listed below.
VERBS = frozenset("""
accept accuse add admit agree aim allow announce appear approve arrest arrive ask attack
attend award ban become begin believe block break bring build buy call capture carry cause
cede claim close come complete confirm continue control cost count cover create cut decide
declare defeat delay demand denounce deny depart deploy destroy die displace drop elect
employ end enforce enter estimate evacuate expect expel face fall fight file find finish
fire flee force form free gain get give go grow halt hand have hit hold hurt increase injure
invade issue join keep kill launch lead leave lose make mark meet move name negotiate
occupy offer open order own pass pay pit plan post promise protest provoke pull put raise
reach receive record reduce refuse reject release remain report require resign respond
restore retake return rise rule run say see seize sell send serve set share shoot show
sign start stay stop strike suffer surrender sweep take tell think threaten total track
train transfer turn vote wage want warn win withdraw wound
shake jolt decree impose proclaim intervene cast choose spend sleep
""".split())
IRREGULAR: dict[str, str] = IRREGULAR_VERBS
"""Irregular pasts and past participles, each to its lemma (shared with `measure`)."""
NOT_VERBS = frozenset(
    "red bed need speed hundred seed united armed shed feed breed weed sacred naked wicked "
    "kindred rugged aged alleged ongoing during morning evening thing nothing something "
    "anything everything king ring spring sing wing string bring building ceiling "
    "meeting offering wedding fighting beginning "
    "news series species means bus gas press process focus status crisis basis analysis "
    "us this was his its has is as".split())
"""Words that look like verb forms but are not (or are nouns too often to guess)."""

REPORTING = frozenset(
    "say announce report tell state confirm claim add declare note write explain insist "
    "warn deny".split())
"""Verbs of saying: their clause names who said it (the attribution)."""

PARTICLES = frozenset("out up off down back over away on in".split())
"""Particles that belong to the verb ("carry out", "pull out")."""

IDIOMS: dict[str, str] = {
    "come to power": "come to power", "take power": "come to power",
    "take office": "come to power", "leave dead": "kill", "leave dead and": "kill",
    "lose their lives": "kill", "lose lives": "kill", "lose his life": "kill",
    "lose her life": "kill",
    "claim the lives": "kill", "claim lives": "kill", "cost the lives": "kill",
    "pull out": "withdraw", "pull back": "withdraw", "carry out": "carry out",
    "hand over": "return", "give back": "return", "come into force": "take effect",
    "take effect": "take effect", "sustain damage": "damage", "suffer damage": "damage",
}
"""Multi-word predicates (lemmatized) and the predicate they stand for."""

STATE_IDIOMS: dict[str, str] = {
    "in power": "come to power", "in office": "come to power", "at the helm": "come to power",
}
"""Verbless states in an apposition ("Pashinyan, in power since 2018, ...") and the
predicate they imply."""

# Event synonyms: verb lemmas and nouns of one event, under one canonical name.
EVENT_VERBS: dict[str, str] = {
    "withdraw": "withdrawal", "leave": "withdrawal", "depart": "withdrawal",
    "pull": "withdrawal", "evacuate": "withdrawal", "retreat": "withdrawal",
    "deploy": "deployment", "station": "deployment",
    "kill": "death", "die": "death",
    "invade": "invasion", "attack": "attack", "strike": "attack",
    "return": "return", "restore": "return", "cede": "return", "transfer": "return",
}
EVENT_NOUNS: dict[str, str] = {
    "withdrawal": "withdrawal", "pullout": "withdrawal", "pull-out": "withdrawal",
    "pullback": "withdrawal", "departure": "withdrawal", "retreat": "withdrawal",
    "evacuation": "withdrawal", "exit": "withdrawal",
    "deployment": "deployment", "mission": "deployment",
    "war": "war", "conflict": "war", "fighting": "war", "hostilities": "war",
    "offensive": "offensive", "operation": "offensive", "assault": "offensive",
    "attack": "attack", "strike": "attack", "invasion": "invasion",
    "ceasefire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire",
    "negotiations": "negotiations", "talks": "negotiations",
    "restitution": "return", "handover": "return", "transfer": "return",
    "agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement",
    "election": "election", "vote": "election", "protest": "protest", "protests": "protest",
}
PHASED_EVENTS = frozenset("withdrawal deployment war offensive invasion negotiations".split())
"""Events that run a while, so that "the first"/"the last" units of them name a phase (not
"the last earthquake", an earlier one)."""
FORCE_VERBS = frozenset(("pull", "evacuate"))
"""Verbs that name a withdrawal only of forces, personnel or a mission: with another object they
name no withdrawal ("pulled 15 survivors from the rubble", "evacuated 12,000 residents")."""
FORCE_NOUNS = frozenset("""
troops forces force soldiers servicemen personnel peacekeepers peacekeeping units unit
contingent contingents mission missions army armies military battalion battalions brigade
brigades division divisions staff diplomats ambassador embassy observers monitors police
fighters militants garrison fleet navy warships ships aircraft jets
""".split())
"""Nouns of forces and missions: what a withdrawal withdraws."""
VERB_CLASSES: dict[str, str] = {
    "strike": "strike", "hit": "strike", "shake": "strike", "rock": "strike", "jolt": "strike",
    "kill": "kill", "die": "kill",
    "injure": "injure", "wound": "injure", "hurt": "injure",
}
"""Verbs of one event under one lemma, so that outlets' wordings align: an earthquake or an
attack "hit"/"struck"/"shook"/"rocked" a place; people "were killed"/"died"; "were
injured"/"wounded"/"hurt"."""
OBJECT_VERB_CLASSES: dict[str, tuple[frozenset[str], str]] = {
    "emergency": (frozenset("declare announce impose decree proclaim introduce".split()),
                  "declare"),
    "curfew": (frozenset("declare announce impose decree introduce".split()), "impose"),
}
"""Verbs that name one act with a given object word: a state of emergency is "declared",
"announced", "imposed" or "decreed"."""
NOUN_CLASSES: dict[str, str] = {
    "homes": "homes", "houses": "homes", "dwellings": "homes", "residences": "homes",
    "home": "homes", "house": "homes", "dwelling": "homes",
    "dead": "dead", "deaths": "dead", "fatalities": "dead",
    "injured": "injured", "wounded": "injured",
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake",
    "temblor": "earthquake", "persons": "people",
}
"""Counted nouns of one kind, named alike as a claim's subject ("3,000 dwellings were
damaged" is about `homes`)."""
OF_HEADS = frozenset("state".split())
"""Nouns named with their `of` phrase ("a state of emergency")."""
STATE_NOUNS = frozenset("""
state emergency curfew ban ceasefire truce lockdown blockade strike mission deployment
sanctions embargo moratorium suspension closure
""".split())
"""Nouns of a state that lasts: "declared a state of emergency for 30 days" says how long the
state lasted."""
CAUSE_PREDICATES = frozenset("struck killed injured".split())
"""Predicates whose subject is the cause of later counts ("A further 380 persons were
injured": by the earthquake named before)."""
UNACCUSATIVE = frozenset("die perish drown".split())
"""Verbs whose counted subject is what happened to it ("23 people died" like "were killed")."""
ATTRIBUTE_NOUNS = frozenset("""
depth height altitude distance length width magnitude speed size area population temperature
turnout rate
""".split())
"""Nouns of a measured property: "at a depth of 35 kilometres" says the subject's depth."""
PHASE_VERBS: dict[str, str] = {
    "begin": "begin", "start": "begin", "launch": "begin", "commence": "begin",
    "initiate": "begin", "open": "begin",
    "complete": "complete", "finish": "complete", "end": "complete", "conclude": "complete",
    "finalize": "complete", "finalise": "complete", "wrap": "complete",
}
"""Verbs of the phase of an event: `began the withdrawal` is `begin withdrawal`."""
PHASE_NOUNS: dict[str, str] = {
    "start": "begin", "beginning": "begin", "launch": "begin", "onset": "begin",
    "completion": "complete", "end": "complete", "conclusion": "complete",
}
PHASE_ADJECTIVES: dict[str, str] = {"first": "begin", "last": "complete", "final": "complete"}
"""`the first units departed` is the start of a departure."""
PHASE_EQUIVALENTS: dict[tuple[str, str], tuple[str, str]] = {
    ("complete", "deployment"): ("complete", "withdrawal"),
}
"""An event that ends by itself is another event's phase: "the mission ended" (a deployment,
subject of an active phase verb) is the completed withdrawal. Not for "completed the
deployment" or "the deployment was completed" (all troops in place)."""

LIGHT_NOUNS = frozenset(
    "process implementation part rest bulk majority number total group start end "
    "beginning completion launch kind sort type series".split())
"""Nouns whose `of` complement is what a phrase is about ("the process of withdrawal")."""
DEVERBAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "al", "ure")
DIMENSION_ADJECTIVES = frozenset("long wide high tall deep old thick".split())
"""Adjectives after a measure: "a 12.7 km long border section"."""
MEASURE_UNITS = frozenset(("m", "m²", "m³", "kg"))
"""Units of a quantity that describes the noun after it ("a 17-kilometre section"): lengths,
areas, weights, volumes (base units of the normalizer); not money or percentages."""
LAST_PREDICATE = "last"
AGE_PREDICATE = "age"
MEASURE_PREDICATE = "measure"
