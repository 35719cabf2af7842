"""The examples in `examples/` run as documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_library_usage_example_runs() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "library_usage.py")],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    lines = out.stdout.splitlines()
    assert lines[0].startswith("'almost nine months after September 19, 2023': core 2024-05-")
    assert lines[1].startswith("agree: ") and lines[2].startswith("conflict: ")
    assert "clusters over 5 sources" in lines[-1]
