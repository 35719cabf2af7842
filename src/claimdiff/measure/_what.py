"""What a value measures, what qualifies it, and its context, from the words around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._holder import tokens as _tokens
from claimdiff.measure._nouns_en import THINGS
from claimdiff.measure._window import AFTER, BEFORE, TIGHT, copula_subject
from claimdiff.normalization import Kind, Value

FUTURE = "future"
"""The modality of a statement of what will be ("the line *will* run 214 departures"): a
modal against another modal, but against a plain statement only a preference (`pair`)."""


def moods_differ(x: str | None, y: str | None) -> bool:
    """Two modalities that set two statements apart: "will" is one with a modal verb."""
    return (x if x != FUTURE else "modal") != (y if y != FUTURE else "modal")


def future_alone(x: str | None, y: str | None) -> bool:
    """One statement says what will be and the other plainly what is: often one figure, the
    plan told in the present ("Weekday departures rise to 241"), sometimes the new level
    against the current one."""
    return {x, y} == {FUTURE, None}


def dimension_of(value: Value) -> str:
    """The dimension measurements are blocked on."""
    if value.kind is Kind.DATE:
        return "date"
    if value.kind is Kind.DURATION:
        return "duration"
    if value.kind is Kind.SET:
        return "set"
    if value.dimension == "time":
        return "duration"  # "4hr 32min" read as a quantity of time is a duration
    return value.dimension or "count"


def measured_class(words: str) -> str | None:
    """The synonym class of a measured noun phrase ("people killed" -> `dead`), if any."""
    for tok in reversed(_tokens(words, 0, len(words))):
        k = tok.key
        if k in lex.CLASS_OF and k not in lex.GENERIC:
            return lex.CLASS_OF[k]
    return None


def modifier(noun: str | None, inside: Sequence[Tok]) -> str | None:
    """A generic noun's modifier, which says what is counted: "310,000 credit *card*
    numbers", "1.2 million customer *records*" (`inside`: the value's own words)."""
    if not noun or lex.key(noun.split()[-1]) not in lex.GENERIC:
        return None
    words = [t for t in inside if t.text[0].isalpha() and t.key not in lex.STOP]
    if len(words) < 2 or lex.key(words[-1].text) != lex.key(noun.split()[-1]):
        return None
    mod = words[-2]
    if (mod.key, lex.key(words[-1].text)) in lex.COMPOUND_OF:
        return f"{mod.text} {words[-1].text}"  # "twenty-foot equivalent units": TEUs
    if mod.key in lex.GENERIC or mod.text[0].isupper() or _NUMBER_WORD.fullmatch(mod.text) \
            or mod.text.endswith("ed") or not noun_only(mod.text):
        return None  # "1.8 million homes", "an estimated 200,000 people", "suspected cases"
    return mod.text


def noun_only(word: str) -> bool:
    """A word that can only be a noun before another ("*card* numbers", "*cancer* cases"),
    not an adjective or a participle ("previously *unknown* cases", "*hidden* cases", "*new*
    cases"): an adjective says which of the things, not what is counted. A word the tables
    do not know ("dengue") is taken as a noun."""
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    lemmas = getAllLemmas(word.lower())
    return not lemmas or ("NOUN" in lemmas and "ADJ" not in lemmas)


_NUMBER_WORD = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
    r"hundred|thousand|million|billion|trillion|dozen|score|half|quarter|third)s?")


def _counted_noun(k: str, own: Sequence[str]) -> bool:
    """A count's own noun of no class, in the plural, that may be a noun ("bridges", "medals",
    "investors": right after a number it is one), not a generic one ("people", "homes"), with
    no participle before it (a magnitude "6.1 *flattened* villages" counts no villages): the
    thing the count says it counts."""
    from lemminflect import getAllLemmas

    low = own[-1].lower()
    if k in lex.GENERIC or k in lex.CLASS_OF or not low.isalpha() \
            or not low.endswith("s") or len(low) < 4 \
            or any(_inflected_verb(w) for w in own[:-1]):
        return False
    lemmas = getAllLemmas(low)
    return not lemmas or "NOUN" in lemmas


def _headed(before: Sequence[Tok]) -> bool:
    """A value in the phrase of a class noun right before it, after a preposition ("*exports*
    of 7.8 million bags", "cut *prices* on 400 products") or none ("a *magnitude* 6.1
    flattened villages"; not a verb, "*houses* four accelerators"): that noun's figure."""
    head = before[1] if len(before) > 1 and before[0].key in _HEAD_PREPOSITIONS else (
        before[0] if before else None)
    if head is None or head.key not in lex.CLASS_OF or head.key in lex.GENERIC:
        return False
    if head is before[0]:
        from lemminflect import getAllLemmas

        return "VERB" not in getAllLemmas(head.text.lower())
    return True


