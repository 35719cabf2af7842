"""Documents to measurements, and the blocking key that says which ones to compare.

The two functions the engines call, `document_measurements(doc)` and
`block_key(m)`, are the only places that know how a document becomes
measurements. A measurement is one value a source gives (a count, an amount,
a date, a duration) with what it measures, whose it is, what qualifies it and
the day it is about. Two measurements fall in one block when their block keys
are equal: the same dimension, the same measured thing (the synonym class
`claimdiff.measure` reads, else verb stem and counted noun), the same holder
(the name the value is about) and the same role (`forecast`, `limit`, ...: a
forecast never meets a count). Time, attribution and period are not part of
the key: `compare_block` splits a block by them (`claimdiff.corpus._block`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from claimdiff.align import key as fold_key
from claimdiff.compare._readings import ClaimReadings
from claimdiff.measure import SourceText, measure_claim, settle_units
from claimdiff.model import Claim, ClaimSet, Polarity
from claimdiff.normalization import Kind, Value

BlockKey = tuple[str, str, str, str]
"""`(dimension, measured thing, holder, role)`."""

EVENT_DAYS = 7
"""A value's `when` narrower than this many days is the day it is about (else publication)."""


@dataclass(frozen=True)
class Document:
    """One article of a corpus, or one claim file (`claimset` set, `text` empty)."""

    id: str
    source: str
    text: str
    published: date | None = None
    url: str | None = None
    file: str = ""
    claimset: ClaimSet | None = None


@dataclass(frozen=True)
class Measurement:
    """One value of one document, with what it measures and the block it falls in."""

    doc: str
    source: str
    claim: str
    slot: str
    text: str
    quote: str
    subject: str
    predicate: str
    object: str
    published: str
    holder: str
    value: Value
    key: BlockKey
    day: int | None = None
    """The day the value is about, as a proleptic ordinal: the claim's own date when it
    gives one (a week at most), else the publication date; `None` when neither is known."""
    attribution: str = ""
    """Who the value is attributed to (`police`, `organiser`, ...), as `claimdiff.measure`
    reads it; empty when unattributed."""
    period: str = ""
    """The months, quarters and years that qualify the value ("july"), space-separated."""

    @property
    def ident(self) -> tuple[str, str, str, str]:
        """A total order on measurements: source, document, claim, slot."""
        return (self.source, self.doc, self.claim, self.slot)


_WORD = re.compile(r"[A-Z][\w’'-]*[\w]|[A-Z]")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
_TITLES = frozenset("the a an this that these those it its he she they we i in on at of "
                    "for and but or by from with after before as".split())


def _names(text: str, *, skip_initial: bool) -> list[str]:
    """Capitalised words of `text` that read as names, folded to matching keys."""
    out: list[str] = []
    for m in _WORD.finditer(text):
        before = text[:m.start()].rstrip()
        initial = not before or before[-1] in ".!?:\"“”"
        word = m.group().split("’")[0].split("'")[0]
        if (skip_initial and initial) or word.lower() in _CALENDAR | _TITLES or len(word) < 2:
            continue
        k = fold_key(word)
        if k:
            out.append(k)
    return out


def main_name(text: str) -> str:
    """The name a document is most about: its most frequent capitalised word mid-sentence."""
    counts = Counter(_names(text, skip_initial=True))
    if not counts:
        return ""
    best = max(counts.values())
    return min(k for k, n in counts.items() if n == best)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def _dimension(value: Value) -> str:
    if value.kind is Kind.DATE:
        return "date"
    if value.kind is Kind.DURATION:
        return "duration"
    return value.dimension or "count"


def block_key(value: Value, predicate: str, holder: str, measured: str | None = None,
              role: str | None = None) -> BlockKey:
    """The block a value falls in: dimension, measured thing, holder, role.

    The measured thing is `measured` when given (a synonym class of
    `claimdiff.measure`: "killed", "died" and "deaths" are all `dead`), else the
    stems of the predicate's verb and of the counted noun.
    """
    if measured:
        thing = measured
    else:
        verb = next(iter(fold_key(predicate).split()), "")
        noun = next(iter(fold_key(value.noun or "").split()[-1:]), "")
        thing = " ".join(x for x in (_stem(verb), _stem(noun)) if x)
    return (_dimension(value), thing, holder, role or "")


