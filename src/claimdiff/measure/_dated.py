"""The event a date or a clock time dates: two reports dating or timing one event pair
however far apart the dates or times.

"Judge Oyelaran set sentencing for June 18" and "Sentencing is scheduled for 25 June" date
one sentencing; "the plant will close by the end of March 2027" and "will close its gates
in June 2027" one closure. Nearness in time says little here: two reports disagreeing on
a date put it weeks or months apart. The event is the claim's verb, or a verb or a verb's
noun right around the date, folded through the related words ("closure", "shut"); a light
verb ("set", "take", "say") names no event of its own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._events_en import event_class
from claimdiff.measure._holder import Tok, verb
from claimdiff.measure._model import Measurement

_LIGHT = lex.keyed("""
be have do make take set give get put go come say tell announce report confirm add state
expect plan schedule reschedule due will would could may might can shall should must
slate pencil target aim
""")
"""Verbs that carry another word's event ("take effect", "set sentencing for June 18") or
say when something was said, planned or expected, not what happened."""


_SAYING = lex.keyed("say tell announce confirm declare reveal disclose unveil")
"""Verbs of saying: a date after one dates the saying ("the ban was *announced* on 3 March"),
and a thing is said again and again, on other days than it happens ("took effect on 1 April").
Not "state" or "add": a curator's predicate starts with the noun as often ("state pension age")."""
_SAID: frozenset[str] = frozenset({"(said)"})


_TAKES_EFFECT = re.compile(r"(?i)(?:from|effective|starting|as\s+of|with\s+effect\s+from)\s")
"""A date a change applies from: the day it takes effect."""
_EFFECT = lex.keyed("effect effective force")
_TAKE = lex.keyed("take come enter")
"""The verbs of "take effect", "come into force", "enter into force"."""


def _fold(k: str) -> str:
    # the kind of event first: "held" and "conducted" date one census (`_events_en`)
    said = event_class(k) or lex.RELATED_OF.get(k) or lex.CLASS_OF.get(k)
    if said:
        return said
    base = _particle_verb(k)  # "the lockout" is the event of "locked them out"
    return _fold(base) if base and base not in _LIGHT else lex.stem(k)


_PARTICLES = ("out", "down", "off", "over", "up")


def _particle_verb(word: str) -> str | None:
    """The verb a noun of a verb and its particle is made from ("lockout", "shutdown",
    "walkout", "takeover", "layoff"): that verb's event; None for any other word."""
    for particle in _PARTICLES:
        base = word.removesuffix(particle)
        if base != word and len(base) >= 3 and verb(base, noun_too=True):
            return base
    return None


_WHEN = ("date", "time of day")
"""The dimensions that say when an event happened."""

Events = tuple[frozenset[str], frozenset[str]]
"""The events a date is the date of: its own, and those named right around it."""


def dated_events(m: Measurement) -> Events:
    """The events a date is the date of, folded: its own (the claim's verb, or for a light
    verb the events its sentence names) and those named right around it; empty for any other
    value."""
    if m.dimension not in _WHEN:
        return frozenset(), frozenset()
    if m.event in _SAYING:
        return _SAID, frozenset()  # "announced on 3 March": the saying, not what was said
    own: set[str] = set()
    light = not m.event or m.event in _LIGHT
    if not light and m.event:
        own.add(_fold(m.event))
    if _TAKES_EFFECT.match(m.phrase) or m.event in _TAKE and m.near & _EFFECT:
        own.add("effect")  # "rises from 1 January", "taking effect on 1 July"
    # a light verb carries its subject's event: "The verdict *hearing* ... is scheduled for";
    # so does a verb of holding, besides its own: "the *ballot* was held on 12 June"
    if light or event_class(m.event or "") == "hold":
        # a year "since" which something is the first or the worst is the last such event,
        # named right by it ("the first *eruption* since 2017"), not any in its sentence
        since = m.phrase.lower().startswith("since")
        own |= _event_words(m, m.near, nouns=True) if since else _event_words(m, m.context) \
            | _event_words(m, m.near, nouns=True)  # "first *injection* is expected in 2030"
    return frozenset(own), _event_words(m, m.near, nouns=True)


def _event_words(m: Measurement, keys: frozenset[str], *, nouns: bool = False) -> frozenset[str]:
    """The words of `keys` that may name an event (a verb, or a noun of one), folded; with
    `nouns`, a noun made from a verb too, said right by the date (a sentence's "government"
    or "population" names no event of it)."""
    said = dict(m.surface)
    return frozenset(_fold(k) for k in keys if (word := said.get(k)) and word[0].islower()
                     and k not in _LIGHT and k not in lex.MONTHS and k not in _EFFECT
                     and (verb(word, noun_too=True) or nouns and _verbs_noun(word.lower())))