_HEAD_PREPOSITIONS = frozenset(("of", "on", "for", "in"))


def _infinitive(word: str) -> bool:
    """A verb's base form ("build", "repair"), not a plural noun ("shelters")."""
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    low = word.lower()
    return not low.endswith("s") and low in getAllLemmas(low).get("VERB", ())


_THING_CLASSES = frozenset({"jobs", "house", "share", "seat", "rate"})
"""Classes of things whose past verbs are another sense: "volunteers *posted* at the
entrances", "*built* in 1990", "*shared* the prize", "*rated* inadequate"."""


def _past_verb(word: str) -> bool:
    """A verb's past form ("posted", "built"), not its "-ing" form, often a noun ("building")."""
    return not word.lower().endswith("ing") and _inflected_verb(word)


def _inflected_verb(word: str) -> bool:
    """A verb's participle ("died", "killed", "missing"), not a noun ("shelter", "jobs")."""
    from lemminflect import getAllLemmas

    low = word.lower()
    return not low.endswith("s") and any(
        lemma != low for lemma in getAllLemmas(low).get("VERB", ()))


def _inhabitants(before: Sequence[Tok], after: Sequence[Tok]) -> bool:
    """People counted as a place's: "a town of 93,000 people", "home to 12,000 people",
    "12,000 people live there"."""
    of_place = len(before) > 1 and (
        (before[0].key == "of" and before[1].key in lex.SETTLEMENT)
        or (before[0].key == "to" and before[1].key == "home"))
    return of_place or any(t.key == "live" for t in after[:2])


