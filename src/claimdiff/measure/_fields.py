"""A curated claim's value read as a `Measurement` from the claim's fields, not a sentence.

A curator has said what a value is about, but in their own words: "death toll"
or "killed", "number of injured" or "injured", "policy rate" or "raised rates
to". Each field is read through the same lexicon as an article's sentence:

- **measured**: the value's `measured:` words, else its own noun ("17 people
  *dead*"), else the first word of a synonym class in the predicate, the object
  or the subject ("*killed*", "the death *toll*"), else the value's own noun or
  the measured words as a bare lemma ("19 *aces*");
- **holder**: the names of the subject and those the predicate mentions
  (entity aliases already replaced by the caller), without the words that say
  what is measured, its role or a generic noun: "the death toll in Belmora" is
  held by Belmora; a subject that reported the value ("police said", "Enerbel
  said customers lost power") is its attribution, not its holder;
- **role**: the value's or the claim's `modality` (forecast, target,
  conditional), else a role word of the fields ("was *predicted* at", "speed
  *limit*"); a `change` or a `rate` is a dimension of its own (a rise of 7% is
  no level of 7%, 40 a day no total of 40);
- **period**: months, quarters and years named in the fields or `as_of`;
- **attribution**: the value's or the claim's `attribution`, as a party class
  (police, organiser, government, ...) when the lexicon knows it;
- **the quote's evidence** (`_fields_quote`): the value read in the claim's quote by the
  article reader, for what tells two figures apart that fields rarely state: members of a
  series, the group of a share, the year of the figure's clause, a several-year average,
  the day a thing was said.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._fields_measured import field_tokens as _words
from claimdiff.measure._fields_measured import measured_of
from claimdiff.measure._fields_quote import quoted
from claimdiff.measure._fields_sayer import bare_saying, holder_words, is_sayer, party
from claimdiff.measure._fields_time import before_report
from claimdiff.measure._fields_time import span as _span
from claimdiff.measure._fields_time import tense as _tense
from claimdiff.measure._model import Measurement
from claimdiff.measure._nouns_en import kin
from claimdiff.measure._period import dated, span_starts
from claimdiff.measure._what import content as _content
from claimdiff.measure._what import dimension_of
from claimdiff.measure._what import surface as _surface
from claimdiff.measure._window_periods import YEAR as _YEAR
from claimdiff.measure._window_periods import relative_years as _relative_years
from claimdiff.model import Claim, Measure, Modality, Role, as_of_of, modality_of
from claimdiff.normalization import Kind, Value

_OWN_DIMENSION = {Role.CHANGE: "change", Role.RATE: "rate", Role.RATIO: "ratio",
                  Role.SCORE: "score"}
"""Roles whose values are never levels: compared only with values of the same role."""
_WHEN = "when"
_QUOTED_ROLES = {"said": None, "multi-year average": "average"}
"""Roles the quote's words give a value and its fields rarely state, each with the field role
it refines: the day a thing was said ("the ministry said on Monday"), an average over several
years ("the five-year average of 42 tonnes", where a curator writes "average yield")."""
_A_YEAR = re.compile(r"(?:19|20)\d\d$")
"""A year the quote's clause gives a figure ("In 2024 we finished ninth", "finished sixth
last season" in a report of 2026: 2025 or 2025-26); a month there is mostly the day of the
event, which the claim's `when` states and compares."""


@lru_cache(maxsize=65536)
def _text(text: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str],
                               frozenset[tuple[str, int]]]:
    """A field's content lemmas, their written words, its periods and contrasts."""
    toks = _words(text)
    content = _content(toks)
    periods = {lex.month(t.key) for t in toks if t.key in lex.MONTHS or _YEAR.match(t.text)}
    contrast = frozenset(lex.CONTRAST_OF[t.key] for t in toks if t.key in lex.CONTRAST_OF)
    return content, _surface(toks, content), frozenset(
        periods | _relative_years(list(toks)) | span_starts(toks)), contrast


def field_words(text: str) -> frozenset[str]:
    """The content lemmas of a claim's field, as its measurements read them ("were freed":
    free; "number abducted": abduct), stop words and generic nouns left out."""
    return frozenset(k for k in _text(text)[0] if k not in lex.GENERIC)


def event_words(claim: Claim) -> frozenset[str]:
    """The words a claim names its event by: the content lemmas of its subject, predicate and
    object, folded through the synonym classes (strike ~ walkout), generic nouns kept
    ("released the figures", "figures were published"), names left out (a capitalized
    word says whose or where, not what happened)."""
    return _event_words(f"{claim.subject} {claim.predicate} {claim.object or ''}")


