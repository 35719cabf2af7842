"""Evidence that two paired values are two figures of one measured thing.

Pairing takes the closest values; a conflict needs more. `same_thing` says what shows
that both measure one thing (the same measured noun, the same holder and event, nothing
named on either side); `distinguished` says what tells two figures of one thing apart
(a forecast and a result, this year and last). A pair lacking the one or having the
other is compared but never called a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._closeness import nearest_apart
from claimdiff.measure._different import _same_names, unheld_against_part
from claimdiff.measure._forward import roles_apart
from claimdiff.measure._holder import distinct_holders
from claimdiff.measure._labels import designated_apart
from claimdiff.measure._lexicon_en import GENERIC, OUTCOMES
from claimdiff.measure._model import Measurement
from claimdiff.measure._phrases import founded_thing
from claimdiff.measure._scope import SOME_REGION


def same_thing(a: Measurement, b: Measurement) -> str | None:
    """Evidence that `a` and `b` measure one thing, in words; `None` when there is none.

    Shared context pairs values but is no reason for a conflict: "four helicopters"
    and "two rivers" of one storm share their sentence, not what they count. A value
    that names what it measures conflicts only with a value naming the same thing (or
    mentioning it in its sentence), or one of the same holder and event; bare values
    (a date, a clock time, "74 metres") are told apart by their unit and context.
    """
    if a.dimension == "age":  # every age measures "age": only its holder says whose
        who_a, who_b = (x.holder if x.holder != _SOMEONE else () for x in (a, b))
        if _SOMEONE in (a.holder, b.holder) and (founded_thing(a.value)
                                                 or founded_thing(b.value)):
            return "the age of a thing one report names and the other describes"
        if (who_a and b.holder == _SOMEONE) or (who_b and a.holder == _SOMEONE):
            return None  # someone the report does not name is no one it names
        for x, y, whose in ((a, b, who_a), (b, a, who_b)):
            if whose and not y.holder and y.who and y.who not in x.context \
                    and not founded_thing(x.value) and not _names_subject(whose, y) \
                    and not y.contrast & {lex.CONTRAST_OF.get(w) for w in x.context}:
                # "the 52-year-old main", "a third suspect, aged 41": no one the other report
                # names ("Grant Haddon, 59") unless its sentence says it is one, or both are
                # the one of a kind ("the youngest victim", "the youngest, Elin Mayhew")
                return None
        if who_a and who_b:
            return f"the age of {_common(who_a, who_b)}" if _same_names(who_a, who_b) else None
        if a.who and b.who and a.who != b.who and {a.who, b.who} & OUTCOMES \
                and not (a.who in b.context and b.who in a.context):
            # "the victim, 12" and "a 41-year-old man" arrested: one is said to be a victim,
            # the other not; a "surgeon" and a "doctor" may be one person
            return None
        return "an age, one of them not said whose"
    if a.measured is not None and a.measured == b.measured:
        return f"both measure {a.measured}"
    if a.holder and b.holder and _same_names(a.holder, b.holder) and a.event == b.event:
        return f"{_common(a.holder, b.holder)} and '{a.event}' on both sides"
    if a.dimension not in _NO_RATIO and nearest_apart(a, b) > FAR_ON_CONTEXT \
            and not _a_change(a) and not _a_change(b) and not _one_act(a, b):
        return None  # "£2.3 million" paid in 2017 and "£11m" now: context alone pairs two
        # figures so far apart only as two things ("41 percent" of games last season, "15%")
    if a.dimension != "count":
        # a unit says what is measured; the noun by it is often whose ("a 17-kilometre
        # section" against "12.7 km long"), and classes already keep rain from surge
        return f"both in {a.dimension}"
    named_a, named_b = _names_thing(a), _names_thing(b)
    for x, y in ((a, b), (b, a)):
        if named_a and named_b and x.measured == y.event and not x.classed \
                and y.event not in _MANY_A_DOER and y.event not in OUTCOMES:
            # "attracted five bids" against "six firms had bid": each firm made one bid
            return f"{x.measured_words or x.measured} counted by those who {y.event}"
    if named_a and named_b:
        return None  # two different nouns no synonym class links: "rivers" and "provinces"
    if not (named_a or named_b):
        return "neither names what it measures"
    named, other = (a, b) if named_a else (b, a)
    if named.measured in other.context:
        return f"{named.measured} is named on both sides"
    return None  # only one side says what it measures: context alone carries the pair


def distinguished(a: Measurement, b: Measurement) -> str | None:
    """What tells `a` and `b` apart as two figures of one thing, in words; `None` if nothing.

    Such a pair may be paired (they are the closest figures) but is never a conflict: a
    forecast is not contradicted by the result, nor last year's figure by this year's. Two
    parties' figures are not told apart here: the police and the government giving two
    counts of one thing is a contradiction a reader wants to see.
    """
    occurrence = occurrences_apart(a, b)
    if occurrence:
        return occurrence
    if "said" in (a.role, b.role) and a.role != b.role:
        return "the day it was said against the day of the event"
    if roles_apart(a, b):
        return f"one is {_a(a.role or b.role)} figure" if not (a.role and b.role) else (
            f"{_a(a.role)} against {_a(b.role)} figure")
    if lex.periods_differ(a.period, b.period):
        return f"{', '.join(a.period)} against {', '.join(b.period)}"
    if designated := designated_apart(a.labels, b.labels):
        # "a Band A bill will be £1,412" against "A Band D household will pay £2,163"
        return "{0} {1} against {0} {2}".format(*designated)
    if a.base and b.base and not a.base & b.base:
        # "62% of residents supported" against "38% of farmers backed": two groups
        return f"shares of two groups ({', '.join(sorted(a.base))} / {', '.join(sorted(b.base))})"
    for x, y in ((a, b), (b, a)):
        if x.part and x.part < y.groups:
            # "12 cyclists had been injured" against "31 cyclists and pedestrians"
            return (f"a kind of people ({', '.join(sorted(x.part))}) against more "
                    f"({', '.join(sorted(y.groups))})")
    for x, y in ((a, b), (b, a)):
        if x.part and not y.part and not x.part & (y.context | _words(y.phrase)):
            # "40 of the passengers were children" against "carrying 150 passengers"
            return f"a part ({', '.join(sorted(x.part))}) against the whole"
    for x, y in ((a, b), (b, a)):
        if x.part and not y.part and x.measured == y.measured and x.measured in lex.OUTCOMES \
                and lex.key(y.phrase.split()[-1]) in GENERIC and not x.part & _words(y.phrase):
            # "killed three students and a teacher" against "killing four people"
            return f"a kind of people ({', '.join(sorted(x.part))}) against all of them"
    for x, y in ((a, b), (b, a)):
        part = y.named - x.named - x.around
        if x.whole and not y.whole and not x.subject and part:
            # "Nationwide, 7,400 patients" against "At Kelburn General Hospital, 212"
            return f"a whole against a named part ({', '.join(sorted(part))})"
    for x, y in ((a, b), (b, a)):
        if unheld_against_part(x, y):
            # "In September only 71.3% of patients ..." in a national report against "St
            # Aldric's managed 58.2 per cent": a part the report never names
            return f"a figure of no one named against {_named(y.subject)}'s"
        if x.befell and x.befell != y.befell and x.befell not in y.context:
            # "the captain was arrested on 8 May" against "the ferry sank on 3 May"
            return f"the day people were {x.befell} against another event's"
    if a.lasting and b.lasting and a.lasting != b.lasting and a.lasting not in b.context \
            and b.lasting not in a.context:
        # "Talks went on for 10 hours" against "the strike had lasted 31 hours"
        return f"how long the {a.lasting} lasted against the {b.lasting}"
    if a.origin and b.origin and a.origin != b.origin and a.origin not in b.named \
            and b.origin not in a.named:
        # "69 km from Sarn" against "33 km from the capital, Vell"
        return f"distances from {a.origin.capitalize()} and from {b.origin.capitalize()}"
    for x, y in ((a, b), (b, a)):
        part = y.regions - x.named - {SOME_REGION}
        if part and not x.regions and x.named & y.named:
            # "Unemployment in Estavia" against "in the Ostra region of Estavia"; "coverage
            # in the district" is in a region too, the one the report named before
            return f"the whole against a region ({', '.join(sorted(part))})"
    if a.dimension != "age" and distinct_holders(a.subject, b.subject) and not (
            a.dimension == "date" and _partakes(a, b)):
        # "Harwick scored 3" and "Dunmore scored 1": each figure is its own holder's
        return f"{_named(a.subject)}'s against {_named(b.subject)}'s"
    return None  # two parties' figures (police, organisers) do contradict: scored, not barred


def _partakes(a: Measurement, b: Measurement) -> bool:
    """Each date's holder is named in the other's sentence: one event's two parties, the
    subject of one report and the object of the other ("Brask was hired in May" against
    "Tarn Rovers appointed Brask in October")."""
    return all(any(lex.key(w) in y.named for w in x.subject if not w.islower())
               for x, y in ((a, b), (b, a)))


FAR_ON_CONTEXT = 2.5
"""Two figures with no measured noun, holder or event in common, this many times apart at
their nearest, are two things: a writer who misstates a figure rarely misses by more."""

_NO_RATIO = frozenset({"date", "duration", "time of day", "temperature", "ordinal"})
"""Dimensions whose figures are not held apart by how many times one is the other: a scale
with no true zero ("64 degrees" and "14.5 °C"), a place, and events' times and lengths."""

