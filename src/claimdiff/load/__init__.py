"""Loading: claim files (YAML, JSON) into validated models, source positions kept."""

from __future__ import annotations

from claimdiff.load._claimfile import (
    LoadedClaimSet,
    gc_paused,
    load_claimset,
    loads_claimset,
    parse_claimset,
)
from claimdiff.load._problem import Problem
from claimdiff.load._read import expand_paths, read_text
from claimdiff.load._source import is_article, load_source, load_sources

__all__ = [
    "LoadedClaimSet",
    "Problem",
    "expand_paths",
    "gc_paused",
    "load_claimset",
    "is_article",
    "load_source",
    "load_sources",
    "loads_claimset",
    "parse_claimset",
    "read_text",
]
