"""Claim files (YAML or JSON) read into a validated `ClaimSet`, positions kept."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from pydantic import TypeAdapter, ValidationError

from claimdiff.errors import InputError, SchemaError
from claimdiff.load import _read
from claimdiff.load._errors import problems_from
from claimdiff.load._jsonpos import json_positions
from claimdiff.load._problem import Problem
from claimdiff.load._read import (
    decode,
    is_yaml,
    read_text,
    text_file_path,
)
from claimdiff.load._yaml import Positions, load_yaml
from claimdiff.model import ClaimSet, ClaimSetV2, Source

_ADAPTER: TypeAdapter[ClaimSet] = TypeAdapter(ClaimSet)
_ADAPTER_V2: TypeAdapter[ClaimSetV2] = TypeAdapter(ClaimSetV2)
# The top-level `"schema_version": N` of a JSON file; a key inside a string has its
# quotes escaped (`\"schema_version\"`), so it never matches.
_JSON_VERSION = re.compile(r'(?<!\\)"schema_version"\s*:\s*"?\s*(\d+)')


def model_for(version: object) -> type[ClaimSet]:
    """The claim-set model of a file's `schema_version` (version 1 when it is not 2)."""
    text = str(version).strip() if isinstance(version, (str, int)) else ""
    return ClaimSetV2 if text == "2" else ClaimSet


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: bulk validation allocates no cycles.

    On leaving, what the bulk work kept (a report, the readings' caches) moves to the oldest
    generation untraced (`gc.freeze` then `gc.unfreeze`: two list splices) rather than being
    traced at once by the young collection that the allocations counted while paused would
    start; a cycle among them is still collected by the next full collection. Not done when
    the caller keeps objects frozen itself, whose permanent generation is left alone."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


@dataclass(frozen=True)
class LoadedClaimSet:
    """A validated claim set, with the file it came from and where each claim stands."""

    path: str
    claimset: ClaimSet
    text: str = field(repr=False)
    yaml: bool = False
    _positions: Positions | None = field(default=None, repr=False, compare=False)
    origin: str | None = None
    """The file the claims were drafted from, when not a claim file (an article)."""
    _texts: dict[str, tuple[str | None, str | None]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        """What to call this source set in reports: the article, else the claim file."""
        return self.origin or self.path

    @cached_property
    def positions(self) -> Positions:
        """Positions of every value in the file (JSON positions are computed on demand)."""
        return self._positions if self._positions is not None else json_positions(self.text)

    def claim_position(self, index: int) -> tuple[int, int]:
        """1-based line and column where claim number `index` starts."""
        return self.positions.locate(("claims", index))

    @cached_property
    def source_texts(self) -> dict[str, str | None]:
        """Each source's text (inline, or its `text_file` read next to the claim file)."""
        return {source.id: self._source_text(source)[0] for source in self.claimset.sources}

    @cached_property
    def source_text_errors(self) -> dict[str, str]:
        """Why a source's `text_file` could not be read, by source id."""
        out: dict[str, str] = {}
        for source in self.claimset.sources:
            error = self._source_text(source)[1]
            if error is not None:
                out.setdefault(source.id, error)
        return out

    def _source_text(self, source: Source) -> tuple[str | None, str | None]:
        cache = self._texts
        if source.id not in cache:
            if source.text is not None or source.text_file is None:
                cache[source.id] = (source.text, None)
            else:
                try:
                    path = text_file_path(self.path, source.text_file)
                    cache[source.id] = (read_text(path), None)
                except InputError as err:  # reported by the provenance check, not here
                    cache[source.id] = (None, err.message)
        return cache[source.id]


def parse_claimset(
    path: str, text: str | None = None
) -> tuple[LoadedClaimSet | None, list[Problem]]:
    """Read and validate one claim file: the set, or the problems that stop it.

    Raises `InputError` when the file cannot be read at all (missing, a
    directory, too large); syntax and schema problems come back as data.
    """
    yaml_file = is_yaml(path)
    try:
        if text is None:
            text = read_text(path, limit=_read.MAX_YAML_BYTES if yaml_file else None)
        if not text.strip():
            return None, [Problem(path, 1, 1, "the file is empty", "syntax")]
        if yaml_file:
            data, positions = load_yaml(text, path)
            if not isinstance(data, dict):
                return None, [
                    Problem(
                        path,
                        1,
                        1,
                        "a claim file is a mapping with schema_version, sources and claims",
                        "schema",
                    )
                ]
            model = model_for(data.get("schema_version"))
            try:
                claimset = model.model_validate(data)
            except ValidationError as err:
                return None, problems_from(err, model, positions, path)
            return LoadedClaimSet(path, claimset, text, True, positions), []
        version = _JSON_VERSION.search(text)
        model = model_for(version.group(1) if version else None)
        with gc_paused():
            try:
                parsed: ClaimSet
                if model is ClaimSetV2:
                    parsed = _ADAPTER_V2.validate_json(text)
                else:
                    parsed = _ADAPTER.validate_json(text)
            except ValidationError as err:
                return None, _json_problems(err, text, path, model)
        return LoadedClaimSet(path, parsed, text, False), []
    except SchemaError as err:
        return None, [Problem(path, err.line or 1, err.column or 1, err.message, "syntax")]


def _json_problems(
    err: ValidationError, text: str, path: str, model: type[ClaimSet] = ClaimSet
) -> list[Problem]:
    first = err.errors(include_url=False)[0]
    if first["type"] == "json_invalid":
        msg = str(first["ctx"].get("error", first["msg"])) if first.get("ctx") else first["msg"]
        m = re.search(r"line (\d+) column (\d+)", msg)
        line, col = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
        msg = re.sub(r" at line \d+ column \d+", "", msg)
        return [Problem(path, line, col, f"JSON syntax error: {msg}", "syntax")]
    if first["type"] == "model_type" and not first["loc"]:
        return [
            Problem(
                path,
                1,
                1,
                "a claim file is an object with schema_version, sources and claims",
                "schema",
            )
        ]
    return problems_from(err, model, json_positions(text), path)


def load_claimset(path: str) -> LoadedClaimSet:
    """Read and validate one claim file; the first problem raises `SchemaError`."""
    loaded, problems = parse_claimset(path)
    if problems or loaded is None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(
            first.message + more, path=first.path, line=first.line, column=first.column
        )
    return loaded


def loads_claimset(
    data: bytes | str, path: str = "<input>", *, yaml: bool = False
) -> LoadedClaimSet:
    """Like `load_claimset`, from bytes or text already in memory."""
    text = decode(data, path) if isinstance(data, bytes) else data
    loaded, problems = parse_claimset(path if not yaml or is_yaml(path) else path + ".yaml", text)
    if problems or loaded is None:
        first = problems[0]
        raise SchemaError(first.message, path=first.path, line=first.line, column=first.column)
    return loaded
