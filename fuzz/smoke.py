"""A short fuzz run of every target (CI): seeds from the corpus, 8 seconds each (about 60 s in all).

    python fuzz/smoke.py [SECONDS_PER_TARGET]

Exits 0 with a note when atheris is not installed; 1 when a target crashes
(the crashing input is left in a temporary folder named in the output).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
TARGETS = ["claimfile", "normalize", "extract", "report"]


def main() -> int:
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("fuzz smoke run skipped: atheris is not installed (pip install atheris)")
        return 0
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    work = Path(tempfile.mkdtemp(prefix="claimdiff-fuzz-"))
    failed = []
    for name in TARGETS:
        corpus = work / name
        shutil.copytree(FUZZ / "corpus" / name, corpus)  # the repository's seeds stay as they are
        result = subprocess.run(
            [sys.executable, str(FUZZ / f"fuzz_{name}.py"), "--no-instrument",
             f"-max_total_time={seconds}", "-timeout=20", "-rss_limit_mb=2048",
             f"-artifact_prefix={work}/{name}-", str(corpus)],
            capture_output=True, text=True, timeout=seconds * 4 + 60)
        runs = [ln for ln in result.stderr.splitlines() if ln.startswith("Done ")]
        print(f"fuzz {name}: exit {result.returncode}; {runs[-1] if runs else 'no summary'}")
        if result.returncode != 0:
            print(result.stderr[-3000:])
            failed.append(name)
    if failed:
        print(f"fuzz smoke run: {', '.join(failed)} crashed; inputs in {work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
