"""Writing results: sorted runs on disk, merged into the final tables, each file atomically.

Bucket results arrive in any order from any engine; each is written as a
sorted run, and the runs are merged (`heapq.merge`) into the final JSON Lines
files. Memory stays at one bucket's results; the bytes do not depend on the
engine or on the number of workers.
"""

from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from claimdiff.corpus._stages import STAT_FIELDS, TOP, BlockOut, dumps
from claimdiff.errors import ClaimdiffError

TABLES = ("comparisons", "clusters", "sources", "errors")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp(path: Path) -> tuple[int, str]:
    """A temporary file beside `path`, with the permissions a new file would get."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.chmod(tmp, 0o666 & ~_umask())
    return fd, tmp


def write_atomic(path: Path, lines: Iterable[str]) -> None:
    """`lines` (each ending in a newline) into `path`, replacing it only when complete."""
    fd, tmp = _temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(lines)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


MAX_OPEN_RUNS = 128


def _merge(runs: list[Path]) -> Iterator[str]:
    with ExitStack() as stack:
        files = [stack.enter_context(open(p, encoding="utf-8")) for p in runs]
        yield from heapq.merge(*files)


def write_run(path: Path, lines: list[str]) -> None:
    """`lines`, sorted, one a line: a run for the final merge."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(line + "\n" for line in sorted(lines))


class Collector:
    """Gathers bucket results into sorted run files, source counts and the top clusters."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.runs: dict[str, list[Path]] = {"comparisons": [], "clusters": [], "errors": []}
        self.stats: dict[str, dict[str, int]] = {}
        self.documents: dict[str, int] = {}
        self.top: list[tuple[tuple[int, int, str], dict[str, Any]]] = []
        self.measurements = 0
        self.totals = {"comparisons": 0, "clusters": 0, "errors": 0}
        self.totals_by: dict[str, int] = {}

    def _run(self, table: str, lines: list[str]) -> None:
        if not lines:
            return
        self.totals[table] += len(lines)
        path = self.workdir / f"{table}-{len(self.runs[table]):06d}.run"
        write_run(path, lines)
        self.runs[table].append(path)

    def add_extracted(self, errors: list[str], documents: dict[str, int], measured: int) -> None:
        """What one partition's extraction gave, besides its measurements."""
        self._run("errors", errors)
        for source, n in documents.items():
            self.documents[source] = self.documents.get(source, 0) + n
        self.measurements += measured

    def add_bucket(self, out: BlockOut) -> None:
        """One bucket's comparisons, clusters and counts."""
        self._run("comparisons", out.comparisons)
        self._run("clusters", out.clusters)
        for table, path in sorted(out.runs.items()):
            self.runs[table].append(Path(path))
        for k, v in out.totals.items():
            self.totals_by[k] = self.totals_by.get(k, 0) + v
        for source, counts in out.stats.items():
            mine = self.stats.setdefault(source, dict.fromkeys(STAT_FIELDS, 0))
            for k, v in counts.items():
                mine[k] += v
        self.top = sorted([*self.top, *out.top], key=lambda t: t[0])[:TOP]

    def merged(self, table: str) -> Iterator[str]:
        """The lines of `table`, all runs merged in sorted order."""
        runs = self.runs[table]
        level = 0
        while len(runs) > MAX_OPEN_RUNS:  # merge in rounds: open files stay few
            level += 1
            merged = []
            for n in range(0, len(runs), MAX_OPEN_RUNS):
                path = self.workdir / f"{table}-merge{level}-{n:07d}.run"
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.writelines(_merge(runs[n:n + MAX_OPEN_RUNS]))
                merged.append(path)
            runs = merged
        yield from _merge(runs)

    def source_records(self) -> list[dict[str, Any]]:
        """One summary per source, sorted by source id."""
        out = []
        for source in sorted({*self.documents, *self.stats}):
            counts = self.stats.get(source, dict.fromkeys(STAT_FIELDS, 0))
            compared = counts["comparisons"]
            out.append({"source": source, "documents": self.documents.get(source, 0), **counts,
                        "conflict_rate": round(counts["conflict"] / compared, 4)
                        if compared else None})
        return out

    def source_lines(self) -> list[str]:
        """`source_records` as JSON lines."""
        return [dumps(r) + "\n" for r in self.source_records()]


def write_tables(collector: Collector, out_dir: Path, *, parquet: bool) -> dict[str, Path]:
    """The four tables as JSON Lines (and Parquet) in `out_dir`; their paths by name."""
    paths: dict[str, Path] = {}
    for table in TABLES:
        path = out_dir / f"{table}.jsonl"
        lines = collector.source_lines() if table == "sources" else collector.merged(table)
        write_atomic(path, lines)
        paths[table] = path
        if parquet:
            paths[f"{table}.parquet"] = _to_parquet(path)
    return paths


_JSON_COLUMNS = {"consensus", "groups"}
"""Nested values of mixed types (numbers for counts, strings for dates): JSON text in Parquet."""


def _schema(table: str) -> Any:
    import pyarrow as pa

    text, count, names = pa.string(), pa.int64(), pa.list_(pa.string())
    side = pa.struct([(k, text) for k in ("source", "doc", "claim", "slot", "text",
                                           "published", "quote")])
    fields: dict[str, list[tuple[str, Any]]] = {
        "comparisons": [("block", text), ("a", side), ("b", side), ("verdict", text),
                        ("explanation", text)],
        "clusters": [("block", text), ("id", text), ("verdict", text), ("dimension", text),
                     ("thing", text), ("holder", text), ("role", text), ("window", text),
                     ("attribution", text), ("period", text), ("sources", names),
                     ("members", count), ("conflicts", count), ("consensus", text),
                     ("majority", names), ("dissent", names), ("groups", text)],
        "sources": [("source", text), ("documents", count),
                    *((k, count) for k in STAT_FIELDS), ("conflict_rate", pa.float64())],
        "errors": [("file", text), ("line", count), ("id", text), ("reason", text)],
    }
    return pa.schema(fields[table])


def _to_parquet(path: Path, batch: int = 20_000) -> Path:
    """A Parquet copy of a JSON Lines table, written in batches (needs pyarrow)."""
    import json

    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ClaimdiffError("writing Parquet needs pyarrow: pip install 'claimdiff[dask]'") \
            from None
    target = path.with_suffix(".parquet")
    schema = _schema(path.stem)
    fd, tmp = _temp(target)
    os.close(fd)
    try:
        with pq.ParquetWriter(tmp, schema) as writer, open(path, encoding="utf-8") as f:
            rows: list[dict[str, Any]] = []
            for line in f:
                row = json.loads(line)
                for k in _JSON_COLUMNS & row.keys():
                    row[k] = json.dumps(row[k], ensure_ascii=False)
                rows.append(row)
                if len(rows) == batch:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


__all__ = ["TABLES", "Collector", "write_atomic", "write_tables"]
