"""Pydantic errors turned into located, readable problems."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from claimdiff.load._problem import Problem
from claimdiff.load._yaml import Positions


def problems_from(
    err: ValidationError, model: type[BaseModel], positions: Positions, path: str
) -> list[Problem]:
    """One `Problem` per pydantic error, located through `positions`."""
    out = []
    items = err.errors(include_url=False)
    # A list whose item failed also fails its own length check (the bad item does not
    # count): that second error is pydantic's bookkeeping, not the user's mistake.
    failed_below = {tuple(i["loc"])[:n] for i in items for n in range(len(i["loc"]))}
    for item in items:
        loc = tuple(item["loc"])
        kind = item["type"]
        if kind == "too_short" and loc in failed_below:
            continue
        if kind == "extra_forbidden":
            line, col = positions.locate(loc, key=True)
            key = loc[-1]
            known = known_fields(model, loc[:-1])
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.5)
            hint = (
                f"; did you mean '{close[0]}'?"
                if close
                else (f"; known keys: {', '.join(known)}" if known else "")
            )
            out.append(
                Problem(
                    path,
                    line,
                    col,
                    f"unknown key {str(key)!r} in {dotted(loc[:-1])}{hint}",
                    "unknown-key",
                )
            )
            continue
        if kind == "missing":
            line, col = positions.locate(loc[:-1])
            out.append(
                Problem(path, line, col, f"missing key '{loc[-1]}' in {dotted(loc[:-1])}", "schema")
            )
            continue
        line, col = positions.locate(loc)
        message = item["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        value = item.get("input")
        shown = (
            f" (got {value!r})"
            if isinstance(value, (str, int, float)) and len(str(value)) < 60
            else ""
        )
        out.append(Problem(path, line, col, f"{dotted(loc)}: {message}{shown}", "schema"))
    return out


def dotted(loc: tuple[Any, ...]) -> str:
    """`('claims', 3, 'when')` -> `claims[3].when`; `()` -> `the document`."""
    if not loc:
        return "the document"
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def known_fields(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model found at `loc` below `model`, if it is a model."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = _fields(current).get(part)
            current = field.annotation if field else None
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return sorted(_fields(current))
    return []


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """A model's fields by the key a file uses (the alias, where there is one)."""
    return {f.alias or name: f for name, f in model.model_fields.items()}


def _unwrap(tp: Any) -> Any:
    # Optional[X] / X | None -> X
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return _unwrap(args[0])
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    return tp


def one_line(err: ValidationError, names: dict[str, str] | None = None) -> str:
    """The first problem of a pydantic error as one line: `field: message (got value)`.

    `names` renames fields for the reader (`{"id": "source id"}`).
    """
    item = err.errors(include_url=False)[0]
    loc = tuple(item["loc"])
    field = (names or {}).get(str(loc[0]) if loc else "", dotted(loc) if loc else "value")
    message = str(item["msg"]).removeprefix("Value error, ")
    value = item.get("input")
    got = f" (got {value!r})" if isinstance(value, (str, int, float)) else ""
    return " ".join(f"{field}: {message}{got}".split())
