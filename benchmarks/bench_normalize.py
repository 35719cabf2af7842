"""Speed and accuracy of `normalize` against `dateparser.parse` on absolute dates.

Both read the same phrases (generated deterministically: `June 12, 2024`,
`12 June 2024`, `2024-06-12`, `Sept. 5, 2019`, `September 2023`, ...), in one
run. A phrase counts as right when the reading holds the expected day (or,
for month phrases, the expected month). `normalize` is not cached: every call
parses afresh (only the compiled regexes are shared). Run:

    pip install -e '.[bench]' && python benchmarks/bench_normalize.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime

from claimdiff.normalization import normalize

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]


def phrases(n: int, seed: int = 7) -> list[tuple[str, date, str]]:
    """`n` phrases with the day they name and their precision (`day` or `month`)."""
    rng = random.Random(seed)
    out = []
    first, last = date(1950, 1, 1).toordinal(), date(2030, 12, 31).toordinal()
    for _ in range(n):
        d = date.fromordinal(rng.randint(first, last))
        form = rng.randrange(6)
        if form == 0:
            out.append((f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d, "day"))
        elif form == 1:
            out.append((f"{d.day} {MONTHS[d.month - 1]} {d.year}", d, "day"))
        elif form == 2:
            out.append((d.isoformat(), d, "day"))
        elif form == 3:
            out.append((f"{ABBR[d.month - 1]} {d.day}, {d.year}", d, "day"))
        elif form == 4:
            out.append((f"{MONTHS[d.month - 1]} {d.year}", d, "month"))
        else:
            out.append((f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}", d, "day"))
    return out


def ours(text: str) -> tuple[date, date] | None:
    """`normalize`'s core as a pair of dates."""
    lo, hi = normalize(text).core_bounds
    return (lo, hi) if isinstance(lo, date) and isinstance(hi, date) else None


def theirs(text: str) -> tuple[date, date] | None:
    """`dateparser.parse` as a one-day pair."""
    import dateparser

    got = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return (got.date(), got.date()) if isinstance(got, datetime) else None


def right(reading: tuple[date, date] | None, day: date, precision: str) -> bool:
    """Whether a reading names the expected day (or month)."""
    if reading is None:
        return False
    lo, hi = reading
    if precision == "month":
        return (lo.year, lo.month) == (day.year, day.month) == (hi.year, hi.month)
    return lo == hi == day


def run(fns: list[Callable[[str], tuple[date, date] | None]],
        cases: list[tuple[str, date, str]], rounds: int = 5) -> list[tuple[float, float]]:
    """Each reader's phrases per second (best of `rounds` passes) and accuracy. The passes
    alternate between the readers, so that a busy machine slows both alike."""
    best = [float("inf")] * len(fns)
    correct = [0] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            correct[i] = 0
            start = time.perf_counter()
            for text, day, precision in cases:
                correct[i] += right(fn(text), day, precision)
            best[i] = min(best[i], time.perf_counter() - start)
    return [(len(cases) / b, c / len(cases)) for b, c in zip(best, correct, strict=True)]


def main(argv: list[str]) -> int:
    """Print both tools' speed and accuracy, and the speed ratio."""
    try:
        import dateparser

        dateparser.parse("June 12, 2024")  # load its language data before timing
    except ImportError:
        print("dateparser is not installed (pip install -e '.[bench]'); skipped.")
        return 0
    n = int(argv[0]) if argv else 2000
    cases = phrases(n)
    normalize(cases[0][0])  # compile the grammar before timing
    (our_rate, our_acc), (their_rate, their_acc) = run([ours, theirs], cases)
    print(f"{n} absolute dates (uncached)")
    print(f"  claimdiff.normalization : {our_rate:10,.0f} phrases/s  accuracy {100 * our_acc:.1f}%")
    print(f"  dateparser.parse    : {their_rate:10,.0f} phrases/s  accuracy {100 * their_acc:.1f}%")
    print(f"  speed ratio         : {our_rate / their_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
