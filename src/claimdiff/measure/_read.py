"""A claim's value read as a `Measurement`: what it measures, from its sentence or its fields.

With the source text at hand (articles, and claim files whose quotes are in
their source), the value's sentence is read around the value: the words right
after it ("14 *injured*", "135 mph *winds*", "62 people *were injured*"), then
those right before it ("*killing* at least 14 people", "a central *pressure* of
938 hPa", "*Unemployment* stood at 5.1 per cent"), each folded through the
synonym classes; the first word of a class says what is measured, a generic
noun ("people", "homes") only when nothing else does. Without text, the
claim's own fields (subject, predicate, object) are read the same way.
The text's sentences are `_source`'s, the words around a value `_window`'s, what
those words say is measured and how it is qualified `_what`'s, and which of them
names the value's measured thing `_read_measured`'s; the roles its sentence says beyond
the words right beside it `_read_roles`'.
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._base import share_base
from claimdiff.measure._bridge import bridge, change_size
from claimdiff.measure._frame import absolute, passive_agent
from claimdiff.measure._full_names import in_full
from claimdiff.measure._holder import Tok, agents, antecedent, as_noun, person
from claimdiff.measure._holder import subject as _subject_names
from claimdiff.measure._holder import tokens as _tokens
from claimdiff.measure._implied import named_roles
from claimdiff.measure._labels import designators
from claimdiff.measure._model import Measurement
from claimdiff.measure._nouns_en import kin
from claimdiff.measure._opened import opens_clause
from claimdiff.measure._ordinal import ORDINAL
from claimdiff.measure._period import clause_years, dated, month_years, span_starts
from claimdiff.measure._phrases import MORE_UNITS, age_reading, founding_age, last_time, role_age
from claimdiff.measure._read_measured import measured_thing
from claimdiff.measure._read_roles import later_role, sentence_roles
from claimdiff.measure._roles_said import attribution_of, describes, framed, qualifiers, role_words
from claimdiff.measure._scope import named_in, named_whole, own_sayer, regions, whole
from claimdiff.measure._source import SourceText, earlier_subject
from claimdiff.measure._spans import span_start, span_to_now, state_age
from claimdiff.measure._stated import stated
from claimdiff.measure._subject import own_holder
from claimdiff.measure._traits import (
    AMOUNT_BEFORE,
    PER,
    RATE_PERIOD,
    SPAN,
    befell_at,
    kind_counted,
    origin_of,
    what_lasted,
    whose_age,
)
from claimdiff.measure._what import content, dimension_of, surface
from claimdiff.measure._window import (
    after_share,
    clause_words,
    compounds,
    copula_subject,
    elided_from,
    words_after,
    words_before,
)
from claimdiff.measure._window_periods import YEAR, a_share, relative_years
from claimdiff.measure._window_roles import acting, own_words, presupposed, unnamed
from claimdiff.model import Claim
from claimdiff.normalization import Kind, Value

_ROLE_REACH = 4
_NEAR_ONLY = frozenset({"minimum", "maximum", "nominal", "real"})
"""Roles read only beside the value: a subject's "maximum sustained winds" is no maximum
of the pressure told in the same sentence."""
_BARE = re.compile(r"(?:(?:about|nearly|almost|just|some|only|roughly)\s+)?\d[\d,]*(?:\.\d+)?")
"""A number written alone: in an elliptical clause, of the unit of the figure before it."""
_PLACED = re.compile(r"-(?:placed|ranked|seeded)\s+((?:[A-Z][\w'’]*(?:\s+|$))*[A-Z][\w'’]*)")
"""An ordinal modifying a name ("fifth-placed *Dunmere*", "third-seeded *Ana Ruiz*"): the
place is that name's."""
_REFERRING = frozenset(("he", "she", "it", "they", "his", "her", "its", "their", "the"))
"""A sentence opening so, naming no one, goes on about the subject named before."""


