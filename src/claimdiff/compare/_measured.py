"""Pairing the value-bearing claims of two claim sets by what their values measure.

Each readable value of a claim (its `value` and its `when`) becomes one
`Measurement`, read from the sentence around its quote when the source text is
at hand, else from the claim's fields. Small dimension blocks are scored in
full; a dimension with too many pairs to score (large claim files) takes its
candidates from the alignment index (`claimdiff.align`), restricted to the
dimension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from claimdiff.align import AliasTable, ClaimTable
from claimdiff.align._block import candidate_pairs
from claimdiff.compare._draft_readings import (
    bare_clock,
    by_start,
    gone_up,
    only_part,
    term_span,
    with_hedge,
)
from claimdiff.compare._measure_readings import read_measures
from claimdiff.compare._readings import ClaimReadings
from claimdiff.compare._when import clock_of
from claimdiff.load import LoadedClaimSet
from claimdiff.measure import (
    Measurement,
    SourceText,
    candidates_by_dimension,
    clock_reading,
    facing,
    implied_roles,
    interval_reading,
    last_since,
    lasting,
    measure_claim,
    measure_fields,
    ordinal_reading,
    pair_measurements,
    settle_units,
)
from claimdiff.model import Claim, ClaimSet, ClaimV2, Status
from claimdiff.normalization import Value, score_value
from claimdiff.normalization._ordinal_words import RANKED


@dataclass(frozen=True)
class MeasuredPair:
    """Two claims paired by one or more of their measurements, best score first."""

    a: int
    b: int
    score: float
    reason: str
    measured: tuple[tuple[Measurement, Measurement], ...]


@dataclass
class Measured:
    """Pairs of claims (index in a, index in b, score, reason, the compared measurements)
    and which claims were measured."""

    pairs: list[MeasuredPair] = field(default_factory=list)
    read_a: set[int] = field(default_factory=set)
    read_b: set[int] = field(default_factory=set)
    candidates: int = 0
    measurements_a: list[Measurement] = field(default_factory=list)
    measurements_b: list[Measurement] = field(default_factory=list)


def _texts(item: LoadedClaimSet | ClaimSet) -> dict[str, SourceText]:
    if isinstance(item, LoadedClaimSet):
        raw = item.source_texts
    else:
        raw = {s.id: s.text for s in item.sources}
    return {k: SourceText(v) for k, v in raw.items() if v}


def measurements(
    item: LoadedClaimSet | ClaimSet, readings: ClaimReadings, *, curated: bool = False
) -> tuple[list[int], list[Measurement]]:
    """The measurement of every draft claim with a readable value (and of every curated one
    with `curated`), and the claims' indexes."""
    claimset = item.claimset if isinstance(item, LoadedClaimSet) else item
    texts = _texts(item)
    index: list[int] = []
    out: list[Measurement] = []
    for n, claim in enumerate(claimset.claims):
        if claim.status is not Status.DRAFT and not curated:
            continue  # curated claims keep their curator's words: the alignment pairs them
        for slot in ("value", "when"):
            reading = readings.reading(claim, slot)
            if reading is None:
                continue
            text = texts.get(claim.source)
            written = claim.values()[slot].text
            found: list[Measurement] = []
            ref = readings.reference(claim)
            place = ordinal_reading(written)
            if place is not None and only_part(written, place[0]):
                found.append(measure_claim(claim, slot, place[1], text, place[0], reference=ref))
            elif place is not None and RANKED.fullmatch(written, written.find(place[0])
                                                        + len(place[0])):
                # drafted with what it ranks ("sixth in the world"): measured by its words
                found.append(measure_claim(claim, slot, replace(place[1], text=written), text,
                                           written, reference=ref))
            clock = None if place else clock_reading(with_hedge(written, claim, text))
            if clock is not None:  # a time of day, measured apart from any day it names
                found.append(measure_claim(claim, slot, clock[1], text, clock[0], reference=ref))
            if place and found:
                pass  # an ordinal is a place, whatever else the phrase could be read as
            elif isinstance(reading, Value) and not (clock and bare_clock(written, clock[0])):
                read = term_span(by_start(gone_up(reading, readings, claim, text), readings, claim),
                             written, claim, text)
                found.append(measure_claim(claim, slot, read, text, reference=ref))
                if lasting(found[-1].value) or last_since(found[-1].value):
                    # "since 2011" is a state's age and a year too; "the worst in 25 years"
                    # says when the last was, and a look-back of 25 years too
                    plain = measure_claim(claim, slot, read, text)
                    if not lasting(plain.value):
                        found.append(plain)
            elif not isinstance(reading, Value) and (part := interval_reading(written)):
                found.append(measure_claim(claim, slot, part[1], text, part[0], reference=ref))
            for m in found:
                if m.value is not None:  # no reading: the value was read only in part
                    out.append(m)
                    index.append(n)
    return index, out


