"""A claim's value read as a `Measurement`: what it measures, from its sentence or its fields.

With the source text at hand (articles, and claim files whose quotes are in
their source), the value's sentence is read around the value: the words right
after it ("14 *injured*", "135 mph *winds*", "62 people *were injured*"), then
those right before it ("*killing* at least 14 people", "a central *pressure* of
938 hPa", "*Unemployment* stood at 5.1 per cent"), each folded through the
synonym classes; the first word of a class says what is measured, a generic
noun ("people", "homes") only when nothing else does. Without text, the
claim's own fields (subject, predicate, object) are read the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import partial

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._frame import (
    fronted,
    horizon,
    part_of,
    partitive,
    sequence,
    side,
    transition,
)
from claimdiff.measure._holder import Tok as _Tok
from claimdiff.measure._holder import agents, antecedent, as_noun, person, proper_nouns
from claimdiff.measure._holder import subject as _subject_names
from claimdiff.measure._holder import tokens as _tokens
from claimdiff.measure._model import Measurement
from claimdiff.measure._phrases import (
    MORE_UNITS,
    age_reading,
    founding_age,
    last_time,
    role_age,
)
from claimdiff.measure._subject import own_holder, referent
from claimdiff.model import Claim, ClaimV2, Modality, Role, modality_of
from claimdiff.normalization import Kind, Value

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])|\n\s*\n")
_STOP_AT = frozenset(",;:()[]—–\"“”«»")
_AFTER, _BEFORE = 5, 6
_ROLE_REACH = 4
_BEFELL = 8
"""How far after people counted what befell them may be said: "640 workers are set to lose
their jobs"."""
_TIGHT = 3
_FOLLOWING = re.compile(r"[-\s]+([A-Za-z]+)")
"""A role word qualifies a value only from close by: "a forecast of 3%", "expected to hit 3%"."""
_NEGATION = frozenset(("not", "never", "no", "n't"))
_MODAL = frozenset(("will", "would", "could", "might", "may", "should"))
_YEAR = re.compile(r"(?:19|20)\d\d$")


