"""Properties of `diff`: mirror symmetry, self-agreement, independence from ids and order."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.compare._claims import diff
from claimdiff.load import load_claimset
from claimdiff.model import Claim, ClaimSet, ValueSpec

ROOT = Path(__file__).resolve().parents[2]
SEED = load_claimset(str(ROOT / "seeds/000_6396fc36ecca3174.claims.yaml")).claimset
WIRE = load_claimset(str(ROOT / "examples/karabakh/caucasus_wire_2024-06-12.claims.yaml")).claimset

SETTINGS = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def subset(cs: ClaimSet, keep: list[bool]) -> ClaimSet:
    """The claim set with the claims where `keep` is true."""
    kept = tuple(c for c, k in zip(cs.claims, keep, strict=True) if k)
    return cs.model_copy(update={"claims": kept})


def _rename_spec(spec: ValueSpec | None, names: dict[str, str]) -> ValueSpec | None:
    if spec is None or spec.anchor is None:
        return spec
    return spec.model_copy(update={"anchor": names.get(spec.anchor, spec.anchor)})


def renamed(cs: ClaimSet, order: list[int]) -> tuple[ClaimSet, dict[str, str]]:
    """Claims renamed `x0`, `x1`, ... and reordered by `order`; returns the renaming."""
    names = {c.id: f"x{order.index(i)}" for i, c in enumerate(cs.claims)}
    claims: list[Claim] = [
        c.model_copy(update={"id": names[c.id], "when": _rename_spec(c.when, names),
                             "value": _rename_spec(c.value, names)})
        for c in cs.claims
    ]
    claims = [claims[i] for i in order]
    return cs.model_copy(update={"claims": tuple(claims)}), names


keeps_seed = st.lists(st.booleans(), min_size=len(SEED.claims), max_size=len(SEED.claims))
keeps_wire = st.lists(st.booleans(), min_size=len(WIRE.claims), max_size=len(WIRE.claims))


@SETTINGS
@given(keeps_seed, keeps_wire)
def test_mirror(keep_a: list[bool], keep_b: list[bool]) -> None:
    a, b = subset(SEED, keep_a), subset(WIRE, keep_b)
    forward, backward = diff(a, b), diff(b, a)
    assert {(p.a.key, p.b.key, p.verdict) for p in forward.pairs} == {
        (p.b.key, p.a.key, p.verdict) for p in backward.pairs}
    assert [o.side.key for o in forward.only_a] == [o.side.key for o in backward.only_b]
    assert [o.side.key for o in forward.only_b] == [o.side.key for o in backward.only_a]


@SETTINGS
@given(keeps_seed)
def test_self_diff_all_agree(keep: list[bool]) -> None:
    a = subset(SEED, keep)
    report = diff(a, a)
    assert all(p.verdict.value == "agree" for p in report.pairs)
    assert not report.only_a and not report.only_b
    assert len(report.pairs) == len(a.claims)


@SETTINGS
@given(keeps_wire, st.randoms(use_true_random=False))
def test_ids_and_order_change_no_verdict(keep: list[bool], rnd: object) -> None:
    b = subset(WIRE, keep)
    order = list(range(len(b.claims)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    b2, names = renamed(b, order)
    before = {(p.a.claim, p.b.claim): p.verdict for p in diff(SEED, b).pairs}
    after = {(p.a.claim, p.b.claim): p.verdict for p in diff(SEED, b2).pairs}
    back = {v: k for k, v in names.items()}
    assert sorted(before.values()) == sorted(after.values())
    assert {(a, back[x]): v for (a, x), v in after.items()} == before
