"""claimdiff: compare what different sources claim about the same events.

The public API, imported lazily so that `import claimdiff` stays fast:

- `load_claimset(path)` -> `LoadedClaimSet`; the models `ClaimSet`, `Claim`,
  `Source`, `Entity`, `ValueSpec`; `validate_paths(paths)` -> `Problem` list.
- `normalize(text, reference=..., anchors=...)` -> `Value`;
  `compare_values(a, b)` -> `ValueComparison` with a `Verdict`.
- `diff(a, b)` -> `DiffReport`; `compare_sources([...])` for N sources.
- `extract_file(path)` / `extract_text(text)`: claims from plain text.
- `run_check(config)` -> `CheckReport` for CI.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

# public name -> module that defines it; imported on first access.
_LAZY: dict[str, str] = {
    "Claim": "claimdiff.model",
    "ClaimSet": "claimdiff.model",
    "Entity": "claimdiff.model",
    "Source": "claimdiff.model",
    "ValueSpec": "claimdiff.model",
    "LoadedClaimSet": "claimdiff.load",
    "Problem": "claimdiff.load",
    "load_claimset": "claimdiff.load",
    "validate_paths": "claimdiff.validate",
    "Interval": "claimdiff.normalize",
    "Kind": "claimdiff.normalize",
    "Value": "claimdiff.normalize",
}

if TYPE_CHECKING:
    from claimdiff.load import LoadedClaimSet, Problem, load_claimset
    from claimdiff.model import Claim, ClaimSet, Entity, Source, ValueSpec
    from claimdiff.normalize import Interval, Kind, Value
    from claimdiff.validate import validate_paths


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimdiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Claim",
    "ClaimSet",
    "ClaimdiffError",
    "ConfigError",
    "Entity",
    "ExitCode",
    "InputError",
    "Interval",
    "Kind",
    "LoadedClaimSet",
    "NormalizationError",
    "Problem",
    "SchemaError",
    "Source",
    "Value",
    "ValueSpec",
    "Verdict",
    "__version__",
    "load_claimset",
    "validate_paths",
]
