"""The curated claim files (seeds/ and examples/) are valid and self-consistent.

Every claim file is read as the loader reads it (YAML, every scalar a string),
validated with the claim model, and then checked claim by claim: the quote is
the source text at the span, ids are unique, anchors name a claim of the same
file, and the `when` / `value` phrases lie inside the quote.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from claimdiff.model import ClaimSet

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml"
CLAIM_FILES = sorted(
    [*(ROOT / "seeds").glob("*.claims.yaml"), *(ROOT / "examples").rglob("*.claims.yaml")]
)
PLANTED = ROOT / "examples" / "karabakh" / "PLANTED.md"


def _load(path: Path) -> ClaimSet:
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds only str/list/dict
    return ClaimSet.model_validate(data)


def _texts(path: Path, claim_set: ClaimSet) -> dict[str, str]:
    texts = {}
    for source in claim_set.sources:
        if source.text is not None:
            texts[source.id] = source.text
        elif source.text_file is not None:
            with open(path.parent / source.text_file, encoding="utf-8") as f:
                texts[source.id] = f.read()
    return texts


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_claim_files_exist() -> None:
    assert SEED in CLAIM_FILES
    assert len(CLAIM_FILES) >= 4, [_rel(p) for p in CLAIM_FILES]


@pytest.mark.parametrize("path", CLAIM_FILES, ids=_rel)
def test_claim_file(path: Path) -> None:
    claim_set = _load(path)
    texts = _texts(path, claim_set)
    source_ids = [s.id for s in claim_set.sources]
    assert len(source_ids) == len(set(source_ids)), "duplicate source ids"
    entity_ids = [e.id for e in claim_set.entities]
    assert len(entity_ids) == len(set(entity_ids)), "duplicate entity ids"
    assert claim_set.claims, "no claims"

    ids = [c.id for c in claim_set.claims]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate claim ids: {duplicates}"
    known = set(ids)

    problems = []
    for claim in claim_set.claims:
        where = f"{claim.id}:"
        if claim.source not in texts:
            problems.append(f"{where} source {claim.source!r} not declared or has no text")
            continue
        text = texts[claim.source]
        if claim.quote is None or claim.span is None:
            problems.append(f"{where} curated claims need both quote and span")
            continue
        start, end = claim.span
        if end > len(text):
            problems.append(f"{where} span {claim.span} beyond the text ({len(text)} chars)")
        elif text[start:end] != claim.quote:
            problems.append(
                f"{where} span {claim.span} holds {text[start:end]!r}, quote is {claim.quote!r}"
            )
        for slot, spec in claim.values().items():
            if spec.text.casefold() not in claim.quote.casefold():
                problems.append(f"{where} {slot} {spec.text!r} is not inside the quote")
            if spec.anchor is not None:
                if spec.anchor not in known:
                    problems.append(f"{where} {slot} anchor {spec.anchor!r} is no claim here")
                elif spec.anchor == claim.id:
                    problems.append(f"{where} {slot} anchors on itself")
    assert not problems, "\n".join(problems)


def test_seed_is_complete() -> None:
    claim_set = _load(SEED)
    assert len(claim_set.claims) >= 35
    assert len(claim_set.sources) == 1
    source = claim_set.sources[0]
    assert source.published is not None and source.published.isoformat() == "2024-06-12"
    assert source.text_file == "000_6396fc36ecca3174.txt"


def test_planted_pairs_name_existing_claims() -> None:
    """Every `file#claim-id` that PLANTED.md mentions exists."""
    text = PLANTED.read_text(encoding="utf-8")
    refs = re.findall(r"`([A-Za-z0-9_./-]+\.claims\.yaml)#([A-Za-z0-9_.:/-]+)`", text)
    assert len(refs) >= 20, "PLANTED.md should name its claims as `file.claims.yaml#id`"
    cache: dict[str, set[str]] = {}
    missing = []
    for file, claim_id in refs:
        path = (PLANTED.parent / file).resolve()
        if file not in cache:
            assert path.is_file(), f"PLANTED.md names a missing file {file}"
            cache[file] = {c.id for c in _load(path).claims}
        if claim_id not in cache[file]:
            missing.append(f"{file}#{claim_id}")
    assert not missing, f"PLANTED.md names missing claims: {missing}"
