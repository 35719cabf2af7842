"""claimdiff: compare what different sources claim about the same events."""

from __future__ import annotations

from claimdiff._version import __version__
from claimdiff.errors import (
    ClaimdiffError,
    ConfigError,
    InputError,
    NormalizationError,
    SchemaError,
)
from claimdiff.exitcodes import ExitCode
from claimdiff.verdicts import Verdict

__all__ = [
    "ClaimdiffError",
    "ConfigError",
    "ExitCode",
    "InputError",
    "NormalizationError",
    "SchemaError",
    "Verdict",
    "__version__",
]
