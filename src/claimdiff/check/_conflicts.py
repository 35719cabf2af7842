"""Cross-source conflicts: the diff engine run pairwise over the sources of the set.

Each source (a file may hold several) becomes its own claim set; every pair of
sources is diffed. A pair of aligned claims whose verdict is in `fail-on`
(or `warn-on`) is a finding located at the claim of the newer source (later
`published` date; when undated or on a tie, the later file, then the later
source in its file), since that is the file a pull request adds or changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations

from claimdiff.check._checks import CheckContext, CheckedFile
from claimdiff.check._report import Finding, Location
from claimdiff.compare import DiffOptions, diff
from claimdiff.model import ClaimSet, Source
from claimdiff.report import pair_fingerprint


@dataclass(frozen=True)
class _Source:
    """One source of the set, with its own claims as a claim set."""

    order: int
    file: CheckedFile
    source: Source
    claimset: ClaimSet
    index: dict[str, int]
    """claim id -> index of the claim in its file (for positions)."""

    def newer_than(self, other: _Source) -> bool:
        mine = (self.source.published or date.min, self.order)
        return mine > (other.source.published or date.min, other.order)


def sources_of(ctx: CheckContext) -> list[_Source]:
    """Every source of the loaded files, each with its claims, in file order."""
    out: list[_Source] = []
    for file, loaded in ctx.loaded():
        cs = loaded.claimset
        for source in cs.sources:
            index = {c.id: i for i, c in enumerate(cs.claims) if c.source == source.id}
            claims = tuple(cs.claims[i] for i in index.values())
            sub = ClaimSet(schema_version=1, sources=(source,), entities=cs.entities,
                           claims=claims)
            out.append(_Source(len(out), file, source, sub, index))
    return out


def check_conflicts(ctx: CheckContext) -> list[Finding]:
    """Findings for every pair of claims of different sources the diff engine opposes."""
    options = DiffOptions(check_provenance=False)
    if ctx.config.align is not None:
        options = DiffOptions(cutoff=ctx.config.align, check_provenance=False)
    out: list[Finding] = []
    for a, b in combinations(sources_of(ctx), 2):
        if not a.claimset.claims or not b.claimset.claims:
            continue
        report = diff(a.claimset, b.claimset, options=options)
        for pair in report.pairs:
            severity = ctx.verdict_severity(pair.verdict.value)
            if severity is None:
                continue
            (new, new_claim), (old, old_claim) = ((b, pair.b.claim), (a, pair.a.claim))
            if a.newer_than(b):
                (new, new_claim), (old, old_claim) = (old, old_claim), (new, new_claim)
            line, col = new.file.position(new.index[new_claim])
            oline, ocol = old.file.position(old.index[old_claim])
            verdict = pair.verdict.value
            out.append(Finding(
                rule="conflict", severity=severity, path=new.file.shown, line=line, column=col,
                message=f"claim '{new_claim}' of source '{new.source.id}' {verdict}s with "
                        f"claim '{old_claim}' of source '{old.source.id}': {pair.explanation}"
                        if verdict == "conflict" else
                        f"claim '{new_claim}' of source '{new.source.id}' is {verdict} with "
                        f"claim '{old_claim}' of source '{old.source.id}': {pair.explanation}",
                fingerprint=pair_fingerprint("conflict", (old.source.id, old_claim),
                                             (new.source.id, new_claim)),
                claims=(f"{new.source.id}/{new_claim}", f"{old.source.id}/{old_claim}"),
                code=verdict, verdict=verdict,
                related=(Location(old.file.shown, oline, ocol,
                                  f"claim '{old_claim}' of source '{old.source.id}'"),),
            ))
    return out