_SOMEONE = ("someone",)
_OCCURRENCE = re.compile(
    r"(?i)\b(?:(next|last|this|coming|following|previous)\s+)?(monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend)\b")


def occurrences_apart(a: Measurement, b: Measurement) -> str | None:
    """Two dates that are two occurrences of one weekday ("next Saturday" against the match
    "on Saturday"), in words; `None` for any other two, and for "last Friday's" and
    "Friday's" read from two datelines as one day (one occurrence)."""
    if a.dimension != "date" or b.dimension != "date" or (
            a.value is not None and b.value is not None and a.value.core == b.value.core):
        return None
    return _occurrences(a.phrase, b.phrase)


def _occurrences(a: str, b: str) -> str | None:
    """Two occurrences of one weekday, one said "next" (or "last", "this", ...) and the other
    not so: "next Saturday" is the match after the one played "on Saturday"."""
    got_a, got_b = _OCCURRENCE.search(a), _OCCURRENCE.search(b)
    if not (got_a and got_b) or got_a.group(2).lower() != got_b.group(2).lower():
        return None
    which_a, which_b = ((g.group(1) or "").lower() for g in (got_a, got_b))
    if which_a == which_b:
        return None
    day = got_a.group(2).capitalize()
    return f"{which_a or which_b} {day} against another {day}"


