"""The fuzz targets' seed corpora (and the crashes fuzzing found) replay without a crash.

No atheris needed: each target's `test_one_input` runs over its seed files, so a
crash once found stays fixed. `fuzz/README.md` says how to fuzz for longer.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
TARGETS = ["claimfile", "normalize", "extract", "report"]


def _target(name: str) -> ModuleType:
    sys.path.insert(0, str(FUZZ))
    try:
        spec = importlib.util.spec_from_file_location(f"fuzz_{name}", FUZZ / f"fuzz_{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(FUZZ))


@pytest.mark.parametrize("name", TARGETS)
def test_the_seed_corpus_replays(name: str) -> None:
    target = _target(name)
    files = sorted((FUZZ / "corpus" / name).iterdir())
    assert len(files) >= 3
    for path in files:
        target.test_one_input(path.read_bytes())
