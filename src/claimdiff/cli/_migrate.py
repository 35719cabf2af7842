"""`claimdiff migrate FILE [-o OUT] [--to 2]`."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimdiff.cli._common import emit
from claimdiff.errors import InputError

if TYPE_CHECKING:
    from claimdiff.model import ClaimSetV2 as V2

_SCHEMA_LINK = re.compile(r"claimset\.v1\.schema\.json")


@click.command()
@click.argument("path", metavar="FILE", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="OUT",
              help="Write the version 2 file here, atomically (JSON when OUT ends with "
                   ".json); default stdout. Never FILE itself.")
def migrate(path: str, output: str | None) -> None:
    """Rewrite a version 1 claim file as version 2, without loss.

    Each claim's `value` becomes its one value (`values: [...]`, role `amount`);
    everything else is kept. The comment lines heading a YAML file are kept (a
    `$schema` link to the version 1 schema is pointed at version 2); comments
    further down are not. FILE is never modified. A version 2 file is written
    out as it is.
    """
    from claimdiff.extract import dump_claimset
    from claimdiff.load import load_claimset
    from claimdiff.model import ClaimSetV2, upgrade

    if output and output != "-" and _same_file(path, output):
        raise InputError("refusing to overwrite the input; write the version 2 file "
                         "elsewhere (-o NEW) and replace it yourself", path=path)
    loaded = load_claimset(path)
    fmt = "json" if output and output.lower().endswith(".json") else (
        "yaml" if output and output != "-" else ("yaml" if loaded.yaml else "json"))
    if isinstance(loaded.claimset, ClaimSetV2) and fmt == ("yaml" if loaded.yaml else "json"):
        emit(loaded.text, output)
        return
    header = _SCHEMA_LINK.sub("claimset.v2.schema.json", _leading_comments(loaded.text))
    claimset = upgrade(loaded.claimset)
    if output and output != "-":
        claimset = _rebased(claimset, Path(path).parent, Path(output).parent)
    emit(dump_claimset(claimset, fmt, header=header), output)
    if output and output != "-":
        _warn_outside(claimset, output)


def _warn_outside(claimset: V2, output: str) -> None:
    """Warn when a rebased `text_file` leaves the output's folder (validate would refuse it)."""
    from claimdiff.load._read import text_file_path

    for source in claimset.sources:
        if source.text_file is None:
            continue
        try:
            text_file_path(output, source.text_file)
        except InputError as err:
            click.echo(f"claimdiff: warning: {err.message}; validate and check will refuse it: "
                       "keep claim files beside or below their texts", err=True)


def _rebased(claimset: V2, old: Path, new: Path) -> V2:
    """`text_file` paths made relative to the output's folder, so they name the same files."""
    if old.resolve() == new.resolve():
        return claimset
    sources = tuple(
        s if s.text_file is None or Path(s.text_file).is_absolute()
        else s.model_copy(update={"text_file": Path(os.path.relpath(
            old.resolve() / s.text_file, new.resolve())).as_posix()})
        for s in claimset.sources)
    return claimset.model_copy(update={"sources": sources})


def _leading_comments(text: str) -> str:
    lines = []
    for line in text.lstrip("\ufeff").splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            break
        lines.append(line if line.endswith("\n") else line + "\n")
    return "".join(lines)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()
