"""Fit the pairing score's weights on the tuning splits, and say how each term fares.

Every pair folder of the fitting splits (`shared`, `tune`, `tune2`..`tune20`) goes through
`claimdiff.diff` up to the candidate measurements `pair_measurements` is given; each
candidate gets its term vector (`claimdiff.measure._score.terms`) and a label read from
`expect.json`:

- positive: its A phrase and B phrase meet a `must_conflict` or compatible rule;
- negative: they meet a trap, or one side meets a rule's side and the other does not (a
  wrong partner for a value that has a true one). Other candidates are left unlabelled.

It prints, per term, how often it fires on positives and on negatives (its precision);
fits the weights by L2 logistic regression (numpy, full-batch gradient descent, so
deterministic; `--signed` keeps each weight's hand-set sign), cross-validated by leaving
groups of splits out (how often a value's true partner outranks its wrong ones); and
replays `pair_measurements` with the fitted weights at several thresholds, counting the
rules whose two values get paired, on the fitting splits and on `tune21`/`tune22`, which
the fit never sees. Frozen `heldout*` splits are never read.

    python benchmarks/fit_pairing.py [--signed] [--l2 0.01] [--thresholds 0.2,0.25,0.28]
        [--cache FILE]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import claimdiff
from claimdiff.compare import _measured
from claimdiff.measure import _pair, _score, facing
from claimdiff.measure._alone import W_ALONE, alone, both_alone
from claimdiff.measure._different import different_things
from claimdiff.measure._facing import ends_alike
from claimdiff.measure._rarity import rarity, told_apart
from claimdiff.measure._repeats import repeats

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_articles import DEFAULT_DIR, pair_folders  # noqa: E402

FIT = ("shared", "tune", *(f"tune{k}" for k in range(2, 21)))
UNSEEN = ("tune21", "tune22")
NAMES = _score.Terms._fields


@dataclass
class Folder:
    """One pair folder's measurements, candidates, rules, and labelled term vectors."""

    split: str
    ma: list[Any]
    mb: list[Any]
    candidates: list[tuple[int, int]]
    rules: list[tuple[str, dict[str, Any]]]
    x: np.ndarray
    offset: np.ndarray
    """What `pair_measurements` adds after `score` (a term and its end, rarity, alone)."""
    y: np.ndarray
    """1 positive, 0 a wrong partner, 2 a trap, -1 unlabelled."""
    side: list[tuple[int, int]]
    """Per labelled candidate, the (A, B) measurement it pairs, for the ranking check."""


def _meets(keys: list[str], phrase: str) -> bool:
    return any(s.lower() in phrase.lower() for s in keys)


