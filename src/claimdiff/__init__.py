"""claimdiff: compare what different sources claim about the same events.

The public API, imported lazily so that `import claimdiff` stays fast:

- `load_claimset(path)` -> `LoadedClaimSet`; the models `ClaimSet`, `Claim`,
  `Source`, `Entity`, `ValueSpec`; version 2 `ClaimSetV2`, `ClaimV2`, `Measure`
  (a value with its `Role`, `Modality`), `upgrade(v1)` -> v2; `validate_paths(paths)`
  -> `Problem` list.
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
    "ClaimSetV2": "claimdiff.model",
    "ClaimV2": "claimdiff.model",
    "Measure": "claimdiff.model",
    "Role": "claimdiff.model",
    "Modality": "claimdiff.model",
    "upgrade": "claimdiff.model",
    "LoadedClaimSet": "claimdiff.load",
    "Problem": "claimdiff.load",
    "load_claimset": "claimdiff.load",
    "load_source": "claimdiff.load",
    "validate_paths": "claimdiff.validate",
    "Hedge": "claimdiff.normalization",
    "Interval": "claimdiff.normalization",
    "Kind": "claimdiff.normalization",
    "Value": "claimdiff.normalization",
    "normalize": "claimdiff.normalization",
    "scan_temporal": "claimdiff.normalization",
    "DiffOptions": "claimdiff.compare",
    "ValueComparison": "claimdiff.compare",
    "compare_sources": "claimdiff.compare",
    "compare_values": "claimdiff.compare",
    "diff": "claimdiff.compare",
    "ClusterReport": "claimdiff.report",
    "DiffReport": "claimdiff.report",
    "extract_file": "claimdiff.extract",
    "extract_text": "claimdiff.extract",
    "CheckConfig": "claimdiff.check",
    "CheckReport": "claimdiff.check",
    "Finding": "claimdiff.check",
    "load_config": "claimdiff.check",
    "run_check": "claimdiff.check",
    "REPORTERS": "claimdiff.reporters",
    "render": "claimdiff.reporters",
}

if TYPE_CHECKING:
    from claimdiff.check import CheckConfig, CheckReport, Finding, load_config, run_check
    from claimdiff.compare import (
        DiffOptions,
        ValueComparison,
        compare_sources,
        compare_values,
        diff,
    )
    from claimdiff.extract import extract_file, extract_text
    from claimdiff.load import LoadedClaimSet, Problem, load_claimset, load_source
    from claimdiff.model import (
        Claim,
        ClaimSet,
        ClaimSetV2,
        ClaimV2,
        Entity,
        Measure,
        Modality,
        Role,
        Source,
        ValueSpec,
        upgrade,
    )
    from claimdiff.normalization import Hedge, Interval, Kind, Value, normalize, scan_temporal
    from claimdiff.report import ClusterReport, DiffReport
    from claimdiff.reporters import REPORTERS, render
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
    "CheckConfig",
    "CheckReport",
    "Claim",
    "ClaimSet",
    "ClaimSetV2",
    "ClaimV2",
    "ClaimdiffError",
    "ClusterReport",
    "ConfigError",
    "DiffOptions",
    "DiffReport",
    "Entity",
    "ExitCode",
    "Finding",
    "Hedge",
    "InputError",
    "Interval",
    "Kind",
    "LoadedClaimSet",
    "Measure",
    "Modality",
    "NormalizationError",
    "Problem",
    "REPORTERS",
    "Role",
    "SchemaError",
    "Source",
    "Value",
    "ValueComparison",
    "ValueSpec",
    "Verdict",
    "__version__",
    "compare_sources",
    "compare_values",
    "diff",
    "extract_file",
    "extract_text",
    "load_claimset",
    "load_config",
    "load_source",
    "normalize",
    "render",
    "run_check",
    "scan_temporal",
    "upgrade",
    "validate_paths",
]
