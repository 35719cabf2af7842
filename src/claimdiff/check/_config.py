"""Configuration of `claimdiff check`: `[tool.claimdiff]` or `claimdiff.toml`, found upward.

Keys are checked strictly: an unknown key is an error that names the closest
valid key, so a typo never silently turns a check off.
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimdiff.errors import ConfigError, InputError, SchemaError
from claimdiff.load._errors import dotted
from claimdiff.load._read import read_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CheckName = Literal["schema", "provenance", "consistency", "conflict", "duplicate"]
CHECK_NAMES: tuple[CheckName, ...] = ("schema", "provenance", "consistency", "conflict",
                                      "duplicate")
"""Every check `claimdiff check` can run, in the order they run."""
CONFIG_FILES = ("claimdiff.toml", ".claimdiff.toml", "pyproject.toml")
"""File names searched in each directory, in this order."""

FailVerdict = Literal["conflict", "compatible", "incomparable"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class Thresholds(_Strict):
    """Numeric thresholds of the checks."""

    align: float | None = Field(
        None, ge=0, le=100,
        description="Alignment cutoff (0-100): how alike two claims of different sources "
                    "must be to be compared; the diff engine's default (70) when unset.")


class ConfigModel(_Strict):
    """`[tool.claimdiff]` in pyproject.toml, or the top level of claimdiff.toml."""

    claimsets: tuple[str, ...] = Field(
        (), description="Glob patterns of the claim files to check, relative to the "
                        "configuration file (`**` matches any depth; `..` is allowed).")
    exclude: tuple[str, ...] = Field((), description="Glob patterns of files to leave out.")
    checks: tuple[CheckName, ...] = Field(
        CHECK_NAMES, description="The checks to run (default: all).")
    fail_on: tuple[FailVerdict, ...] = Field(
        ("conflict",), alias="fail-on",
        description="Verdicts that make a cross-source or consistency finding an error, "
                    "which fails the build.")
    warn_on: tuple[FailVerdict, ...] = Field(
        (), alias="warn-on",
        description="Verdicts reported as warnings, which do not fail the build.")
    baseline: str | None = Field(
        None, description="Baseline file of accepted findings, relative to the "
                          "configuration file.")
    thresholds: Thresholds = Field(Thresholds(align=None), description="Numeric thresholds.")


@dataclass(frozen=True)
class CheckConfig:
    """A resolved configuration: what to check and how, with the file it came from."""

    claimsets: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    checks: tuple[str, ...] = CHECK_NAMES
    fail_on: tuple[str, ...] = ("conflict",)
    warn_on: tuple[str, ...] = ()
    baseline: str | None = None
    """Absolute path of the baseline file, when one is configured."""
    align: float | None = None
    path: str | None = None
    """The configuration file read (`None`: defaults)."""
    base: str = "."
    """The directory that globs and the baseline are relative to."""
    root: str = "."
    """The directory reported paths are relative to: the repository root."""

    def describe(self) -> str:
        """One line saying which configuration is in use (for `-v`)."""
        if self.path is None:
            return "no configuration file; defaults"
        table = " [tool.claimdiff]" if Path(self.path).name == "pyproject.toml" else ""
        return f"configuration {self.path}{table}"


MAX_CONFIG_BYTES = 2**20
"""A configuration is a few lines; anything larger is not one."""


def find_config(start: str | Path = ".") -> Path | None:
    """The first configuration file at or above `start`.

    In each directory: `claimdiff.toml`, `.claimdiff.toml`, then a
    `pyproject.toml` that has a `[tool.claimdiff]` table.
    """
    here = Path(start).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or _has_tool_table(candidate):
                return candidate
    return None


def find_root(start: str | Path) -> Path:
    """The repository root at or above `start` (a `.git` holder), else `start`."""
    here = Path(start).resolve()
    for directory in (here, *here.parents):
        if (directory / ".git").exists():
            return directory
    return here


def load_config(path: str | Path | None = None, *, start: str | Path = ".") -> CheckConfig:
    """Read the configuration named by `path`, or found upward from `start`.

    Raises `ConfigError` (at the offending line) for unreadable TOML, unknown
    keys (naming the closest valid one) and bad values.
    """
    found = Path(path) if path is not None else find_config(start)
    if found is None:
        base = Path(start).resolve()
        return CheckConfig(base=str(base), root=str(find_root(base)))
    text = _read(found)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise ConfigError("TOML nested too deeply", path=found) from None
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        msg = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(err))
        line = int(m.group(1)) if m else max(1, len(text.splitlines()))
        raise ConfigError(f"TOML syntax error: {msg}", path=found, line=line,
                          column=int(m.group(2)) if m else None) from None
    prefix: tuple[str, ...] = ()
    if found.name == "pyproject.toml":
        prefix = ("tool", "claimdiff")
        tool = data.get("tool")
        table = tool.get("claimdiff") if isinstance(tool, dict) else None
        if table is None:
            raise ConfigError("no [tool.claimdiff] table in this pyproject.toml", path=found)
        data = table
    model = parse_table(data, path=found, text=text, prefix=prefix)
    base = found.resolve().parent
    return CheckConfig(
        claimsets=model.claimsets, exclude=model.exclude, checks=tuple(model.checks),
        fail_on=tuple(model.fail_on), warn_on=tuple(model.warn_on),
        baseline=str(base / model.baseline) if model.baseline else None,
        align=model.thresholds.align, path=str(found), base=str(base),
        root=str(find_root(base)),
    )


def parse_table(data: Any, *, path: Path, text: str = "",
                prefix: tuple[str, ...] = ()) -> ConfigModel:
    """Validate a configuration table; the first problem raises a located `ConfigError`."""
    try:
        return ConfigModel.model_validate(data)
    except ValidationError as err:
        item = err.errors(include_url=False)[0]
        loc = tuple(str(p) for p in item["loc"] if not isinstance(p, int))
        line = _key_line(text, prefix, loc)
        where = "[" + ".".join(prefix + loc[:-1]) + "]" if prefix or loc[:-1] else "top level"
        if item["type"] == "extra_forbid" or item["type"] == "extra_forbidden":
            known = _known_keys(loc[:-1])
            close = difflib.get_close_matches(loc[-1], known, n=1, cutoff=0.5)
            hint = (f"; did you mean '{close[0]}'?" if close
                    else f"; valid keys: {', '.join(known)}")
            raise ConfigError(f"unknown key '{loc[-1]}' in {where}{hint}", path=path,
                              line=line) from None
        value = item.get("input")
        got = f" (got {value!r})" if isinstance(value, (str, int, float)) else ""
        hint = ""
        if isinstance(value, str) and item["type"] == "literal_error":
            choices = CHECK_NAMES if "checks" in loc else ("conflict", "compatible",
                                                           "incomparable")
            close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
            hint = f"; did you mean '{close[0]}'?" if close else ""
        raise ConfigError(f"{dotted(tuple(item['loc']))}: {item['msg']}{got}{hint}", path=path,
                          line=line) from None


def _known_keys(loc: tuple[str, ...]) -> list[str]:
    model: type[BaseModel] = Thresholds if loc[:1] == ("thresholds",) else ConfigModel
    return sorted(f.alias or name for name, f in model.model_fields.items())


def _key_line(text: str, prefix: tuple[str, ...], loc: tuple[str, ...]) -> int | None:
    """Best-effort line of key `loc` in table `prefix` of a TOML text."""
    if not text or not loc:
        return None
    lines = text.splitlines()
    table = ".".join(prefix + loc[:-1])
    start = 0
    if table:
        header = re.compile(r"^\s*\[\s*" + re.escape(table).replace(r"\.", r"\s*\.\s*")
                            + r"\s*\]")
        start = next((i for i, ln in enumerate(lines) if header.match(ln)), -1)
        if start < 0:
            return None
    key = re.compile(r"^\s*[\"']?" + re.escape(loc[-1]) + r"[\"']?\s*=")
    for i in range(start, len(lines)):
        if i > start and lines[i].lstrip().startswith("[") and table:
            break
        if key.match(lines[i]):
            return i + 1
    return start + 1 if table else None


def _has_tool_table(path: Path) -> bool:
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):  # load_config reports the error
        return "[tool.claimdiff" in text
    return isinstance(data.get("tool"), dict) and "claimdiff" in data["tool"]


def _read(path: Path) -> str:
    try:
        return read_text(path, limit=MAX_CONFIG_BYTES)
    except SchemaError as err:  # bad UTF-8, at its line and column
        raise ConfigError(f"configuration is {err.message}", path=path, line=err.line,
                          column=err.column) from None
    except InputError as err:
        message = ("no such configuration file" if err.message == "no such file"
                   else f"cannot read configuration: {err.message}")
        raise ConfigError(message, path=path) from None


def config_schema() -> dict[str, Any]:
    """The JSON Schema of the configuration table (published as `config.v1.schema.json`)."""
    schema = ConfigModel.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:claimdiff:schema:config:v1",
        "title": "claimdiff configuration, version 1",
        "description": "[tool.claimdiff] in pyproject.toml, or the top level of claimdiff.toml.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }
