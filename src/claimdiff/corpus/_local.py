"""`--engine local`: this machine's cores, a process pool, and a shuffle through disk.

Each worker extracts a partition and appends its measurements to spill files,
one per bucket (a stable hash of the block key) and partition; then each
worker compares whole buckets and writes the sorted result runs itself. The
parent only gathers counts and file names, so it neither holds the corpus nor
becomes the bottleneck. With one worker everything runs in this process.

Workers start as forks of this process when it runs a single thread (on
Linux): they begin with the library imported and its grammar and lexicons
built, shared copy-on-write, instead of importing and warming it once each.
With other threads running they fork from a server that imported the
library once (`forkserver`); on other systems they start fresh (`spawn`).
Partitions and buckets are handed out largest first, so the last tasks are
small and no worker waits long for the other at the end of a stage.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from claimdiff.corpus._inputs import Partition
from claimdiff.corpus._measure import Measurement
from claimdiff.corpus._output import Collector, write_run
from claimdiff.corpus._stages import (
    BlockOut,
    PartitionOut,
    Progress,
    bucket_of,
    compare_bucket,
    extract_partition,
    warm_up,
)

T = TypeVar("T")
R = TypeVar("R")

def _spill_name(bucket: int, part: int) -> str:
    return f"bucket-{bucket:05d}-{part:07d}.pickle"


def _extract(job: tuple[int, Partition, str, int]) -> tuple[PartitionOut, dict[int, int]]:
    """Extract one partition and spill its measurements by bucket; measurements not
    returned, only the bytes spilled per bucket."""
    n, part, workdir, buckets = job
    out = extract_partition(part)
    by_bucket: dict[int, list[Measurement]] = {}
    for m in out.measurements:
        by_bucket.setdefault(bucket_of(m, buckets), []).append(m)
    spilled: dict[int, int] = {}
    for b, ms in by_bucket.items():
        data = pickle.dumps(ms, protocol=pickle.HIGHEST_PROTOCOL)
        with open(Path(workdir) / _spill_name(b, n), "wb") as f:
            f.write(data)
        spilled[b] = len(data)
    out.measurements = []
    return out, spilled


def _compare(job: tuple[int, str]) -> BlockOut:
    """Compare one bucket from its spill files; results written as sorted runs."""
    bucket, workdir = job
    base = Path(workdir)

    def load() -> Iterator[Measurement]:
        for path in sorted(base.glob(f"bucket-{bucket:05d}-*.pickle")):
            with open(path, "rb") as f:
                yield from pickle.load(f)
            path.unlink()

    out = compare_bucket(load())
    for table in ("comparisons", "clusters"):
        lines: list[str] = getattr(out, table)
        if lines:
            path = base / f"{table}-b{bucket:05d}.run"
            write_run(path, lines)
            out.runs[table] = str(path)
            setattr(out, table, [])
    return out


def start_method() -> str:
    """How pool workers start: on Linux, `fork` from this process when it runs one thread,
    else `forkserver`; elsewhere `spawn`, the platform's default."""
    if not sys.platform.startswith("linux"):
        return "spawn"  # macOS system libraries are not fork-safe; Windows cannot fork
    # forking a process that runs other Python threads (a Dask client, a notebook kernel)
    # can copy a lock one of them holds mid-operation
    return "fork" if threading.active_count() == 1 else "forkserver"


def _context(method: str) -> Any:
    if method == "fork":
        warm_up()  # built once here, shared by every worker
    elif method == "forkserver":
        multiprocessing.set_forkserver_preload([__name__])
    return multiprocessing.get_context(method)


@contextmanager
def _mapper(workers: int, method: str | None = None) -> Iterator[
        Callable[[Callable[[T], R], Iterable[T]], Iterator[R]]]:
    if workers <= 1:
        yield lambda fn, items: map(fn, items)
        return
    with _context(method or start_method()).Pool(workers) as pool:
        yield lambda fn, items: pool.imap_unordered(fn, items, chunksize=1)


def _weight(part: Partition) -> int:
    """A partition's size in bytes, to hand out the largest first (0 when unknown)."""
    if part.kind == "jsonl":
        return part.end - part.start
    if part.kind == "files":
        return sum(os.path.getsize(p) for p in part.paths if os.path.isfile(p))
    return 0


def run_local(parts: list[Partition], collector: Collector, workdir: Path, *, workers: int,
              buckets: int, progress: Progress | None = None,
              start: str | None = None) -> None:
    """Extract, shuffle through `workdir`, compare; results go to `collector`.

    `start`: the pool's start method (default `start_method()`)."""
    sizes: dict[int, int] = {}
    with _mapper(workers, start) as imap:
        jobs = [(n, part, str(workdir), buckets) for n, part in enumerate(parts)]
        if workers > 1:  # largest first: the stage ends on small tasks (the order of
            # results does not matter, the collector sorts everything)
            jobs.sort(key=lambda job: (-_weight(job[1]), job[0]))
        for out, spilled in imap(_extract, jobs):
            for b, size in spilled.items():
                sizes[b] = sizes.get(b, 0) + size
            collector.add_extracted(out.errors, out.documents, out.measured)
            if progress is not None:
                progress("extract", 1, len(parts))
        todo = [(b, str(workdir)) for b in sorted(sizes, key=lambda b: (-sizes[b], b))]
        for block in imap(_compare, todo):
            collector.add_bucket(block)
            if progress is not None:
                progress("compare", 1, len(todo))


__all__ = ["run_local", "start_method"]
