"""Corpus inputs: found, cut into partitions, and read one partition at a time.

An input is a directory (searched recursively), a glob pattern, or a file:
articles (`.txt`, `.md`, `.markdown`), claim files (`*.claims.yaml`,
`*.claims.json`), JSON Lines tables of documents (`.jsonl`, `.ndjson`) or
Parquet tables (`.parquet`, read with pyarrow). A table row is a document
with `id`, `source`, `text` and optionally `published` (YYYY-MM-DD), `url`,
`language`. Partitions are small and self-describing (a list of files, a byte
range of a JSON Lines file with its first line number, a Parquet row group),
so a worker reads its own share and no process ever holds the whole corpus.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claimdiff.corpus._measure import Document
from claimdiff.errors import ClaimdiffError, InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
CLAIM_SUFFIXES = (".claims.yaml", ".claims.yml", ".claims.json")
TABLE_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
FILES_PER_PARTITION = 64
BYTES_PER_PARTITION = 256 << 10
LANGUAGES = ("en",)
"""Languages extraction reads; documents in others are reported and skipped."""


@dataclass(frozen=True)
class Partition:
    """One worker's share of the input."""

    kind: str
    """`files`, `jsonl` or `parquet`."""
    paths: tuple[str, ...]
    start: int = 0
    """Byte offset (`jsonl`) or row group (`parquet`)."""
    end: int = 0
    first_line: int = 1


@dataclass(frozen=True)
class DocError:
    """A document that could not be read: reported, skipped, never fatal."""

    file: str
    id: str
    reason: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"file": self.file, "line": self.line, "id": self.id, "reason": self.reason}


def _kind(name: str) -> str | None:
    low = name.lower()
    if low.endswith(CLAIM_SUFFIXES):
        return "claims"
    for kind, suffixes in (("article", ARTICLE_SUFFIXES), ("jsonl", TABLE_SUFFIXES),
                           ("parquet", PARQUET_SUFFIXES)):
        if low.endswith(suffixes):
            return kind
    return None


def find_inputs(inputs: list[str]) -> list[str]:
    """The input files, sorted: directories searched recursively, glob patterns expanded."""
    found: set[str] = set()
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found.update(str(f) for f in p.rglob("*") if f.is_file() and _kind(f.name))
        elif p.is_file():
            if _kind(p.name) is None:
                raise InputError("not a corpus input (articles .txt/.md, claim files, "
                                 ".jsonl or .parquet tables)", path=p)
            found.add(str(p))
        elif any(ch in raw for ch in "*?["):
            found.update(f for f in glob.glob(raw, recursive=True)
                         if Path(f).is_file() and _kind(f))
        else:
            raise InputError("no such file or directory", path=p)
    if not found:
        raise InputError("no documents found (articles .txt/.md, claim files, .jsonl or "
                         ".parquet tables)", path=inputs[0] if inputs else None)
    return sorted(found)


def _jsonl_partitions(path: str, size: int) -> Iterator[Partition]:
    """Byte ranges of whole lines, each with the number of its first line."""
    total = os.path.getsize(path)
    start, line = 0, 1
    with open(path, "rb") as f:
        while start < total:
            f.seek(min(start + size, total))
            f.readline()  # to the end of the line the cut falls in
            end = min(f.tell(), total) if start + size < total else total
            f.seek(start)
            line_count = f.read(end - start).count(b"\n")
            yield Partition("jsonl", (path,), start, end, line)
            start, line = end, line + line_count


def plan(inputs: list[str], *, files_per_partition: int = FILES_PER_PARTITION,
         bytes_per_partition: int = BYTES_PER_PARTITION) -> list[Partition]:
    """The partitions of `inputs`, in a stable order."""
    files = find_inputs(inputs)
    small = [f for f in files if _kind(f) in ("article", "claims")]
    out = [Partition("files", tuple(small[i:i + files_per_partition]))
           for i in range(0, len(small), files_per_partition)]
    for f in files:
        if _kind(f) == "jsonl":
            out.extend(_jsonl_partitions(f, bytes_per_partition))
        elif _kind(f) == "parquet":
            out.extend(Partition("parquet", (f,), g) for g in range(_row_groups(f)))
    return out


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ClaimdiffError("reading Parquet needs pyarrow: pip install 'claimdiff[dask]'") \
            from None
    return pq


