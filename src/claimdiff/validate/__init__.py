"""Validation: schema and semantic checks of claim files, as located problems."""

from __future__ import annotations

from claimdiff.validate._checks import check_claimset, check_provenance, validate_paths
from claimdiff.validate._files import Validation, validate_files
from claimdiff.validate._quoted import QUOTED_CODES, check_quoted_values

__all__ = [
    "QUOTED_CODES",
    "Validation",
    "check_claimset",
    "check_provenance",
    "check_quoted_values",
    "validate_files",
    "validate_paths",
]
