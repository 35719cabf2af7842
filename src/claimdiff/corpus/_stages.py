"""The pure steps both engines run: extract a partition, compare one block, one bucket.

Results leave a step as JSON lines (`json.dumps` with sorted-free, fixed key
order) so that any engine, in any order, writes byte-identical files once the
lines are sorted.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

from claimdiff.compare import compare_values
from claimdiff.compare._readings import value_dict
from claimdiff.corpus._inputs import DocError, Partition, read_partition
from claimdiff.corpus._measure import BlockKey, Measurement, document_measurements
from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Interval, Value
from claimdiff.report._fingerprint import fingerprint
from claimdiff.verdicts import Verdict

TOP = 20
"""Clusters kept for the report of top findings."""
STAT_FIELDS = ("comparisons", "agree", "compatible", "conflict", "incomparable", "clusters",
               "in_consensus", "dissent")


def dumps(record: dict[str, Any]) -> str:
    """One JSON line: compact, UTF-8, keys in the order given."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@dataclass
class PartitionOut:
    """What extracting one partition gives."""

    measurements: list[Measurement] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    documents: dict[str, int] = field(default_factory=dict)
    """Documents read, per source."""
    measured: int = 0


def extract_partition(part: Partition) -> PartitionOut:
    """Measurements of every document of `part`; unreadable documents become error lines."""
    out = PartitionOut()
    for doc in read_partition(part):
        if isinstance(doc, DocError):
            out.errors.append(dumps(doc.to_dict()))
            continue
        try:
            found = document_measurements(doc)
        except ClaimdiffError as err:
            out.errors.append(dumps(DocError(doc.file, doc.id, str(err)).to_dict()))
            continue
        except Exception as err:  # an extractor bug must not stop a corpus run
            out.errors.append(dumps(DocError(doc.file, doc.id, f"extraction failed "
                                             f"({type(err).__name__}: {err})").to_dict()))
            continue
        out.measurements.extend(found)
        out.measured += len(found)
        for source in doc.source.split(","):
            out.documents[source] = out.documents.get(source, 0) + 1
    return out


def bucket_of(m: Measurement, buckets: int) -> int:
    """The shuffle bucket of a measurement: a stable hash of its block key."""
    return zlib.crc32("\x1f".join(m.key).encode("utf-8")) % buckets