def what_measured(noun: str | None, after: Sequence[Tok], before: Sequence[Tok],
              farther: Sequence[Tok] = (), *, unitless: bool = False,
              of_people: bool = True, money: bool = False) -> tuple[str | None, str | None, bool]:
    """What is measured: the value's own noun when it is of a class ("640 jobs"), else the
    closest word of a class ("14 people *were killed*", "a *magnitude* 6.1 quake"), else
    the value's own noun ("19 aces"), else a farther word of a class, else a generic noun
    ("people", "homes"). People counted by who they are are counted by what befell them
    when it is said of them (`farther`: the rest of their clause after them). A class of a
    physical quantity or of a sum of money measures no `unitless` value, and one of people or
    of what befalls them only a value `of_people` (a count, a share): "a *high* of 146" is a
    maximum reading, not a height, "the *long*-awaited 12 trains" no length, "the *loss* of
    43 containers" no loss, "by two *lengths* in the €450,000 Oaks" no prize's length."""
    own = noun.split() if noun else []
    k = lex.key(own[-1]) if own else ""
    if len(own) > 1 and (said := lex.COMPOUND_OF.get((lex.key(own[-2]), k))) is not None:
        return said, noun, True  # "1.42 million twenty-foot equivalent units": TEUs
    if unitless:  # a sum of money (`money`) is still a fine, a loss, a wage
        gone = _PHYSICAL if money else _UNCOUNTED
        before = [t for t in before if lex.CLASS_OF.get(t.key) not in gone]
        after = [t for t in after if lex.CLASS_OF.get(t.key) not in gone]
    if not of_people:  # "the ore *body* 450 metres down" is no dead
        before = [t for t in before if lex.CLASS_OF.get(t.key) not in _WHO]
        after = [t for t in after if lex.CLASS_OF.get(t.key) not in _WHO]
        own = [] if lex.CLASS_OF.get(k) in _WHO else own
        k = "" if not own else k
    # "cost 1.8 billion euros to build": a verb after "to" says what the sum is for
    after = [t for n, t in enumerate(after) if not (
        n and after[n - 1].key == "to" and _infinitive(t.text))]  # not "moved ... to shelters"
    if k in lex.CLASS_OF and k not in lex.GENERIC:
        if lex.CLASS_OF[k] in lex.PEOPLE:  # "killed four fans", "640 workers are set to
            # lose their jobs", "shed 640 staff": what befell them is what is counted
            near = (*(farther or after), *before[:TIGHT])
            befell = next((t for t in near if t.key not in lex.GENERIC
                           and lex.CLASS_OF.get(t.key) in lex.OUTCOMES), None)
            if befell is not None:
                return lex.CLASS_OF[befell.key], befell.text, True
            cared = _in_hospital(farther or after)
            if cared is not None:
                return "injured", cared.text, True
            cut = next((t for t in near if t.key in lex.JOB_CUTS), None)
            if cut is not None and lex.CLASS_OF[k] in _POSTHOLDERS:
                return "jobs", cut.text, True
        return lex.CLASS_OF[k], noun, True
    if own and unitless and k in THINGS and not any(
            t.key in lex.CLASS_OF and _inflected_verb(t.text)
            for t in (*after[:TIGHT], *before[:TIGHT])):
        # "14 tugs hired for the job" counts tugs; "damaged 36 flats", like people, counts
        # what befell them
        return k, noun, False
    if own and unitless and not money and _counted_noun(k, own) and not _headed(before) \
            and not any(t.key in lex.CLASS_OF and (_inflected_verb(t.text) or lex.CLASS_OF[
                t.key] in lex.OUTCOMES) for t in (*after[:TIGHT], *before[:TIGHT], *farther)) \
            and _in_hospital(farther or after) is None:
        # any noun a count names counts before a class word of another noun's phrase ("nine
        # bridges on the *old* line", "seven medals from the *student* championships",
        # "*cost* 2,300 investors"), not before what befell them ("left 12 tourists *dead*",
        # "4 climbers were taken to hospital")
        return k, noun, False
    if own and k in _HUMAN and any(t.key in _ATTEND for t in after[:TIGHT]):
        return "visitor", noun, True  # "38,000 people watched", as "employs 3,400 people"
    for reach in (TIGHT, max(AFTER, BEFORE)):
        for t in (*after[:reach], *before[:reach]):
            if t.key in lex.CLASS_OF and t.key not in lex.GENERIC and not (
                    lex.CLASS_OF[t.key] in _THING_CLASSES and (_past_verb(t.text) or (
                        own and before and t is before[0]))):
                # a thing's word right before a value with a noun of its own is a verb
                # taking it ("It *houses* four linear accelerators", "*seats* 300 guests")
                return lex.CLASS_OF[t.key], t.text, True
        cared = _in_hospital(farther) if reach == TIGHT else None
        if cared is not None:
            return "injured", cared.text, True  # "14 people were taken to hospital"
        if own and k not in lex.GENERIC:
            return k, noun, False
    if own and k in _HUMAN:  # "Six people are now known to have died": what befell them
        befell = next((t for t in farther if lex.CLASS_OF.get(t.key) in lex.OUTCOMES
                       and _inflected_verb(t.text)), None)  # not "at the shelter"
        if befell is not None:
            return lex.CLASS_OF[befell.key], befell.text, True
    if own and k in lex.GENERIC and any(t.key in lex.EMPLOY for t in before[:TIGHT]):
        return "worker", noun, True  # "employs 3,400 people": its staff
    if own and k in lex.GENERIC and _inhabitants(before, after):
        return "population", noun, True
    for k, text in [*((lex.key(w), w) for w in own), *((t.key, t.text) for t in after)]:
        if k in lex.GENERIC:
            return lex.CLASS_OF.get(k, k), text, False
    return None, None, False


_PHYSICAL = frozenset({"height", "depth", "length", "width", "distance", "area", "temperature",
                       "pressure"})
"""Classes of a physical quantity, said of values in its units ("12 metres *high*")."""
_MONEY = frozenset({"profit", "revenue", "loss", "wage", "fine", "compensation", "debt", "budget"})
"""Classes of sums of money, said of values in a currency: "the *loss* of 43 containers"
counts containers."""
_UNCOUNTED = _PHYSICAL | _MONEY
_WHO = lex.PEOPLE | lex.OUTCOMES
"""Classes of people and of what befalls them, which count; a length, a mass or a sum of
money measures none of them."""
_POSTHOLDERS = frozenset({"worker", "member", "crew", "troops"})
"""Classes of people who hold posts: those of them laid off, sacked or cut are the jobs lost,
whatever word says who they are ("600 union *members* face the sack", "cut 40 *crew*");
not those who hold no post (passengers, students, visitors)."""
_HUMAN = frozenset(lex.key(w) for w in "people person individual man woman child".split())
"""Generic nouns of people, counted by what befell them farther on in their clause."""
_ATTEND = frozenset(lex.key(w) for w in "attend attended attending watch watched".split())
"""Verbs of an audience: people who attended or watched are its visitors or spectators."""
_TO_CARE = frozenset(("to", "in", "into"))
_CARE = frozenset(("treatment", "care"))


