"""`compare_sources([...])`: N sources, claims grouped into clusters across all of them.

Every pair of inputs is diffed; aligned pairs link claims, and the connected
groups are clusters. Each cluster carries its pair verdicts, which sources
agree and which conflict (with what), and a consensus value per slot: the
intersection of the members' cores when non-empty, else of their supports.
Sources that repeat each other (quotes identical after whitespace and case
folding, or source texts with a very high word-shingle overlap) are flagged as
echoes: a reprinted wire story is one origin, not two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations
from typing import Any

from claimdiff.compare._aspects import pair_verdict
from claimdiff.compare._claims import DiffOptions, diff_claimsets, side
from claimdiff.compare._context import report_context
from claimdiff.compare._inputs import (
    ClaimsInput,
    as_loaded_all,
    name_of,
    provenance_warnings,
    undated_warning,
)
from claimdiff.compare._readings import ClaimReadings, Reading, value_dict
from claimdiff.load import LoadedClaimSet
from claimdiff.model import Claim, ClaimSet, stated_as_fact
from claimdiff.normalization import Interval, Value
from claimdiff.report._clusters import Cluster, ClusterReport, Consensus, Echo
from claimdiff.report._diff import OnlyFinding, PairFinding
from claimdiff.report._fingerprint import fingerprint

ECHO_QUOTES = 0.8
"""Share of the smaller source's quotes found identical in the other."""
ECHO_SHINGLES = 0.8
"""Jaccard overlap of 5-word shingles of two source texts."""

Key = tuple[str, str]


def _cs(item: LoadedClaimSet | ClaimSet) -> ClaimSet:
    return item.claimset if isinstance(item, LoadedClaimSet) else item


def _consensus(slot: str, readings: list[Value]) -> Consensus | None:
    kinds = {(v.kind, v.unit) for v in readings}
    if len(readings) < 2 or len(kinds) != 1:
        return None
    for basis in ("cores", "supports"):
        common: Interval | None = readings[0].core if basis == "cores" else readings[0].support
        for v in readings[1:]:
            if common is None:
                break
            common = common.intersection(v.core if basis == "cores" else v.support)
        if common is not None:
            value = replace(readings[0], text=f"consensus of {len(readings)} readings",
                            core=common, support=common)
            return Consensus(slot, basis, value_dict(value.text, value), value.render())
    return None


def _fold_ws(text: str) -> str:
    return " ".join(text.casefold().split())


def _shingles(text: str, n: int = 5) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 0))}


def find_echoes(items: Sequence[LoadedClaimSet | ClaimSet]) -> list[Echo]:
    """Pairs of sources that repeat each other word for word."""
    quotes: dict[str, set[str]] = {}
    texts: dict[str, str] = {}
    for item in items:
        for c in _cs(item).claims:
            if c.quote:
                quotes.setdefault(c.source, set()).add(_fold_ws(c.quote))
        if isinstance(item, LoadedClaimSet):
            texts.update({k: v for k, v in item.source_texts.items() if v})
    out: list[Echo] = []
    for a, b in combinations(sorted(set(quotes) | set(texts)), 2):
        qa, qb = quotes.get(a, set()), quotes.get(b, set())
        if min(len(qa), len(qb)) >= 2:
            share = len(qa & qb) / min(len(qa), len(qb))
            if share >= ECHO_QUOTES:
                out.append(Echo(a, b, "identical quotes", round(share, 3)))
                continue
        if a in texts and b in texts:
            sa, sb = _shingles(texts[a]), _shingles(texts[b])
            if sa and sb:
                jaccard = len(sa & sb) / len(sa | sb)
                if jaccard >= ECHO_SHINGLES:
                    out.append(Echo(a, b, "source texts overlap", round(jaccard, 3)))
    return out


def compare_sources(
    inputs: Sequence[ClaimsInput], *, options: DiffOptions | None = None
) -> ClusterReport:
    """Group the claims of all `inputs` into clusters, with verdicts, agreement and consensus."""
    items = as_loaded_all(inputs)
    cache: dict[Any, Reading] = {}
    readings = [ClaimReadings(_cs(x), cache) for x in items]
    claims: dict[Key, tuple[int, Claim]] = {}
    for n, item in enumerate(items):
        for c in _cs(item).claims:
            claims.setdefault((c.source, c.id), (n, c))
    parent: dict[Key, Key] = {k: k for k in claims}

    def find(k: Key) -> Key:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    findings: list[PairFinding] = []
    for i, j in combinations(range(len(items)), 2):
        report, _ = diff_claimsets(items[i], items[j], options=DiffOptions(
            **{**(options or DiffOptions()).__dict__, "check_provenance": False}), cache=cache,
            context=False)
        for p in report.pairs:
            findings.append(p)
            ra, rb = find(p.a.key), find(p.b.key)
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[Key, list[Key]] = {}
    for k in sorted(claims):
        groups.setdefault(find(k), []).append(k)
    echoes = find_echoes(items)
    origin_of = _origins(echoes)
    clusters: list[Cluster] = []
    singletons: list[OnlyFinding] = []
    for members in groups.values():
        if len(members) == 1:
            _, c = claims[members[0]]
            singletons.append(OnlyFinding(side(c), fingerprint("only", c.source, c.id)))
            continue
        inside = set(members)
        pairs = sorted((p for p in findings if p.a.key in inside and p.b.key in inside),
                       key=lambda p: (p.verdict.severity, p.a.key, p.b.key))
        consensus = []
        for slot in ("when", "value"):
            # A forecast, target or conditional figure is no evidence of the actual value.
            values = [r for k in members
                      if (slot == "when" or stated_as_fact(claims[k][1]))
                      and isinstance(r := readings[claims[k][0]].reading(claims[k][1], slot),
                                     Value)]
            found = _consensus(slot, values)
            if found is not None:
                consensus.append(found)
        verdict = pair_verdict_of(pairs)
        clusters.append(Cluster(fingerprint("cluster", *(f"{s}#{c}" for s, c in members)),
                                verdict, tuple(side(claims[k][1]) for k in members),
                                tuple(pairs), tuple(consensus),
                                origins=len({origin_of(s) for s, _ in members})))
    clusters.sort(key=lambda c: (c.verdict.severity, c.members[0].key))
    warnings = [w for item in items for w in (undated_warning(item),) if w]
    warnings += [w for item in items for w in provenance_warnings(item)]
    sources, infos = report_context(items, readings)
    return ClusterReport(tuple(name_of(x) for x in items), tuple(clusters),
                         tuple(sorted(singletons, key=lambda o: o.side.key)),
                         tuple(echoes), tuple(warnings), sources, infos)


def _origins(echoes: Sequence[Echo]) -> Any:
    """Source id -> its origin: sources that echo each other count as one."""
    root: dict[str, str] = {}

    def find(x: str) -> str:
        while root.get(x, x) != x:
            x = root[x]
        return x

    for e in echoes:
        a, b = sorted((find(e.a), find(e.b)))
        if a != b:
            root[b] = a
    return find


def pair_verdict_of(pairs: Sequence[PairFinding]) -> Any:
    """The cluster verdict: the most severe pair verdict (incomparable only when alone)."""
    from claimdiff.compare._aspects import Aspect

    return pair_verdict([Aspect("pair", p.verdict, p.explanation) for p in pairs])


__all__ = ["compare_sources", "find_echoes"]
