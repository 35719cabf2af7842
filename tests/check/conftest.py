"""Fixtures for `claimdiff check`: small claim sets written into a temporary repository."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

TEXT_A = ("Russian peacekeepers completed their withdrawal on June 12, the ministry said. "
          "The war left 6,500 dead.")
TEXT_B = ("The last Russian troops left Azerbaijan on June 14. "
          "The war left 6,500 dead.")


def claim(cid: str, source: str, text: str, quote: str, **extra: Any) -> dict[str, Any]:
    """A claim dict whose span is where `quote` stands in `text`."""
    start = text.index(quote)
    return {"id": cid, "source": source, "quote": quote, "span": [start, start + len(quote)],
            **extra}


def claimset(source: str, published: str, text: str, claims: list[dict[str, Any]]) -> str:
    """The YAML text of a one-source claim file with the source text inline."""
    data = {"schema_version": 1,
            "sources": [{"id": source, "published": published, "text": text}],
            "claims": claims}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def file_a() -> str:
    return claimset("wire-a", "2024-06-12", TEXT_A, [
        claim("a-withdrawal", "wire-a", TEXT_A, "completed their withdrawal on June 12",
              subject="Russian peacekeeping contingent", predicate="completed withdrawal from",
              object="Azerbaijan", when="on June 12"),
        claim("a-deaths", "wire-a", TEXT_A, "The war left 6,500 dead",
              subject="Second Nagorno-Karabakh War", predicate="left dead", value="6,500 dead"),
    ])


def file_b(when: str = "on June 14") -> str:
    quote = f"left Azerbaijan {when}"
    text = TEXT_B.replace("on June 14", when)
    return claimset("paper-b", "2024-06-15", text, [
        claim("b-withdrawal", "paper-b", text, quote,
              subject="Russian peacekeeping contingent", predicate="completed withdrawal from",
              object="Azerbaijan", when=when),
        claim("b-deaths", "paper-b", text, "The war left 6,500 dead",
              subject="Second Nagorno-Karabakh War", predicate="left dead", value="6,500 dead"),
    ])


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    """A git-like repository (a `.git` folder) with two sources that conflict on one date,
    configured in `claimdiff.toml`; the working directory while the test runs."""
    (tmp_path / ".git").mkdir()
    sets = tmp_path / "claims"
    sets.mkdir()
    (sets / "a.claims.yaml").write_text(file_a(), encoding="utf-8")
    (sets / "b.claims.yaml").write_text(file_b(), encoding="utf-8")
    (tmp_path / "claimdiff.toml").write_text(
        'claimsets = ["claims/*.claims.yaml"]\n', encoding="utf-8")
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


@pytest.fixture
def sets() -> Any:
    """This module: `claim`, `claimset`, `file_a`, `file_b`, `TEXT_A` for tests to build on."""
    return sys.modules[__name__]
