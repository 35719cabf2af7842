"""Extraction speed and peak memory on a large generated text, against a baseline.

The text is the seed and the test articles repeated with perturbed numbers to
about `--sentences` sentences. The baseline, measured in the same run over the
same text, is a plain regex sentence split. Prints sentences per second (untraced
runs, after a warm-up that loads the unit registry once) and peak memory
(tracemalloc, in separate runs over the first `--memory-sentences` sentences,
since tracing slows Python several times), and their ratios.

    python benchmarks/bench_extract.py [--sentences 50000]
"""

from __future__ import annotations

import argparse
import random
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimdiff.extract import extract_text, read_header, split_sentences

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds" / "000_6396fc36ecca3174.txt",
           *sorted((ROOT / "tests" / "data" / "articles").glob("*_20*.*"))]


def corpus(target: int, seed: int = 7) -> str:
    """Article bodies repeated, each number nudged, until `target` sentences."""
    rng = random.Random(seed)
    bodies = []
    for path in SOURCES:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            bodies.append(text[read_header(text).body_start:])
    per = sum(len(split_sentences(b)) for b in bodies)
    parts = []
    for _ in range(max(1, target // per)):
        for body in bodies:
            parts.append(re.sub(r"\d[\d,]*", lambda m: _nudge(m.group(), rng), body))
    return "\n\n".join(parts)


def _nudge(number: str, rng: random.Random) -> str:
    digits = number.replace(",", "")
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return number  # years stay years
    value = max(1, int(digits) + rng.randint(-3, 3))
    return f"{value:,}" if "," in number else str(value)


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    """Wall time and result of one call."""
    t0 = time.perf_counter()
    result = func()
    return time.perf_counter() - t0, result


def peak_memory(func: Callable[[], Any]) -> int:
    """Peak traced memory of one call, in bytes."""
    tracemalloc.start()
    func()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=50_000)
    parser.add_argument("--memory-sentences", type=int, default=5_000)
    args = parser.parse_args()
    text = corpus(args.sentences)
    small = corpus(args.memory_sentences)
    n = len(split_sentences(text))
    extract_text(SOURCES[0].read_text(encoding="utf-8"))  # warm-up: unit registry, regexes
    base_t, _ = timed(lambda: re.split(r"(?<=[.!?])\s+", text))
    ext_t, cs = timed(lambda: extract_text(text, published="2024-06-12"))
    base_m = peak_memory(lambda: re.split(r"(?<=[.!?])\s+", small))
    ext_m = peak_memory(lambda: extract_text(small, published="2024-06-12"))
    print(f"text: {len(text):,} characters, {n:,} sentences, {len(cs.claims):,} claims")
    print(f"baseline (regex split): {n / base_t:,.0f} sentences/s, peak {base_m / 2**20:.1f} MiB")
    print(f"extract:                {n / ext_t:,.0f} sentences/s, peak {ext_m / 2**20:.1f} MiB")
    print(f"ratio: {ext_t / base_t:,.0f}x the baseline's time, "
          f"{ext_m / max(base_m, 1):.1f}x its peak memory")


if __name__ == "__main__":
    main()
