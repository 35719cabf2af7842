"""Validation: schema and semantic checks of claim files, as located problems."""

from __future__ import annotations

from claimdiff.validate._checks import check_claimset, check_provenance, validate_paths

__all__ = ["check_claimset", "check_provenance", "validate_paths"]
