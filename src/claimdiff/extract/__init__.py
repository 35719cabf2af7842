"""Draft claims from plain text and Markdown: metadata, sentences, clauses, values.

`extract_file(path)` reads an article into a `LoadedClaimSet` of draft claims
(one per date, duration or quantity, each with subject, predicate, quote and
span); `extract_text(text)` does the same for text in memory.
"""

from __future__ import annotations

from claimdiff.extract._dump import dump_claimset
from claimdiff.extract._extract import extract_file, extract_text
from claimdiff.extract._frontmatter import Header, read_header
from claimdiff.extract._ids import source_id_for, unique_source_ids
from claimdiff.extract._reftime import ReferenceTime, read_in_context
from claimdiff.extract._sentences import split_sentences
from claimdiff.load._source import TEXT_SUFFIXES

__all__ = [
    "TEXT_SUFFIXES",
    "Header",
    "ReferenceTime",
    "dump_claimset",
    "extract_file",
    "extract_text",
    "read_header",
    "read_in_context",
    "source_id_for",
    "split_sentences",
    "unique_source_ids",
]
