"""Shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# No per-example deadline: the first example of a run may load pint or compile the
# grammars. In CI the examples are derandomized, so a run is reproducible.
settings.register_profile("claimdiff", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "claimdiff")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner() -> CliRunner:
    """A click runner whose stderr stays apart from stdout."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # click >= 8.2 always separates them
        return CliRunner()


@pytest.fixture
def root() -> Path:
    """The repository root."""
    return ROOT
