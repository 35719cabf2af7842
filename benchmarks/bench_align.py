"""Alignment benchmark: synthetic claim sets with realistic perturbations.

Side B holds perturbed copies of 80 % of side A's claims (typos, transliteration
variants, reordered words, rephrased predicates, changed values) plus 20 % new
claims, so alignment recall and precision can be measured. Times are reported
with ratios against baselines measured in the same run:

- scoring against raw `rapidfuzz.process.cpdist` (`fuzz.ratio` on token-sorted keys,
  i.e. token_sort_ratio; `workers=-1`) on the same candidate pairs, on the
  concatenated subject/predicate/object keys: both run `SCORE_REPEATS` times
  alternately per repetition, the ratio of their medians kept, and its median over
  the repetitions reported (one run of 30-150 ms is at the mercy of other load);
- doubling both sides (n → 2n): `--reps` (default 5) repetitions of each size,
  interleaved in the same run; the ratio is the median of the back-to-back ratios, in
  wall time and in process CPU time (robust to other load on the machine), with
  candidate pairs per claim;
- memory of the columnar tables (tracemalloc), extrapolated to 1M claims.

Run: `python benchmarks/bench_align.py [--n 10000] [--reps 5] [--memory-n 100000]`.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import statistics
import time
import tracemalloc
from datetime import date
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from claimdiff.align import AliasTable, ClaimTable, align_tables
from claimdiff.align._block import candidate_pairs
from claimdiff.align._score import score_pairs
from claimdiff.compare._claims import diff, diff_claimsets
from claimdiff.model import ClaimSet

SYLLABLES = ("ka ra bakh ash ot yan ian ov ev ali pa shi ni tav ush gal stan mo lo ve ri "
             "zer bai jan ar me nia ba ku ye re van sar go ra dun kel bas lin tor mik").split()
PREDICATES = [
    ("completed withdrawal from", "completed the withdrawal from"),
    ("began withdrawal from", "began withdrawing from"),
    ("deployed troops to", "deployed its troops to"),
    ("signed agreement with", "signed an agreement with"),
    ("announced", "has announced"), ("denounced", "strongly denounced"),
    ("returned villages to", "returned the villages to"), ("seized", "seized control of"),
    ("met with", "met"), ("accused", "accused"), ("supported", "has supported"),
    ("attacked", "attacked"), ("negotiated with", "negotiated with"), ("criticised", "criticized"),
    ("elected", "was elected"), ("visited", "paid a visit to"), ("appointed", "has appointed"),
    ("sanctioned", "imposed sanctions on"), ("funded", "has funded"), ("evacuated", "evacuated"),
]
WHEN = ["on June 12", "in mid-April", "in 2018", "in September 2023", "at the end of May",
        "on Wednesday", "in the fall of 2020", "in early March", "on 14 June", "in 2019",
        "in late May", "in November 2020", "last week", "in the 1990s", "on April 17"]
VALUES = ["2,000 soldiers", "about 3,000 people", "6,500 dead", "four villages", "12.7 km",
          "some 4,000 troops", "nearly 2,000", "six weeks", "three decades", "44 days"]
TRANSLIT = [("y", "i"), ("ou", "u"), ("sh", "ch"), ("kh", "gh"), ("v", "w"), ("ia", "ya")]


def _name(rnd: random.Random) -> str:
    words = []
    for _ in range(rnd.choice((1, 2, 2, 3, 3, 4))):
        words.append("".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))).title())
    return " ".join(words)


def _typo(rnd: random.Random, text: str) -> str:
    words = text.split()
    i = rnd.randrange(len(words))
    w = words[i]
    if len(w) > 5:
        j = rnd.randrange(1, len(w) - 1)
        w = w[:j] + w[j + 1:] if rnd.random() < 0.5 else w[:j] + rnd.choice("aeiou") + w[j + 1:]
    words[i] = w
    return " ".join(words)


def _translit(rnd: random.Random, text: str) -> str:
    old, new = rnd.choice(TRANSLIT)
    return text.replace(old, new) if old in text else text.replace(new, old)


def _reorder(rnd: random.Random, text: str) -> str:
    words = text.split()
    if len(words) > 1:
        words = words[1:] + words[:1]
    return " ".join(words)


def make_sets(n: int, seed: int) -> tuple[ClaimSet, ClaimSet, dict[str, str]]:
    """Side A, side B, and the truth: B claim id → A claim id."""
    rnd = random.Random(seed)
    names = [_name(rnd) for _ in range(max(n // 3, 50))]
    # cumulative weights once: `choices(names, weights)` re-accumulates them on every call
    cum = list(itertools.accumulate(1.0 / (k + 1) ** 0.6 for k in range(len(names))))

    def claim(cid: str, src: str) -> dict[str, Any]:
        p = rnd.randrange(len(PREDICATES))
        c: dict[str, Any] = {"id": cid, "source": src,
                             "subject": rnd.choices(names, cum_weights=cum)[0],
                             "predicate": PREDICATES[p][0],
                             "object": rnd.choices(names, cum_weights=cum)[0]}
        if rnd.random() < 0.6:
            c["when"] = rnd.choice(WHEN)
        if rnd.random() < 0.4:
            c["value"] = rnd.choice(VALUES)
        return c

    a = [claim(f"a{i}", "a") for i in range(n)]
    b: list[dict[str, Any]] = []
    truth: dict[str, str] = {}
    for i, c in enumerate(rnd.sample(a, int(0.8 * n))):
        d = dict(c, id=f"b{i}", source="b")
        for field in ("subject", "object"):
            r = rnd.random()
            if r < 0.25:
                d[field] = _typo(rnd, d[field])
            elif r < 0.5:
                d[field] = _translit(rnd, d[field])
            elif r < 0.6:
                d[field] = _reorder(rnd, d[field])
            if rnd.random() < 0.2:
                d[field] = d[field].upper()
        if rnd.random() < 0.5:
            d["predicate"] = next(p[1] for p in PREDICATES if p[0] == c["predicate"])
        if "when" in d and rnd.random() < 0.2:
            d["when"] = rnd.choice(WHEN)
        if "value" in d and rnd.random() < 0.2:
            d["value"] = rnd.choice(VALUES)
        b.append(d)
        truth[d["id"]] = c["id"]
    b += [claim(f"b{len(b) + i}", "b") for i in range(n - len(b))]
    rnd.shuffle(b)

    def cs(src: str, claims: list[dict[str, Any]]) -> ClaimSet:
        return ClaimSet.model_validate({"schema_version": 1, "claims": claims, "sources": [
            {"id": src, "published": date(2024, 6, 12 + (src == "b"))}]})

    return cs("a", a), cs("b", b), truth


def warm_up(seed: int) -> float:
    """One small diff: loads the unit registry and compiles the grammars (one-off costs)."""
    a, b, _ = make_sets(200, seed)
    t0 = time.perf_counter()
    diff_claimsets(a, b)
    return time.perf_counter() - t0


Sets = tuple[ClaimSet, ClaimSet, dict[str, str]]
SCORE_REPEATS = 7
"""Times scoring and its raw cpdist baseline are each run per repetition (median kept)."""


def run_once(sets: Sets) -> dict[str, float]:
    """One repetition on one size: stage times, baseline, recall and precision."""
    a, b, truth = sets
    n = len(a.claims)
    gc.collect()
    aliases = AliasTable.from_entities(())
    t0, c0 = time.perf_counter(), time.process_time()
    report = diff(a, b)  # the library entry point, end to end
    total, cpu = time.perf_counter() - t0, time.process_time() - c0

    # stages, on fresh tables (fold caches warm, as in a long-running process)
    gc.collect()
    t0 = time.perf_counter()
    ta, tb = ClaimTable.build(a.claims, aliases), ClaimTable.build(b.claims, aliases)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    ia, ib = candidate_pairs(ta, tb)
    t_block = time.perf_counter() - t0
    t0 = time.perf_counter()
    align_tables(ta, tb, aliases=aliases)
    t_align = time.perf_counter() - t0
    joined_a = ta.subject + " " + ta.predicate + " " + ta.object
    joined_b = tb.subject + " " + tb.predicate + " " + tb.object
    xa, xb = joined_a[ia], joined_b[ib]
    # scoring and its baseline take 30-150 ms: one run each is at the mercy of the machine's
    # other load, so each is timed SCORE_REPEATS times, alternately, and the medians kept
    t_scores, t_bases = [], []
    for _ in range(SCORE_REPEATS):
        t0 = time.perf_counter()
        score_pairs(ta, tb, ia, ib)
        t_scores.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        process.cpdist(xa, xb, scorer=fuzz.ratio, workers=-1, dtype=np.float32)
        t_bases.append(time.perf_counter() - t0)
    t_score, t_base = statistics.median(t_scores), statistics.median(t_bases)

    found = {p.b.claim: p.a.claim for p in report.pairs}
    correct = sum(1 for k, v in found.items() if truth.get(k) == v)
    assert report.candidates > 0
    return {"n": n, "candidates": len(ia), "pairs": len(found),
            "recall": correct / len(truth), "precision": correct / max(len(found), 1),
            "total": total, "cpu": cpu, "build": t_build, "block": t_block, "score": t_score,
            "align": t_align, "cpdist_baseline": t_base, "score_ratio": t_score / t_base,
            "compare": total - t_align - t_build}


def run(sizes: list[int], seed: int, reps: int) -> tuple[list[dict[str, float]], dict[str, float]]:
    """`reps` repetitions of every size, interleaved (n, 2n, n, 2n, ...) so that load on the
    machine hits both alike; after one untimed diff per size (caches warm alike).

    Returns the median of every figure per size, and the doubling ratios: the median over
    repetitions of (2n time / n time), each from two runs measured back to back.
    """
    data = [make_sets(n, seed) for n in sizes]
    for sets in data:
        diff(sets[0], sets[1])
    runs: list[list[dict[str, float]]] = [[] for _ in sizes]
    for _ in range(reps):
        for k, sets in enumerate(data):
            runs[k].append(run_once(sets))
    medians = [{key: statistics.median(r[key] for r in rs) for key in rs[0]} for rs in runs]
    ratios = {key: statistics.median(y[key] / x[key] for x, y in zip(runs[0], runs[-1],
                                                                       strict=True))
              for key in ("total", "cpu", "align", "candidates")}
    return medians, ratios


def memory(n: int, seed: int) -> float:
    """Bytes per claim held by the two columnar tables (tracemalloc)."""
    a, _, _ = make_sets(n, seed)
    aliases = AliasTable.from_entities(())
    ClaimTable.build(a.claims[:10], aliases)  # warm imports
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    table = ClaimTable.build(a.claims, aliases)
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(table) == n
    return held / n


def main() -> None:
    """Run both sizes and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=5, help="repetitions per size (median)")
    parser.add_argument("--memory-n", type=int, default=100_000)
    args = parser.parse_args()
    print(f"one-off warm-up (unit registry, grammars): {warm_up(args.seed):.2f} s")
    (small, large), ratio = run([args.n, 2 * args.n], args.seed, max(args.reps, 1))
    print(f"medians of {args.reps} interleaved repetitions per size")
    for r in (small, large):
        print(f"n={r['n']:>6.0f}  candidates={r['candidates']:>8.0f} "
              f"({r['candidates'] / r['n']:.1f} per claim)  pairs={r['pairs']:>6.0f}  "
              f"recall={r['recall']:.3f}  precision={r['precision']:.3f}")
        print(f"   end-to-end diff {r['total']:.2f} s  (build tables {r['build']:.2f}, "
              f"block {r['block']:.2f}, score {r['score']:.2f}, align total {r['align']:.2f}, "
              f"compare values and report {r['compare']:.2f})")
        print(f"   scoring / raw cpdist on the same pairs: {r['score']:.3f} / "
              f"{r['cpdist_baseline']:.3f} s = {r['score_ratio']:.2f}x (median of "
              f"{args.reps} ratios, each of the medians of {SCORE_REPEATS} alternate runs); "
              f"end-to-end process CPU {r['cpu']:.2f} s")
    print(f"doubling both sides (median of {args.reps} back-to-back ratios): "
          f"{ratio['total']:.2f}x end to end ({ratio['cpu']:.2f}x in process CPU time), "
          f"{ratio['align']:.2f}x alignment, {ratio['candidates']:.2f}x candidate pairs")
    per_claim = memory(args.memory_n, args.seed)
    print(f"memory: {per_claim:.0f} bytes/claim in the columnar table -> "
          f"{per_claim * 1e6 / 2**30:.2f} GiB per 1M claims (measured at {args.memory_n})")


if __name__ == "__main__":
    main()
