"""The local engine: deterministic tables whatever the workers, partitions or input order."""

from __future__ import annotations

import json
import multiprocessing
import random
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdiff.corpus import CorpusOptions, run_corpus
from tests.corpus.conftest import synth, tables


def test_two_workers_and_other_partitions_give_identical_tables(
        corpus_2000: tuple[Path, list[tuple[str, str, str]]], local_2000: Path,
        tmp_path: Path) -> None:
    run_corpus([str(corpus_2000[0])], tmp_path, options=CorpusOptions(
        workers=2, bytes_per_partition=200 << 10, buckets=7))
    assert tables(tmp_path) == tables(local_2000)


def test_input_order_does_not_change_the_tables(tmp_path: Path) -> None:
    rows, _ = synth.generate(300, seed=3)
    a = synth.write_jsonl(rows, tmp_path / "a.jsonl")
    shuffled = rows[:]
    random.Random(5).shuffle(shuffled)
    b = synth.write_jsonl(shuffled, tmp_path / "b.jsonl")
    run_corpus([str(a)], tmp_path / "oa", options=CorpusOptions(workers=1))
    run_corpus([str(b)], tmp_path / "ob", options=CorpusOptions(
        workers=1, bytes_per_partition=8 << 10))
    assert tables(tmp_path / "oa") == tables(tmp_path / "ob")


def test_planted_contradictions_are_found(
        corpus_2000: tuple[Path, list[tuple[str, str, str]]], local_2000: Path) -> None:
    found, _ = synth.recall(local_2000, corpus_2000[1])
    assert len(corpus_2000[1]) > 50
    assert found >= 0.6


def test_every_document_is_counted_once(
        corpus_2000: tuple[Path, list[tuple[str, str, str]]], local_2000: Path) -> None:
    report = json.loads((local_2000 / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 2000 and report["errors"] == 0
    sources = [json.loads(x) for x in (local_2000 / "sources.jsonl").read_text().splitlines()]
    assert sum(s["documents"] for s in sources) == 2000
    pairs = (local_2000 / "comparisons.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(pairs) == len(set(pairs)) == sum(report["comparisons"].values())
    # every comparison is across sources, within one block
    for line in pairs[:500]:
        c = json.loads(line)
        assert c["a"]["source"] != c["b"]["source"]


def test_outputs_replace_old_ones_and_leave_no_temporary_files(tmp_path: Path) -> None:
    rows, _ = synth.generate(60, seed=1)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    out = tmp_path / "out"
    out.mkdir()
    (out / "clusters.jsonl").write_text("stale\n", encoding="utf-8")
    run_corpus([str(docs)], out, options=CorpusOptions(workers=1))
    names = sorted(p.name for p in out.iterdir())
    assert names == ["clusters.jsonl", "comparisons.jsonl", "errors.jsonl", "report.html",
                     "report.json", "report.txt", "sources.jsonl"]
    assert "stale" not in (out / "clusters.jsonl").read_text(encoding="utf-8")


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    from claimdiff.errors import ClaimdiffError

    with pytest.raises(ClaimdiffError, match="no engine named"):
        run_corpus([str(tmp_path)], tmp_path / "o", options=CorpusOptions(engine="spark"))


def test_many_runs_merge_in_rounds_to_the_same_bytes(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from claimdiff.corpus import _output

    rows, _ = synth.generate(200, seed=9)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    run_corpus([str(docs)], tmp_path / "a", options=CorpusOptions(workers=1, buckets=40))
    monkeypatch.setattr(_output, "MAX_OPEN_RUNS", 3)
    run_corpus([str(docs)], tmp_path / "b", options=CorpusOptions(workers=1, buckets=40))
    assert tables(tmp_path / "a") == tables(tmp_path / "b")


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_every_way_of_starting_workers_gives_the_same_tables(method: str, tmp_path: Path) -> None:
    from claimdiff.corpus import plan
    from claimdiff.corpus._local import run_local
    from claimdiff.corpus._output import Collector, write_tables

    rows, _ = synth.generate(150, seed=4)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    run_corpus([str(docs)], tmp_path / "one", options=CorpusOptions(workers=1))
    out = tmp_path / "pool"
    out.mkdir()
    (tmp_path / "work").mkdir()
    collector = Collector(tmp_path / "work")
    run_local(plan([str(docs)], bytes_per_partition=8 << 10), collector, tmp_path / "work",
              workers=2, buckets=16, start=method)
    write_tables(collector, out, parquet=False)
    assert tables(out) == tables(tmp_path / "one")


def test_a_small_corpus_is_cut_finer_for_two_workers_and_gives_the_same_tables(
        tmp_path: Path) -> None:
    from claimdiff.corpus import plan

    rows, _ = synth.generate(300, seed=2)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    steps: dict[int, set[int]] = {}

    def seen(workers: int) -> Callable[[str, int, int], None]:
        def progress(stage: str, done: int, total: int) -> None:
            if stage == "extract":
                steps.setdefault(workers, set()).add(total)
        return progress

    for workers in (1, 2):
        run_corpus([str(docs)], tmp_path / str(workers), progress=seen(workers),
                   options=CorpusOptions(workers=workers))
    assert steps[1] == {len(plan([str(docs)]))} == {1}
    assert min(steps[2]) >= 4
    assert tables(tmp_path / "2") == tables(tmp_path / "1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_workers_fork_from_this_process_only_while_it_runs_one_thread() -> None:
    import threading

    from claimdiff.corpus._local import start_method

    # other tests may have left threads behind (a Dask client's), so both cases are read
    assert start_method() == ("fork" if threading.active_count() == 1 else "forkserver")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert start_method() == "forkserver"
    finally:
        stop.set()
        other.join()
