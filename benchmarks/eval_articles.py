"""Evaluate cross-source value pairing on the article-pair corpus.

Every pair folder (`a.txt`, `b.txt`, `expect.json`) under the given directory
(default: `corpora/article-pairs/`, every split reported apart) goes through
`claimdiff.diff`, the path `claimdiff diff a.txt b.txt` takes, each article
dated by its own dateline. Scoring follows the corpus README:

- contradictions found / planted (`must_conflict` met by some matching `conflict`);
- traps fallen into / traps (`must_not_conflict` whose `what` starts with `trap:`);
- false conflicts on compatible rephrasings, and compatible rephrasings paired
  (some matching pair `agree` or `compatible`) / total;
- conflicts that match no rule (the precision side: most are different things paired).

A rule matches a compared pair when one of its `a_any` strings occurs, ignoring
case, in the A-side value's phrase and one of its `b_any` in the B-side's.

    python benchmarks/eval_articles.py [DIR] [--verbose]

`--verbose` lists no misses of a frozen `heldout*` split: only its aggregate line.
`--stages` adds, per split, where each miss was lost: a side's value never drafted,
both drafted but never compared together, or compared with another verdict; and how
each trap was fallen into and each contradiction found (the kinds of evidence their
pair was paired by, never its words). These
are counts only, so they may be printed for a frozen split too.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import claimdiff
from claimdiff.compare import _claims
from claimdiff.measure import _different, _pair, facing

_seen: list[Any] = []
"""The measurements of the last diff, kept by `_keep` for `--stages`."""


def _keep(*args: Any, **kwargs: Any) -> Any:
    measured = _pair_by_measurement(*args, **kwargs)
    _seen[:] = [measured]
    return measured


_pair_by_measurement = _claims.pair_by_measurement

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "corpora" / "article-pairs"


@dataclass
class Tally:
    """Counts over a set of pairs, and the misses to list."""

    pairs: int = 0
    planted: int = 0
    found: int = 0
    traps: int = 0
    fallen: int = 0
    compatible: int = 0
    false_conflicts: int = 0
    paired: int = 0
    unmatched: int = 0
    compared: int = 0
    misses: list[str] = field(default_factory=list)
    stages: dict[str, int] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for name in ("pairs", "planted", "found", "traps", "fallen", "compatible",
                     "false_conflicts", "paired", "unmatched", "compared"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        for key, n in other.stages.items():
            self.stages[key] = self.stages.get(key, 0) + n

    def note(self, kind: str, stage: str) -> None:
        key = f"{kind}: {stage}"
        self.stages[key] = self.stages.get(key, 0) + 1

    def line(self, label: str) -> str:
        def pct(n: int, d: int) -> str:
            return f"{100 * n / d:.0f}%" if d else "-"

        return (f"{label}: {self.pairs} pairs; contradictions found {self.found}/{self.planted} "
                f"({pct(self.found, self.planted)}); traps fallen into {self.fallen}/{self.traps}; "
                f"false conflicts {self.false_conflicts}/{self.compatible}; compatible paired "
                f"{self.paired}/{self.compatible} ({pct(self.paired, self.compatible)}); "
                f"conflicts matching no rule {self.unmatched}; "
                f"value pairs compared {self.compared}")


def compared_pairs(report: Any) -> list[tuple[str, str, str, str]]:
    """`(A phrase, B phrase, verdict, explanation)` for every value the report compared."""
    out = []
    for pair in report.pairs:
        for v in pair.values:
            if v.a.value is None or v.b.value is None:
                continue
            out.append((v.a.value["text"], v.b.value["text"], v.verdict.value, v.explanation))
    return out


def _matches(rule: dict[str, Any], a: str, b: str) -> bool:
    la, lb = a.lower(), b.lower()
    return (any(s.lower() in la for s in rule["a_any"])
            and any(s.lower() in lb for s in rule["b_any"]))


def drafted_texts(report: Any) -> dict[str, list[str]]:
    """Every value and `when` phrase drafted on each side, lower-cased."""
    out: dict[str, list[str]] = {"a": [], "b": []}
    for claim in report.claims:
        for v in (claim.value, claim.when):
            if v is not None:
                out.setdefault(claim.source, []).append(v["text"].lower())
    return out


def _stage(rule: dict[str, Any], drafted: dict[str, list[str]],
           hits: list[tuple[str, str, str, str]]) -> str:
    """Where a missed rule was lost (see `--stages`)."""
    if hits:
        return "compared as " + "/".join(sorted({c[2] for c in hits}))
    sides = [side for side, key in (("A", "a_any"), ("B", "b_any"))
             if not any(s.lower() in t for s in rule[key] for t in drafted[side.lower()])]
    if sides:
        return f"{' and '.join(sides)} not drafted"
    return "both drafted, " + _why_apart(rule)


def _why_apart(rule: dict[str, Any]) -> str:
    """Why no measurement of a rule's A side was paired with one of its B side: the
    nearest miss over all such couples (lost to another partner, under the threshold,
    different things, different dimensions, not measured)."""
    if not _seen:
        return "not measured"
    m = _seen[0]

    def of(ms: list[Any], keys: list[str]) -> list[int]:
        return [k for k, x in enumerate(ms) if any(s.lower() in x.phrase.lower() for s in keys)]

    ma, mb = m.measurements_a, m.measurements_b
    xs, ys = of(ma, rule["a_any"]), of(mb, rule["b_any"])
    if not xs or not ys:
        return "not measured"
    idf = _pair._idf(ma, mb)
    dims = sorted({f"{ma[i].dimension.split(':')[0]} / {mb[j].dimension.split(':')[0]}"
                   for i in xs for j in ys})
    best = (0, f"different dimensions ({', '.join(dims)})")
    for i in xs:
        for j in ys:
            faced = facing(ma[i], mb[j])  # one side by its second reading ("since 2017")
            if faced is None:
                continue
            a, b = faced
            if _different.different_things(a, b):
                best = max(best, (1, "different things"))
                continue
            s, _ = _pair.score(a, b, idf)
            if s >= _pair.THRESHOLD:
                best = max(best, (3, "scored above threshold, lost to another partner"))
            else:
                best = max(best, (2, "scored below threshold"))
    return best[1]


def _trap_stage(hits: list[tuple[str, str, str, str]], planted: list[dict[str, Any]]) -> str:
    """How a conflict was reached (a trap fallen into, a contradiction found): the kinds of
    evidence its pair was paired by ("Paired because ..."), or that the conflicting values
    also meet a planted contradiction's rule (a rule written too loosely, not a tool error)."""
    a, b, _, why = next(c for c in hits if c[2] == "conflict")
    if any(_matches(rule, a, b) for rule in planted):
        return "its values also meet a planted contradiction"
    because = why.rpartition("Paired because ")[2].rstrip(".")
    kinds = sorted({_kind(part) for part in because.split(";") if part.strip()})
    return "paired because " + (", ".join(kinds) or "(no reason given)")


