"""Doubling benchmark: `check` and extraction grow linearly (or n log n) with their input.

Two workloads, each run at sizes that double, every run in a fresh process so
that its peak memory (max RSS) is its own:

- `check`: one claim file whose N claims all have the same subject and
  predicate (one event) and different values, the worst case for the
  consistency check; N from 1,000 to 16,000.
- `extract`: one sentence of N bytes without a full stop, in three shapes
  (ordinary prose with commas, `1 1 1 … km`, `1-1-1-…-1 km`); N from 1 KB up
  to 1 MB (`--max-bytes`).

Prints wall time, CPU time and peak memory per size, and CPU time and memory
as ratios to the size before; a doubling of the input should cost at most
~2.2× (ratios, not seconds, are what to compare across machines; CPU time
because a shared machine's load distorts wall time).

    python benchmarks/bench_doubling.py [--check-max 16000] [--max-bytes 1048576]
        [--shapes prose,spaces,dashes]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROSE = ROOT / "seeds" / "000_6396fc36ecca3174.txt"

_CHILD = r"""
import json, resource, sys, time
kind, arg = sys.argv[1], sys.argv[2]
if kind == "check":
    from claimdiff.check import load_config, run_check
    config = load_config(start=arg)
    t, c = time.perf_counter(), time.process_time()
    report = run_check(config, paths=[arg + "/many.claims.json"], use_baseline=False)
    seconds, cpu, n = time.perf_counter() - t, time.process_time() - c, len(report.findings)
else:
    from claimdiff.extract import extract_text
    text = open(arg, encoding="utf-8").read()
    extract_text("Warm-up: 5 km on May 3, 2024.", published="2024-06-12")
    t, c = time.perf_counter(), time.process_time()
    n = len(extract_text(text, published="2024-06-12").claims)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": rss, "out": n}))
"""


def one_event(n: int) -> dict[str, Any]:
    """A claim file's data: N claims of one event ("army | counted"), values 1 … N soldiers,
    spans exact (also the consistency check's scale test)."""
    quotes = [f"They counted {i + 1} soldiers." for i in range(n)]
    text = " ".join(quotes)
    claims, pos = [], 0
    for i, q in enumerate(quotes):
        pos = text.index(q, pos)
        claims.append({"id": f"c{i}", "source": "s", "subject": "army", "predicate": "counted",
                       "quote": q, "span": [pos, pos + len(q)],
                       "value": {"text": f"{i + 1} soldiers"}})
        pos += len(q)
    return {"schema_version": 1, "sources": [{"id": "s", "text": text}], "claims": claims}


def claim_file(n: int, folder: Path) -> None:
    """`one_event(n)` as `many.claims.json` in `folder`, with a config that checks it."""
    (folder / "many.claims.json").write_text(json.dumps(one_event(n)), encoding="utf-8")
    (folder / "claimdiff.toml").write_text('checks = ["schema", "consistency"]\n',
                                           encoding="utf-8")


def sentence(shape: str, size: int) -> str:
    """One sentence of `size` characters (no ". " inside) in the given shape."""
    if shape == "prose":
        base = " ".join(PROSE.read_text(encoding="utf-8").split()).replace(". ", ", ")
        text = (base + ", ") * (size // len(base) + 1)
    elif shape == "spaces":
        text = "1 " * (size // 2)
    else:
        text = "1-" * (size // 2)
    return text[: size - 3].rstrip(" -,") + " km"


def measure(kind: str, arg: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, kind, arg], check=True,
                         capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def show(label: str, rows: list[tuple[int, dict[str, float]]]) -> None:
    print(f"\n{label}")
    print(f"{'size':>10} {'wall s':>9} {'cpu s':>9} {'x cpu':>6} {'peak MB':>9} {'x':>6} "
          f"{'out':>7}")
    prev: dict[str, float] | None = None
    for size, r in rows:
        tx = f"{r['cpu'] / prev['cpu']:.2f}" if prev and prev["cpu"] else ""
        mx = f"{r['rss_mb'] / prev['rss_mb']:.2f}" if prev else ""
        print(f"{size:>10} {r['seconds']:>9.3f} {r['cpu']:>9.3f} {tx:>6} {r['rss_mb']:>9.1f} "
              f"{mx:>6} {int(r['out']):>7}", flush=True)
        prev = r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-min", type=int, default=1000)
    parser.add_argument("--check-max", type=int, default=16000)
    parser.add_argument("--min-bytes", type=int, default=1024)
    parser.add_argument("--max-bytes", type=int, default=2**20)
    parser.add_argument("--shapes", default="prose,spaces,dashes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        n = args.check_min
        while n <= args.check_max:
            folder = Path(tmp) / f"check{n}"
            folder.mkdir()
            claim_file(n, folder)
            rows.append((n, measure("check", str(folder))))
            n *= 2
        show("check: N claims of one event (consistency check), findings", rows)
        for shape in [s for s in args.shapes.split(",") if s]:
            rows = []
            size = args.min_bytes
            while size <= args.max_bytes:
                path = Path(tmp) / f"{shape}{size}.txt"
                path.write_text(sentence(shape, size), encoding="utf-8")
                rows.append((size, measure("extract", str(path))))
                size *= 2
            show(f"extract: one sentence of N bytes, shape '{shape}', claims", rows)


if __name__ == "__main__":
    main()
