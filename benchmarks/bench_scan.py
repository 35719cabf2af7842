"""Throughput of the two scanners, `scan_temporal` and `scan_quantities`, against a baseline.

The text is the seed, the test articles and the Karabakh example repeated
`--repeat` times with every number nudged (so no copy is a repeat a cache could
answer), split into sentences as extraction splits it; each scanner
runs over every sentence, as `extract` calls it. The baseline, timed in the
same run over the same sentences, is `re.finditer(r"\\d+", sentence)`. Prints
characters per second (best of `--rounds`, after a warm-up that builds the
grammars and loads the unit registry) and each scanner's time as a multiple of
the baseline's, which is what to compare across machines.

    python benchmarks/bench_scan.py [--repeat 20] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from claimdiff.extract import read_header, split_sentences
from claimdiff.normalization import scan_temporal
from claimdiff.normalization._quantity import scan_quantities

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds" / "000_6396fc36ecca3174.txt",
           *sorted((ROOT / "tests" / "data" / "articles").glob("*_20*.*")),
           *sorted((ROOT / "examples" / "karabakh").glob("*_20*.txt")),
           *sorted((ROOT / "examples" / "karabakh").glob("*_20*.md"))]
REFERENCE = date(2024, 6, 12)
_DIGITS = re.compile(r"\d+")


def sentences(repeat: int, seed: int = 7) -> list[str]:
    """The sources' sentences, `repeat` times over, numbers nudged in each copy."""
    rng = random.Random(seed)
    base: list[str] = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        body = text[read_header(text).body_start:]
        base.extend(body[s:e] for s, e in split_sentences(body))
    return [_DIGITS.sub(lambda m: _nudge(m.group(), rng), s) for _ in range(repeat) for s in base]


def _nudge(number: str, rng: random.Random) -> str:
    """A nearby number of the same width; years stay years."""
    if len(number) == 4 and number.startswith(("19", "20")):
        return number
    value = max(1, int(number) + rng.randint(-3, 3))
    return str(value).zfill(len(number)) if number.startswith("0") else str(value)


def best_times(rounds: int, funcs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The shortest wall time of each function over `rounds` rounds, run in turn in each
    round so that a busy spell of the machine touches them all alike."""
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(rounds):
        for name, func in funcs.items():
            t0 = time.perf_counter()
            func()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    """Time both scanners and the baseline; print chars/s and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the sources")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs; the best counts")
    args = parser.parse_args(argv)
    chunks = sentences(args.repeat)
    chars = sum(map(len, chunks))

    def baseline() -> None:
        for c in chunks:
            for _ in _DIGITS.finditer(c):
                pass

    def temporal() -> None:
        for c in chunks:
            scan_temporal(c, reference=REFERENCE)

    def quantities() -> None:
        for c in chunks:
            scan_quantities(c)

    for c in chunks[:50]:  # warm-up: grammars, unit registry
        scan_temporal(c, reference=REFERENCE)
        scan_quantities(c)
    best = best_times(args.rounds, {"baseline (re)": baseline, "scan_temporal": temporal,
                                    "scan_quantities": quantities})
    print(f"{len(chunks)} sentences, {chars:,} characters, best of {args.rounds}")
    print(f"{'scanner':<16} {'chars/s':>12} {'× baseline time':>16}")
    for name, took in best.items():
        print(f"{name:<16} {chars / took:>12,.0f} {took / best['baseline (re)']:>16.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
