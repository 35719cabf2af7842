"""The JSON Schema of the versioned reports (`report.v1`): diff and cluster reports."""

from __future__ import annotations

from typing import Any

from claimdiff.report._diff import RELATIONS

_NULLABLE_STR = {"type": ["string", "null"]}
_BOUND = {"type": ["string", "number", "null"]}
_FP = {"type": "string", "pattern": "^[0-9a-f]{16}$"}
_VERDICT = {"enum": ["conflict", "compatible", "agree", "incomparable"]}


def _obj(props: dict[str, Any], required: list[str], extra: bool = False) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required,
            "additionalProperties": extra}


def report_schema() -> dict[str, Any]:
    """The schema body (without `$schema` / `$id`, which the schema table adds)."""
    value = _obj({
        "text": {"type": "string", "description": "The phrase as the source wrote it."},
        "kind": {"enum": ["date", "duration", "quantity", "set", None]},
        "core": {"type": ["array", "null"], "items": _BOUND, "minItems": 2, "maxItems": 2},
        "support": {"type": ["array", "null"], "items": _BOUND, "minItems": 2, "maxItems": 2},
        "unit": _NULLABLE_STR,
    }, ["text", "kind", "core", "support", "unit"])
    side_props = {
        "source": {"type": "string"}, "claim": {"type": "string"},
        "subject": {"type": "string"}, "predicate": {"type": "string"},
        "object": _NULLABLE_STR, "polarity": {"enum": ["asserted", "denied"]},
        "quote": _NULLABLE_STR, "value": {"$ref": "#/$defs/value"},
    }
    side = _obj(side_props, ["source", "claim", "subject", "predicate", "quote"])
    comparison_props = {
        "verdict": _VERDICT, "a": {"$ref": "#/$defs/side"}, "b": {"$ref": "#/$defs/side"},
        "explanation": {"type": "string", "minLength": 1},
        "score": {"type": "number", "minimum": 0, "maximum": 1}, "fingerprint": _FP,
    }
    required = ["verdict", "a", "b", "explanation", "score", "fingerprint"]
    relation = {"enum": list(RELATIONS),
                "description": "What the verdict alone does not say (claim files v2)."}
    value_finding = _obj({"aspect": {"type": "string"}, **comparison_props,
                          "relation": relation},
                         ["aspect", *required])
    pair = _obj({**comparison_props, "values": {"type": "array",
                                                "items": {"$ref": "#/$defs/valueFinding"}}},
                [*required, "values"])
    only = _obj({**side_props, "fingerprint": _FP},
                ["source", "claim", "subject", "predicate", "fingerprint"])
    source_info = _obj({
        "id": {"type": "string"}, "title": _NULLABLE_STR, "publisher": _NULLABLE_STR,
        "url": _NULLABLE_STR, "published": _NULLABLE_STR, "text_file": _NULLABLE_STR,
    }, ["id"])
    reading = {"anyOf": [{"$ref": "#/$defs/value"}, {"type": "null"}]}
    claim_info = _obj({
        "source": {"type": "string"}, "claim": {"type": "string"},
        "span": {"type": ["array", "null"], "items": {"type": "integer", "minimum": 0},
                 "minItems": 2, "maxItems": 2},
        "when": reading, "value": reading,
    }, ["source", "claim"])
    context = {
        "sources": {"type": "array", "items": {"$ref": "#/$defs/sourceInfo"},
                    "description": "The compared sources: publication dates and addresses."},
        "claims": {"type": "array", "items": {"$ref": "#/$defs/claimInfo"},
                   "description": "Every claim's span and readings (for timelines)."},
    }
    counts = {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
    strings = {"type": "array", "items": {"type": "string"}}
    diff = _obj({
        "schema_version": {"const": 1}, "report": {"const": "diff"},
        "a": {"type": "string"}, "b": {"type": "string"}, "summary": counts,
        "candidates": {"type": "integer", "minimum": 0},
        "pairs": {"type": "array", "items": {"$ref": "#/$defs/pair"}},
        "only_a": {"type": "array", "items": {"$ref": "#/$defs/only"}},
        "only_b": {"type": "array", "items": {"$ref": "#/$defs/only"}},
        "warnings": strings, **context,
    }, ["schema_version", "report", "a", "b", "summary", "pairs", "only_a", "only_b"])
    consensus = _obj({"slot": {"type": "string"}, "basis": {"enum": ["cores", "supports"]},
                      "value": {"$ref": "#/$defs/value"}, "rendered": {"type": "string"}},
                     ["slot", "basis", "value"])
    cluster = _obj({
        "id": _FP, "verdict": _VERDICT, "sources": strings,
        "origins": {"type": "integer", "minimum": 1,
                    "description": "Independent origins: sources that echo each other count once."},
        "members": {"type": "array", "items": {"$ref": "#/$defs/side"}, "minItems": 2},
        "agree": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
        "conflicts": {"type": "array", "items": {"$ref": "#/$defs/pair"}},
        "pairs": {"type": "array", "items": {"$ref": "#/$defs/pair"}},
        "consensus": {"type": "array", "items": {"$ref": "#/$defs/consensus"}},
    }, ["id", "verdict", "sources", "origins", "members", "agree", "conflicts", "pairs",
        "consensus"])
    echo = _obj({"a": {"type": "string"}, "b": {"type": "string"},
                 "reason": {"type": "string"}, "overlap": {"type": "number"}},
                ["a", "b", "reason", "overlap"])
    clusters = _obj({
        "schema_version": {"const": 1}, "report": {"const": "clusters"},
        "inputs": strings, "summary": counts,
        "clusters": {"type": "array", "items": {"$ref": "#/$defs/cluster"}},
        "singletons": {"type": "array", "items": {"$ref": "#/$defs/only"}},
        "echoes": {"type": "array", "items": {"$ref": "#/$defs/echo"}},
        "warnings": strings, **context,
    }, ["schema_version", "report", "inputs", "summary", "clusters", "singletons", "echoes"])
    return {
        "type": "object",
        "required": ["schema_version", "report"],
        "properties": {"schema_version": {"const": 1},
                       "report": {"enum": ["diff", "clusters"]}},
        "if": {"properties": {"report": {"const": "diff"}}},
        "then": {"$ref": "#/$defs/diff"},
        "else": {"$ref": "#/$defs/clusters"},
        "$defs": {"value": value, "side": side, "valueFinding": value_finding, "pair": pair,
                  "only": only, "diff": diff, "consensus": consensus, "cluster": cluster,
                  "echo": echo, "clusters": clusters, "sourceInfo": source_info,
                  "claimInfo": claim_info},
    }
