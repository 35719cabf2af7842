"""The published schema agrees with the model; claim sets survive a round trip."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff import schemas
from claimdiff.load import loads_claimset
from claimdiff.model import Claim, ClaimSet, Entity, Polarity, Source, SourceKind, Status, ValueSpec

ROOT = Path(__file__).resolve().parents[2]


def test_schema_file_packaged_copy_and_model_agree() -> None:
    for name, (filename, _) in schemas.SCHEMAS.items():
        repo = (ROOT / "schemas" / filename).read_text(encoding="utf-8")
        packaged = (ROOT / "src" / "claimdiff" / "schemas" / filename).read_text(encoding="utf-8")
        assert repo == packaged, f"{filename}: repo and packaged copies differ"
        assert json.loads(repo) == schemas.build(name), f"{filename}: regenerate from the model"
        assert schemas.load(name) == json.loads(repo)
        jsonschema.Draft202012Validator.check_schema(json.loads(repo))


def test_schema_is_draft_2020_12_with_stable_id() -> None:
    schema = schemas.load("claimset")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:claimdiff:schema:claimset:v1"


ids = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
)
values = st.builds(ValueSpec, text=words, anchor=st.none())


@st.composite
def claimsets(draw: st.DrawFn) -> ClaimSet:
    source_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    sources = tuple(
        Source(
            id=sid,
            title=draw(st.none() | words),
            published=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))),
            kind=draw(st.none() | st.sampled_from(SourceKind)),
            language=draw(st.sampled_from([None, "en", "fr", "en-GB"])),
        )
        for sid in source_ids
    )
    claim_ids = draw(st.lists(ids, max_size=5, unique=True))
    claims = tuple(
        Claim(
            id=cid,
            source=draw(st.sampled_from(source_ids)),
            subject=draw(words),
            predicate=draw(words),
            object=draw(st.none() | words),
            when=draw(st.none() | values),
            value=draw(st.none() | values),
            polarity=draw(st.sampled_from(Polarity)),
            status=draw(st.sampled_from(Status)),
            quote=draw(st.none() | words),
            span=draw(st.none() | st.tuples(st.integers(0, 50), st.integers(50, 99))),
        )
        for cid in claim_ids
    )
    entities = tuple(
        Entity(id=eid, name=draw(words), aliases=tuple(draw(st.lists(words, max_size=3))))
        for eid in draw(st.lists(ids, max_size=2, unique=True))
    )
    return ClaimSet(schema_version=1, sources=sources, entities=entities, claims=claims)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(claimsets())
def test_round_trip_through_yaml_and_json(cs: ClaimSet) -> None:
    data = cs.model_dump(mode="json", exclude_defaults=True)
    data["schema_version"] = 1
    jsonschema.Draft202012Validator(schemas.load("claimset")).validate(data)
    as_json = json.dumps(data, ensure_ascii=False)
    assert loads_claimset(as_json, "x.claims.json").claimset == cs
    as_yaml = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    assert loads_claimset(as_yaml, "x.claims.yaml", yaml=True).claimset == cs