_KINDS = (("both measure", "one measured class"), ("both count", "one counted noun"),
          ("shared context", "shared context"), ("dates of one event", "dates of one event"),
          ("the same figure", "the same figure"), ("how long the", "one duration"),
          ("the same day", "the same day"), ("one holder", "one holder"),
          ("same dimension", "same dimension only"),
          ("each figure alone", "figures alone in their magnitude"))


def _kind(reason: str) -> str:
    """The kind of one reason a pair was paired by, without its words (which would tell a
    frozen split's content)."""
    reason = reason.strip()
    return next((kind for start, kind in _KINDS if reason.startswith(start)), "other")


def evaluate_pair(folder: Path) -> Tally:
    """The tally of one pair folder."""
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    _claims.pair_by_measurement = _keep  # to tell, for each miss, where it was lost
    try:
        report = claimdiff.diff(str(folder / "a.txt"), str(folder / "b.txt"))
    finally:
        _claims.pair_by_measurement = _pair_by_measurement
    compared = compared_pairs(report)
    drafted = drafted_texts(report)
    t = Tally(pairs=1, compared=len(compared))
    name = folder.name
    rules = [*expect.get("must_conflict", []), *expect.get("must_not_conflict", [])]
    for rule in expect.get("must_conflict", []):
        t.planted += 1
        hits = [c for c in compared if _matches(rule, c[0], c[1])]
        if any(c[2] == "conflict" for c in hits):
            t.found += 1
            t.note("found", _trap_stage(hits, []))
        else:
            stage = _stage(rule, drafted, hits)
            t.note("missed", stage)
            seen = "; ".join(f"{c[2]} {c[0]!r}~{c[1]!r}" for c in hits) or stage
            t.misses.append(f"{name}: MISSED contradiction: {rule['what']} [{seen}]")
    for rule in expect.get("must_not_conflict", []):
        hits = [c for c in compared if _matches(rule, c[0], c[1])]
        conflict = any(c[2] == "conflict" for c in hits)
        if rule["what"].startswith("trap:"):
            t.traps += 1
            if conflict:
                t.fallen += 1
                t.note("trap fallen", _trap_stage(hits, expect.get("must_conflict", [])))
                t.misses.append(f"{name}: TRAP fallen into: {rule['what']}")
            continue
        t.compatible += 1
        if conflict:
            t.false_conflicts += 1
            why = next(c[3] for c in hits if c[2] == "conflict")
            t.misses.append(f"{name}: FALSE conflict: {rule['what']} ({why})")
        if any(c[2] in ("agree", "compatible") for c in hits):
            t.paired += 1
        elif not conflict:
            stage = _stage(rule, drafted, hits)
            t.note("not paired", stage)
            seen = "; ".join(f"{c[2]} {c[0]!r}~{c[1]!r}" for c in hits) or stage
            t.misses.append(f"{name}: NOT paired: {rule['what']} [{seen}]")
    for a, b, verdict, why in compared:
        if verdict == "conflict" and not any(_matches(r, a, b) for r in rules):
            t.unmatched += 1
            t.misses.append(f"{name}: conflict matching no rule: {a!r} vs {b!r}: {why}")
    return t


