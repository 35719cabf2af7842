"""Each pipeline stage imports only what ARCHITECTURE.md allows it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimdiff"
BASE = {"errors", "exitcodes", "verdicts", "_version"}
"""Leaf modules every stage may use."""

# stage -> the other stages it may import (ARCHITECTURE.md, "may import").
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "normalization": set(),
    "load": {"model", "extract"},  # extract only lazily, for articles
    "validate": {"load", "model", "normalization"},
    "extract": {"load", "model", "normalization"},
    "align": {"model", "measure"},
    "measure": {"model", "normalization"},
    "report": {"normalization"},
    "compare": {"normalization", "align", "measure", "report", "model", "load", "validate"},
    "check": {"load", "validate", "compare", "report", "model", "normalization"},
    "reporters": {"report", "check", "normalization"},
    "corpus": {"load", "extract", "model", "normalization", "measure", "align", "compare",
               "report", "reporters"},
}


def imported_stages(package: str) -> set[str]:
    found: set[str] = set()
    for path in (SRC / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "claimdiff" and len(parts) > 1:
                    found.add(parts[1])
    return found - {package} - BASE


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_stage_imports_only_what_it_may(package: str) -> None:
    extra = imported_stages(package) - ALLOWED[package]
    assert not extra, f"claimdiff.{package} imports {sorted(extra)}"


def test_nothing_below_the_cli_imports_it() -> None:
    for package in ALLOWED:
        assert "cli" not in imported_stages(package)