class SourceText:
    """One source's text with its sentence starts, so a value's sentence is found by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
        self._proper: frozenset[str] | None = None

    @property
    def proper(self) -> frozenset[str]:
        """The words the text writes as names (`proper_nouns`), read once."""
        if self._proper is None:
            self._proper = proper_nouns(self.text)
        return self._proper

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding `text[start:end]`."""
        k = bisect_right(self.starts, start) - 1
        lo = self.starts[max(k, 0)]
        hi = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
        return lo, max(hi, end)

    def locate(self, phrase: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """Where `phrase` is, inside `span` when given."""
        if not phrase:
            return None
        if span is not None:
            at = self.text.find(phrase, max(span[0] - len(phrase), 0), span[1] + len(phrase))
            if at >= 0:
                return at, at + len(phrase)
        at = self.text.find(phrase)
        return (at, at + len(phrase)) if at >= 0 else None


_THIS = frozenset({"this", "current"})
_LAST = frozenset({"last", "previous", "prior", "preceding"})
_NEAR_ONLY = frozenset({"minimum", "maximum", "nominal", "real"})
"""Roles read only beside the value: a subject's "maximum sustained winds" is no maximum
of the pressure told in the same sentence."""
_PARTS = frozenset({"first", "second", "third", "fourth", "final", "last"})
_WHOLE = frozenset({"full", "whole", "entire"})


def _relative_years(toks: list[_Tok]) -> set[str]:
    """"this year" and "last year" as periods of their own ("up 12% from a year earlier"
    names the base of a change, not the period of the figure)."""
    out: set[str] = set()
    words = [t.text.lower() for t in toks]
    for k, w in enumerate(words):
        if w in ("quarter", "half", "round") and k and words[k - 1] in _PARTS:
            out.add(f"{words[k - 1]} {w}")  # "the fourth quarter" is no "full year"
        if w in ("runoff", "run-off"):
            out.add("second round")
        if w != "year":
            continue
        if k and words[k - 1] in _WHOLE:
            out.add("full year")
        elif k and words[k - 1] in _THIS:
            out.add("this year")
        elif k and words[k - 1] in _LAST:
            out.add("last year")
    return out


def _changed_from(before: Sequence[_Tok]) -> bool:
    """The value is the level a change started from: "rose from 12%", "the increase from
    the current cap of £9,250" (`before`: the words before it, nearest first)."""
    keys = [t.key for t in before[:_BEFORE]]
    return any(k == "from" and any(x in lex.CHANGE or lex.RELATED_OF.get(x) in ("rise", "fall")
                                   for x in keys[n + 1:n + 3])
               for n, k in enumerate(keys))


def _a_share(t: _Tok, toks: Sequence[_Tok]) -> bool:
    """"half a percentage point", "a quarter of the vote": a share, not a period."""
    at = next((k for k, x in enumerate(toks) if x is t), None)
    return at is not None and t.key in ("half", "quarter") and at + 1 < len(toks) \
        and toks[at + 1].key in ("a", "an", "of")


def _compounds(toks: list[_Tok]) -> list[_Tok]:
    """A noun read with the word before it when the two name another measured thing:
    "consumer *prices*" rising is inflation, "borrowing *costs*" a rate, the "jobless *rate*"
    unemployment."""
    out = list(toks)
    for k in range(1, len(out)):
        said = lex.COMPOUND_OF.get((out[k - 1].key, out[k].key))
        if said is not None:
            t = out[k]
            out[k] = _Tok(t.start, t.end, t.text, said)
    return out


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


def _after(toks: list[_Tok], i: int, reach: int = _AFTER) -> list[_Tok]:
    out: list[_Tok] = []
    for k in range(i, min(i + reach, len(toks))):
        t = toks[k]
        if t.text in _STOP_AT or t.text == "." or t.text[0].isdigit():
            break
        if t.key in lex.CONJUNCTIONS or t.key in _SUBORDINATORS:
            break  # "14 people and injuring 200", "injuring 127 as houses collapsed"
        out.append(t)
    return out


def _before(toks: list[_Tok], i: int) -> list[_Tok]:
    out: list[_Tok] = []
    k = i - 1
    while k >= 0 and len(out) < _BEFORE:
        t = toks[k]
        if t.text == "," and all(x.key in lex.CHANGE for x in out):
            # "revenue of $4.8 billion, up 12%": a change is of what came before;
            # "the missing, about 46 people": an apposition is of the noun before
            k -= 1
            continue
        if t.text == "," and (opened := _relative_opening(toks, k)) is not None:
            k = opened - 1  # "Core inflation, which excludes food, slowed to 3.2%"
            continue
        if t.text in _STOP_AT or t.text[0].isdigit() or t.key in lex.CONJUNCTIONS:
            break
        out.append(t)
        k -= 1
    return out


def _relative_opening(toks: list[_Tok], comma: int) -> int | None:
    """The comma opening a relative clause that the comma at `comma` closes, if any."""
    for k in range(comma - 1, max(comma - _SUBJECT, 0) - 1, -1):
        if toks[k].text in _STOP_AT:
            ok = toks[k].text == "," and k + 1 < comma and toks[k + 1].key in ("which", "who")
            return k if ok else None
    return None


def _subject(toks: list[_Tok], first: int) -> list[_Tok]:
    """The subject a value is said of by a copula ("The speed limit on the line *is* 30 km/h",
    "the forecast for this year *stood at* 1.2%"), back to the clause's start; else none."""
    k = first - 1
    if k >= 1 and toks[k].key == "at" and toks[k - 1].key in _COPULAS:
        k -= 1
    if k < 0 or toks[k].key not in _COPULAS:
        return []
    out: list[_Tok] = []
    for t in reversed(toks[max(k - _SUBJECT, 0):k]):
        if t.text in _STOP_AT or t.text == "." or t.text[0].isdigit() \
                or t.key in lex.CONJUNCTIONS:
            break
        out.append(t)
    return out


_SUBORDINATORS = frozenset(("as", "when", "because", "although", "though", "if", "unless",
                           "whereas", "until", "once"))
"""Words opening another clause: what follows them is not what a value measures."""
_COPULAS = frozenset(("be", "stand", "remain"))
_REFERRING = frozenset(("he", "she", "it", "they", "his", "her", "its", "their", "the"))
"""A sentence opening so, naming no one, goes on about the subject named before."""
_INDEFINITE = frozenset(("a", "an", "one", "another"))


def _unnamed(toks: Sequence[_Tok], first: int) -> bool:
    """An age said of someone introduced as no one named: "one 19-year-old survivor", "a
    logistics officer aged 24"."""
    for t in reversed(toks[max(first - 5, 0):first]):
        if t.key in _INDEFINITE:
            return True
        if t.text in _STOP_AT or t.text[0].isupper():
            return False
    return False
_SUBJECT = 16  # a subject with its relative clause: "the limit on the curve where ... is"


def _clause(toks: list[_Tok], first: int, last: int) -> list[_Tok]:
    """The words of the clause a value sits in, between the clause marks around it: "Arrieta
    served 19 aces, Varenko 12" holds Arrieta's aces and Varenko's apart."""
    lo, hi = first, last
    while lo > 0 and toks[lo - 1].text not in _STOP_AT:
        lo -= 1
    while hi < len(toks) and toks[hi].text not in _STOP_AT:
        hi += 1
    return [*toks[lo:first], *toks[last:hi]]


def _ahead(toks: list[_Tok], last: int) -> list[_Tok]:
    """The words after a bare count, past a partitive ("of the 14") and the adjectives and
    conjunctions before its noun, up to a verb-like word or a clause mark."""
    out: list[_Tok] = []
    for t in toks[last:last + 8]:
        if t.text in _STOP_AT or t.text == "." or t.key in ("be", "have"):
            break
        if t.text[0].isalpha() and t.key not in lex.STOP:
            out.append(t)
    return out


def _after_share(toks: list[_Tok], last: int) -> list[_Tok]:
    """The words after a share, past its base: "8 per cent of the workforce *is unemployed*"
    measures the unemployed, not the workforce."""
    k = last
    if k >= len(toks) or toks[k].key != "of":
        return _after(toks, last)
    k += 1
    for _ in range(4):
        if k >= len(toks) or toks[k].key in ("be", "have", "do") or toks[k].text in _STOP_AT \
                or toks[k].text.endswith(("ed", "ing")):
            break
        k += 1
    return _after(toks, k)


def measured_class(words: str) -> str | None:
    """The synonym class of a measured noun phrase ("people killed" -> `dead`), if any."""
    for tok in reversed(_tokens(words, 0, len(words))):
        k = tok.key
        if k in lex.CLASS_OF and k not in lex.GENERIC:
            return lex.CLASS_OF[k]
    return None


def _modified(noun: str | None, inside: Sequence[_Tok]) -> str | None:
    """A generic noun's modifier, which says what is counted: "310,000 credit *card*
    numbers", "1.2 million customer *records*" (`inside`: the value's own words)."""
    if not noun or lex.key(noun.split()[-1]) not in lex.GENERIC:
        return None
    words = [t for t in inside if t.text[0].isalpha() and t.key not in lex.STOP]
    if len(words) < 2 or lex.key(words[-1].text) != lex.key(noun.split()[-1]):
        return None
    mod = words[-2]
    if mod.key in lex.GENERIC or mod.text[0].isupper() or _NUMBER_WORD.fullmatch(mod.text) \
            or mod.text.endswith("ed"):
        return None  # "1.8 million homes", "an estimated 200,000 people", "suspected cases"
    return mod.text


_NUMBER_WORD = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
    r"hundred|thousand|million|billion|trillion|dozen|score|half|quarter|third)s?")


