"""The `claimdiff` command line: a thin edge over the library.

Subcommands live one per module and are imported only when called, so that
`claimdiff --help` and `claimdiff --version` stay fast.
"""

from __future__ import annotations

from claimdiff.cli._main import main

__all__ = ["main"]
