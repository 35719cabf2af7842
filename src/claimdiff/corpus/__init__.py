"""Corpus scale: every source's coverage of every event, on one machine or a Dask cluster.

`run_corpus(inputs, out_dir)` reads articles, claim files and tables of
documents in partitions, turns each document into measurements
(`document_measurements`), blocks them across sources by `block_key`
(dimension, measured thing, holder, role), splits each block by the days the
values are about, their attribution and period, groups each part's readings
into agreeing groups with one sweep and compares each group against the
majority and its neighbours (n log n per block), and writes the result tables
and a report of the top findings (JSON, text, HTML). `--engine local` runs a
process pool with a shuffle through disk; `--engine dask` runs the same steps
as a Dask bag graph (optional extra `claimdiff[dask]`).
"""

from __future__ import annotations

from claimdiff.corpus._inputs import DocError, Partition, document_of, find_inputs, plan
from claimdiff.corpus._measure import Document, Measurement, block_key, document_measurements
from claimdiff.corpus._run import ENGINES, CorpusOptions, run_corpus
from claimdiff.corpus._stages import compare_block, compare_bucket, extract_partition

__all__ = [
    "ENGINES",
    "CorpusOptions",
    "DocError",
    "Document",
    "Measurement",
    "Partition",
    "block_key",
    "compare_block",
    "compare_bucket",
    "document_measurements",
    "document_of",
    "extract_partition",
    "find_inputs",
    "plan",
    "run_corpus",
]
