"""Why a rule's two values were not paired: the score components of the true couple and of
the pairs that won its two values.

For every missed rule of a tuning split lost in the pairing decision ("scored below the
threshold", "lost to another partner"), prints each couple of the rule's A and B
measurements with its score split into the terms `claimdiff.measure._pair.score` adds up
(the same weights, imported), the terms `pair_measurements` adds after it (a term and the
date it ends, a rare physical dimension, two figures alone in their order of magnitude),
and, for each of the two values, the partner it was given instead and that pair's terms.
The features the terms are read from (measured
thing, holder, role, period, context words) are printed beside them.

    python benchmarks/why_pairs.py corpora/article-pairs/tune2 [--pair NAME] [--all]

`--all` explains compatible rephrasings left unpaired too. Frozen `heldout*` splits are
refused: their misses are never listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import claimdiff
from claimdiff.compare import _claims
from claimdiff.measure import _different, _pair, _score, facing
from claimdiff.measure._alone import W_ALONE, alone, both_alone
from claimdiff.measure._facing import ends_alike
from claimdiff.measure._forward import forward_pair
from claimdiff.measure._rarity import rarity, told_apart
from claimdiff.measure._repeats import repeats
from claimdiff.measure._what import future_alone

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_articles import _matches, pair_folders  # noqa: E402

_seen: list[Any] = []
_pair_by_measurement = _claims.pair_by_measurement


def _keep(*args: Any, **kwargs: Any) -> Any:
    measured = _pair_by_measurement(*args, **kwargs)
    _seen[:] = [measured]
    return measured


def terms(a: Any, b: Any, idf: dict[str, float]) -> list[tuple[str, float]]:
    """The terms `_pair.score` adds for `a` and `b`, by name, weighed (zero terms left out)."""
    x, _ = _score.terms(a, b, idf, reason=False)
    return [(n, round(w * v, 4)) for n, w, v in zip(x._fields, _score.WEIGHTS, x, strict=True)
            if w * v]


def _features(m: Any) -> str:
    return (f"{m.phrase!r} [{m.dimension}] measured={m.measured}({m.measured_words!r}"
            f"{', classed' if m.classed else ''}) subject={list(m.subject)} role={m.role} "
            f"period={list(m.period)} attr={m.attribution} mod={m.modality} event={m.event}\n"
            f"        near={sorted(m.near)}\n        context={sorted(m.context)}")


def explain(ma: list[Any], mb: list[Any], i: int, j: int, idf: dict[str, float],
            rare: dict[str, float], label: str,
            alone_ab: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())) -> None:
    faced = facing(ma[i], mb[j])
    if faced is None:
        print(f"    {label}: no common reading")
        return
    a, b = faced
    if _different.different_things(a, b):
        print(f"    {label}: different things")
    got = terms(a, b, idf)
    if ends_alike(a, b):
        got.append(("term ends", _pair.W_SAME_DAY))
    if a.dimension in rare and not told_apart(a, b):
        got.append(("rare dimension", round(rare[a.dimension], 4)))
    if ma[i].dimension == mb[j].dimension and not told_apart(a, b) \
            and both_alone(i, j, *alone_ab, a, b):
        got.append(("alone", W_ALONE))  # as `pair_measurements` adds it
    total = sum(v for _, v in got)
    s, _ = _pair.score(a, b, idf)
    added = ("term ends", "rare dimension", "alone")
    check = "" if abs(s - sum(v for n, v in got if n not in added)
                      ) < 1e-3 else f"  (score() says {s:.4f}: terms out of date)"
    rank = "" if not future_alone(a.modality, b.modality) or forward_pair(a, b) else (
        f"  (ranked {total - _pair.P_FUTURE:.4f}: will / plain)")
    print(f"    {label}: {total:.4f} = " + " ".join(f"{n} {v:+.3f}" for n, v in got) + check
          + rank)
    print(f"      A {_features(a)}\n      B {_features(b)}")


def why(folder: Path, show_all: bool) -> None:
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    _claims.pair_by_measurement = _keep
    try:
        report = claimdiff.diff(str(folder / "a.txt"), str(folder / "b.txt"))
    finally:
        _claims.pair_by_measurement = _pair_by_measurement
    if not _seen:
        return
    m = _seen[0]
    ma, mb = list(m.measurements_a), list(m.measurements_b)
    compared = [(v.a.value["text"], v.b.value["text"], v.verdict.value) for p in report.pairs
                for v in p.values if v.a.value is not None and v.b.value is not None]
    idf = _pair._idf(ma, mb)
    (twin_a, _), (twin_b, _) = repeats(ma), repeats(mb)
    rare = rarity(ma, twin_a, mb, twin_b)
    alone_ab = (alone(ma, twin_a), alone(mb, twin_b))
    found = _pair.pair_measurements(ma, mb)
    of_a = {p.a: p.b for p in found}
    of_b = {p.b: p.a for p in found}
    rules = [("MISSED", r) for r in expect.get("must_conflict", [])]
    if show_all:
        rules += [("NOT PAIRED", r) for r in expect.get("must_not_conflict", [])
                  if not r["what"].startswith("trap:")]
    for kind, rule in rules:
        hits = [c for c in compared if _matches(rule, c[0], c[1])]
        want = "conflict" if kind == "MISSED" else ("agree", "compatible")
        if any(c[2] in want for c in hits) or hits:
            continue  # found, or compared with another verdict (not a pairing loss)
        xs = [k for k, x in enumerate(ma) if any(s.lower() in x.phrase.lower()
                                                 for s in rule["a_any"])]
        ys = [k for k, x in enumerate(mb) if any(s.lower() in x.phrase.lower()
                                                 for s in rule["b_any"])]
        if not xs or not ys:
            continue
        print(f"{folder.name}: {kind}: {rule['what']}")
        for i in xs:
            for j in ys:
                explain(ma, mb, i, j, idf, rare, f"true {ma[i].phrase!r}~{mb[j].phrase!r}",
                        alone_ab)
        for i in xs:
            if i in of_a:
                explain(ma, mb, i, of_a[i], idf, rare,
                        f"won A {ma[i].phrase!r}~{mb[of_a[i]].phrase!r}", alone_ab)
        for j in ys:
            if j in of_b:
                explain(ma, mb, of_b[j], j, idf, rare,
                        f"won B {ma[of_b[j]].phrase!r}~{mb[j].phrase!r}", alone_ab)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--pair", help="only this pair folder")
    parser.add_argument("--all", action="store_true", help="unpaired rephrasings too")
    args = parser.parse_args(argv)
    for split, folders in pair_folders(args.directory).items():
        if split.startswith("heldout"):
            print(f"{split} is frozen: its misses are not listed", file=sys.stderr)
            return 2
        for folder in folders:
            if args.pair is None or folder.name == args.pair:
                why(folder, args.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
