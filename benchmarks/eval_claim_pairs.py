"""Two independent curators' claim files of each article pair, diffed and scored.

Run: `python benchmarks/eval_claim_pairs.py [--split tune|heldout|heldout2|...] [--show]`.
`corpora/claim-pairs/<split>/<case>/` holds curator A's `a.claims.yaml` and curator
B's `b.claims.yaml`, each worded in its curator's style; the expectations are the
article pair's `corpora/article-pairs/<split>/<case>/expect.json`.

Scoring is `benchmarks/_claim_score.py`'s, shared with `eval_claims_v2.py`: a rule
matches a compared value pair by the values' own texts, else by their claims' quotes
(`--quotes always`: by the quotes only, as this script scored before, when a claim's
other value could meet a rule meant for one of its values).

Every `heldout*` split is frozen: each is scored once, for its aggregate line only
(`--show` is refused there, so that its misses are never read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "corpora" / "claim-pairs"
ARTICLES = ROOT / "corpora" / "article-pairs"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _claim_score import KEYS, add, rows, score  # noqa: E402


def score_case(split: str, case: str, show: bool, quotes: str = "fallback") -> dict[str, int]:
    """Counts for one case."""
    from claimdiff import diff

    folder = CLAIMS / split / case
    report = diff(str(folder / "a.claims.yaml"), str(folder / "b.claims.yaml"))
    expect = json.loads((ARTICLES / split / case / "expect.json").read_text(encoding="utf-8"))
    out = score(rows(report), expect, quotes=quotes,
                say=(lambda line: print(f"  {case}: {line}")) if show else None)
    out["pairs"] = len(report.pairs)
    return out


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f}%" if d else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(p.name for p in CLAIMS.iterdir() if p.is_dir()),
                        default="tune")
    parser.add_argument("--show", action="store_true", help="list what was missed (tune only)")
    parser.add_argument("--quotes", choices=("fallback", "always"), default="fallback",
                        help="match rules by the claims' quotes only when no value text "
                        "matches (fallback), or always")
    args = parser.parse_args()
    if args.show and args.split.startswith("heldout"):
        parser.error("the held-out split is frozen: only its aggregate line is printed")
    cases = sorted(p.name for p in (CLAIMS / args.split).iterdir() if p.is_dir())
    total = dict.fromkeys(KEYS, 0)
    for case in cases:
        add(total, score_case(args.split, case, args.show, args.quotes))
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
