"""Scoring a diff of two curated claim files against an article pair's `expect.json`.

Shared by `eval_claims_v2.py` and `eval_claim_pairs.py`. Every compared value pair of
the report is a `Row`: each side's value text, its claim's quote, and the verdict. A
rule (`a_any`, `b_any`) matches a row when one of `a_any` occurs, ignoring case, in
the A side's phrase and one of `b_any` in the B side's. A value's phrase is its own
text; only when no row's own texts match a rule are the claims' quotes read instead
(a curator's value text may leave out the words the rule names: "34" for "34 people
were taken to hospital"), so a rule about one value of a claim is never scored on
another value of the same claim, nor on a value pair another rule names by its texts.

- a planted contradiction is found when a matching row is a conflict;
- a trap is fallen into, or a compatible rephrasing is a false conflict, when a
  matching row is a conflict;
- a compatible rephrasing is paired when a matching row agrees or is compatible;
- unmatched conflicts are conflicts no rule covers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

KEYS = ("found", "planted", "fell", "traps", "paired", "false", "rephrasings", "unmatched",
        "pairs", "values")


@dataclass(frozen=True)
class Row:
    """One compared value pair: each side's value text and claim quote, and the verdict."""

    a_text: str
    a_quote: str
    b_text: str
    b_quote: str
    verdict: str


def rows(report: Any) -> list[Row]:
    """Every value pair the report compared (both sides with a value)."""
    out = []
    for p in report.pairs:
        for v in p.values:
            if v.a.value and v.b.value:
                a, b = v.a.value["text"], v.b.value["text"]
                out.append(Row(a, v.a.quote or a, b, v.b.quote or b, v.verdict.value))
            elif v.aspect.startswith("value:score"):  # a score read as a whole: its quote
                a, b = v.a.quote or "", v.b.quote or ""
                out.append(Row(a, a, b, b, v.verdict.value))
    return out


def _has(needles: Iterable[str], text: str) -> bool:
    low = text.lower()
    return any(s.lower() in low for s in needles)


def _own(rule: dict[str, list[str]], row: Row) -> bool:
    return _has(rule["a_any"], row.a_text) and _has(rule["b_any"], row.b_text)


def hits(rule: dict[str, list[str]], found: list[Row], quotes: str = "fallback",
         named: frozenset[Row] = frozenset()) -> list[Row]:
    """The rows `rule` is about: those whose value texts match it, else those whose claims'
    quotes do, but for the rows `named` by another rule's texts (`quotes`: "fallback";
    "always": quotes only, every row)."""
    own = [] if quotes == "always" else [r for r in found if _own(rule, r)]
    if own:
        return own
    return [r for r in found if (quotes == "always" or r not in named)
            and _has(rule["a_any"], r.a_quote) and _has(rule["b_any"], r.b_quote)]


def score(found: list[Row], expect: dict[str, Any], *, quotes: str = "fallback",
          say: Callable[[str], None] | None = None) -> dict[str, int]:
    """Counts for one article pair (`say`: called with each miss, in words)."""
    out = dict.fromkeys(KEYS, 0)
    out["values"] = len(found)
    covered: set[Row] = set()
    rules = [*expect["must_conflict"], *expect["must_not_conflict"]]
    named = frozenset(r for r in found if any(_own(rule, r) for rule in rules))
    for rule in expect["must_conflict"]:
        got = hits(rule, found, quotes, named)
        covered.update(got)
        out["planted"] += 1
        ok = any(r.verdict == "conflict" for r in got)
        out["found"] += ok
        if say is not None and not ok:
            say(f"contradiction missed: {rule['what']}")
    for rule in expect["must_not_conflict"]:
        got = hits(rule, found, quotes, named)
        covered.update(got)
        bad = any(r.verdict == "conflict" for r in got)
        if rule["what"].startswith("trap:"):
            out["traps"] += 1
            out["fell"] += bad
            if say is not None and bad:
                say(f"trap fallen into: {rule['what']}")
            continue
        out["rephrasings"] += 1
        out["false"] += bad
        paired = any(r.verdict in ("agree", "compatible") for r in got)
        out["paired"] += paired
        if say is not None and (bad or not paired):
            say(f"{'false conflict' if bad else 'unpaired'}: {rule['what']}")
    unmatched = [r for r in found if r.verdict == "conflict" and r not in covered]
    out["unmatched"] = len(unmatched)
    if say is not None:
        for r in unmatched:
            say(f"unmatched conflict: {r.a_text!r} vs {r.b_text!r}")
    return out


def add(total: dict[str, int], counts: dict[str, int]) -> None:
    """Add one pair's counts to `total`."""
    for k, v in counts.items():
        total[k] = total.get(k, 0) + v