def _holder(claim: Claim, known: set[str] | None, fallback: str) -> str:
    """The name a claim's value is about: a name of its subject or object, else of its quote,
    else the document's main name. `known`: the names the document uses mid-sentence (a
    capitalised first word is a name only if it is one of them); `None` trusts capitals."""
    for text in (f"{claim.subject} {claim.object or ''}", claim.quote or ""):
        names = [k for k in _names(text, skip_initial=False) if known is None or k in known]
        if names:
            return names[0]
    return fallback


def _claimset_of(doc: Document) -> ClaimSet:
    if doc.claimset is not None:
        return doc.claimset
    from claimdiff.extract import extract_text

    # the claim set's source id is a slug; measurements carry the document's source as given
    return extract_text(doc.text, published=doc.published, source_id="doc",
                        text_file=doc.file or doc.id)


_HYPOTHETICAL = ("modal", "conditional")
"""Extraction's moods of a verb under could/may/would: a possibility, not a measurement."""


def _asserted(claim: Claim) -> bool:
    """Whether the claim states its value as a fact (not denied, not a mere possibility)."""
    mood = (claim.note or "").split(";")[0].strip()
    return claim.polarity is Polarity.ASSERTED and mood not in _HYPOTHETICAL


def _event_day(when: object) -> int | None:
    """The ordinal of the day a claim's `when` names, when it is a date of a week at most."""
    if not isinstance(when, Value) or when.kind is not Kind.DATE or not when.core.bounded:
        return None
    if when.core.width > EVENT_DAYS:
        return None
    return int(when.core.lo) if when.core.lo >= 1 else None


def _sentence_days(claimset: ClaimSet, readings: ClaimReadings) -> dict[tuple[str, str], int]:
    """(subject, predicate) -> the one day its claims name (extraction gives a clause's date
    its own claim: "killed 40 people on May 30" is a count and a date); statements naming
    no day or several are left out."""
    days: dict[tuple[str, str], set[int]] = {}
    for c in claimset.claims:
        day = _event_day(readings.reading(c, "when")) if _asserted(c) else None
        if day is not None:
            days.setdefault((c.subject, c.predicate), set()).add(day)
    return {q: next(iter(d)) for q, d in days.items() if len(d) == 1}


def document_measurements(doc: Document) -> list[Measurement]:
    """Every readable value `doc` asserts, as measurements with their block keys.

    Values of denied claims ("did not kill 40") and of possibilities ("could
    worsen over the weekend") are no measurements and are left out.

    Raises `ClaimdiffError` when the document cannot be read at all.
    """
    claimset = _claimset_of(doc)
    readings = ClaimReadings(claimset)
    published = {s.id: s.published for s in claimset.sources}
    fallback = main_name(doc.text) if doc.text else ""
    text = SourceText(doc.text) if doc.text else None
    known = set(_names(doc.text, skip_initial=True)) if doc.claimset is None else None
    out: list[Measurement] = []
    events = _sentence_days(claimset, readings)
    read = [(c, slot, reading, measure_claim(c, slot, reading, text))
            for c in claimset.claims if _asserted(c) for slot in ("when", "value")
            if isinstance(reading := readings.reading(c, slot), Value)
            and reading.kind is not Kind.SET]
    # a unit word of several senses ("pounds": a weight or money) as the document shows it
    settled = settle_units([what for *_, what in read])
    claim: Claim | None = None
    for (c, slot, reading, first), what in zip(read, settled, strict=True):
        if what is not first and what.value is not None:
            reading = what.value
        if c is not claim:  # what is the claim's, once for its `when` and its `value`
            claim = c
            holder = _holder(c, known, fallback)
            pub = published.get(c.source) or doc.published
            event = _event_day(readings.reading(c, "when")) or events.get((c.subject,
                                                                            c.predicate))
            source = c.source if doc.claimset is not None else doc.source
        spec = getattr(c, slot)
        # a date is about the day it names: block it by publication, or a wrong date
        # would move itself out of reach of the right one
        day = event if slot == "value" and event is not None else \
            (pub.toordinal() if pub else None)
        out.append(Measurement(
            doc.id, source, c.id, slot, spec.text, c.quote or "", c.subject, c.predicate,
            c.object or "", pub.isoformat() if pub else "", holder, reading,
            block_key(reading, c.predicate, holder,
                      what.measured if what.classed else None, what.role),
            day, what.attribution or "", " ".join(what.period)))
    return out


__all__ = ["EVENT_DAYS", "BlockKey", "Document", "Measurement", "block_key",
           "document_measurements", "main_name"]
