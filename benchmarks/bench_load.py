"""Loading and validating claims from JSON, against pydantic's `validate_json` alone.

Run: `python benchmarks/bench_load.py [N]` (default 100,000 claims). Prints
times and the ratio to the baseline measured in the same run, plus YAML on a
smaller set and the time of `import claimdiff` in a fresh interpreter.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pydantic import TypeAdapter

from claimdiff.load import load_claimset
from claimdiff.model import ClaimSet
from claimdiff.validate import check_claimset


def make(n: int) -> dict[str, object]:
    claims = [
        {
            "id": f"c{i}",
            "source": f"s{i % 3}",
            "subject": f"Subject number {i % 977} of the story",
            "predicate": ["deployed", "withdrew from", "killed", "returned"][i % 4],
            "object": f"Object {i % 101}",
            "when": {"text": f"{1 + i % 28} June 2024"},
            "value": f"{i % 5000:,} soldiers",
            "where": "Nagorno-Karabakh",
            "quote": f"Quote number {i} of the story, verbatim.",
            "span": [i, i + 40],
        }
        for i in range(n)
    ]
    sources = [{"id": f"s{k}", "published": "2024-06-12", "kind": "wire"} for k in range(3)]
    return {"schema_version": 1, "sources": sources, "claims": claims}


def best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.claims.json"
        path.write_text(json.dumps(make(n)), encoding="utf-8")
        raw = path.read_bytes()
        adapter = TypeAdapter(ClaimSet)

        def baseline() -> None:
            gc.disable()
            try:
                adapter.validate_json(raw)
            finally:
                gc.enable()

        def ours() -> None:
            check_claimset(load_claimset(str(path)))

        t_base = best(baseline)
        t_ours = best(ours)
        print(f"{n:,} claims, {len(raw) / 2**20:.1f} MiB JSON")
        print(f"  validate_json alone (GC paused): {t_base:.3f} s ({n / t_base:,.0f} claims/s)")
        print(f"  claimdiff load + semantic checks: {t_ours:.3f} s ({n / t_ours:,.0f} claims/s)")
        print(f"  ratio: {t_ours / t_base:.2f}x (goal <= 2x)")

        small = min(n, 5_000)
        ypath = Path(tmp) / "small.claims.yaml"
        import yaml

        ypath.write_text(yaml.safe_dump(make(small), sort_keys=False), encoding="utf-8")
        t_yaml = best(lambda: load_claimset(str(ypath)), repeat=1)
        print(
            f"  YAML, {small:,} claims: {t_yaml:.3f} s ({small / t_yaml:,.0f} claims/s),"
            f" libyaml: {yaml.__with_libyaml__}"
        )
    code = "import time; t=time.perf_counter(); import claimdiff; print(time.perf_counter()-t)"
    base = "import time; t=time.perf_counter(); import json; print(time.perf_counter()-t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(5)]
    base_runs = [float(subprocess.check_output([sys.executable, "-c", base])) for _ in range(5)]
    print(
        f"import claimdiff: {min(runs):.3f} s (goal < 0.3 s; `import json` {min(base_runs):.4f} s)"
    )


if __name__ == "__main__":
    main()
