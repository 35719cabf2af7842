"""`--engine dask`: the same steps as a Dask bag graph on a `distributed` cluster.

Partitions become a bag; extraction maps over it; measurements are shuffled
by bucket (`Bag.groupby(..., shuffle="tasks")`, the blocking join) and each
bucket is compared where it lands. Results are gathered per output partition
as they finish and go to the same `Collector` as the local engine's, so the
files are byte-identical. A worker lost mid-run is the scheduler's business:
its tasks are recomputed elsewhere, and since results are only taken from
finished futures, nothing is lost or counted twice. Needs `claimdiff[dask]`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import ExitStack
from functools import partial
from typing import Any

from claimdiff.corpus._inputs import Partition
from claimdiff.corpus._measure import Measurement
from claimdiff.corpus._output import Collector
from claimdiff.corpus._stages import (
    BlockOut,
    PartitionOut,
    Progress,
    bucket_of,
    compare_bucket,
    extract_partition,
    warm_up,
)
from claimdiff.errors import ClaimdiffError


def _imports() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        import distributed
    except ImportError:
        raise ClaimdiffError("--engine dask needs the dask extra: "
                             "pip install 'claimdiff[dask]'") from None
    return db, distributed


def _measurements(out: PartitionOut) -> list[Measurement]:
    return out.measurements


def _side(out: PartitionOut) -> tuple[list[str], dict[str, int], int]:
    return out.errors, out.documents, out.measured


def _bucket_key(buckets: int, m: Measurement) -> int:
    return bucket_of(m, buckets)


def _compare(group: tuple[int, list[Measurement]]) -> BlockOut:
    return compare_bucket(group[1])


def _fold(outs: Iterator[BlockOut]) -> list[BlockOut]:
    total = BlockOut()
    for out in outs:
        total.add(out)
    return [total.sorted()]


def dask_setup(worker: Any) -> None:
    """Run by each worker of `local_cluster` as it starts (a Dask preload): the library
    imported and warmed (`warm_up`) once per worker process, not in its first task."""
    warm_up()


def local_cluster(workers: int) -> Any:
    """A `distributed.LocalCluster` of `workers` one-thread worker processes, quiet, each
    started with the library imported and warmed (`dask_setup`), without the statistical
    profiler (a dashboard feature that costs its workers 3–5 % of their CPU)."""
    import dask

    _, distributed = _imports()
    # the nannies pass this configuration on to the workers they start (and restart)
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        # the scheduler's HTTP server always listens; a free port, never a clash on 8787
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                        processes=True, dashboard_address="127.0.0.1:0",
                                        silence_logs=logging.ERROR, preload=[__name__])


def run_dask(parts: list[Partition], collector: Collector, *, buckets: int, workers: int,
             scheduler: Any = None, progress: Progress | None = None) -> None:
    """Run the corpus graph on `scheduler` (an address, a `Client`, a cluster; default: a
    new `LocalCluster` of `workers` processes); results go to `collector`."""
    db, distributed = _imports()
    with ExitStack() as stack:
        if isinstance(scheduler, distributed.Client):
            client = scheduler
        else:
            if scheduler is None:
                scheduler = stack.enter_context(local_cluster(workers))
            client = stack.enter_context(distributed.Client(scheduler))
        extracted = db.from_sequence(parts, npartitions=len(parts)).map(extract_partition)
        side = extracted.map(_side)
        shuffled = extracted.map(_measurements).flatten().groupby(
            partial(_bucket_key, buckets), npartitions=max(1, min(buckets, len(parts))),
            shuffle="tasks")
        results = shuffled.map(_compare).map_partitions(_fold)
        side_parts = side.to_delayed(optimize_graph=False)
        result_parts = results.to_delayed(optimize_graph=False)
        # optimize_graph=False keeps each extraction one task shared by both outputs
        futures = client.compute([*side_parts, *result_parts], optimize_graph=False)
        kinds = {f.key: n < len(side_parts) for n, f in enumerate(futures)}
        for future in distributed.as_completed(futures):
            items = future.result()
            if kinds[future.key]:
                for errors, documents, measured in items:
                    collector.add_extracted(errors, documents, measured)
                if progress is not None:
                    progress("extract", 1, len(side_parts))
            else:
                for out in items:
                    collector.add_bucket(out)
                if progress is not None:
                    progress("compare", 1, len(result_parts))
            future.release()


__all__ = ["dask_setup", "local_cluster", "run_dask"]