def _words(phrase: str) -> frozenset[str]:
    """The words of a phrase as context lemmas ("32 *children*")."""
    keys = (lex.key(w) for w in phrase.split() if w.isalpha())
    return frozenset(lex.CLASS_OF.get(k) or lex.RELATED_OF.get(k) or lex.stem(k) for k in keys)


def _one_act(a: Measurement, b: Measurement) -> bool:
    """Two figures of one verb of their own ("seized 3 of the 30 towns", "seized seventeen";
    "removed 3,800 tonnes", "removed about 1,100 tonnes"): the verb says what they count or
    measure, as a noun would; not a verb any figure takes ("is", "has"), nor one said of
    sums, which a buyer pays on many deals ("paid £2.3 million", "£11m")."""
    return not a.dimension.startswith("currency") and a.event is not None \
        and a.event == b.event and a.event not in _LIGHT_VERBS


_LIGHT_VERBS = frozenset({"be", "have", "say", "do", "get", "make", "take"})


def _a_change(m: Measurement) -> bool:
    """A figure said as a rise or fall ("rose 90%"): changes of one thing are misstated by any
    multiple ("five-fold"), so their sizes never tell them apart."""
    return any(name == "direction" for name, _ in m.contrast)


def _a(word: str | None) -> str:
    """`word` after its indefinite article: "an average", "a multi-year average"."""
    return f"{'an' if (word or ' ')[0] in 'aeiou' else 'a'} {word}"


def _named(holder: Sequence[str]) -> str:
    return " ".join(w.capitalize() for w in holder)


def _names_thing(m: Measurement) -> bool:
    """A value names what it measures; a time of day or a date measures an event instead."""
    return (m.measured is not None and m.measured not in GENERIC
            and m.dimension not in _EVENT_DIMENSIONS)


_MANY_A_DOER = frozenset(lex.key(w) for w in """attack shot shoot strike raid call visit trip
flight goal score point run""".split())
"""Acts one doer does many times ("three gunmen attacked" in "five attacks"): their doers
count no acts; nor do the doers of what befalls people ("four officers arrested" in "12
arrests", `OUTCOMES`)."""

_EVENT_DIMENSIONS = frozenset({"date", "duration", "time of day"})
"""Dimensions of events rather than of nouns: the same verb is evidence of the same thing."""


def _names_subject(whose: Sequence[str], y: Measurement) -> bool:
    """`y`'s sentence is about the person `whose` names: "Captain Rohit Kadam, the
    27-year-old right corner" is Kadam's age though its noun is "corner"."""
    return bool(y.subject) and _same_names(whose, tuple(sorted(
        w.lower() for w in y.subject)))


def _common(a: Sequence[str], b: Sequence[str]) -> str:
    return next(x for x in a for y in b
                if x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))))


__all__ = ["distinguished", "occurrences_apart", "same_thing"]
