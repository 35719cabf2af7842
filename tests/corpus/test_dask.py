"""The Dask engine on a 2-worker LocalCluster: the local engine's bytes, even when a worker dies.

Skipped without the `claimdiff[dask]` extra (CI installs it).
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimdiff.corpus import CorpusOptions, run_corpus
from tests.corpus.conftest import synth, tables

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from claimdiff.corpus._dask import local_cluster

    with local_cluster(2) as cluster, distributed.Client(cluster) as c:
        yield c


def test_two_workers_give_the_local_engines_tables(
        client: Any, corpus_2000: tuple[Path, list[tuple[str, str, str]]], local_2000: Path,
        tmp_path: Path) -> None:
    report = run_corpus([str(corpus_2000[0])], tmp_path, options=CorpusOptions(
        engine="dask", scheduler=client, bytes_per_partition=128 << 10))
    assert report.documents == 2000
    assert tables(tmp_path) == tables(local_2000)
    assert (tmp_path / "report.json").read_bytes() != b""


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
        client: Any, tmp_path: Path) -> None:
    rows, _ = synth.generate(600, seed=5)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    options = CorpusOptions(workers=1, bytes_per_partition=8 << 10, buckets=16)
    run_corpus([str(docs)], tmp_path / "local", options=options)
    killed: list[int] = []

    def kill_one(stage: str, done: int, total: int) -> None:
        if not killed:  # the first partition is done, the others are running or queued
            pid = sorted(client.run(os.getpid).values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    run_corpus([str(docs)], tmp_path / "dask", progress=kill_one,
               options=CorpusOptions(engine="dask", scheduler=client,
                                     bytes_per_partition=8 << 10, buckets=16))
    assert killed
    assert tables(tmp_path / "dask") == tables(tmp_path / "local")
    client.wait_for_workers(2, timeout=60)  # the nanny replaced the killed worker
    assert killed[0] not in client.run(os.getpid).values()


def test_malformed_documents_are_reported_on_dask_too(client: Any, tmp_path: Path) -> None:
    rows, _ = synth.generate(40, seed=8)
    lines = [json.dumps(r) for r in rows]
    lines[3] = '{"id": "broken", "source": "X", "text": '
    lines[7] = json.dumps({"id": "nosource", "text": "Hello."})
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_corpus([str(docs)], tmp_path / "d", options=CorpusOptions(
        engine="dask", scheduler=client, bytes_per_partition=2 << 10))
    run_corpus([str(docs)], tmp_path / "l", options=CorpusOptions(workers=1))
    assert report.errors == 2 and report.documents == 38
    assert tables(tmp_path / "d") == tables(tmp_path / "l")
    errors = (tmp_path / "d" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(e)["line"] for e in errors] == [4, 8]


def test_each_partition_is_extracted_once(client: Any, tmp_path: Path) -> None:
    from claimdiff.corpus import plan

    rows, _ = synth.generate(80, seed=6)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    parts = plan([str(docs)], bytes_per_partition=4 << 10)
    with distributed.get_task_stream(client) as stream:
        run_corpus([str(docs)], tmp_path / "d", options=CorpusOptions(
            engine="dask", scheduler=client, bytes_per_partition=4 << 10))
    names = [str(t["key"]) for t in stream.data]
    extracted = [k for k in names if "extract_partition" in k]
    assert len(parts) > 3 and len(extracted) == len(parts), names[:20]


def test_a_small_corpus_is_cut_finer_for_the_clusters_workers(client: Any,
                                                               tmp_path: Path) -> None:
    rows, _ = synth.generate(300, seed=2)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    totals: set[int] = set()

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "extract":
            totals.add(total)

    run_corpus([str(docs)], tmp_path / "d", progress=progress,
               options=CorpusOptions(engine="dask", scheduler=client))
    run_corpus([str(docs)], tmp_path / "l", options=CorpusOptions(workers=1))
    assert len(totals) == 1 and totals.pop() >= 4  # one 256 KiB partition otherwise
    assert tables(tmp_path / "d") == tables(tmp_path / "l")