def pair_by_measurement(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet,
    readings_a: ClaimReadings, readings_b: ClaimReadings, options: Any,
) -> Measured:
    """Pair the measured claims of `a` and `b` one-to-one."""
    # A curated claim facing drafts is measured too: the drafts' valued claims are all in
    # this pool, and left to the word alignment it would find nothing to pair with.
    ia, ma = measurements(a, readings_a, curated=_has_drafts(b))
    ib, mb = measurements(b, readings_b, curated=_has_drafts(a))
    # a unit word of several senses ("pounds": a weight or money) as each report shows it
    ma, mb = settle_units(ma, mb), settle_units(mb, ma)
    # the roles a figure's sentence names without a role word reaching it ("the offer")
    ma, mb = implied_roles(ma), implied_roles(mb)
    candidates, large = candidates_by_dimension(ma, mb)
    if large:
        candidates += _indexed(a, b, ia, ib, ma, mb, set(large), options.max_block)
    found = pair_measurements(ma, mb, candidates=candidates)
    by_claims: dict[tuple[int, int], list[tuple[float, str, Measurement, Measurement]]] = {}
    for p in found:
        # each compared by the reading in which they were paired ("since 2017" as a length)
        x, y = facing(ma[p.a], mb[p.b]) or (ma[p.a], mb[p.b])
        by_claims.setdefault((ia[p.a], ib[p.b]), []).append((p.score, p.reason, x, y))
    pairs = []
    for (i, j), got in sorted(by_claims.items()):
        got.sort(key=lambda g: (-g[0], g[2].slot, g[3].slot))
        pairs.append(MeasuredPair(i, j, got[0][0], got[0][1],
                                  tuple((x, y) for _, _, x, y in got)))
    return Measured(pairs, set(ia), set(ib), len(candidates), ma, mb)


def curated_measurements(item: LoadedClaimSet | ClaimSet, readings: ClaimReadings,
                         aliases: AliasTable) -> dict[int, list[Measurement]]:
    """Every value of every claim, read from the claim's fields (`measure_fields`), then its
    `when`, by the claim's index; claims with neither are left out."""
    out: dict[int, list[Measurement]] = {}
    mentioned: dict[str, str] = {}  # the names each predicate's words mention, read once
    for n, claim in enumerate(_claims(item)):
        names: list[tuple[str, str]] = []  # whose its values are, read once for them all
        found = _values(claim, readings, aliases, names, mentioned)
        found += _when(claim, readings, aliases, names, mentioned)
        if found:
            out[n] = found
    return out


def _values(claim: Claim, readings: ClaimReadings, aliases: AliasTable,
            names: list[tuple[str, str]], mentioned: dict[str, str]) -> list[Measurement]:
    if not (claim.measures if isinstance(claim, ClaimV2) else claim.value):
        return []
    subject, said = _names(claim, aliases, names, mentioned)
    if not isinstance(claim, ClaimV2):  # one plain value, read as version 1 reads it
        value = readings.reading(claim, "value")
        assert claim.value is not None
        return [measure_fields(claim, None, value if isinstance(value, Value) else None,
                               names=subject, mentioned=said,
                               drop=aliases.canonical_text(claim.value.text),
                               reference=readings.reference(claim))]
    return [measure_fields(claim, measure, _value_of(measure.text, reading),
                           names=subject, mentioned=said, drop=aliases.canonical_text(
                               f"{measure.measured or ''} {measure.text}"),
                           reference=readings.reference(claim))
            for measure, reading in read_measures(readings, claim, readings.claims)]