def measure_claim(claim: Claim, slot: str, value: Value, text: SourceText | None,
                  phrase: str | None = None, *, reference: date | None = None) -> Measurement:
    """The measurement of `claim`'s `slot` (`value` or `when`), read as `value`; `phrase`
    when the value is only part of the slot's text; `reference`, the report's date, reads
    a founding date as an age ("built in 1968")."""
    given = value  # the phrase's own reading, before an age is read from it
    if phrase is None:  # a version 2 claim's `value` is its first amount or total
        phrase = claim.values()[slot].text
    where = text.locate(phrase, claim.span) if text is not None else None
    if where is not None and value.dimension == "ordinal" \
            and (rank := ORDINAL.search(phrase)) is not None and not rank.group("label"):
        # an ordinal drafted with what it ranks ("third collective sale", "sixth in the
        # world") is read from the words after the ordinal itself, as a bare one is
        where = (where[0], where[0] + rank.end())
    fields = " ".join(x for x in (claim.subject, claim.predicate, claim.object or "") if x)
    founded: Value | None = None
    elided: str | None = None
    age = value if value.dimension == "age" else (  # read as an age by `normalize`
        age_reading(text.text, where, value) if text is not None and where is not None else None)
    if age is not None:
        value = age
    elif value.dimension == "change:percent":  # "62% below the long-term average": read
        value = change_size(value) or value  # by its size, as "fell 62%" is drafted
    read: Value | None = value
    if text is not None and where is not None and value.kind is Kind.DURATION \
            and MORE_UNITS.match(text.text, where[1]):
        read = None  # "2 hours" of "2 hours 45 minutes": a part is no reading of the whole
    if text is not None and where is not None:
        lo, hi = text.sentence(*where)
        toks = compounds(_tokens(text.text, lo, hi))
        inside = [k for k, t in enumerate(toks) if t.start < where[1] and t.end > where[0]]
        first = inside[0] if inside else 0
        last = inside[-1] + 1 if inside else 0
        # a base drafted with its figure ("23% below the five-year average") is words
        # after the figure, as they were before it was drafted with them
        base = next((k for k in range(first, last) if given.dimension.startswith("change:")
                     and toks[k].text.lower() in ("above", "below")), last)
        after, before = words_after(toks, base), words_before(toks, first)
        if age is not None:  # "the eight-year-old course record": how long it has held
            age = value = state_age(age, phrase, [t.key for t in after])
            read = value if read is not None else None
        if value.dimension == "percent":
            after = after_share(toks, base)
        source = elided_from(toks, first, last) if _BARE.fullmatch(phrase) else None
        if source is not None:  # "and No 47.6": the verb and the unit of "took 52.4 per cent"
            # its own holder ("No", "Dunmore") is read as a name, never as a qualifier
            after = [t for t in words_after(toks, source + 1) if not t.text[0].isupper()]
            before = [t for t in words_before(toks, source) if not t.text[0].isupper()]
            elided = toks[source + 1].text if source + 1 < len(toks) else None
        if age is None and read is not None:  # "the youngest victim was 15"
            age = role_age(value, [t.key for t in (*before, *copula_subject(toks, first))])
            if age is None and reference is not None:  # "built in 1968": the age of the
                # thing the sentence is about, whose holder is found as any value's
                keys = [t.key for t in before]
                clause = clause_words(toks, first, last)
                opening = [t.key for t in clause  # "has led the 36-year-old museum for"
                           if toks and t.end <= toks[first].start]
                since = last_time(value, reference, keys, [t.key for t in clause])
                # a state's age, from its start or its length up to now ("since 2011",
                # "for 15 years"), as a founding's
                founded = founding_age(value, reference, keys) or span_start(
                    value, reference, keys, opening) or (None if since else span_to_now(
                        value, phrase, keys, [t.key for t in toks[last:last + 3]], opening))
                value = read = founded or since or value
            value = read = age or value
        if value.kind is Kind.DURATION and RATE_PERIOD.match(phrase) \
                and AMOUNT_BEFORE.search(text.text, 0, where[0]):
            read = None  # "$12 million a year": the period of a rate, no duration of its own
        rest = [t for k, t in enumerate(toks) if not first <= k < last]
        holder = agents(clause_words(toks, first, last), lo, text.proper)
        if not holder:
            held = agents(rest, lo, text.proper)  # once: per word, it made reading quadratic
            holder = _subject_names([t for t in rest if t.key in held
                                     or not t.text[0].isupper()], lo, text.proper)
        if not holder and toks and toks[0].key in _REFERRING:
            # "He served 16 aces", "The company said": whom the sentence goes on about
            holder = antecedent(text.text, text.starts, lo, text.proper)
        attribution = attribution_of(rest)
        subject = in_full(own_holder(toks, first, last, lo, text.proper, partial(
            earlier_subject, text, lo)), text.text) if inside else ()  # "Moyes": Declan Moyes
        if value.dimension == "ordinal" and (placed := _PLACED.match(text.text, where[1])):
            subject = tuple(placed.group(1).split())  # "fifth-placed Dunmere": Dunmere's
    else:
        subject = ()
        toks, first, last = [], 0, 0  # no sentence: every reading of one asks for the text
        after = _tokens(fields, 0, len(fields))
        before = []
        rest = after
        holder = tuple(sorted({t.key for t in _tokens(claim.subject, 0, len(claim.subject))}))
        attribution = None
    if age is not None and text is not None and where is not None:
        holder = person(toks, first, last)  # an age is one person's: never another's age
        if not holder and (first and toks[first - 1].key == "the" or first < len(toks)
                           and toks[first].key == "the") and as_noun(toks, last):
            # "The 26-year-old pulled away", "the teenager had trained": the person named before
            holder = antecedent(text.text, text.starts, lo, text.proper)
        elif not holder and unnamed(toks, first):
            # "one 19-year-old survivor", "a 24-year-old logistics officer": someone the
            # report does not name (a surgeon may be another's doctor), never one it names
            holder = ("someone",)
    noun, measured, words, classed, both, groups = measured_thing(
        value, phrase, elided, age, founded, text, where, toks, first, last, after, before)
    agent = passive_agent(before)  # "The plan was approved by 38 votes": no plan's figure
    tail = acting(after[:_ROLE_REACH], words) if value.dimension == "count" \
        else after[:_ROLE_REACH]  # "only six firms had bid" counts bidders, not a bid
    said_in = toks if text is not None and where is not None else ()
    opened = bool(said_in) and opens_clause(toks, first, last)  # "after 48,000 salmon escaped"
    qualifying = [] if opened else before[:2 if agent else _ROLE_REACH]
    modality = qualifiers([*qualifying, *tail], said_in)[1]
    role = qualifiers([*qualifying, *own_words(tail)], said_in)[0]
    if modality in ("negated", "modal") and text is not None and where is not None \
            and presupposed(toks, first, last):
        modality = None  # "could no longer defend the £2.3 billion contract": still £2.3bn
    front: list[Tok] = []
    framing: frozenset[tuple[str, int]] = frozenset()
    parts: frozenset[str] = frozenset()
    if text is not None and where is not None:
        role, modality, front, framing, parts, measured, words, classed = sentence_roles(
            toks, first, last, phrase, value, before, tail, noun, words, measured, classed,
            role, modality, agent, opened, parts)
    if both is None:  # "212 riders and pedestrians" are no one kind of people
        parts |= kind_counted(noun, measured, value.dimension)  # "31 students were killed"
    if role is None and not agent and not (text is not None and where is not None and absolute(
            toks, first, last)):  # "the previous exchange ... involved 48 prisoners" ("a
        # former mayor" says who someone was, not which figure it is)
        # nor a word inside a name: "The Mallee Ridge *Seed* Bank's consignment")
        said_by = _tokens(claim.subject, 0, len(claim.subject))
        here = toks if text is not None and where is not None else []
        role = next((r for t in said_by if t.key != "former"
                     and not framed(t.key, here, first if here else 0)
                     and not describes(t.key, here)
                     for r in role_words([t], said_by) if r not in _NEAR_ONLY), None)
    shared = toks if text is not None and where is not None else ()
    per = PER.match(text.text, where[1]) if text is not None and where is not None else None
    period = tuple(sorted(dated({lex.month(t.key) for t in [*before, *after]
                                 if (t.key in lex.MONTHS and not a_share(t, shared))
                                 or YEAR.match(t.text)}
                                | relative_years([*before, *after]) | relative_years(front)
                                | span_starts([*before, *after])
                                | (clause_years(toks, first, last) if shared else set())
                                | (month_years(toks, [*before, *after], reference)
                                   if shared else set())
                                | ({f"per {lex.key(per.group(1))}"} if per else set()),
                                reference)))
    event = lex.key(claim.predicate.split()[0]) if claim.predicate.strip() else None
    event = lex.CLASS_OF.get(event, event) if event else None
    context = content(rest) | content(_tokens(fields, 0, len(fields)))
    if text is not None and where is not None:
        context |= content(toks[base:last])
    contrast = framing | frozenset(lex.CONTRAST_OF[t.key] for t in [
        *before[:_ROLE_REACH], *after[:_ROLE_REACH]] if t.key in lex.CONTRAST_OF)
    span = ([*before, *words_after(toks, last, SPAN), *front]
            if text is not None and where is not None else after)
    role, tallied = later_role(role, value, phrase, text, where, toks, first, last, before,
                               front, span, age, modality, reference)
    role, attribution = stated(claim, role, attribution)
    if value.kind is Kind.DATE and role == "forecast":
        role = "target"  # a date expected is a date planned: "expected to begin in 2031"
    covers, named, around, parts_named = False, frozenset[str](), frozenset[str](), frozenset[str]()
    if text is not None and where is not None:
        covers, named = whole(toks, first, last), named_in(toks, lo, text.proper)
        parts_named = regions(toks, lo, text.proper)
        around = text.proper if covers else around
        if called_whole := named_whole(toks, first, last):
            covers, around = True, called_whole  # "Ngorova as a whole": that name is the whole
        if inside and not subject and attribution in (None, "company"):
            subject = own_sayer(toks, first, lo, text.proper, text.text, measured)
        if not (subject or holder) and inside:
            around = text.proper  # a figure of no one: maybe the whole the report is about
    befell = None
    if text is not None and where is not None and inside \
            and dimension_of(value) in ("date", "time of day"):
        befell = befell_at(toks, first)
    origin = origin_of(toks, last) if text is not None and where is not None and inside \
        and dimension_of(value) == "length" else None
    who = None
    if text is not None and where is not None and inside and age is not None \
            and holder in ((), ("someone",)):
        who = whose_age(toks, first, last)
    second = bridge(value, given, phrase, text.text, where, reference) \
        if text is not None and where is not None and read is not None else None
    if tallied is not None:  # two tallies at two times are two figures
        period = tuple(sorted({*period, f"by {tallied}"}))
    if measured is not None and not classed:  # "vessels" and "ships" count one set
        measured = kin(measured)
    return Measurement(claim.source, claim.id, slot, phrase, dimension_of(value), measured,
                       words, classed, holder, role, period, attribution, modality,
                       event, context, content([*before, *after]) or context, read,
                       surface([*rest, *_tokens(fields, 0, len(fields))], context), contrast,
                       subject, parts, covers, named, around, parts_named, befell,
                       origin, who, what_lasted(toks, first, last, phrase)
                       if text is not None and where is not None and inside
                       and dimension_of(value) == "duration" else None, second,
                       share_base(toks, last) if text is not None and where is not None
                       and value.dimension == "percent" else frozenset(),
                       designators(text.text[lo:hi], (where[0] - lo, where[1] - lo))
                       if text is not None and where is not None else frozenset(), groups,
                       named_roles(toks, first, last) if role is None else frozenset())


__all__ = ["measure_claim"]