@dataclass
class BlockOut:
    """What comparing one block, or a bucket of blocks, gives."""

    comparisons: list[str] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)
    stats: dict[str, dict[str, int]] = field(default_factory=dict)
    top: list[tuple[tuple[int, int, str], dict[str, Any]]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    """`comparison <verdict>` and `cluster <verdict>` counts."""
    runs: dict[str, str] = field(default_factory=dict)
    """Table -> a sorted run file already written (instead of the lines)."""

    def add(self, other: BlockOut) -> None:
        """Fold `other` into this one (lists concatenated, counts summed, top kept)."""
        self.comparisons.extend(other.comparisons)
        for k, v in other.totals.items():
            self.totals[k] = self.totals.get(k, 0) + v
        self.clusters.extend(other.clusters)
        for source, counts in other.stats.items():
            mine = self.stats.setdefault(source, dict.fromkeys(STAT_FIELDS, 0))
            for k, v in counts.items():
                mine[k] += v
        self.top = sorted([*self.top, *other.top], key=lambda t: t[0])[:TOP]

    def sorted(self) -> BlockOut:
        """The same, with lines sorted (what run files hold)."""
        return replace(self, comparisons=sorted(self.comparisons), clusters=sorted(self.clusters))


def _side(m: Measurement) -> dict[str, Any]:
    return {"source": m.source, "doc": m.doc, "claim": m.claim, "slot": m.slot, "text": m.text,
            "published": m.published, "quote": m.quote}


def _common(values: list[Value]) -> tuple[str, Interval] | None:
    for basis in ("cores", "supports"):
        common: Interval | None = None
        for n, v in enumerate(values):
            iv = v.core if basis == "cores" else v.support
            common = iv if n == 0 else (None if common is None else common.intersection(iv))
        if common is not None:
            return basis, common
    return None


def _consensus(values: list[Value]) -> dict[str, Any] | None:
    if len({(v.kind, v.unit) for v in values}) != 1:
        return None
    found = _common(values)
    if found is None:
        return None
    basis, common = found
    value = replace(values[0], text=f"consensus of {len(values)} readings", core=common,
                    support=common)
    return {"basis": basis, "value": value_dict(value.text, value), "rendered": value.render()}


def compare_block(key: BlockKey, members: Iterable[Measurement]) -> BlockOut:
    """Every cross-source pair of one block compared; the block as a cluster when ≥ 2 sources."""
    ms = sorted(members, key=lambda m: m.ident)
    block = "|".join(key)
    out = BlockOut()
    stat = out.stats

    def count(source: str, name: str) -> None:
        stat.setdefault(source, dict.fromkeys(STAT_FIELDS, 0))[name] += 1

    def tally(name: str) -> None:
        out.totals[name] = out.totals.get(name, 0) + 1

    parent = list(range(len(ms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    verdicts: list[Verdict] = []
    for i, j in combinations(range(len(ms)), 2):
        a, b = ms[i], ms[j]
        if a.source == b.source:
            continue
        result = compare_values(a.value, b.value)
        verdicts.append(result.verdict)
        tally(f"comparison {result.verdict.value}")
        out.comparisons.append(dumps({"block": block, "a": _side(a), "b": _side(b),
                                      "verdict": result.verdict.value,
                                      "explanation": result.explanation}))
        for s in (a.source, b.source):
            count(s, "comparisons")
            count(s, result.verdict.value)
        if result.verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
            ri, rj = find(i), find(j)
            parent[max(ri, rj)] = min(ri, rj)
    sources = sorted({m.source for m in ms})
    if len(sources) < 2:
        return out
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        groups[find(i)].append(i)
    ordered = sorted(groups.values(), key=lambda g: (-len({ms[i].source for i in g}), g[0]))
    described: list[dict[str, Any]] = [{"sources": sorted({ms[i].source for i in g}),
                  "texts": sorted({ms[i].text for i in g}),
                  "consensus": _consensus([ms[i].value for i in g])} for g in ordered]
    majority = set(described[0]["sources"])
    dissent = [s for s in sources if s not in majority]
    severe = [v for v in verdicts if v is not Verdict.INCOMPARABLE]
    verdict = min(severe or verdicts, key=lambda v: v.severity)
    conflicts = sum(1 for v in verdicts if v is Verdict.CONFLICT)
    record: dict[str, Any] = {"block": block, "id": fingerprint("corpus-cluster", *key),
              "verdict": verdict.value, "dimension": key[0], "thing": key[1],
              "holder": key[2], "window": key[3], "sources": sources, "members": len(ms),
              "conflicts": conflicts, "consensus": described[0]["consensus"],
              "majority": sorted(majority), "dissent": dissent, "groups": described}
    out.clusters.append(dumps(record))
    tally(f"cluster {verdict.value}")
    for s in sources:
        count(s, "clusters")
        count(s, "in_consensus" if s in majority else "dissent")
    if verdict is Verdict.CONFLICT:
        out.top.append(((-len(sources), -conflicts, str(record["id"])), record))
    return out


def compare_bucket(measurements: Iterable[Measurement]) -> BlockOut:
    """All blocks of one shuffle bucket, compared; lines sorted."""
    blocks: dict[BlockKey, list[Measurement]] = defaultdict(list)
    for m in measurements:
        blocks[m.key].append(m)
    out = BlockOut()
    for key in sorted(blocks):
        out.add(compare_block(key, blocks[key]))
    return out.sorted()


__all__ = ["BlockOut", "PartitionOut", "bucket_of", "compare_block", "compare_bucket",
           "dumps", "extract_partition"]