def _verbs_noun(word: str) -> bool:
    """A noun made from a verb names that verb's event ("the first *eruption* since 2017",
    "its *closure* in 2009"): "-ion", "-ment", "-ure", "-al" off a verb."""
    if _particle_verb(word):
        return True
    for suffix, bases in (("ion", ("", "e")), ("ment", ("",)), ("ure", ("e",)), ("al", ("e",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            base = word[: -len(suffix)]
            if any(verb(base + e, noun_too=False) for e in bases):
                return True
    return False


def calendar_date(m: Measurement) -> bool:
    """A date the text writes on the calendar ("1 July", "June 18", "March 2027"), a day or
    a month wide (or up to one: "by the end of March 2027"); not a period a figure is of
    ("last year", "a year earlier") nor a weekday, which nearness already pairs; a clock time
    is one moment of its event, as a day is."""
    v = m.value
    if v is not None and m.dimension == "time of day":
        return True  # a clock time is one moment of its event, as a day is
    if v is None or m.dimension != "date" or not (
            _CALENDAR.search(m.phrase) or _A_YEAR.search(m.phrase)):
        return False
    core = v.core
    width = core.hi - core.lo if core.bounded else 0.0
    wide = _YEAR if _A_YEAR.search(m.phrase) else _MONTH
    if m.phrase.lower().startswith("since"):
        return math.isfinite(core.lo)  # the state runs on to the report's day: its start dates it
    return width <= wide and (core.bounded or math.isfinite(core.lo) or math.isfinite(core.hi))


_CALENDAR = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*"
                       r"\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
"""A day of a month, or a month of a year, as written."""
_MONTH = 31.0
_YEAR = 366.0
_A_YEAR = re.compile(
    r"(?i)^(?:in|by|from|until|during|since)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d$")
"""A year written alone ("in 2031", "by 2029"): the year of a one-off event."""


def arranged(phrase: str, before: Sequence[Tok]) -> bool:
    """A date something is set for ("set sentencing *for* June 18", "fixed the vote *for* 3
    May") or due on: the date planned, as "scheduled for" says it."""
    if due_on(before):
        return True
    if not phrase.lower().startswith("for "):
        return False
    return any(t.key in _ARRANGE for t in before[:_REACH])


def due_on(before: Sequence[Tok]) -> bool:
    """"due" close before a date ("is *due* in court on 3 May", "not *due* at the site until
    28 November"): the date planned; not a cause, "*due to* the storm"."""
    return any(t.text.lower() == "due" and (k == 0 or before[k - 1].key != "to")
               for k, t in enumerate(before[:_REACH]))


_ARRANGE = lex.keyed("set fix fixed slate slated pencil pencilled penciled")
_REACH = 5


def one_event(a: Measurement, b: Measurement) -> bool:
    """Both are calendar dates of one event: one's own event is named by the other."""
    if not (calendar_date(a) and calendar_date(b)) or ends_differ(a, b):
        return False
    return events_meet(dated_events(a), dated_events(b))


_UNTIL = re.compile(r"(?i)^(?:until|till|til|to|through)\s")
"""A time a span runs to: the end of its event ("ran *until 4.30pm*")."""


def ends_differ(a: Measurement, b: Measurement) -> bool:
    """Two clock times, one the time an event runs until and the other not: "ran from 9 a.m.
    *until 6 p.m.*" times one session twice, its start and its end, never one moment of it.
    (A date until which a state lasts is also its length: `_bridge`.)"""
    return a.dimension == b.dimension == "time of day" \
        and bool(_UNTIL.match(a.phrase)) is not bool(_UNTIL.match(b.phrase))


def events_meet(a: Events, b: Events) -> bool:
    """One side's own event is named by the other: not a word both merely mention ("closes on
    1 March for repairs" against "repairs begin in 2027"), nor a thing said on one day and
    done on another."""
    (own_a, near_a), (own_b, near_b) = a, b
    if _SAID <= own_a or _SAID <= own_b:
        return False
    return bool(own_a & (own_b | near_b) or own_b & near_a)


__all__ = ["Events", "arranged", "calendar_date", "dated_events", "ends_differ", "events_meet",
           "one_event"]