def _value_of(text: str, reading: object) -> Value | None:
    """A value's reading as its measurement reads it; a score ("6-3", "six to three") as
    the score it is, its larger side its figure, as a sentence's score is read, so that two
    curators' scores of one vote pair by their figures as well as by their words."""
    score = getattr(reading, "score", None)
    if score is not None:
        return score_value(text, *score)
    value = getattr(reading, "value", None)
    return value if isinstance(value, Value) else None


def _when(claim: Claim, readings: ClaimReadings, aliases: AliasTable,
          names: list[tuple[str, str]], mentioned: dict[str, str]) -> list[Measurement]:
    """The claim's `when` as measurements: two curators word an event apart ("the dam |
    burst | at 11.40pm", "the earthen dam | collapsed | shortly before midnight Sunday"),
    and what the date is of, and whose, pairs them as it pairs values. A date with its
    time of day is measured twice, as the day and as the time (`clock_of`), as a sentence's
    date is."""
    reading = readings.reading(claim, "when")
    if not isinstance(reading, Value) or claim.when is None:
        return []
    subject, said = _names(claim, aliases, names, mentioned)
    clock = clock_of(claim.when.text, reading)
    return [measure_fields(claim, None, x, names=subject, mentioned=said, slot="when",
                           reference=readings.reference(claim))
            for x in (reading, clock) if x is not None]


_CAPITALIZED = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’-]+")


def _names(claim: Claim, aliases: AliasTable, memo: list[tuple[str, str]],
           mentioned: dict[str, str]) -> tuple[str, str]:
    """Whose a curated claim's values are: its subject, and the entities and capitalized
    names its predicate and measured words mention ("swept over Punta Calera", "the storm's
    central pressure" with "the storm" an alias), aliases replaced. The object is not: it
    is as often what is measured ("returned | villages") as whom it concerns. `memo` holds
    the claim's answer once read, `mentioned` the names of each predicate and measured words
    read (many claims share them)."""
    if not memo:
        said = " ".join(m.measured or "" for m in claim.measures) if isinstance(
            claim, ClaimV2) else ""
        text = f"{claim.predicate} {said}"
        hit = mentioned.get(text)
        if hit is None:
            hit = mentioned[text] = _mentions(text, aliases)
        memo.append((aliases.canonical_text(claim.subject), hit))
    return memo[0]


def _mentions(text: str, aliases: AliasTable) -> str:
    extra = [*aliases.mentions(text), *(m.group() for m in _CAPITALIZED.finditer(text))]
    return aliases.canonical_text(" ".join(extra)) if extra else ""


def has_drafts(item: LoadedClaimSet | ClaimSet) -> bool:
    """Whether any claim of `item` is a draft (from an article)."""
    return _has_drafts(item)


def _has_drafts(item: LoadedClaimSet | ClaimSet) -> bool:
    return any(c.status is Status.DRAFT for c in _claims(item))


def _claims(item: LoadedClaimSet | ClaimSet) -> tuple[Claim, ...]:
    return (item.claimset if isinstance(item, LoadedClaimSet) else item).claims


def _indexed(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet, ia: list[int], ib: list[int],
    ma: list[Measurement], mb: list[Measurement], dims: set[str], max_block: int,
) -> list[tuple[int, int]]:
    """Candidates of the large dimensions from the word index of the alignment stage."""
    ca, cb = _claims(a), _claims(b)
    cs = [(a.claimset if isinstance(a, LoadedClaimSet) else a),
          (b.claimset if isinstance(b, LoadedClaimSet) else b)]
    aliases = AliasTable.from_entities((*cs[0].entities, *cs[1].entities))
    ta = ClaimTable.build([ca[i] for i in ia], aliases)
    tb = ClaimTable.build([cb[j] for j in ib], aliases)
    xs, ys = candidate_pairs(ta, tb, max_block=max_block)
    return [(i, j) for i, j in zip(xs.tolist(), ys.tolist(), strict=True)
            if ma[i].dimension in dims and ma[i].dimension == mb[j].dimension]


__all__ = ["Measured", "MeasuredPair", "curated_measurements", "has_drafts", "measurements",
           "pair_by_measurement"]