def _measured(noun: str | None, after: Sequence[_Tok], before: Sequence[_Tok],
              farther: Sequence[_Tok] = ()) -> tuple[str | None, str | None, bool]:
    """What is measured: the value's own noun when it is of a class ("640 jobs"), else the
    closest word of a class ("14 people *were killed*", "a *magnitude* 6.1 quake"), else
    the value's own noun ("19 aces"), else a farther word of a class, else a generic noun
    ("people", "homes"). People counted by who they are are counted by what befell them
    when it is said of them (`farther`: the rest of their clause after them)."""
    own = noun.split() if noun else []
    k = lex.key(own[-1]) if own else ""
    if k in lex.CLASS_OF and k not in lex.GENERIC:
        if lex.CLASS_OF[k] in lex.PEOPLE:  # "killed four fans", "640 workers are set to
            # lose their jobs", "shed 640 staff": what befell them is what is counted
            near = (*(farther or after), *before[:_TIGHT])
            befell = next((t for t in near if t.key not in lex.GENERIC
                           and lex.CLASS_OF.get(t.key) in lex.OUTCOMES), None)
            if befell is not None:
                return lex.CLASS_OF[befell.key], befell.text, True
            cut = next((t for t in near if t.key in lex.JOB_CUTS), None)
            if cut is not None and lex.CLASS_OF[k] == "worker":
                return "jobs", cut.text, True
        return lex.CLASS_OF[k], noun, True
    for reach in (_TIGHT, max(_AFTER, _BEFORE)):
        for t in (*after[:reach], *before[:reach]):
            if t.key in lex.CLASS_OF and t.key not in lex.GENERIC:
                return lex.CLASS_OF[t.key], t.text, True
        if own and k not in lex.GENERIC:
            return k, noun, False
    if own and k in lex.GENERIC and any(t.key in lex.EMPLOY for t in before[:_TIGHT]):
        return "worker", noun, True  # "employs 3,400 people": its staff
    for k, text in [*((lex.key(w), w) for w in own), *((t.key, t.text) for t in after)]:
        if k in lex.GENERIC:
            return lex.CLASS_OF.get(k, k), text, False
    return None, None, False


