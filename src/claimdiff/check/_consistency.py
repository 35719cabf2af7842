"""Internal consistency of one source: its own times and durations must fit together.

Claims of one source about the same event (same subject, predicate, object
and polarity) are compared value by value with `compare_values`: "almost nine
months after Baku's reconquest" (read against the anchored claim's date)
against "on Wednesday" (read against the publication date). A claim whose
duration is anchored to a start claim is checked against the time elapsed
between that start and its own `when`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from claimdiff.check._checks import CheckContext, CheckedFile, _fold
from claimdiff.check._report import Finding, Location
from claimdiff.compare import ValueComparison, compare_values
from claimdiff.compare._readings import ClaimReadings
from claimdiff.model import Claim
from claimdiff.normalization import Interval, Kind, Value
from claimdiff.report import fingerprint

MAX_ANCHOR_DEPTH = 8


@dataclass(frozen=True)
class _Read:
    """One value of one claim, read."""

    index: int
    claim: Claim
    field: str
    value: Value


class _Reader:
    """One file's values, read once through the diff engine's reader (anchors resolved)."""

    def __init__(self, file: CheckedFile) -> None:
        assert file.loaded is not None
        self.readings = ClaimReadings(file.loaded.claimset)
        self.by_id = {c.id: c for c in file.loaded.claimset.claims}

    def read(self, claim: Claim, field: str) -> Value | None:
        """The `Value` of `claim.<field>`, or `None` when absent or unreadable."""
        reading = self.readings.reading(claim, field)
        return reading if isinstance(reading, Value) else None

    def anchor_date(self, claim_id: str) -> Value | None:
        """The date a claim stands for: its `when`, else a date-valued `value`."""
        target = self.by_id.get(claim_id)
        if target is None:
            return None
        for field in ("when", "value"):
            value = self.read(target, field)
            if value is not None and value.kind is Kind.DATE:
                return value
        return None


def _event(claim: Claim) -> tuple[str, ...]:
    return (claim.source, _fold(claim.subject), _fold(claim.predicate), _fold(claim.object),
            claim.polarity.value)


def elapsed(s: Value, e: Value, text: str) -> Value:
    """The duration from date value `start` to date value `end`, as a duration `Value`."""
    def between(a: Interval, b: Interval) -> Interval:
        lo = max(0.0, b.lo - a.hi) if math.isfinite(b.lo - a.hi) else 0.0
        hi = b.hi - a.lo
        return Interval(lo, max(lo, hi))

    core = between(s.core, e.core)
    support = between(s.support, e.support).hull(core)
    return Value(kind=Kind.DURATION, text=text, core=core, support=support, unit="day",
                 dimension="time", granularity="day",
                 steps=(f"from {s.render()} to {e.render()}",))


def candidate_pairs(reads: list[_Read], worth: Callable[[_Read, _Read], bool] | None = None
                    ) -> list[tuple[_Read, _Read]]:
    """The pairs of one event's values worth comparing: O(n log n), not every pair.

    Values of one kind and dimension are swept by support and by core, forwards
    and then backwards. Forwards, each value is paired with the one before it
    that ends earliest: if it lies after any earlier value, it lies after that
    one (intervals on a line); backwards, with the one after it that starts
    last. So every value in a conflict (supports apart) is named in at least one
    pair, as is every value whose core is apart from another's. When `worth`
    says which pairs make findings, the backward sweep adds pairs only for
    values no forward finding names yet. Values of different dimensions meet
    once per pair of dimensions. At most 4n pairs, not n²/2.
    """
    blocks: dict[tuple[str, str | None, str | None], list[_Read]] = {}
    for r in reads:
        blocks.setdefault((r.value.kind.value, r.value.dimension, r.value.unit), []).append(r)
    chosen: dict[tuple[int, str, int, str], tuple[_Read, _Read]] = {}

    def add(a: _Read, b: _Read) -> None:
        a, b = (a, b) if (a.index, a.field) <= (b.index, b.field) else (b, a)
        chosen.setdefault((a.index, a.field, b.index, b.field), (a, b))

    def ends(r: _Read, part: str) -> Interval:
        return r.value.support if part == "support" else r.value.core

    for block in blocks.values():
        for part in ("support", "core"):
            earliest: _Read | None = None  # of those starting first, the one ending first
            for r in sorted(block, key=lambda r: (ends(r, part).lo, ends(r, part).hi, r.index)):
                if earliest is not None:
                    add(earliest, r)
                if earliest is None or ends(r, part).hi < ends(earliest, part).hi:
                    earliest = r
    named: set[tuple[int, str]] | None = None
    if worth is not None:
        named = {(x.index, x.field) for a, b in chosen.values() if worth(a, b) for x in (a, b)}
    for block in blocks.values():
        for part in ("support", "core"):
            latest: _Read | None = None  # of those ending last, the one starting last
            for r in sorted(block, key=lambda r: (-ends(r, part).hi, -ends(r, part).lo,
                                                  r.index)):
                if latest is not None and (named is None or (r.index, r.field) not in named):
                    add(r, latest)
                if latest is None or ends(r, part).lo > ends(latest, part).lo:
                    latest = r
    firsts = [block[0] for block in blocks.values()]
    for a, b in combinations(firsts, 2):
        if a.value.kind is b.value.kind:
            add(a, b)
    return [chosen[k] for k in sorted(chosen)]


class _Comparer:
    """`compare_values` on pairs of one file's values, each pair compared once."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.seen: dict[tuple[int, str, int, str], ValueComparison] = {}

    def compare(self, a: _Read, b: _Read) -> ValueComparison:
        key = (a.index, a.field, b.index, b.field)
        if key not in self.seen:
            self.seen[key] = compare_values(a.value, b.value)
        return self.seen[key]

    def worth(self, a: _Read, b: _Read) -> bool:
        """Whether the pair makes a finding under the configured verdicts."""
        return self.ctx.verdict_severity(self.compare(a, b).verdict.value) is not None