def _rules(expect: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = [("conflict", r) for r in expect.get("must_conflict", [])]
    for r in expect.get("must_not_conflict", []):
        out.append(("trap" if r["what"].startswith("trap:") else "compatible", r))
    return out


def _label(rules: list[tuple[str, dict[str, Any]]], pa: str, pb: str) -> int:
    whole = [kind for kind, r in rules if _meets(r["a_any"], pa) and _meets(r["b_any"], pb)]
    if any(k != "trap" for k in whole):
        return 1
    if whole:
        return 2
    half = any(_meets(r["a_any"], pa) != _meets(r["b_any"], pb)
               for kind, r in rules if kind != "trap")
    return 0 if half else -1


def collect(split: str, folder: Path) -> Folder | None:
    """The candidates of one pair folder, as `pair_measurements` is given them."""
    seen: list[Any] = []
    real = _measured.pair_measurements

    def keep(ma: Any, mb: Any, **kwargs: Any) -> Any:
        seen[:] = [(list(ma), list(mb), list(kwargs.get("candidates") or []))]
        return real(ma, mb, **kwargs)

    _measured.pair_measurements = keep  # type: ignore[assignment]
    try:
        claimdiff.diff(str(folder / "a.txt"), str(folder / "b.txt"))
    finally:
        _measured.pair_measurements = real
    if not seen:
        return None
    ma, mb, cands = seen[0]
    rules = _rules(json.loads((folder / "expect.json").read_text(encoding="utf-8")))
    idf = _score._idf(ma, mb)
    (twin_a, _), (twin_b, _) = repeats(ma), repeats(mb)
    rare = rarity(ma, twin_a, mb, twin_b)
    alone_a, alone_b = alone(ma, twin_a), alone(mb, twin_b)
    xs, offs, ys, sides = [], [], [], []
    for i, j in cands:
        faced = facing(ma[i], mb[j])
        if faced is None or different_things(*faced):
            continue
        a, b = faced
        terms, _ = _score.terms(a, b, idf, reason=False)
        off = _score.W_SAME_DAY if ends_alike(a, b) else 0.0
        if a.dimension in rare and not told_apart(a, b):
            off += rare[a.dimension]
        if ma[i].dimension == mb[j].dimension and not told_apart(a, b) \
                and both_alone(i, j, alone_a, alone_b, a, b):
            off += W_ALONE
        xs.append(terms)
        offs.append(off)
        ys.append(_label(rules, ma[i].phrase, mb[j].phrase))
        sides.append((i, j))
    n = len(NAMES)
    return Folder(split, ma, mb, cands, rules, np.array(xs, float).reshape(-1, n),
                  np.array(offs, float), np.array(ys, int), sides)


def precision_table(folders: list[Folder]) -> None:
    """How often each term fires (is non-zero) on positives and negatives."""
    x = np.vstack([f.x for f in folders])
    y = np.concatenate([f.y for f in folders])
    pos, neg = x[y == 1], x[(y == 0) | (y == 2)]
    print(f"labelled candidates: {len(pos)} positive, {len(neg)} negative "
          f"({int((y == -1).sum())} unlabelled)")
    print(f"{'term':18} {'weight':>7} {'on pos':>7} {'on neg':>7} {'prec':>5} "
          f"{'mean pos':>8} {'mean neg':>8}")
    base = len(pos) / max(len(pos) + len(neg), 1)
    for k, name in enumerate(NAMES):
        p, q = int((pos[:, k] != 0).sum()), int((neg[:, k] != 0).sum())
        prec = p / (p + q) if p + q else float("nan")
        print(f"{name:18} {_score.WEIGHTS[k]:+7.3f} {p:7d} {q:7d} {prec:5.2f} "
              f"{pos[:, k].mean():8.3f} {neg[:, k].mean():8.3f}")
    print(f"(base rate of positives among labelled: {base:.2f}; a penalty is right when its "
          "precision is below that, a bonus when above)")


def fit(folders: list[Folder], l2: float, signed: bool, trap: float = 1.0,
        anchored: float = 0.0, free: frozenset[str] = frozenset(NAMES)
        ) -> tuple[np.ndarray, float]:
    """Logistic regression on the labelled candidates, classes balanced, a trap counting
    `trap` times a wrong partner.

    Free (`anchored` 0): weights from zero, scaled to the hand-set ones (least squares) so
    the offset terms and threshold keep their scale. Anchored (`anchored` = k > 0): the logit
    is k * (score + offset) + b, the weights start at the hand-set ones and are shrunk
    towards them, and only the terms in `free` move."""
    x = np.vstack([f.x for f in folders])
    off = np.concatenate([f.offset for f in folders])
    label = np.concatenate([f.y for f in folders])
    keep = label >= 0
    x, off, label = x[keep], off[keep], label[keep]
    y = (label == 1).astype(float)
    sw = np.where(label == 2, trap, 1.0)
    sw = np.where(y == 1, 0.5 / sw[y == 1].sum(), 0.5 * sw / sw[y == 0].sum())
    hand = np.array(_score.WEIGHTS)
    movable = np.array([n in free for n in NAMES], float)
    k = anchored or 1.0
    w, b = (hand.copy(), -k * 0.28) if anchored else (np.zeros(x.shape[1]), 0.0)
    prior = hand if anchored else np.zeros_like(hand)
    rate = 2.0 / k ** 2
    for _ in range(4000):
        z = k * (x @ w + (off if anchored else 0.0)) + b
        g = sw * (1 / (1 + np.exp(-z)) - y)
        w -= rate * movable * (k * (x.T @ g) + l2 * (w - prior))
        b -= 2.0 * g.sum()
        if signed:
            w = np.where(hand >= 0, np.maximum(w, 0), np.minimum(w, 0))
    if anchored:
        return w, b / k
    scale = float(hand @ w / (w @ w)) if w @ w else 1.0
    return w * scale, b * scale


def rank_check(folders: list[Folder], w: np.ndarray) -> tuple[int, int]:
    """Of the positives, how many outrank every negative sharing one of their two values."""
    good = total = 0
    for f in folders:
        s = f.x @ w + f.offset
        for k in np.flatnonzero(f.y == 1):
            i, j = f.side[k]
            rivals = [s[m] for m in np.flatnonzero((f.y == 0) | (f.y == 2))
                      if f.side[m][0] == i or f.side[m][1] == j]
            total += 1
            good += all(s[k] > r for r in rivals)
    return good, total


def replay(folders: list[Folder], w: np.ndarray, threshold: float) -> dict[str, int]:
    """`pair_measurements` with weights `w`: rules whose two values were paired."""
    saved = _score.WEIGHTS
    _score.WEIGHTS = _score.Terms(*(float(v) for v in w))
    got = {"conflict": 0, "compatible": 0, "trap": 0}
    try:
        for f in folders:
            pairs = _pair.pair_measurements(f.ma, f.mb, candidates=f.candidates,
                                            threshold=threshold)
            for kind, r in f.rules:
                got[kind] += any(_meets(r["a_any"], f.ma[p.a].phrase)
                                 and _meets(r["b_any"], f.mb[p.b].phrase) for p in pairs)
    finally:
        _score.WEIGHTS = saved
    return got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signed", action="store_true", help="keep the hand-set signs")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--anchored", type=float, default=0.0,
                        help="k: fit k * (score - threshold), from the hand-set weights")
    parser.add_argument("--free", default=",".join(NAMES),
                        help="the terms an anchored fit may move")
    parser.add_argument("--trap", type=float, default=1.0,
                        help="how many wrong partners a trap candidate counts as")
    parser.add_argument("--thresholds", default="0.2,0.24,0.28,0.32")
    parser.add_argument("--folds", type=int, default=5, help="groups of splits left out")
    parser.add_argument("--cache", type=Path, help="keep the collected candidates here")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        folders = pickle.loads(args.cache.read_bytes())
        for f in folders:  # labels as this version reads them
            f.y = np.array([_label(f.rules, f.ma[i].phrase, f.mb[j].phrase) for i, j in f.side],
                           int)
    else:
        splits = pair_folders(DEFAULT_DIR)
        folders = [f for s in (*FIT, *UNSEEN) for p in splits.get(s, [])
                   if (f := collect(s, p)) is not None]
        if args.cache:
            args.cache.write_bytes(pickle.dumps(folders))
    fitting = [f for f in folders if f.split in FIT]
    unseen = [f for f in folders if f.split in UNSEEN]
    precision_table(fitting)
    hand = np.array(_score.WEIGHTS)
    free = frozenset(args.free.split(","))
    w, b = fit(fitting, args.l2, args.signed, args.trap, args.anchored, free)
    print("\nweights (hand -> fitted, scaled to the hand-set ones):")
    for k, name in enumerate(NAMES):
        print(f"  {name:18} {hand[k]:+.3f} -> {w[k]:+.3f}")
    print(f"  logistic intercept (scaled) {b:+.3f}: break-even score {-b:.3f}")
    print("\ncross-validation, splits left out by group (true partner outranks wrong ones):")
    for k in range(args.folds):
        out = {s for n, s in enumerate(FIT) if n % args.folds == k}
        wk, _ = fit([f for f in fitting if f.split not in out], args.l2, args.signed, args.trap,
                    args.anchored, free)
        left = [f for f in fitting if f.split in out]
        g_h, t = rank_check(left, hand)
        g_f, _ = rank_check(left, wk)
        print(f"  left out {','.join(sorted(out))}: hand {g_h}/{t}, fitted {g_f}/{t}")
    print("\nreplayed pairing (rules whose values are paired: conflict, compatible, trap):")
    for label, group in (("fitting", fitting), ("tune21+22", unseen)):
        for t in (float(v) for v in args.thresholds.split(",")):
            print(f"  {label} hand @ {t}: {replay(group, hand, t)}")
            print(f"  {label} fitted @ {t}: {replay(group, w, t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
