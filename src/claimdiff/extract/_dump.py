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
    data = claimset.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data = {"schema_version": claimset.schema_version, **data}
    for claim in data.get("claims", []):
        for slot in ("when", "value"):
            spec = claim.get(slot)
            if isinstance(spec, dict) and set(spec) == {"text"}:
                claim[slot] = spec["text"]  # the string shorthand
    return data


def dump_claimset(claimset: ClaimSet, fmt: str = "yaml") -> str:
    """A claim file's text: `fmt` is `yaml` (with a short header comment) or `json`."""
    data = to_data(claimset)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)
    return HEADER + body
