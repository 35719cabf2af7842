"""The synthetic corpus of `benchmarks/corpus_synth.py`, and a helper to compare runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("comparisons.jsonl", "clusters.jsonl", "sources.jsonl", "errors.jsonl")


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_synth",
                                                  ROOT / "benchmarks" / "corpus_synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_synth"] = module
    spec.loader.exec_module(module)
    return module


synth = _synth()


def tables(out: Path) -> dict[str, bytes]:
    """The bytes of every result table of a run."""
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture(scope="session")
def corpus_2000(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str,
                                                                                     str]]]:
    """2,000 synthetic articles as JSON Lines, and the planted contradictions."""
    rows, planted = synth.generate(2000, seed=11)
    path = tmp_path_factory.mktemp("corpus") / "docs.jsonl"
    return synth.write_jsonl(rows, path), planted


@pytest.fixture(scope="session")
def local_2000(corpus_2000: tuple[Path, list[tuple[str, str, str]]],
               tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The local engine's results on the 2,000-document corpus (one worker)."""
    from claimdiff.corpus import CorpusOptions, run_corpus

    out = tmp_path_factory.mktemp("local")
    run_corpus([str(corpus_2000[0])], out, options=CorpusOptions(
        workers=1, bytes_per_partition=64 << 10))
    return out
