"""Speed of `parse_quantity` and `scan_quantities` against plain-`re` baselines in the same run.

Run: `python benchmarks/bench_quantity.py [ROUNDS]`. Machines are noisy, so the
result to quote is the ratio to the baseline measured alongside it:

* phrases: `parse_quantity` on a mix of phrases vs. a `re` search for the digits
  plus `float()` on them (the least any reader must do);
* text: `scan_quantities` on the seed article vs. `re.finditer` over its numerals.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimdiff.normalization._quantity import parse_quantity, scan_quantities

PHRASES = [
    "12,700", "almost 6,500 dead", "$1.5 billion", "€20m", "more than 2,000 soldiers",
    "four border villages", "12.7 km long", "about 40 kg", "between 15 and 17",
    "tens of thousands of people", "up to 400 people", "3 percentage points", "12%",
    "a 2,000-strong force", "one and a half million", "5-10W", "nearly 2,000", "40-plus",
]
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_6396fc36ecca3174.txt"
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _best(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _baseline_phrases() -> None:
    for p in PHRASES:
        m = _DIGITS.search(p)
        if m:
            float(m.group().replace(",", ""))


def _ours_phrases() -> None:
    for p in PHRASES:
        parse_quantity(p)


def main(argv: list[str]) -> int:
    """Print per-second rates and ratios to the baselines."""
    rounds = int(argv[1]) if len(argv) > 1 else 200
    parse_quantity("12.7 km")  # build pint's registry outside the timing
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else " ".join(PHRASES)
    base = _best(_baseline_phrases, rounds)
    ours = _best(_ours_phrases, rounds)
    n = len(PHRASES)
    print(f"parse_quantity: {n / ours:,.0f} phrases/s; re+float baseline {n / base:,.0f}/s; "
          f"ratio {ours / base:,.0f}x slower")
    scan_base = _best(lambda: [float(m.group().replace(",", "")) for m in _DIGITS.finditer(text)],
                      rounds)
    scan_ours = _best(lambda: scan_quantities(text), rounds)
    kb = len(text) / 1000
    print(f"scan_quantities: {kb / scan_ours:,.0f} kB/s of text; re baseline {kb / scan_base:,.0f}"
          f" kB/s; ratio {scan_ours / scan_base:,.0f}x slower")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