def _row_groups(path: str) -> int:
    try:
        return int(_pyarrow_parquet().ParquetFile(path).num_row_groups)
    except ClaimdiffError:
        raise
    except Exception as err:
        raise InputError(f"cannot read Parquet: {err}", path=path) from None


def _published(raw: object) -> date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise ValueError(f"`published` must be a YYYY-MM-DD string, not {type(raw).__name__}")
    try:
        return date.fromisoformat(raw.strip()[:10])
    except ValueError:
        raise ValueError(f"`published` {raw!r} is not a YYYY-MM-DD date") from None


def document_of(row: object) -> Document:
    """A table row as a `Document`; `ValueError` naming the bad field otherwise."""
    if not isinstance(row, dict):
        raise ValueError(f"a document must be an object, not {type(row).__name__}")
    for name in ("id", "source", "text"):
        value = row.get(name)
        if value is None or value == "":
            raise ValueError(f"missing `{name}`")
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise ValueError(f"`{name}` must be a string")
    if not isinstance(row["text"], str):
        raise ValueError("`text` must be a string")
    language = row.get("language")
    if language not in (None, "") and str(language).lower().split("-")[0] not in LANGUAGES:
        raise ValueError(f"language {language!r} is not read (extraction reads "
                         f"{', '.join(LANGUAGES)})")
    url = row.get("url")
    return Document(str(row["id"]), str(row["source"]), row["text"], _published(
        row.get("published")), str(url) if url else None)


def read_partition(part: Partition) -> Iterator[Document | DocError]:
    """The documents of one partition, and an error for each that cannot be read."""
    if part.kind == "files":
        for path in part.paths:
            yield _read_file(path)
    elif part.kind == "jsonl":
        yield from _read_jsonl(part)
    else:
        yield from _read_parquet(part)


def _read_file(path: str) -> Document | DocError:
    from claimdiff.extract import read_header, source_id_for
    from claimdiff.load import load_claimset, read_text

    try:
        if _kind(path) == "claims":
            loaded = load_claimset(path)
            return Document(path, ",".join(s.id for s in loaded.claimset.sources), "",
                            file=path, claimset=loaded.claimset)
        text = read_text(path)
        meta = read_header(text).meta
        source = meta.get("source") or meta.get("publisher") or source_id_for(path)
        return Document(path, source, text, None, meta.get("url"), file=path)
    except ClaimdiffError as err:
        return DocError(path, path, str(err))


def _read_jsonl(part: Partition) -> Iterator[Document | DocError]:
    path = part.paths[0]
    with open(path, "rb") as f:
        f.seek(part.start)
        data = f.read(part.end - part.start)
    for n, raw in enumerate(data.split(b"\n"), start=part.first_line):
        if not raw.strip():
            continue
        row: object = None
        try:
            row = json.loads(raw.decode("utf-8"))
            doc = document_of(row)
        except (ValueError, UnicodeDecodeError) as err:
            ident = row.get("id") if isinstance(row, dict) else None
            yield DocError(path, "" if ident is None else str(ident), _reason(err), n)
            continue
        yield Document(doc.id, doc.source, doc.text, doc.published, doc.url, f"{path}:{n}")


def _reason(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"not JSON: {err.msg} (column {err.colno})"
    if isinstance(err, UnicodeDecodeError):
        return "not valid UTF-8"
    return str(err)


def _read_parquet(part: Partition) -> Iterator[Document | DocError]:
    path = part.paths[0]
    table = _pyarrow_parquet().ParquetFile(path).read_row_group(part.start)
    for n, row in enumerate(table.to_pylist()):
        try:
            doc = document_of(row)
        except ValueError as err:
            ident = row.get("id")
            yield DocError(path, "" if ident is None else str(ident),
                           f"row group {part.start}, row {n}: {err}")
            continue
        yield Document(doc.id, doc.source, doc.text, doc.published, doc.url,
                       f"{path}#{part.start}.{n}")


__all__ = ["DocError", "Partition", "document_of", "find_inputs", "plan", "read_partition"]