_PARTICLES = frozenset(("back", "in", "out", "home", "through", "inside"))
"""After a role word, a particle of movement: "residents were allowed back at 4am" says what
they may do, not which figure the value is ("forecast to fall 31%" is a forecast)."""


def _qualifiers(window: Sequence[_Tok],
                toks: Sequence[_Tok] = ()) -> tuple[str | None, str | None]:
    """The role and modality of a value from the words around it. A role word compared
    against ("beat forecasts", "than expected", "above its target") is no role of the value."""
    before = {id(t): toks[k - 1].key for k, t in enumerate(toks) if k > 0}
    after = {id(t): toks[k + 1].key for k, t in enumerate(toks[:-1])}
    role = next((lex.ROLE_OF[t.key] for t in window if t.key in lex.ROLE_OF
                 and before.get(id(t)) not in lex.COMPARED
                 and after.get(id(t)) not in _PARTICLES), None)
    low = {t.text.lower() for t in window}
    modality = "negated" if low & _NEGATION else "modal" if low & _MODAL else None
    return role, modality


def _attribution(toks: Sequence[_Tok]) -> str | None:
    """The party a reporting word says the value is from: "police said", "according to
    the union", "officials estimated"; not a party that only acts in the sentence ("Police
    went door to door", with "were told" later)."""
    keys = [t.key for t in toks]
    said = [k for k, w in enumerate(keys) if w in lex.REPORTING]
    return next((lex.PARTY_OF[w] for k, w in enumerate(keys) if w in lex.PARTY_OF
                 and any(abs(k - r) <= _SAYER for r in said)), None)


_SAYER = 4
"""How far a party may stand from its reporting word: "the regional police chief said"."""


def _fold(k: str) -> str:
    """A lemma as context: its synonym class, else its topic, else its stem."""
    return lex.CLASS_OF.get(k) or lex.RELATED_OF.get(k) or lex.stem(k)


def _content(toks: Sequence[_Tok]) -> frozenset[str]:
    return frozenset(_fold(t.key) for t in toks
                     if t.text[0].isalpha() and t.key not in lex.STOP and len(t.key) > 1)


