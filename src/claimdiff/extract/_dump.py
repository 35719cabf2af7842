"""Claim sets written out as claim files (YAML or JSON), byte-identical for equal input."""

from __future__ import annotations

import json
from typing import Any

import yaml

from claimdiff.model import ClaimSet

HEADER = ("# Draft claims written by `claimdiff extract`: check each subject, predicate and\n"
          "# value against the quote, then set `status: curated` (or delete the claim).\n")


class _Dumper(yaml.SafeDumper):
    """Block style, except lists of numbers (spans), which stay on one line."""


def _list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(x, (int, float)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _list)


def to_data(claimset: ClaimSet) -> dict[str, Any]:
    """The claim set as plain data, defaults and empty fields left out."""
    data = claimset.model_dump(mode="json", exclude_none=True, exclude_defaults=True,
                               by_alias=True)
    data = {"schema_version": claimset.schema_version, **data}
    for claim in data.get("claims", []):
        for slot in ("when", "value", "as_of"):
            claim[slot] = _shorthand(claim.get(slot))
        if "values" in claim:
            claim["values"] = [_shorthand(v) for v in claim["values"]]
            for v in claim["values"]:
                if isinstance(v, dict):
                    for slot in ("as_of", "base"):
                        v[slot] = _shorthand(v.get(slot))
                    _drop_none(v)
        _drop_none(claim)
    return data


def _shorthand(spec: Any) -> Any:
    """A value given by its text alone as the string shorthand (`when: on Wednesday`)."""
    return spec["text"] if isinstance(spec, dict) and set(spec) == {"text"} else spec


def _drop_none(data: dict[str, Any]) -> None:
    for key in [k for k, v in data.items() if v is None]:
        del data[key]


def dump_claimset(claimset: ClaimSet, fmt: str = "yaml", header: str | None = HEADER) -> str:
    """A claim file's text: `fmt` is `yaml` (after `header`, comment lines) or `json`."""
    data = to_data(claimset)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)
    return (header or "") + body
