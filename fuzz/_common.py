"""What the fuzz targets share: running under atheris, or replaying a corpus without it.

A target is a module with `test_one_input(data: bytes) -> None` that raises
only on a bug: any exception but a `ClaimdiffError` is a crash (a traceback
a user would see as "internal error").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def run(name: str, target: Callable[[bytes], None]) -> None:
    """Fuzz `target` with atheris (libFuzzer options on the command line)."""
    try:
        import atheris
    except ImportError:
        sys.exit("atheris is not installed: pip install atheris")
    args = [a for a in sys.argv if a != "--no-instrument"]
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(str(CORPUS / name))  # the seed corpus, when no folder is given
    # Warm up (grammars, lazy imports), then instrument what is loaded for coverage
    # (slow to start: a smoke run skips it with --no-instrument).
    for path in sorted((CORPUS / name).iterdir())[:3]:
        target(path.read_bytes())
    if "--no-instrument" not in sys.argv:
        atheris.instrument_all()
    atheris.Setup(args, target)
    atheris.Fuzz()


def replay(name: str, target: Callable[[bytes], None]) -> int:
    """Run `target` over every file of its seed corpus (no atheris needed); the count."""
    files = sorted(p for p in (CORPUS / name).iterdir() if p.is_file())
    for path in files:
        target(path.read_bytes())
    return len(files)
