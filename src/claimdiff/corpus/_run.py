"""`run_corpus`: inputs to result tables and a report, on the local or the Dask engine."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdiff.corpus._inputs import Partition, plan
from claimdiff.corpus._output import Collector, write_atomic, write_tables
from claimdiff.corpus._stages import Progress
from claimdiff.errors import ClaimdiffError, InputError
from claimdiff.report._corpus import CorpusReport

ENGINES = ("local", "dask")
DISSENTERS = 10
REPORTS = {"report.json": "json", "report.txt": "text", "report.html": "html"}
"""The report of the top findings, in each format, written into the output folder."""


@dataclass(frozen=True)
class CorpusOptions:
    """How to run: engine, workers, scheduler address, shuffle buckets, Parquet copies."""

    engine: str = "local"
    workers: int = 0
    """Worker processes; 0: every core of this machine."""
    scheduler: Any = None
    """Dask only: a scheduler address, a `distributed.Client` or cluster; default a new
    `LocalCluster`."""
    buckets: int = 0
    """Shuffle buckets; 0: one per four partitions, at least 16."""
    parquet: bool = False
    files_per_partition: int = 64
    bytes_per_partition: int = 256 << 10


def _buckets(parts: int) -> int:
    return max(16, parts // 4)


TASKS_PER_WORKER = {"local": 16, "dask": 8}
"""Partitions are made smaller (down to `MIN_PARTITION_BYTES` or one file) until each
worker gets about this many, so that no worker idles long at a stage's end (fewer on Dask,
where each partition adds a dozen tasks to the graph)."""
MIN_PARTITION_BYTES = 16 << 10


def _cores(opts: CorpusOptions, workers: int) -> int:
    """How many tasks run at once: the local workers, or the threads of a Dask `Client`'s
    workers (1, so no re-planning, for a cluster known only by its address)."""
    if opts.engine == "local" or opts.scheduler is None:
        return workers
    nthreads = getattr(opts.scheduler, "nthreads", None)
    if not callable(nthreads):
        return 1
    try:
        return max(1, sum(nthreads().values()))
    except Exception:  # the scheduler is unreachable: let the run itself say so
        return 1


def _balanced(inputs: list[str], parts: list[Partition], opts: CorpusOptions,
              cores: int) -> list[Partition]:
    """`parts`, or the same inputs cut finer when they are too few for `cores`."""
    want = TASKS_PER_WORKER[opts.engine] * cores
    if cores <= 1 or len(parts) >= want:
        return parts
    table_bytes = sum(p.end - p.start for p in parts if p.kind == "jsonl")
    files = sum(len(p.paths) for p in parts if p.kind == "files")
    size = min(opts.bytes_per_partition, max(MIN_PARTITION_BYTES, -(-table_bytes // want)))
    per = min(opts.files_per_partition, max(1, -(-files // want)))
    if size == opts.bytes_per_partition and per == opts.files_per_partition:
        return parts
    return plan(inputs, files_per_partition=per, bytes_per_partition=size)


def run_corpus(inputs: Sequence[str], out_dir: str | os.PathLike[str], *,
               options: CorpusOptions | None = None,
               progress: Progress | None = None) -> CorpusReport:
    """Compare every document of `inputs`; write the tables and reports into `out_dir`.

    Writes `comparisons`, `clusters`, `sources` and `errors` as JSON Lines (and
    Parquet with `options.parquet`), and `report.json`, `report.txt` and `report.html`; each
    file replaces its predecessor only when complete. Documents that cannot be
    read are listed in `errors.jsonl` and skipped. `progress(stage, done, total)`
    is called as partitions finish. Raises `InputError` when no input can be found.
    """
    opts = options or CorpusOptions()
    if opts.engine not in ENGINES:
        raise ClaimdiffError(f"no engine named '{opts.engine}' (known: {', '.join(ENGINES)})")
    inputs = list(inputs)
    parts = plan(inputs, files_per_partition=opts.files_per_partition,
                 bytes_per_partition=opts.bytes_per_partition)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError("the output must be a directory", path=out)
    out.mkdir(parents=True, exist_ok=True)
    workers = opts.workers or os.cpu_count() or 1
    parts = _balanced(inputs, parts, opts, _cores(opts, workers))
    buckets = opts.buckets or _buckets(len(parts))
    with tempfile.TemporaryDirectory(dir=out, prefix=".claimdiff-") as tmp:
        collector = Collector(Path(tmp))
        if opts.engine == "local":
            from claimdiff.corpus._local import run_local

            run_local(parts, collector, Path(tmp), workers=workers, buckets=buckets,
                      progress=progress)
        else:
            from claimdiff.corpus._dask import run_dask

            run_dask(parts, collector, buckets=buckets, workers=workers,
                     scheduler=opts.scheduler, progress=progress)
        paths = write_tables(collector, out, parquet=opts.parquet)
    report = _report(inputs, collector, paths, out)
    from claimdiff.reporters import render

    for name, fmt in REPORTS.items():
        write_atomic(out / name, [render(fmt, report)])
    return report


def _report(inputs: list[str], c: Collector, paths: dict[str, Path], out: Path) -> CorpusReport:
    outputs = {k: str(v) for k, v in paths.items()}
    outputs.update({name: str(out / name) for name in REPORTS})
    from claimdiff.verdicts import Verdict

    totals: dict[str, int] = {}
    for s in c.stats.values():
        for k, v in s.items():
            totals[k] = totals.get(k, 0) + v
    verdicts = [v.value for v in Verdict]
    comparisons = {v: c.totals_by.get(f"comparison {v}", 0) for v in verdicts}
    clusters = {v: c.totals_by.get(f"cluster {v}", 0) for v in verdicts}
    ranked = sorted((s for s in c.source_records() if s["dissent"]),
                    key=lambda s: (-s["dissent"], s["source"]))
    return CorpusReport(tuple(inputs), outputs, sum(c.documents.values()), c.totals["errors"],
                        c.measurements, comparisons, clusters,
                        tuple(record for _, record in c.top), tuple(ranked[:DISSENTERS]))


__all__ = ["ENGINES", "CorpusOptions", "run_corpus"]