def _surface(toks: Sequence[_Tok], context: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """A written word for each context lemma: the shortest, then the first alphabetically."""
    best: dict[str, str] = {}
    for t in toks:
        k = _fold(t.key)
        if k in context:
            w = t.text.lower()
            if k not in best or (len(w), w) < (len(best[k]), best[k]):
                best[k] = w
    return tuple(sorted(best.items()))


_DATELINE = 80


def _referent(text: SourceText, lo: int) -> tuple[str, ...]:
    """Whom a sentence opening "The company", "It" refers back to: the subject of the
    nearest of the three sentences before it that a name heads (never a dateline's
    outlet, "Wire, 3 March 2025")."""
    head = text.text.find("\n\n")
    dateline = head if 0 < head < _DATELINE and not re.search(r"[.!?]", text.text[:head]) \
        else -1
    k = bisect_right(text.starts, lo) - 1
    before = [s for s in reversed(text.starts[max(k - 3, 0):k]) if s > dateline]
    return referent(lambda s: _tokens(text.text, *text.sentence(s, s)), before,
                    text.proper)


def measure_claim(claim: Claim, slot: str, value: Value, text: SourceText | None,
                  phrase: str | None = None, *, reference: date | None = None) -> Measurement:
    """The measurement of `claim`'s `slot` (`value` or `when`), read as `value`; `phrase`
    when the value is only part of the slot's text; `reference`, the report's date, reads
    a founding date as an age ("built in 1968")."""
    spec = claim.values()[slot]  # a version 2 claim's `value` is its first amount or total
    phrase = spec.text if phrase is None else phrase
    where = text.locate(phrase, claim.span) if text is not None else None
    fields = " ".join(x for x in (claim.subject, claim.predicate, claim.object or "") if x)
    founded: Value | None = None
    age = value if value.dimension == "age" else (  # read as an age by `normalize`
        age_reading(text.text, where, value) if text is not None and where is not None else None)
    if age is not None:
        value = age
    read: Value | None = value
    if text is not None and where is not None and value.kind is Kind.DURATION \
            and MORE_UNITS.match(text.text, where[1]):
        read = None  # "2 hours" of "2 hours 45 minutes": a part is no reading of the whole
    if text is not None and where is not None:
        lo, hi = text.sentence(*where)
        toks = _compounds(_tokens(text.text, lo, hi))
        inside = [k for k, t in enumerate(toks) if t.start < where[1] and t.end > where[0]]
        first = inside[0] if inside else 0
        last = inside[-1] + 1 if inside else 0
        after, before = _after(toks, last), _before(toks, first)
        if value.dimension == "percent":
            after = _after_share(toks, last)
        if age is None and read is not None:  # "the youngest victim was 15"
            age = role_age(value, [t.key for t in (*before, *_subject(toks, first))])
            if age is None and reference is not None:  # "built in 1968": the age of the
                # thing the sentence is about, whose holder is found as any value's
                founded = founding_age(value, reference, [t.key for t in before])
                value = read = founded or last_time(
                    value, reference, [t.key for t in before],
                    [t.key for t in _clause(toks, first, last)]) or value
            value = read = age or value
        rest = [t for k, t in enumerate(toks) if not first <= k < last]
        holder = (agents(_clause(toks, first, last), lo, text.proper)
                  or _subject_names([t for t in rest if t.key in agents(rest, lo, text.proper)
                                     or not t.text[0].isupper()], lo, text.proper))
        if not holder and toks and toks[0].key in _REFERRING:
            # "He served 16 aces", "The company said": whom the sentence goes on about
            holder = antecedent(text.text, text.starts, lo, text.proper)
        attribution = _attribution(rest)
        subject = own_holder(toks, first, last, lo, text.proper,
                             partial(_referent, text, lo)) if inside else ()
    else:
        subject = ()
        after = _tokens(fields, 0, len(fields))
        before = []
        rest = after
        holder = tuple(sorted({t.key for t in _tokens(claim.subject, 0, len(claim.subject))}))
        attribution = None
    if age is not None and text is not None and where is not None:
        holder = person(toks, first, last)  # an age is one person's: never another's age
        if not holder and first and toks[first - 1].key == "the" and as_noun(toks, last):
            # "The 26-year-old pulled away": the person named before
            holder = antecedent(text.text, text.starts, lo, text.proper)
        elif not holder and _unnamed(toks, first):
            # "one 19-year-old survivor", "a 24-year-old logistics officer": someone the
            # report does not name (a surgeon may be another's doctor), never one it names
            holder = ("someone",)
    noun = value.noun if value.kind is Kind.QUANTITY else None
    if value.dimension == "ordinal":  # "the fourth floor", "a seventh-floor flat", "stage 8"
        label = re.match(r"(?:world\s+)?([A-Za-z]+)\s+\w+$", phrase)
        follow = _FOLLOWING.match(text.text, where[1]) if text and where else None
        noun = (label.group(1) if label else follow.group(1) if follow
                and lex.key(follow.group(1)) not in lex.STOP else None)
    if age is not None or founded is not None:
        measured, words, classed = "age", phrase, True
    elif value.kind in (Kind.DATE, Kind.DURATION):
        measured, words, classed = None, None, False  # when and how long: of an event, not a noun
    else:
        if text is not None and where is not None:
            noun = _modified(noun, toks[first:last]) or noun
        measured, words, classed = _measured(
            noun, after, before,
            _after(toks, last, _BEFELL) if text is not None and where is not None else ())
        if measured == "share" and value.dimension.startswith("currency"):
            measured = "price"  # money a share ("€24 apiece", "$48.50 a share") is a price
        if measured is None and noun is None and value.unit is None and where is not None \
                and text is not None:
            # a bare count: "Nine of the 14 aid workers", "Eleven foreign and local aid workers"
            measured, words, classed = _measured(None, _ahead(toks, last), [])
    role, modality = _qualifiers([*before[:_ROLE_REACH], *after[:_ROLE_REACH]],
                                 toks if text is not None and where is not None else ())
    front: list[_Tok] = []
    framing: frozenset[tuple[str, int]] = frozenset()
    parts: frozenset[str] = frozenset()
    if text is not None and where is not None:
        if role is None:  # a role, not a negation, of the copula's subject
            role = _qualifiers(_subject(toks, first), toks)[0]
        front = fronted(toks, first)  # "In real terms, wages rose 1%"
        if role is None and front:
            role = _qualifiers(front, toks)[0]
        framing = sequence(front) | side(toks[max(first - 2, 0):last + 2]) | horizon(
            toks[max(first - 4, 0):last + 6]) | transition(toks, first) | {
            lex.CONTRAST_OF[t.key] for t in (*front, *_subject(toks, first), *toks[first:last])
            if t.key in lex.CONTRAST_OF}  # "10 million domestic passengers"
        part = partitive(toks, first, last, phrase) if value.dimension == "count" else None
        what = part_of(toks, last) if part == "part" else []
        said = next((t for t in what if t.key in lex.CLASS_OF and t.key not in lex.GENERIC),
                    None)
        if said is not None:  # "Nine of the 14 aid workers were killed" counts the dead
            measured, words, classed = lex.CLASS_OF[said.key], said.text, True
        else:  # "40 of the passengers were children": what the part is
            parts = _content(what)
        if role is None and part == "whole":
            role = part
    if role is None:  # "the previous exchange ... involved 48 prisoners" ("a former mayor"
        # says who someone was, not which figure it is)
        role = next((lex.ROLE_OF[t.key] for t in _tokens(claim.subject, 0, len(claim.subject))
                     if t.key in lex.ROLE_OF and t.key != "former"
                     and lex.ROLE_OF[t.key] not in _NEAR_ONLY), None)
    period = tuple(sorted({t.key for t in [*before, *after]
                           if (t.key in lex.MONTHS and not _a_share(t, toks if text is not None
                                                                  and where is not None else ()))
                           or _YEAR.match(t.text)}
                          | _relative_years([*before, *after])))
    event = lex.key(claim.predicate.split()[0]) if claim.predicate.strip() else None
    event = lex.CLASS_OF.get(event, event) if event else None
    context = _content(rest) | _content(_tokens(fields, 0, len(fields)))
    contrast = framing | frozenset(lex.CONTRAST_OF[t.key] for t in [
        *before[:_ROLE_REACH], *after[:_ROLE_REACH]] if t.key in lex.CONTRAST_OF)
    if _changed_from(before):
        role = "previous"  # "the increase from the current cap of £9,250": the old level
    role, attribution = _stated(claim, role, attribution)
    return Measurement(claim.source, claim.id, slot, phrase, dimension_of(value), measured,
                       words, classed, holder, role, period, attribution, modality,
                       event, context, _content([*before, *after]) or context, read,
                       _surface([*rest, *_tokens(fields, 0, len(fields))], context), contrast,
                       subject, parts)


def _stated(claim: Claim, role: str | None, attribution: str | None) -> tuple[str | None,
                                                                             str | None]:
    """What a version 2 claim states outright (its modality, who said its value) wins."""
    if not isinstance(claim, ClaimV2):
        return role, attribution
    main = next((m for m in claim.measures if m.role in (Role.AMOUNT, Role.TOTAL)), None)
    modality = modality_of(claim, main)
    if modality is not Modality.ACTUAL:
        role = modality.value
    if main is not None and main.attribution:  # a value's own sayer, as a party class
        keys = [t.key for t in _tokens(main.attribution, 0, len(main.attribution))]
        party = next((lex.PARTY_OF[k] for k in keys if k in lex.PARTY_OF), None)
        attribution = party or " ".join(keys) or attribution
    return role, attribution


__all__ = ["SourceText", "dimension_of", "measure_claim", "measured_class"]
