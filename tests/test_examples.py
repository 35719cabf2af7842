"""The examples in `examples/` run as documented."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

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


def test_the_example_html_report_is_up_to_date(monkeypatch: Any) -> None:
    """`examples/karabakh/report.html` is what the command in its README gives today."""
    from claimdiff.compare._sources import compare_sources
    from claimdiff.report._context import rebase_text_files
    from claimdiff.reporters import render

    monkeypatch.chdir(ROOT)
    inputs = [str(p.relative_to(ROOT)) for folder in ("examples/karabakh", "seeds")
              for p in sorted((ROOT / folder).glob("*.claims.yaml"))]
    report = compare_sources(inputs)
    report = replace(report, sources=rebase_text_files(report.sources, "examples/karabakh"))
    committed = (ROOT / "examples/karabakh/report.html").read_text(encoding="utf-8")
    assert render("html", report) == committed, (
        "rebuild it: claimdiff compare-all examples/karabakh/*.claims.yaml seeds/*.claims.yaml "
        "--format html -o examples/karabakh/report.html")
