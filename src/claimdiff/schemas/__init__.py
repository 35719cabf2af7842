"""The published JSON Schemas, shipped inside the package.

Each schema is generated from its model (`build`), kept as a file in the
repository's `schemas/` folder and packaged here; a test holds all three equal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from claimdiff.errors import ClaimdiffError

ID_PREFIX = "urn:claimdiff:schema:"


def _published(id_: str, title: str, description: str, body: dict[str, Any]) -> dict[str, Any]:
    """A schema body with the header every published schema carries."""
    rest = {k: v for k, v in body.items() if k not in ("$schema", "$id", "title", "description")}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ID_PREFIX + id_,
        "title": title,
        "description": description,
        **rest,
    }


def _claimset() -> dict[str, Any]:
    from claimdiff.model import ClaimSet

    return _published(
        "claimset:v1",
        "claimdiff claim file, version 1",
        "Sources, entities and their atomic claims, each with its verbatim quote.",
        ClaimSet.model_json_schema(mode="validation"),
    )


def _claimset_v2() -> dict[str, Any]:
    from claimdiff.model import ClaimSetV2

    body = ClaimSetV2.model_json_schema(mode="validation", by_alias=True)
    # `value` is inherited from version 1 but refused in version 2 (`values` replaces it).
    claim = body["$defs"]["ClaimV2"]
    del claim["properties"]["value"]
    return _published(
        "claimset:v2",
        "claimdiff claim file, version 2",
        "Sources, entities and their atomic claims; each claim may state several "
        "values, each with its role (amount, part, total, rate, score, ratio, ordinal, "
        "age, change), as-of date, modality and attribution.",
        body,
    )


def _config() -> dict[str, Any]:
    from claimdiff.check._config import config_schema

    return config_schema()


def _report() -> dict[str, Any]:
    from claimdiff.report._schema import report_schema

    return _published(
        "report:v1",
        "claimdiff report, version 1",
        "What `claimdiff diff` (report: diff) or `claimdiff compare-all` "
        "(report: clusters) found: verdicts with explanations, scores and fingerprints.",
        report_schema(),
    )


def _check_report() -> dict[str, Any]:
    from claimdiff.check._schema import check_report_schema

    return _published(
        "check-report:v1",
        "claimdiff check report, version 1",
        "What `claimdiff check --format json` found: located findings with "
        "rules, severities, fingerprints and acceptances.",
        check_report_schema(),
    )


# name -> (file name, builder). Builders import their models lazily.
SCHEMAS: dict[str, tuple[str, Callable[[], dict[str, Any]]]] = {
    "claimset": ("claimset.v1.schema.json", _claimset),
    "claimset-v2": ("claimset.v2.schema.json", _claimset_v2),
    "report": ("report.v1.schema.json", _report),
    "config": ("config.v1.schema.json", _config),
    "check-report": ("check-report.v1.schema.json", _check_report),
}


def build(name: str) -> dict[str, Any]:
    """The schema `name` generated from its model."""
    return SCHEMAS[name][1]()


def dumps(schema: dict[str, Any]) -> str:
    """The canonical text of a schema file."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load(name: str) -> dict[str, Any]:
    """The packaged schema `name` (`claimset`, `claimset-v2`, `report`, ...)."""
    if name not in SCHEMAS:
        raise ClaimdiffError(f"no schema named '{name}' (known: {', '.join(sorted(SCHEMAS))})")
    text = resources.files(__package__).joinpath(SCHEMAS[name][0]).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
