"""Two independent curators' claim files of each article pair, diffed and scored.

Run: `python benchmarks/eval_claim_pairs.py [--split tune|heldout] [--show]`.
`corpora/claim-pairs/<split>/<case>/` holds curator A's `a.claims.yaml` and curator
B's `b.claims.yaml`, each worded in its curator's style; the expectations are the
article pair's `corpora/article-pairs/<split>/<case>/expect.json`.

Scoring follows `benchmarks/eval_claims_v2.py`, a value's phrase being its claim's
quote (the value's own text when the claim quotes nothing): a rule matches a compared
value pair when one of `a_any` occurs in the A side's phrase and one of `b_any` in the
B side's; a planted contradiction is found when a matching pair is a conflict; a trap is
fallen into, or a compatible rephrasing is a false conflict, when a matching pair is a
conflict; a compatible rephrasing is paired when a matching pair agrees or is
compatible; unmatched conflicts are conflicts no rule covers.

`heldout` is frozen: it is scored once, for its aggregate line only (`--show` is refused
there, so that its misses are never read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "corpora" / "claim-pairs"
ARTICLES = ROOT / "corpora" / "article-pairs"
Row = tuple[str, str, str]
KEYS = ("found", "planted", "fell", "traps", "paired", "false", "rephrasings", "unmatched",
        "pairs", "values")


def _matches(rule: dict[str, list[str]], row: Row) -> bool:
    a, b, _ = row
    return (any(s.lower() in a.lower() for s in rule["a_any"])
            and any(s.lower() in b.lower() for s in rule["b_any"]))


def score_case(split: str, case: str, show: bool) -> dict[str, int]:
    """Counts for one case."""
    from claimdiff import diff

    folder = CLAIMS / split / case
    report = diff(str(folder / "a.claims.yaml"), str(folder / "b.claims.yaml"))
    rows: list[Row] = []
    for p in report.pairs:
        for v in p.values:
            if v.a.value and v.b.value:
                rows.append((v.a.quote or v.a.value["text"], v.b.quote or v.b.value["text"],
                             v.verdict.value))
    expect = json.loads((ARTICLES / split / case / "expect.json").read_text(encoding="utf-8"))
    out = dict.fromkeys(KEYS, 0)
    out["pairs"], out["values"] = len(report.pairs), len(rows)
    covered: set[Row] = set()
    for rule in expect["must_conflict"]:
        hits = [r for r in rows if _matches(rule, r)]
        covered.update(hits)
        out["planted"] += 1
        found = any(r[2] == "conflict" for r in hits)
        out["found"] += found
        if show and not found:
            print(f"  {case}: contradiction missed: {rule['what']}")
    for rule in expect["must_not_conflict"]:
        hits = [r for r in rows if _matches(rule, r)]
        covered.update(hits)
        bad = any(r[2] == "conflict" for r in hits)
        if rule["what"].startswith("trap:"):
            out["traps"] += 1
            out["fell"] += bad
            if show and bad:
                print(f"  {case}: trap fallen into: {rule['what']}")
            continue
        out["rephrasings"] += 1
        out["false"] += bad
        paired = any(r[2] in ("agree", "compatible") for r in hits)
        out["paired"] += paired
        if show and (bad or not paired):
            print(f"  {case}: {'false conflict' if bad else 'unpaired'}: {rule['what']}")
    unmatched = [r for r in rows if r[2] == "conflict" and r not in covered]
    out["unmatched"] = len(unmatched)
    if show:
        for a, b, _ in unmatched:
            print(f"  {case}: unmatched conflict: {a!r} vs {b!r}")
    return out


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f}%" if d else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "heldout"), default="tune")
    parser.add_argument("--show", action="store_true", help="list what was missed (tune only)")
    args = parser.parse_args()
    if args.show and args.split == "heldout":
        parser.error("the held-out split is frozen: only its aggregate line is printed")
    cases = sorted(p.name for p in (CLAIMS / args.split).iterdir() if p.is_dir())
    total = dict.fromkeys(KEYS, 0)
    for case in cases:
        for k, v in score_case(args.split, case, args.show).items():
            total[k] += v
    t = total
    print(f"{args.split} ({len(cases)} pairs): contradictions found {t['found']}/{t['planted']} "
          f"({_pct(t['found'], t['planted'])}), traps fallen into {t['fell']}/{t['traps']}, "
          f"rephrasings paired {t['paired']}/{t['rephrasings']} "
          f"({_pct(t['paired'], t['rephrasings'])}), false conflicts {t['false']}, "
          f"unmatched conflicts {t['unmatched']} ({t['pairs']} claim pairs, "
          f"{t['values']} value pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
