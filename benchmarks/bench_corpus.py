"""Corpus engines: documents per second, scaling, peak memory per worker, contradiction recall.

Generates a synthetic corpus (`corpus_synth.py`: many outlets reporting many
events in their own words, with planted contradictions) as JSON Lines, then
runs `run_corpus` on it: the local engine with 1 and 2 worker processes, and
the Dask engine on a `LocalCluster` of 1 and 2 workers (when `claimdiff[dask]`
is installed). Each run is a fresh process, so peak memory is its own: for the
local engine the largest process (the parent with one worker, else the
largest pool worker), for Dask the largest worker's peak RSS. Also runs the
local engine on 1 core at a quarter of the size, to show memory staying flat
as the corpus grows. Prints documents/s, ratios against local on 1 core,
CPU seconds (all processes of the run: parent, pool or cluster workers) and
documents per CPU second, the CPU efficiency of 2 workers against 1 (with the
speed-up it allows on two idle cores), Dask's cluster start-up apart from its
run, and the recall of the planted contradictions.

    python benchmarks/bench_corpus.py [--documents 8000] [--local-only] [--repeat 1]
                                      [--contention]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_synth import generate, recall, write_jsonl  # noqa: E402


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _all_cpu() -> float:
    """CPU seconds of this process and every process it started: finished ones (a local
    pool's workers) and, with psutil, running ones (a LocalCluster's nannies and workers)."""
    total = _cpu() + _cpu(resource.RUSAGE_CHILDREN)
    try:
        import psutil
    except ImportError:
        return total
    for child in psutil.Process().children(recursive=True):
        try:
            t = child.cpu_times()
        except psutil.Error:  # ended meanwhile: counted once reaped
            continue
        total += t.user + t.system
    return total


def one(engine: str, workers: int, docs: str, out: str) -> dict[str, Any]:
    """One run in this process; its time and CPU, and peak memory per worker process. For
    Dask, the cluster's start-up (workers importing and warming the library) is measured
    apart from the run, as a run on an existing cluster (`--scheduler`) would not pay it."""
    from claimdiff.corpus import CorpusOptions, run_corpus

    start: dict[str, float] = {}
    if engine == "local":
        c0 = _all_cpu()
        t0 = time.perf_counter()
        report = run_corpus([docs], out, options=CorpusOptions(workers=workers))
        wall = time.perf_counter() - t0
        cpu = _all_cpu() - c0
        peak = _peak_mib(resource.RUSAGE_SELF if workers == 1 else resource.RUSAGE_CHILDREN)
    else:
        import distributed

        from claimdiff.corpus._dask import local_cluster

        c0 = _all_cpu()
        t0 = time.perf_counter()
        with local_cluster(workers) as cluster, distributed.Client(cluster) as client:
            client.wait_for_workers(workers)
            start = {"start_seconds": round(time.perf_counter() - t0, 2),
                     "start_cpu_seconds": round(_all_cpu() - c0, 2)}
            c0 = _all_cpu()
            t0 = time.perf_counter()
            report = run_corpus([docs], out, options=CorpusOptions(engine="dask",
                                                                   scheduler=client))
            wall = time.perf_counter() - t0
            cpu = _all_cpu() - c0
            peaks = client.run(lambda: _peak_mib(resource.RUSAGE_SELF))
            peak = max(peaks.values())
    return {"engine": engine, "workers": workers, "documents": report.documents,
            "seconds": round(wall, 2), "docs_per_s": round(report.documents / wall, 1),
            "cpu_seconds": round(cpu, 2), "docs_per_cpu_s": round(report.documents / cpu, 1),
            "peak_mib_per_worker": round(peak, 1), **start}


def _spawn(engine: str, workers: int, docs: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--one", engine, str(workers), str(docs),
                           str(out)], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def contention(docs: Path, pairs: int = 3) -> list[float]:
    """How much CPU the same extraction work costs when two processes do it at once,
    against one process doing it all: forks of one warmed process (no imports, no pool,
    nothing passed between them), so only the machine differs: two busy cores sharing
    caches and memory bandwidth, on a host that may be loaded. Linux only."""
    from claimdiff.corpus import extract_partition, plan
    from claimdiff.corpus._stages import warm_up

    warm_up()
    parts = plan([str(docs)], bytes_per_partition=64 << 10)

    def start(share: list[Any]) -> int:
        pid = os.fork()
        if pid == 0:
            for part in share:
                extract_partition(part)
            os._exit(0)
        return pid

    ratios = []
    for _ in range(pairs):
        c0 = _cpu(resource.RUSAGE_CHILDREN)
        both = [start(parts[0::2]), start(parts[1::2])]
        for pid in both:
            os.waitpid(pid, 0)
        c1 = _cpu(resource.RUSAGE_CHILDREN)
        os.waitpid(start(parts), 0)
        c2 = _cpu(resource.RUSAGE_CHILDREN)
        ratios.append(round((c1 - c0) / (c2 - c1), 3))
    return ratios


def _best(tries: list[dict[str, Any]]) -> dict[str, Any]:
    """Several runs of one configuration: the least time and CPU (what other work on the
    machine added least to), the most memory."""
    fast = min(tries, key=lambda r: r["seconds"])
    lean = min(tries, key=lambda r: r["cpu_seconds"])
    return {**fast, "cpu_seconds": lean["cpu_seconds"], "docs_per_cpu_s": lean["docs_per_cpu_s"],
            "peak_mib_per_worker": max(r["peak_mib_per_worker"] for r in tries)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=8_000)
    parser.add_argument("--local-only", action="store_true", help="skip the Dask engine")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each engine and worker count, interleaved; the least "
                             "seconds and the least CPU seconds are shown (on a busy machine)")
    parser.add_argument("--contention", action="store_true",
                        help="also measure what two busy cores cost this machine (Linux)")
    parser.add_argument("--one", nargs=4, metavar=("ENGINE", "WORKERS", "DOCS", "OUT"))
    args = parser.parse_args()
    if args.one:
        engine, workers, docs, out = args.one
        print(json.dumps(one(engine, int(workers), docs, out)))
        return
    engines: tuple[str, ...] = ("local",)
    try:
        import distributed  # noqa: F401

        engines = engines if args.local_only else ("local", "dask")
    except ImportError:
        pass
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        rows, planted = generate(args.documents)
        docs = write_jsonl(rows, base / "docs.jsonl")
        small = write_jsonl(rows[: args.documents // 4], base / "small.jsonl")
        print(f"corpus: {len(rows)} documents, {len({r['source'] for r in rows})} outlets, "
              f"{len(planted)} planted contradictions, {docs.stat().st_size / 2**20:.1f} MiB; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        quarter = _spawn("local", 1, small, base / "small-out")
        configs = [(e, w) for e in engines for w in (1, 2)]
        tries = [[_spawn(e, w, docs, base / f"{e}-{w}") for e, w in configs]
                 for _ in range(max(1, args.repeat))]
        runs = [_best([t[n] for t in tries]) for n in range(len(configs))]
        found, false_alarms = recall(base / "local-1", planted)
        shared = contention(small) if args.contention and hasattr(os, "fork") else None
        same = all((base / f"{r['engine']}-{r['workers']}" / "clusters.jsonl").read_bytes()
                   == (base / "local-1" / "clusters.jsonl").read_bytes() for r in runs)
    base_rate = runs[0]["docs_per_s"]
    print(f"{'engine':<8}{'workers':>8}{'docs':>8}{'seconds':>9}{'docs/s':>9}{'× local-1':>11}"
          f"{'CPU s':>9}{'docs/CPU s':>12}{'peak MiB/worker':>17}")
    for r in [quarter, *runs]:
        print(f"{r['engine']:<8}{r['workers']:>8}{r['documents']:>8}{r['seconds']:>9}"
              f"{r['docs_per_s']:>9}{r['docs_per_s'] / base_rate:>11.2f}{r['cpu_seconds']:>9}"
              f"{r['docs_per_cpu_s']:>12}{r['peak_mib_per_worker']:>17}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine "
          "slows every run; CPU seconds hardly depend on it)")
    by = {(r["engine"], r["workers"]): r for r in runs}
    for engine in engines:
        one_, two = by[engine, 1], by[engine, 2]
        # the most two workers can gain if both get a core of their own: the same work,
        # now spread over two cores, ends after half the 2-worker run's CPU seconds
        bound = 2 * one_["cpu_seconds"] / two["cpu_seconds"]
        print(f"{engine} 2 vs 1 workers: wall clock {two['docs_per_s'] / one_['docs_per_s']:.2f}×;"
              f" CPU efficiency {one_['cpu_seconds'] / two['cpu_seconds']:.2f} (CPU s of 1 "
              f"worker / CPU s of 2), so at most {bound:.2f}× on two idle cores")
    if ("dask", 2) in by:
        d2, l2 = by["dask", 2], by["local", 2]
        print(f"dask / local on 2 workers: wall clock {d2['seconds'] / l2['seconds']:.2f}×, "
              f"CPU {d2['cpu_seconds'] / l2['cpu_seconds']:.2f}× (a running cluster; its "
              f"start-up, {d2['start_seconds']} s and {d2['start_cpu_seconds']} CPU s, "
              f"not included: with it {(d2['seconds'] + d2['start_seconds']) / l2['seconds']:.2f}"
              "× wall clock)")
    print(f"memory, local 1 worker: {quarter['peak_mib_per_worker']} MiB at "
          f"{quarter['documents']} documents, {by['local', 1]['peak_mib_per_worker']} MiB at "
          f"{by['local', 1]['documents']}")
    print(f"contradiction recall: {found:.3f} of {len(planted)} planted; conflicting "
          f"comparisons not involving a planted document: {false_alarms}")
    print(f"identical clusters on every engine: {same}")
    if shared:
        print(f"the same extraction in two processes at once / in one: CPU {shared} (the "
              f"machine's share of the 2-worker CPU; 1.8x needs at most 1.11)")


if __name__ == "__main__":
    main()
