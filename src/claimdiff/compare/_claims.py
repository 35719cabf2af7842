"""`diff(a, b)`: align two claim sets and compare every aligned pair.

The core returns a `DiffReport` and prints nothing. Inputs are claim sets
(`LoadedClaimSet`, `ClaimSet`) or paths (claim files, or plain text through
`claimdiff.extract`). A claim file whose quotes no longer match its source
text is still compared; the report carries a warning and leaves provenance to
`claimdiff check`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from claimdiff.align import AliasTable, Alignment, MeasuredAlignment, align, align_measured
from claimdiff.compare._aspects import Aspect, compare_claims, compare_measured, pair_verdict
from claimdiff.compare._context import report_context
from claimdiff.compare._inputs import (
    ClaimsInput,
    as_loaded_all,
    name_of,
    provenance_warnings,
    undated_warning,
)
from claimdiff.compare._measured import curated_measurements, has_drafts, pair_by_measurement
from claimdiff.compare._modality import said_roles
from claimdiff.compare._readings import ClaimReadings, Reading
from claimdiff.compare._when import earlier_alike, other_events
from claimdiff.load import LoadedClaimSet, gc_paused
from claimdiff.measure import (
    Measurement,
    distinguished,
    occurrences_apart,
    roles_differ,
    same_class,
)
from claimdiff.model import Claim, ClaimSet, ClaimV2, Role, Status
from claimdiff.report._diff import DiffReport, OnlyFinding, PairFinding, Side, ValueFinding
from claimdiff.report._fingerprint import fingerprint, pair_fingerprint
from claimdiff.verdicts import Verdict


@dataclass(frozen=True)
class DiffOptions:
    """Knobs of `diff`: the alignment cutoff (0–100) and the largest block of candidate pairs."""

    cutoff: float = 70.0
    max_block: int = 2_000
    check_provenance: bool = True
    """Warn (in `DiffReport.warnings`) when quotes no longer match the source text."""


def side(claim: Claim, value: dict[str, Any] | None = None) -> Side:
    """The report side of `claim`."""
    return Side(claim.source, claim.id, claim.subject, claim.predicate, claim.object,
                claim.polarity.value, claim.quote, value)


def _claims(item: LoadedClaimSet | ClaimSet) -> ClaimSet:
    return item.claimset if isinstance(item, LoadedClaimSet) else item


def build_pair(
    ca: Claim, cb: Claim, score: float, readings_a: ClaimReadings, readings_b: ClaimReadings,
    aliases: AliasTable, published: dict[str, Any], reason: str | None = None,
    measured: tuple[tuple[Measurement, Measurement], ...] = (),
    apart: tuple[Measurement, Measurement] | None = None, events: str | None = None,
    figures: tuple[tuple[Measurement, Measurement], ...] = (), one_thing: bool = False,
    lead: tuple[Measurement, Measurement] | None = None,
    counted: tuple[frozenset[str], frozenset[str]] | None = None,
) -> PairFinding:
    """The finding on one aligned pair; `reason` says why measurements were paired.

    Claims paired by their measurements compare those measurements only: a draft's
    object is the extractor's guess, and its other value may be of another event.
    `apart`: two of the claims' values that measure different things (claims aligned by
    their words, "12 dead" against "41 injured"): their values are never in conflict.
    `events`: why the claims' `when`s may date two events (never then in conflict).
    `one_thing`: the claims' first values measure one thing (their curators said so, in
    words of one synonym class: "jobs lost", "job losses"), whatever nouns they carry
    ("640 jobs", "640 workers"). `lead`: the two values that paired curated claims; they
    are compared when their curators gave them two roles ("27" a part of the miners,
    "Twenty-seven miners" an amount), as values paired from text are.
    """
    aspects: list[Aspect]
    if measured:
        aspects = compare_measured(ca, cb, measured, reference=published.get(ca.source),
                                   figures=figures, counted=counted)
    else:
        names = reason is None or Status.DRAFT not in (ca.status, cb.status)
        aspects = compare_claims(ca, cb, readings_a, readings_b, aliases,
                                 reference=published.get(ca.source), names=names,
                                 one_thing=one_thing)
        if lead is not None and not any(x.a_value is not None or x.aspect.startswith("value")
                                        for x in aspects):
            # no value of theirs was compared (their curators gave them two roles): the
            # two that paired them are
            aspects = [x for x in aspects if x.aspect != "subject"] + [
                x for x in compare_measured(ca, cb, (lead,), reference=published.get(ca.source))
                if x.aspect != "polarity"]
    if apart is not None:
        aspects = [_never_conflict(x, *apart) for x in aspects]
    if events is not None:
        aspects = [replace(x, verdict=Verdict.INCOMPARABLE, explanation=(
            f"{x.explanation} But {events}, so their dates are not in conflict."))
            if x.verdict is Verdict.CONFLICT and x.aspect.startswith("when") else x
            for x in aspects]
    verdict = pair_verdict(aspects)
    sa, sb = side(ca), side(cb)
    head_a, head_b = sa[:-1], sb[:-1]  # each value's side: the claim's, with the value read
    values = tuple(
        ValueFinding(x.aspect, x.verdict, Side(*head_a, x.a_value), Side(*head_b, x.b_value),
                     x.explanation if reason is None or x.a_value is None
                     else f"{x.explanation} Paired because {reason}.",
                     score, pair_fingerprint("diff", sa.key, sb.key, x.aspect), x.relation)
        for x in aspects
    )
    worst = [x for x in aspects if x.verdict is verdict]
    explanation = "; ".join(f"{x.aspect}: {x.explanation}" for x in worst)
    if reason is not None:
        explanation = f"{explanation} (paired because {reason})"
    return PairFinding(verdict, sa, sb, explanation, score,
                       pair_fingerprint("diff", sa.key, sb.key), values)


def _told_apart(pair: PairFinding, why: str) -> PairFinding:
    """Curated claims whose leading values are two figures of one thing (a forecast and the
    result, two periods): their values are never in conflict."""
    return _no_value_conflict(pair, f"they are two figures ({why}), so they are not in "
                              "conflict.")


def _words_only(pair: PairFinding) -> PairFinding:
    """Drafts aligned by their words alone: their values were not read as measurements of
    one thing ("$12 a month" and "$41 a year" read as durations), and their objects and
    places are the extractor's guesses, so never in conflict (one denying what the other
    asserts still is)."""
    return _no_value_conflict(pair, "paired by their words only: nothing says both speak of "
                              "one thing, so they are not in conflict.", values=False)


def _no_value_conflict(pair: PairFinding, why: str, *, values: bool = True) -> PairFinding:
    """`pair` with its conflicts made incomparable, because `why`: those of its values
    (`values`), else all but one denying what the other asserts."""
    found = tuple(replace(v, verdict=Verdict.INCOMPARABLE, explanation=(
        f"{v.explanation} But {why}")) if v.verdict is Verdict.CONFLICT and (
        v.a.value is not None if values else v.aspect != "polarity") else v
        for v in pair.values)
    if found == pair.values:
        return pair
    verdicts = [v.verdict for v in found if v.verdict is not Verdict.INCOMPARABLE]
    verdict = min(verdicts, key=lambda v: v.severity) if verdicts else Verdict.INCOMPARABLE
    explanation = pair.explanation if verdict is pair.verdict else (
        f"{pair.explanation} But {why}")
    return replace(pair, verdict=verdict, values=found, explanation=explanation)


def _never_conflict(aspect: Aspect, x: Measurement, y: Measurement) -> Aspect:
    """A value aspect of two claims whose values measure different things, never a conflict."""
    if aspect.verdict is not Verdict.CONFLICT or aspect.a_value is None:
        return aspect
    return replace(aspect, verdict=Verdict.INCOMPARABLE, explanation=(
        f"{aspect.explanation} But \"{x.phrase}\" measures {x.measured} and \"{y.phrase}\" "
        f"{y.measured}: different measured things are never in conflict."))


def _dated_apart(xs: Sequence[Measurement], ys: Sequence[Measurement]) -> str | None:
    """Why two claims aligned by their words are dated as two occurrences ("on Saturday",
    "next Saturday"): their figures are then two figures of one thing."""
    days = [(x, y) for x in xs for y in ys if x.slot == y.slot == "when"
            and x.dimension == y.dimension == "date"]
    return next((why for x, y in days if (why := occurrences_apart(x, y))), None)


def _roles_apart(xs: Sequence[Measurement], ys: Sequence[Measurement]) -> str | None:
    """Why two claims aligned by their words, not by their values, hold two figures of one
    thing ("the council | speed limit | 20mph" against "the council | average speed |
    28mph"): their first values' measurements carry two roles (a limit, an average)."""
    x = next((m for m in xs if m.slot != "when"), None)
    y = next((m for m in ys if m.slot != "when"), None)
    if x is None or y is None or x.dimension != y.dimension or not roles_differ(x.role, y.role):
        return None
    return distinguished(x, y)


_MAIN = frozenset({Role.AMOUNT, Role.TOTAL})
"""The roles a claim's `value` is of (`ClaimV2.values`)."""


def _lead(claim: Claim, m: Measurement) -> Claim:
    """`claim` with the value `m` was read from as its first value (its `value`); a part ("9
    new stops" of "38 stops in total") leaves out the claim's amounts and totals, which would
    be compared in its place, so that the two values that paired the claims are compared
    ("11 new stops" against the nine, not the 38)."""
    if not isinstance(claim, ClaimV2) or not claim.measures:
        return claim
    at = next((n for n, x in enumerate(claim.measures) if x.text == m.phrase), None)
    part = at is not None and claim.measures[at].role is Role.PART
    if at is None or at == 0 and not part:
        return claim
    rest = tuple(x for n, x in enumerate(claim.measures) if n != at and not (
        part and x.role in _MAIN))  # a part paired: not its claim's total in its place
    return claim.model_copy(update={"measures": (claim.measures[at], *rest)})


def _one_fact(found: MeasuredAlignment,
              k: int) -> tuple[Measurement, Measurement] | None:
    """The values of pair `k`, aligned by its words, accepted as one fact too: compared when
    their curators gave them two roles ("12,300 tonnes" a part, "12,300 tonnes of cod" an
    amount)."""
    return found.one_fact[k] if k < len(found.one_fact) and found.by_words[k] else None


def _drafts(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet, readings_a: ClaimReadings,
    readings_b: ClaimReadings, published: dict[str, Any], options: DiffOptions,
) -> tuple[list[PairFinding], list[int], list[int], int, Alignment]:
    """Drafts from text: values paired by the measurements read in their sentences
    (`claimdiff.measure`), the claims without values by their words."""
    claims_a, claims_b = _claims(a).claims, _claims(b).claims
    measured = pair_by_measurement(a, b, readings_a, readings_b, options)
    paired_a = {p.a for p in measured.pairs}
    paired_b = {p.b for p in measured.pairs}
    # Claims the measurement engine read are its to pair; the rest are aligned by words.
    rest_a = [i for i in range(len(claims_a)) if i not in measured.read_a]
    rest_b = [j for j in range(len(claims_b)) if j not in measured.read_b]
    alignment = align([claims_a[i] for i in rest_a], [claims_b[j] for j in rest_b],
                      entities=(*_claims(a).entities, *_claims(b).entities),
                      cutoff=options.cutoff, max_block=options.max_block)
    aliases = alignment.aliases
    figures = tuple(x for p in measured.pairs for x in p.measured  # figures of two periods
                    if x[0].period and x[1].period and x[0].dimension != "date")
    counted = (_counted(measured.measurements_a), _counted(measured.measurements_b))
    pairs = [build_pair(claims_a[p.a], claims_b[p.b], p.score, readings_a, readings_b, aliases,
                        published, p.reason, p.measured, figures=figures, counted=counted)
             for p in measured.pairs]
    pairs += [_words_only(build_pair(claims_a[rest_a[i]], claims_b[rest_b[j]], score,
                                     readings_a, readings_b, aliases, published))
              for i, j, score in alignment.pairs()]
    only_a = sorted({*measured.read_a - paired_a, *(rest_a[i] for i in alignment.only_a)})
    only_b = sorted({*measured.read_b - paired_b, *(rest_b[j] for j in alignment.only_b)})
    return pairs, only_a, only_b, alignment.candidates + measured.candidates, alignment


def _counted(measurements: Sequence[Measurement]) -> frozenset[str]:
    """The measured nouns of every count a source gives."""
    return frozenset(m.measured for m in measurements
                     if m.dimension == "count" and m.measured is not None)


def _curated(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet, readings_a: ClaimReadings,
    readings_b: ClaimReadings, published: dict[str, Any], options: DiffOptions,
) -> tuple[list[PairFinding], list[int], list[int], int, Alignment]:
    """Curated claims: aligned by their words, and those with values also by what their
    values measure, read from the claims' fields (`claimdiff.align.align_measured`)."""
    csa, csb = _claims(a), _claims(b)
    aliases = AliasTable.from_entities((*csa.entities, *csb.entities))
    ma = curated_measurements(a, readings_a, aliases)
    mb = curated_measurements(b, readings_b, aliases)
    found = align_measured(csa.claims, csb.claims, ma, mb, aliases=aliases,
                           cutoff=options.cutoff, max_block=options.max_block)
    pairs = []
    for k, (i, j) in enumerate(zip(found.ia.tolist(), found.ib.tolist(), strict=True)):
        ca, cb = csa.claims[i], csb.claims[j]
        apart = found.measured[k] if found.different[k] else None
        lead = found.measured[k] if not found.different[k] else None
        score = round(float(found.score[k]), 4)
        if found.second[k] and lead is not None:  # another value of a claim paired already
            pairs.append(build_pair(ca, cb, score, readings_a, readings_b, aliases, published,
                                    found.reasons[k], (lead,)))
            continue
        events = None
        if lead is not None:  # the values that paired the claims are the ones compared first
            ca, cb = _lead(ca, lead[0]), _lead(cb, lead[1])
            if not found.by_words[k]:
                events = other_events(*lead, ca.predicate, cb.predicate)
        pair = build_pair(ca, cb, score, readings_a, readings_b, aliases, published,
                          found.reasons[k], apart=apart, events=events,
                          one_thing=lead is not None and same_class(*lead),
                          lead=lead if lead is not None and not found.by_words[k]
                          else _one_fact(found, k))
        apart_why = distinguished(*earlier_alike(
            *said_roles(ca, cb, *lead), readings_a.reading(ca, "when"),
            readings_b.reading(cb, "when"), published.get(ca.source), published.get(cb.source),
        )) if lead is not None else (
            _dated_apart(ma.get(i, ()), mb.get(j, ())) or _roles_apart(ma.get(i, ()),
                                                                        mb.get(j, ())))
        pairs.append(pair if apart_why is None else _told_apart(pair, apart_why))
    alignment = Alignment(found.ia, found.ib, found.score, found.only_a, found.only_b,
                          found.candidates, aliases)
    return (pairs, found.only_a.tolist(), found.only_b.tolist(), found.candidates, alignment)


def diff_claimsets(
    a: LoadedClaimSet | ClaimSet, b: LoadedClaimSet | ClaimSet, *,
    options: DiffOptions | None = None, cache: dict[Any, Reading] | None = None,
    context: bool = True,
) -> tuple[DiffReport, Alignment]:
    """`diff` on loaded claim sets, also returning the alignment of the claims without values.

    Claims with a readable value are paired by what they measure
    (`claimdiff.measure`); the others by their words (`claimdiff.align`).
    `context=False` leaves out the source and claim tables (callers that only
    want the pairs).
    """
    options = options or DiffOptions()
    csa, csb = _claims(a), _claims(b)
    claims_a: Sequence[Claim] = csa.claims
    claims_b: Sequence[Claim] = csb.claims
    cache = {} if cache is None else cache
    readings_a, readings_b = ClaimReadings(csa, cache), ClaimReadings(csb, cache)
    published = {s.id: s.published for s in (*csa.sources, *csb.sources)}
    if has_drafts(a) or has_drafts(b):
        pairs, only_a_idx, only_b_idx, candidates, alignment = _drafts(
            a, b, readings_a, readings_b, published, options)
    else:
        pairs, only_a_idx, only_b_idx, candidates, alignment = _curated(
            a, b, readings_a, readings_b, published, options)
    pairs.sort(key=lambda p: (p.verdict.severity, p.a.key, p.b.key))
    only_a = sorted((OnlyFinding(side(claims_a[i]), fingerprint("only", claims_a[i].source,
                                                                 claims_a[i].id))
                     for i in only_a_idx), key=lambda o: o.side.key)
    only_b = sorted((OnlyFinding(side(claims_b[i]), fingerprint("only", claims_b[i].source,
                                                                 claims_b[i].id))
                     for i in only_b_idx), key=lambda o: o.side.key)
    warnings: list[str] = []
    if options.check_provenance:
        warnings = [*provenance_warnings(a), *provenance_warnings(b)]
    warnings = [w for w in (undated_warning(a), undated_warning(b)) if w] + warnings
    sources, infos = report_context((a, b), (readings_a, readings_b)) if context else ((), ())
    report = DiffReport(name_of(a), name_of(b), tuple(pairs), tuple(only_a), tuple(only_b),
                        candidates, tuple(warnings), sources, infos)
    return report, alignment


def diff(a: ClaimsInput, b: ClaimsInput, *, options: DiffOptions | None = None) -> DiffReport:
    """Align the claims of `a` and `b` and give every aligned pair its verdict.

    `a` and `b` are `LoadedClaimSet`s, `ClaimSet`s or paths. Returns a
    `DiffReport`; findings are data, never exceptions. Raises `InputError` /
    `SchemaError` only for input that cannot be read.
    """
    left, right = as_loaded_all([a, b])
    with gc_paused():  # many small, acyclic objects: the cyclic collector only costs time
        report, _ = diff_claimsets(left, right, options=options)
    return report


__all__ = ["DiffOptions", "diff", "diff_claimsets", "side"]
