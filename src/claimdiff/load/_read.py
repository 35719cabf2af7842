"""Reading files: size limits, UTF-8 with a located error, claim-file discovery."""

from __future__ import annotations

import os
from pathlib import Path

from claimdiff.errors import InputError, SchemaError

MAX_YAML_BYTES = int(os.environ.get("CLAIMDIFF_MAX_YAML_BYTES", 16 * 2**20))
"""YAML is for hand-curated files; bulk data belongs in JSON."""
MAX_BYTES = int(os.environ.get("CLAIMDIFF_MAX_BYTES", 2**30))

CLAIM_SUFFIXES = (".claims.yaml", ".claims.yml", ".claims.json")
YAML_SUFFIXES = (".yaml", ".yml")


def read_text(path: str | Path, *, limit: int = MAX_BYTES) -> str:
    """The UTF-8 text of `path`; an `InputError` saying why when it cannot be read."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=p)
    if p.is_dir():
        raise InputError("is a directory, not a file", path=p)
    try:
        size = p.stat().st_size
        if size > limit:
            raise InputError(
                f"file is too large ({size / 2**20:.1f} MiB; the limit for this kind of file is "
                f"{limit / 2**20:.0f} MiB)",
                path=p,
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError("permission denied", path=p) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", path=p) from None
    return decode(data, p)


def decode(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (a BOM is dropped); a bad byte is reported at its line and column."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8", errors="replace")
        line = good.count("\n") + 1
        column = len(good) - (good.rfind("\n") + 1) + 1
        raise SchemaError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x})", path=path, line=line, column=column
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def is_yaml(path: str | Path) -> bool:
    """Whether `path` names a YAML file (by its suffix)."""
    return str(path).lower().endswith(YAML_SUFFIXES)


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; a directory stands for the claim files below it, sorted.

    Claim files are named `*.claims.yaml`, `*.claims.yml` or `*.claims.json`.
    """
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file() and f.name.lower().endswith(CLAIM_SUFFIXES)
            )
            if not found:
                raise InputError(
                    "directory holds no claim files (*.claims.yaml, *.claims.json)", path=p
                )
            out.extend(found)
        else:
            out.append(raw)
    return out
