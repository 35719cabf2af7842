"""Stable fingerprints of findings: from ids and names, never line numbers."""

from __future__ import annotations

import hashlib


def fingerprint(rule: str, *parts: str) -> str:
    """A 16-hex-digit fingerprint of a finding of `rule` about `parts`.

    `parts` are claim ids, source ids or normalized names; their order is kept,
    so callers that mean an unordered pair sort it first (see `pair_fingerprint`).
    """
    digest = hashlib.sha256("\x1f".join((rule, *parts)).encode("utf-8")).hexdigest()
    return digest[:16]


def pair_fingerprint(rule: str, a: tuple[str, str], b: tuple[str, str], aspect: str = "") -> str:
    """Fingerprint of a finding about two claims `(source_id, claim_id)`, order-free."""
    first, second = sorted((a, b))
    return fingerprint(rule, *first, *second, aspect)