def pair_folders(directory: Path) -> dict[str, list[Path]]:
    """Pair folders by split: `DIR/*/expect.json` is one split, `DIR/*/*/expect.json` several."""
    if (directory / "expect.json").exists():
        return {directory.parent.name: [directory]}
    direct = sorted(p.parent for p in directory.glob("*/expect.json"))
    if direct:
        return {directory.name: direct}
    splits: dict[str, list[Path]] = {}
    for p in sorted(directory.glob("*/*/expect.json")):
        splits.setdefault(p.parent.parent.name, []).append(p.parent)
    return splits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the misses per pair")
    parser.add_argument("--stages", action="store_true",
                        help="count where each miss was lost, per split")
    args = parser.parse_args(argv)
    splits = pair_folders(args.directory)
    if not splits:
        print(f"no pair folders under {args.directory}", file=sys.stderr)
        return 2
    total = Tally()
    for split, folders in splits.items():
        tally = Tally()
        for folder in folders:
            tally.add(evaluate_pair(folder))
        if args.verbose and split.startswith("heldout"):
            print(f"  ({split} is frozen: its misses are not listed)")
        elif args.verbose:
            for miss in tally.misses:
                print(f"  {miss}")
        print(tally.line(split))
        if args.stages:
            for key in sorted(tally.stages):
                print(f"    {key}: {tally.stages[key]}")
        total.add(tally)
    if len(splits) > 1:
        print(total.line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
