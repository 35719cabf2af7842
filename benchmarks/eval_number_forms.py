"""Numbers written every way: the share claimdiff reads right, per family of forms.

The phrases and their values come from `number_forms.py` (inflect, Babel and news
templates; nothing from claimdiff). Each family draws `N` phrases (default 400) with a
fixed seed; a phrase is right when `normalize` reads it whole with the expected value in
its core (and the bound or vague range the form states). Run:

    python benchmarks/eval_number_forms.py [N] [--verbose]

`--verbose` lists the misses. Needs the `test` extra (inflect, Babel).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from number_forms import FAMILIES, judge  # noqa: E402

from claimdiff.errors import NormalizationError  # noqa: E402
from claimdiff.normalization import normalize  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the share right per family, and overall; exit 0."""
    verbose = "--verbose" in argv or "-v" in argv
    numbers = [int(a) for a in argv if a.isdigit()]
    n = numbers[0] if numbers else 400
    total = right_total = 0
    print(f"{'family':<18} {'phrases':>7} {'right%':>7} {'refused':>7} {'wrong':>6}")
    for name, family in FAMILIES.items():
        rng = random.Random(f"claimdiff:{name}")
        right = refused = wrong = 0
        seen: set[str] = set()
        for _ in range(n):
            case = family(rng)
            if case.phrase in seen:
                continue
            seen.add(case.phrase)
            try:
                value = normalize(case.phrase)
            except NormalizationError as err:
                refused += 1
                if verbose:
                    print(f"    refused {case.phrase!r}: {err}", file=sys.stderr)
                continue
            why = judge(value, case.expect)
            if why is None:
                right += 1
            else:
                wrong += 1
                if verbose:
                    print(f"    wrong   {case.phrase!r}: {why}", file=sys.stderr)
        count = len(seen)
        total += count
        right_total += right
        print(f"{name:<18} {count:>7} {100 * right / count:>7.1f} {refused:>7} {wrong:>6}")
    print(f"{'ALL':<18} {total:>7} {100 * right_total / total:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
