"""One corpus block, doubled from 1k to 64k measurements: comparison time must stay n log n.

A block is every measurement of one dimension, measured thing, holder and role
(`claimdiff.corpus.compare_block`); a story every outlet covers for a week makes
one. The generated block: many sources giving hedged readings of one death toll
("at least 300", "about 300", "nearly 310"), 3 % of them far off (planted
conflicts), all within a week. Prints the CPU time (`time.process_time`,
best of `--repeat`) per size, the ratio to the size before (≤ about 2.2 per
doubling is n log n; 4 would be all pairs), comparisons and conflicting pairs.

    python benchmarks/bench_block.py [--sizes 1000 2000 ... 64000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date

from claimdiff.corpus import Measurement, compare_block
from claimdiff.normalization import Value, normalize

KEY = ("count", "dead", "veltoria", "")
TRUE = ("300", "at least 300", "about 300", "nearly 310", "more than 290", "some 300")
WRONG = ("900", "1,400", "about 40")


def block(size: int, seed: int = 5) -> list[Measurement]:
    """`size` measurements of one toll from `size // 4` sources, 3 % of them far off."""
    rng = random.Random(seed)
    cache: dict[str, Value] = {}
    day0 = date(2024, 6, 1).toordinal()
    out = []
    for n in range(size):
        phrase = f"{rng.choice(TRUE if rng.random() > 0.03 else WRONG)} people"
        value = cache.get(phrase) or cache.setdefault(phrase, normalize(phrase))
        source = f"outlet-{rng.randrange(max(2, size // 4)):06d}"
        out.append(Measurement(f"doc-{n:06d}", source, "c1", "value", phrase, phrase, "quake",
                               "killed", "", "2024-06-03", "veltoria", value, KEY,
                               day0 + rng.randint(0, 6)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[1000 * 2 ** k for k in range(7)])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'measurements':>12}{'CPU s':>9}{'× previous':>12}{'comparisons':>13}"
          f"{'conflicts':>11}{'clusters':>10}")
    before = None
    for size in args.sizes:
        members = block(size)
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            out = compare_block(KEY, members)
            best = min(best, time.process_time() - t0)
        ratio = f"{best / before:.2f}" if before else "-"
        conflicts = out.totals.get("comparison conflict", 0)
        print(f"{size:>12}{best:>9.3f}{ratio:>12}{len(out.comparisons):>13}{conflicts:>11}"
              f"{len(out.clusters):>10}")
        before = best


if __name__ == "__main__":
    main()
