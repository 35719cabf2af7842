"""Documents to measurements, and the blocking key that says which ones to compare.

The two functions the engines call, `document_measurements(doc)` and
`block_key(m)`, are the only places that know how a document becomes
measurements. A measurement is one value a source gives (a count, an amount,
a date, a duration) with what it measures, whose it is, and the document's
publication date; two measurements are compared when their block keys are
equal: the same dimension, the same measured thing (the synonym class
`claimdiff.measure` reads, else verb stem and counted noun), the same holder
(the name the value is about) and the same time window (the calendar month of
publication).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from claimdiff.align import key as fold_key
from claimdiff.compare._readings import ClaimReadings
from claimdiff.measure import SourceText, measure_claim
from claimdiff.model import Claim, ClaimSet, Polarity
from claimdiff.normalization import Kind, Value

BlockKey = tuple[str, str, str, str]
"""`(dimension, measured thing, holder, time window)`."""


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


def block_key(value: Value, predicate: str, holder: str, published: date | None,
              measured: str | None = None) -> BlockKey:
    """The block a value falls in: dimension, measured thing, holder, month of publication.

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
    window = published.isoformat()[:7] if published is not None else "undated"
    return (_dimension(value), thing, holder, window)


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
    for c in claimset.claims:
        if not _asserted(c):
            continue
        holder = _holder(c, known, fallback)
        pub = published.get(c.source) or doc.published
        for slot in ("when", "value"):
            reading = readings.reading(c, slot)
            if not isinstance(reading, Value) or reading.kind is Kind.SET:
                continue
            spec = getattr(c, slot)
            what = measure_claim(c, slot, reading, text)
            source = c.source if doc.claimset is not None else doc.source
            out.append(Measurement(
                doc.id, source, c.id, slot, spec.text, c.quote or "", c.subject, c.predicate,
                c.object or "", pub.isoformat() if pub else "", holder, reading,
                block_key(reading, c.predicate, holder, pub,
                          what.measured if what.classed else None)))
    return out


__all__ = ["BlockKey", "Document", "Measurement", "block_key",
           "document_measurements", "main_name"]
