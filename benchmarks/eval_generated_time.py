"""Generated time phrases: the share claimdiff reads right, per family of the grammar.

The phrases come from `tests/normalization/timegen.py` (a grammar of weekdays,
parts of the day, clock forms, "this/next/last", prepositions, ordinal days,
month names and abbreviations, years in words, zones, "N units ago", parts of
periods, and the CLDR's English date and time patterns through Babel), each
with the span it must hold, computed there with `datetime` arithmetic. Right:
the support holds the span and the core touches it (or, for an ambiguous
numeric date, the phrase is refused). Run:

    python benchmarks/eval_generated_time.py [--per-family N] [--seed S] [--verbose]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.normalization.timegen import FAMILIES, Case, judge  # noqa: E402


def sample(per_family: int, seed: int) -> list[Case]:
    """`per_family` phrases of each family, drawn with a seeded generator."""
    rng = random.Random(seed)
    return [build(rng.choice, rng.randint) for build in FAMILIES.values()
            for _ in range(per_family)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-family", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    tally: dict[str, Counter[str]] = {}
    misses: list[str] = []
    for case in sample(args.per_family, args.seed):
        outcome = judge(case)
        tally.setdefault(case.family, Counter())[outcome.split(":")[0]] += 1
        if outcome != "right":
            misses.append(f"{case.family:24} {case.phrase!r} ref {case.reference} "
                          f"ctx {case.context}: {outcome}")
    print(f"{'family':26} {'phrases':>7} {'right%':>7} {'refused':>7} {'wrong':>6}")
    total: Counter[str] = Counter()
    for family, counts in tally.items():
        n = sum(counts.values())
        total.update(counts)
        print(f"{family:26} {n:7} {100 * counts['right'] / n:7.1f} {counts['refused']:7} "
              f"{counts['wrong']:6}")
    n = sum(total.values())
    print(f"{'ALL':26} {n:7} {100 * total['right'] / n:7.1f} {total['refused']:7} "
          f"{total['wrong']:6}")
    if args.verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
