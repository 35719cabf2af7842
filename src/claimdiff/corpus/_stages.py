"""The pure steps both engines run: extract a partition, compare one block, one bucket.

Results leave a step as JSON lines (`json.dumps` with sorted-free, fixed key
order) so that any engine, in any order, writes byte-identical files once the
lines are sorted.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from claimdiff.compare import compare_values
from claimdiff.compare._readings import value_dict
from claimdiff.corpus._block import group_values, split_block, window
from claimdiff.corpus._inputs import DocError, Partition, read_partition
from claimdiff.corpus._measure import BlockKey, Document, Measurement, document_measurements
from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Interval, Value
from claimdiff.report._fingerprint import fingerprint
from claimdiff.verdicts import Verdict

Progress = Callable[[str, int, int], None]
"""What the engines call as work finishes: `(stage, steps just finished, steps in the stage)`."""
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


_WARM_UP = Document("warm-up", "warm-up", "Floods in Lakemont killed at least 42 people on "
                    "3 May 2024, police said. Damage was put at 4.2 million euros; some "
                    "1,200 residents were evacuated for two weeks.", None)


def warm_up() -> None:
    """Build what extracting any document needs (the temporal grammar, the lexicons, the
    number readers: about 0.4 CPU s) now, in a process that workers fork from or that
    will extract many partitions, instead of in the first document."""
    document_measurements(_WARM_UP)


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


EXAMPLES = 2
"""Example pairs for each pair of neighbouring groups: bounded, so a block costs n log n."""


class _Partners:
    """Per group: whom to pair a member with, in O(1) — the first member (in some order)
    whose source differs from the member's."""

    def __init__(self, part: list[Measurement], order: list[int]) -> None:
        self.first = order[0]
        src = part[self.first].source
        self.other = next((j for j in order if part[j].source != src), None)
        self.part = part

    def of(self, i: int) -> int | None:
        j = self.first if self.part[self.first].source != self.part[i].source else self.other
        return None if j == i else j


def _pairs(part: list[Measurement], groups: list[list[int]],
           majority: int) -> list[tuple[int, int]]:
    """Which pairs of `part` to compare (each from two sources), at most 2n + EXAMPLES per
    group:

    - each member against a member of its own group;
    - each member of another group against the majority group's (`majority`: its index
      in `groups`) member at the far end: the lowest upper end for a group above it, the
      highest lower end for one below. A value that conflicts with any majority value
      (disjoint supports) conflicts with that one too;
    - for neighbouring groups, the `EXAMPLES` members of the lower one with the lowest
      upper ends against the member of the upper one with the highest lower end.
    """
    pairs: set[tuple[int, int]] = set()

    def add(i: int, j: int | None) -> None:
        if j is not None and i != j:
            pairs.add((min(i, j), max(i, j)))

    def hi(i: int) -> tuple[float, bool, int]:
        s = part[i].value.support
        return (s.hi, not s.hi_open, i)

    def lo(i: int) -> tuple[float, bool, int]:
        s = part[i].value.support
        return (-s.lo, s.lo_open, i)

    def space(g: list[int]) -> tuple[str, str, bool]:
        v = part[g[0]].value
        return (v.kind.value, v.unit or "", v.sub_day)

    by_hi = [sorted(g, key=hi) for g in groups]
    top = [_Partners(part, sorted(g, key=lo)) for g in groups]
    bottom = _Partners(part, by_hi[majority])
    for n, g in enumerate(groups):
        inside = _Partners(part, g)
        for i in g:
            add(i, inside.of(i))
            if n != majority:
                add(i, bottom.of(i) if n > majority else top[majority].of(i))
        if n + 1 < len(groups) and space(g) == space(groups[n + 1]):
            for i in by_hi[n][:EXAMPLES]:
                add(i, top[n + 1].of(i))
    return sorted(pairs)


def _label(part: list[Measurement], field: str) -> str:
    return ",".join(sorted({getattr(m, field) for m in part} - {""}))


def compare_block(key: BlockKey, members: Iterable[Measurement]) -> BlockOut:
    """One block compared: split by time, attribution and period (`split_block`), each part's
    values grouped (`group_values`), example pairs compared, each part with ≥ 2 sources a
    cluster. Costs n log n for n members."""
    out = BlockOut()
    for part in split_block(list(members)):
        out.add(_compare_part(key, part))
    return out


def _compare_part(key: BlockKey, ms: list[Measurement]) -> BlockOut:
    out = BlockOut()
    stat = out.stats
    sources = sorted({m.source for m in ms})
    if len(sources) < 2:
        return out
    span, attribution, period = window(ms), _label(ms, "attribution"), _label(ms, "period")
    block = "|".join((*key, span, attribution, period))

    def count(source: str, name: str) -> None:
        stat.setdefault(source, dict.fromkeys(STAT_FIELDS, 0))[name] += 1

    def tally(name: str) -> None:
        out.totals[name] = out.totals.get(name, 0) + 1

    groups = group_values(ms)
    ranks = sorted(range(len(groups)), key=lambda n: (-len({ms[i].source for i in groups[n]}),
                                                      groups[n][0]))
    ordered = [groups[n] for n in ranks]
    verdicts: list[Verdict] = []
    for i, j in _pairs(ms, groups, ranks[0]):
        a, b = ms[i], ms[j]
        result = compare_values(a.value, b.value)
        verdicts.append(result.verdict)
        tally(f"comparison {result.verdict.value}")
        out.comparisons.append(dumps({"block": block, "a": _side(a), "b": _side(b),
                                      "verdict": result.verdict.value,
                                      "explanation": result.explanation}))
        for s in (a.source, b.source):
            count(s, "comparisons")
            count(s, result.verdict.value)
    described: list[dict[str, Any]] = [{"sources": sorted({ms[i].source for i in g}),
                  "texts": sorted({ms[i].text for i in g}),
                  "consensus": _consensus([ms[i].value for i in g])} for g in ordered]
    majority = set(described[0]["sources"])
    dissent = [s for s in sources if s not in majority]
    severe = [v for v in verdicts if v is not Verdict.INCOMPARABLE]
    verdict = min(severe or verdicts or [Verdict.INCOMPARABLE], key=lambda v: v.severity)
    conflicts = sum(1 for v in verdicts if v is Verdict.CONFLICT)
    record: dict[str, Any] = {"block": block,
              "id": fingerprint("corpus-cluster", *key, span, attribution, period),
              "verdict": verdict.value, "dimension": key[0], "thing": key[1],
              "holder": key[2], "role": key[3], "window": span, "attribution": attribution,
              "period": period, "sources": sources, "members": len(ms),
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


__all__ = ["EXAMPLES", "BlockOut", "PartitionOut", "Progress", "bucket_of", "compare_block",
           "compare_bucket", "dumps", "extract_partition", "warm_up"]