def check_consistency(ctx: CheckContext) -> list[Finding]:
    """Findings where one source's values about the same event do not fit together."""
    out: list[Finding] = []
    for file, loaded in ctx.loaded():
        reader = _Reader(file)
        groups: dict[tuple[str, ...], list[_Read]] = {}
        for i, claim in enumerate(loaded.claimset.claims):
            for field in claim.values():
                value = reader.read(claim, field)
                if value is not None:
                    groups.setdefault(_event(claim), []).append(_Read(i, claim, field, value))
        comparer = _Comparer(ctx)
        pairs: list[tuple[_Read, _Read]] = []
        for reads in groups.values():
            pairs.extend(candidate_pairs(reads, comparer.worth))
        # A duration anchored to its start, against the time from that start to `when`.
        for i, claim in enumerate(loaded.claimset.claims):
            spec, end = claim.values().get("value"), reader.read(claim, "when")
            if spec is None or spec.anchor is None or end is None:
                continue
            dur = reader.read(claim, "value")
            start = reader.anchor_date(spec.anchor)
            if dur is None or dur.kind is not Kind.DURATION or start is None:
                continue
            span = elapsed(start, end, f"from '{spec.anchor}' to '{claim.id}'")
            pairs.append((_Read(i, claim, "value", dur), _Read(i, claim, "elapsed", span)))
        for a, b in pairs:
            cmp = comparer.compare(a, b)
            severity = ctx.verdict_severity(cmp.verdict.value)
            if severity is not None:
                out.append(_finding(file, a, b, cmp.verdict.value, cmp.explanation, severity))
    return out


def _finding(file: CheckedFile, a: _Read, b: _Read, verdict: str, explanation: str,
             severity: str) -> Finding:
    # Locate at the relative (anchored) value when there is one, else at the later claim.
    def anchored(r: _Read) -> bool:
        spec = r.claim.values().get(r.field)
        return spec is not None and spec.anchor is not None

    here, there = (a, b) if anchored(a) and not anchored(b) else (
        (b, a) if anchored(b) and not anchored(a) else (max(a, b, key=lambda r: r.index),
                                                        min(a, b, key=lambda r: r.index)))
    line, col = file.position(here.index)
    oline, ocol = file.position(there.index)
    source = here.claim.source
    ends = sorted((f"{a.claim.id}.{a.field}", f"{b.claim.id}.{b.field}"))
    if b.field == "elapsed":
        what = (f"claim '{a.claim.id}' of source '{source}' states a duration that does not fit "
                f"the time from its start ('{_anchor(a.claim)}') "
                f"to its own date")
    else:
        what = (f"claims '{here.claim.id}' ({here.field}) and '{there.claim.id}' ({there.field}) "
                f"of source '{source}' disagree about the same event")
    return Finding(
        rule="consistency", severity=severity, path=file.shown, line=line, column=col,
        message=f"{what} ({verdict}): {explanation}", code=verdict, verdict=verdict,
        fingerprint=fingerprint("consistency", source, *ends),
        claims=tuple(dict.fromkeys((f"{source}/{here.claim.id}", f"{source}/{there.claim.id}"))),
        related=(() if there.claim.id == here.claim.id else
                 (Location(file.shown, oline, ocol, f"claim '{there.claim.id}'"),)),
    )


def _anchor(claim: Claim) -> str:
    spec = claim.values().get("value")
    return spec.anchor or "" if spec is not None else ""
