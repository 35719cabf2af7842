"""`--engine local`: this machine's cores, a process pool, and a shuffle through disk.

Each worker extracts a partition and appends its measurements to spill files,
one per bucket (a stable hash of the block key) and partition; then each
worker compares whole buckets and writes the sorted result runs itself. The
parent only gathers counts and file names, so it neither holds the corpus nor
becomes the bottleneck. With one worker everything runs in this process.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

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
)

T = TypeVar("T")
R = TypeVar("R")


def _spill_name(bucket: int, part: int) -> str:
    return f"bucket-{bucket:05d}-{part:07d}.pickle"


def _extract(job: tuple[int, Partition, str, int]) -> tuple[PartitionOut, list[int]]:
    """Extract one partition and spill its measurements by bucket; measurements not returned."""
    n, part, workdir, buckets = job
    out = extract_partition(part)
    by_bucket: dict[int, list[Measurement]] = {}
    for m in out.measurements:
        by_bucket.setdefault(bucket_of(m, buckets), []).append(m)
    for b, ms in by_bucket.items():
        with open(Path(workdir) / _spill_name(b, n), "wb") as f:
            pickle.dump(ms, f, protocol=pickle.HIGHEST_PROTOCOL)
    out.measurements = []
    return out, sorted(by_bucket)


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


@contextmanager
def _mapper(workers: int) -> Iterator[Callable[[Callable[[T], R], Iterable[T]], Iterator[R]]]:
    if workers <= 1:
        yield lambda fn, items: map(fn, items)
        return
    # spawn, not fork: the parent may hold threads (a Dask client, a progress bar)
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield lambda fn, items: pool.imap_unordered(fn, items, chunksize=1)


def run_local(parts: list[Partition], collector: Collector, workdir: Path, *, workers: int,
              buckets: int, progress: Progress | None = None) -> None:
    """Extract, shuffle through `workdir`, compare; results go to `collector`."""
    used: set[int] = set()
    with _mapper(workers) as imap:
        jobs = [(n, part, str(workdir), buckets) for n, part in enumerate(parts)]
        for out, touched in imap(_extract, jobs):
            used.update(touched)
            collector.add_extracted(out.errors, out.documents, out.measured)
            if progress is not None:
                progress("extract", 1, len(parts))
        todo = [(b, str(workdir)) for b in sorted(used)]
        for block in imap(_compare, todo):
            collector.add_bucket(block)
            if progress is not None:
                progress("compare", 1, len(todo))


__all__ = ["run_local"]