@lru_cache(maxsize=65536)
def _event_words(text: str) -> frozenset[str]:
    return _text(" ".join(w for w in text.split() if not w[:1].isupper()))[0]


@lru_cache(maxsize=65536)
def _role_word(counted: str, *texts: str) -> str | None:
    """The first role word of `texts`, but the noun the value counts (`counted`: "19 *goals*",
    "12 *bids*", "3 *permits*" count those things and aim at nothing)."""
    return next((lex.ROLE_OF[t.key] for text in texts for t in _words(text)
                 if t.key in lex.ROLE_OF and t.key != "former" and t.key != counted), None)


@lru_cache(maxsize=65536)
def _event(predicate: str) -> str | None:
    toks = [t for t in _words(predicate) if t.text[0].isalpha() and t.key not in lex.STOP]
    return lex.CLASS_OF.get(toks[0].key, toks[0].key) if toks else None


def _per_of(value: Value) -> str | None:
    """The unit a rate's reading is per when its `per:` is unsaid ("22 cents a share":
    USD/share), not a speed's (m/s) nor a time's (per day: a rate of its own)."""
    unit = value.unit or ""
    if "/" not in unit or value.dimension == "speed":
        return None
    per = unit.rsplit("/", 1)[1]
    return per if per.isalpha() and per not in _TIME_UNITS else None


_TIME_UNITS = frozenset({"s", "min", "h", "day", "week", "month", "year"})
"""Rates per time are read per day ("280 a week" is 40 a day): a dimension of their own."""


def measure_fields(claim: Claim, measure: Measure | None, value: Value | None, *,
                   names: str | None = None, mentioned: str = "", drop: str = "",
                   slot: str = "value", reference: date | None = None) -> Measurement:
    """The measurement of one value of a curated claim, read from the claim's fields.

    `measure` is the value (`None` for a version 1 `value` or the claim's `when`,
    `slot="when"`); `value` its reading (`None` when it cannot be read: such a
    measurement has the dimension `unread` and is paired only on names and words).
    `names` is the subject and `mentioned` the names the predicate mentions, with entity
    aliases replaced by their canonical names (default: the subject as written); `drop`
    the measured words and phrase folded as `names` are (never the holder); `reference`
    the source's date, which "this year" and "last year" are read against. A
    subject that only says who reported the value ("Enerbel | said customers lost
    power", "police | estimated") is its sayer, not its holder.
    """
    phrase = (measure.text if measure is not None else
              claim.when.text if slot == _WHEN and claim.when is not None else
              claim.values()[slot].text)
    said = (measure.measured if measure is not None else None) or ""
    kind = value.kind if value is not None else None
    age = (measure is not None and measure.role is Role.AGE) or (
        value is not None and value.dimension == "age")
    measured, words, classed = measured_of(
        claim.subject, claim.predicate, claim.object or "", said,
        value.noun or "" if value is not None and kind is Kind.QUANTITY else "", phrase, age,
        kind in (Kind.DATE, Kind.DURATION))
    if value is None:
        dimension = "unread"
    elif measure is not None and measure.role is Role.ORDINAL:
        dimension = "ordinal"
    elif age:
        dimension = "age"
    else:
        dimension = dimension_of(value)
        own = _OWN_DIMENSION.get(measure.role) if measure is not None else None
        # what a rate is per, as its reading says when it says it: "$91.20" per barrel and
        # "$91.20 a barrel" are both read per m³, whichever way the curator wrote it
        per = _per_of(value) if "/" in (value.unit or "") else (
            measure.per if measure is not None and measure.per else None)
        if own == "rate" and not per:
            own = None  # "60mph" marked a rate: a speed is already a rate of its own
        if own is not None:
            dimension = f"{dimension} {own}"
            if per:
                dimension += " per " + " ".join(t.key for t in _words(per))
    # an age a person "said" with nothing else said is that person's own ("Managing director
    # Ritika Karandikar, 34" curated as "Ritika Karandikar | said | 34")
    sayer = is_sayer(claim.predicate, claim.subject) and not (
        age and not claim.object and bare_saying(claim.predicate, claim.subject))
    subject = "" if sayer else names if names is not None else claim.subject
    holder = holder_words(f"{subject} {mentioned}", said, phrase, drop)
    as_of = (measure.as_of if measure is not None and measure.as_of is not None
             else as_of_of(claim))
    context, periods, surface, contrast = _fields(claim.subject, claim.predicate,
                                                  claim.object or "", said)
    close = [_text(x) for x in (claim.predicate, said, phrase)]
    near = frozenset().union(*(f[0] for f in close)) or context
    period = _period(periods, _text(phrase)[2], _text(as_of.text if as_of else "")[2], reference)
    attribution = party((measure.attribution if measure is not None else None)
                         or claim.attribution or (claim.subject if sayer else None))
    modality = modality_of(claim, measure)
    when = claim.when.text if claim.when is not None else ""
    at = as_of.text if as_of is not None else ""
    # the value's own words stand on a pole too ("410 births", "all 22 crew aboard")
    contrast |= _text(phrase)[3] | _tense(f"{said} {phrase}", f"{claim.predicate} {when} {at}",
                       modality in (Modality.FORECAST, Modality.TARGET))
    if dimension.endswith("change"):
        base = measure.base.text if measure is not None and measure.base is not None else ""
        contrast |= _span(f"{claim.predicate} {said} {phrase} {base} {when}")
    noun = value.noun if value is not None and kind is Kind.QUANTITY and value.noun else ""
    counted = lex.key(noun.split()[-1]) if noun.strip() else ""
    role = modality.value if modality is not Modality.ACTUAL else _role_word(
        counted, said, claim.predicate, claim.subject)
    if role is None and slot != _WHEN and kind is not Kind.DATE and not age and when \
            and before_report(when, reference):
        role = "previous"  # "In 2024 | a similar pile-up | 19 vehicles": an earlier one
    quote = quoted(claim, slot, phrase, value, reference)
    labels: frozenset[tuple[str, str]] = frozenset()
    group: frozenset[str] = frozenset()
    if quote is not None:  # what the writer's words tell apart and the fields cannot say
        labels, group = quote.labels, quote.base
        period = tuple(sorted({*period, *(p for p in quote.period if _A_YEAR.match(p))}))
        if quote.role in _QUOTED_ROLES and role in (None, _QUOTED_ROLES[quote.role]):
            role = quote.role
    if measured is not None and not classed:  # "vessels" and "ships" count one set
        measured = kin(measured)
    return Measurement(
        claim.source, claim.id, slot, phrase, dimension, measured, words, classed, holder,
        role, period, attribution, None, _event(claim.predicate), context, near, value,
        surface, contrast, base=group, labels=labels)