def _in_hospital(after: Sequence[Tok]) -> Tok | None:
    """People taken *to* hospital, kept *in* hospital, needing hospital *treatment*: the
    injured, however the report words it; a hospital's own count ("12 hospitals") is not."""
    for n, t in enumerate(after):
        if t.key == "hospital" and (
                n and after[n - 1].key in _TO_CARE
                or n + 1 < len(after) and after[n + 1].key in _CARE):
            return t
    return None


def _fold(k: str) -> str:
    """A lemma as context: its synonym class, else its topic, else its stem."""
    return lex.CLASS_OF.get(k) or lex.RELATED_OF.get(k) or lex.stem(k)


def content(toks: Sequence[Tok]) -> frozenset[str]:
    return frozenset(_fold(t.key) for t in toks
                     if t.text[0].isalpha() and t.key not in lex.STOP and len(t.key) > 1)


def surface(toks: Sequence[Tok], context: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """A written word for each context lemma: the shortest, then the first alphabetically."""
    best: dict[str, str] = {}
    for t in toks:
        k = _fold(t.key)
        if k in context:
            w = t.text.lower()
            if k not in best or (len(w), w) < (len(best[k]), best[k]):
                best[k] = w
    return tuple(sorted(best.items()))


def counted_of(noun: str | None, toks: Sequence[Tok], last: int) -> Tok | None:
    """For a counting unit before "of" ("nine *counts of* attempted murder", "two charges of
    fraud", "three incidents of arson"), the noun it counts: the last word of the "of"
    phrase, before any clause mark, conjunction or preposition; `None` for any other value."""
    if not noun or lex.key(noun.split()[-1]) not in _COUNTING or last >= len(toks) \
            or toks[last].key != "of":
        return None
    found: Tok | None = None
    for t in toks[last + 1:last + 5]:
        if not t.text[0].isalpha() or t.key in _OF_PHRASE_END:
            break
        found = t
    return found


def share_noun(toks: Sequence[Tok], first: int, last: int) -> Tok | None:
    """For a share modifying a noun after an article ("a 50% *refund*", "its 25 per cent
    *stake*", "the 10% *discount*"), that noun; `None` when the share stands alone ("cut by
    18%", "rose 12% last year") or is a change ("a 3% rise")."""
    if not first or toks[first - 1].key not in ARTICLES:
        return None
    if last >= len(toks):
        return None
    head = toks[last]  # the first word: "a 25 per cent refund plus a credit", "a 3% pay rise"
    if not head.text[0].isalpha() or head.key in lex.STOP or head.key in _OF_PHRASE_END \
            or head.key in lex.CHANGE or head.key == "of":
        return None
    return head


def said_of(toks: list[Tok], first: int, last: int, dimension: str | None) -> Tok | None:
    """For a value with no noun of its own, the noun it is the figure of: the head of "a
    *team* of 140", "a *turnout* of 64%", "its *workforce* of 3,000"; for a share of a whole
    ("*Turnout* was 71% of the 84,000 members") its copula's subject when that is of a class,
    since the "of" phrase after a share names the whole, not what is measured."""
    head = toks[first - 2] if first >= 2 and toks[first - 1].key == "of" else None
    if head is not None and head.text[0].islower() and head.key not in _NOT_HEADS \
            and not _NUMBER_WORD.fullmatch(head.text) and head.key not in lex.ROLE_OF \
            and lex.RELATED_OF.get(head.key) not in ("rise", "fall"):
        return head
    if dimension != "percent" or last >= len(toks) or toks[last].key != "of":
        return None
    return next((t for t in copula_subject(toks, first)  # nearest first: the subject's head
                 if t.key in lex.CLASS_OF and t.key not in lex.GENERIC), None)


_NOT_HEADS = lex.STOP | lex.GENERIC | lex.CHANGE | lex.keyed(
    "tally level value estimate peak high low record majority margin minority total each "
    "age cut reduction hike boost growth change difference")
"""Nouns before "of" that say how a figure stands, not what it counts ("a *total* of 140",
"a *margin* of 12", "an *increase* of 5%"); an age is read on its own axis."""

ARTICLES = lex.keyed("a an the its their his her our this that")
_COUNTING = lex.keyed("count counts charge charges incident incidents instance instances "
                      "act acts offence offences offense offenses")
"""Nouns that count occurrences of what follows their "of"."""
_OF_PHRASE_END = lex.keyed("and or but while when as after before in on at for against with "
                           "by from to between during")


__all__ = ["ARTICLES", "FUTURE", "content", "counted_of", "dimension_of", "future_alone",
           "measured_class", "modifier", "moods_differ", "noun_only", "said_of", "share_noun",
           "surface", "what_measured"]
