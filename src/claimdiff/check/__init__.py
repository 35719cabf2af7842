"""`claimdiff check`: the curated claim sets of a repository, checked for CI.

Schema validity, provenance, internal consistency of each source, conflicts
between sources and duplicate claims, as located findings with stable
fingerprints; reviewed findings are accepted through a baseline file or an
`accepted:` entry on a claim.
"""

from __future__ import annotations

from claimdiff.check._baseline import apply_acceptances, baseline_text, read_baseline
from claimdiff.check._checks import CHECKS
from claimdiff.check._config import CheckConfig, config_schema, find_config, load_config
from claimdiff.check._report import RULES, CheckReport, Finding, Location
from claimdiff.check._run import collect_files, run_check

__all__ = [
    "CHECKS",
    "RULES",
    "CheckConfig",
    "CheckReport",
    "Finding",
    "Location",
    "apply_acceptances",
    "baseline_text",
    "collect_files",
    "config_schema",
    "find_config",
    "load_config",
    "read_baseline",
    "run_check",
]