@lru_cache(maxsize=4096)
def _period(fields: frozenset[str], phrase: frozenset[str], as_of: frozenset[str],
            reference: date | None) -> tuple[str, ...]:
    """The periods of the fields, the value's phrase and its `as_of`, dated by the report's
    day (few distinct sets: read once each)."""
    return tuple(sorted(dated(fields | phrase | as_of, reference)))


@lru_cache(maxsize=65536)
def _fields(subject: str, predicate: str, obj: str, said: str) -> tuple[
        frozenset[str], frozenset[str], tuple[tuple[str, str], ...], frozenset[tuple[str, int]]]:
    """What a claim's fields say around each of its values (read once for its value and its
    `when`): their content lemmas, periods, each lemma with its shortest written word, and
    the contrasts of the subject, predicate and measured words. The predicate and measured
    words (few distinct, `_stated`) are read once for all the claims sharing them; only the
    subject and object, mostly a claim's own, are merged per claim."""
    content, periods, surface, contrast = _stated(predicate, said)
    own = _text(subject)
    other = _text(obj)
    words = dict(surface)
    for k, w in (*own[1], *other[1]):
        old = words.get(k)
        if old is None or (len(w), w) < (len(old), old):
            words[k] = w
    return (content | own[0] | other[0], periods | own[2] | other[2],
            tuple(sorted(words.items())), contrast | own[3])


@lru_cache(maxsize=4096)
def _stated(predicate: str, said: str) -> tuple[frozenset[str], frozenset[str],
                                               dict[str, str], frozenset[tuple[str, int]]]:
    """`_fields` of a predicate and measured words alone, each lemma's written word a dict
    (read, never changed)."""
    fields = [_text(predicate), _text(said)]
    surface: dict[str, str] = {}
    for f in fields:
        for k, w in f[1]:
            old = surface.get(k)
            if old is None or (len(w), w) < (len(old), old):
                surface[k] = w
    return (fields[0][0] | fields[1][0], fields[0][2] | fields[1][2], surface,
            fields[1][3] | fields[0][3])


__all__ = ["event_words", "field_words", "measure_fields"]
