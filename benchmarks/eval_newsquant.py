"""NewsQuant (CQE, EMNLP 2023): quantity finding in news sentences, scored like the paper.

Run: `python benchmarks/eval_newsquant.py [--errors N]`. The data is read from
`$CLAIMDIFF_EXTERNAL/newsquant/NewsQuant.json` (default `<repo>/../shared/eval/external`)
and never copied into the repository; without it the script prints a skip message.

Scoring (the folder's SOURCE.md): a predicted value matches a gold one when
`isclose(rtol=1e-5, atol=1e-8)`; a range needs both ends (compared as sorted
pairs: "from 4.8 to 4.7" and [4.7, 4.8] are the same set). Each gold quantity
is matched at most once. P = TP / #predicted, R = TP / #gold.

How a claimdiff reading is mapped to the gold's conventions (the library is
not changed for them): the value is the number as written times its scale word,
in the written unit ("12.7 km" -> 12.7, "$3 billion" -> 3e9, "19 cents" -> 19,
"12%" -> 12); "thousands of" -> the range [1000, 10000] the gold uses, "dozens
of" -> [12, 120]; "a few", "several", "a couple" have no gold form and are not
counted as predictions. Change symbol: "up"/"down" when a change word stands
just before ("rose 3%", "grow sales by 35%"; `normalize/_change_en.py`), else
from the hedge: `~` for about/almost, `>` for more than/at least, `<` for less
than/up to, `=` otherwise.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
from pathlib import Path

from claimdiff.normalization._change_en import change_before
from claimdiff.normalization._hedges import Hedge
from claimdiff.normalization._quantity import read_quantities
from claimdiff.normalization._quantity_en import VAGUE_MULTIPLIERS, VAGUE_PLURAL_SCALES
from claimdiff.normalization._quantity_read import Reading

REPO = Path(__file__).resolve().parent.parent
SYMBOL = {
    Hedge.BARE: "=", Hedge.EXACT: "=", Hedge.APPROX: "~", Hedge.ALMOST: "~",
    Hedge.MORE_THAN: ">", Hedge.AT_LEAST: ">", Hedge.LESS_THAN: "<", Hedge.AT_MOST: "<",
}

Pred = tuple[tuple[float, ...], str]


def external_dir() -> Path:
    """Where the external evaluation data lives."""
    return Path(os.environ.get("CLAIMDIFF_EXTERNAL", REPO.parent / "shared" / "eval" / "external"))


def as_gold_value(r: Reading) -> tuple[float, ...] | None:
    """The reading's value in NewsQuant's form: one number or a (lo, hi) pair."""
    if r.vague == "dozens of":
        return (12.0, 120.0)
    if r.vague:
        words = r.vague.replace(" of", "").split()
        if words[-1] not in VAGUE_PLURAL_SCALES:
            return None  # "a few", "several": no gold convention
        base = VAGUE_PLURAL_SCALES[words[-1]]
        if len(words) == 2:
            base *= VAGUE_MULTIPLIERS[words[0]]
        return (base, base * 10)
    return tuple(sorted(n.value for n in r.numbers))


def change_symbol(text: str, r: Reading) -> str:
    """CQE's bound symbol: a bound hedge, else a change verb, else an approximator, else `=`.

    A bound ("more than 60%") outranks a change verb ("lost more than 60%" is `>` in
    the gold), while a change verb outranks an approximator ("rose about 1.5%" is `up`).
    """
    hedge = SYMBOL[r.hedge]
    word = (r.hedge_word or "").lower()
    if r.hedge is Hedge.ALMOST and ("under" in word or "below" in word):
        hedge = "<"  # CQE files "just under" with "<": its lexicon goes by the word
    if hedge in "<>":
        return hedge
    change = None if r.opener else change_before(text, r.start)
    if change is None and r.percent and r.numbers:
        if text[r.start - 1:r.start] == "+":
            change = "up"  # "Dow +0.2%"
        elif r.numbers[0].value < 0:
            change = "down"  # "FTSE -0.6%"
    return change or hedge


def predict(text: str) -> list[Pred]:
    """Our quantities in `text`, mapped to (value, change symbol)."""
    out: list[Pred] = []
    previous: tuple[Reading, str] | None = None
    for r, _value in read_quantities(text):
        value = as_gold_value(r)
        if value is None:
            continue
        symbol = change_symbol(text, r)
        if previous and symbol == "=" and text[previous[0].end:r.start].strip() == "(":
            symbol = previous[1]  # "dropped by 1 C (1.8 F)": a restatement keeps the change
        out.append((value, symbol))
        previous = (r, symbol)
    return out


def gold_of(q: dict[str, str]) -> Pred:
    """A gold quantity as (value, change)."""
    raw = q["value"].strip()
    parts = raw.split("-", 1) if "-" in raw[1:] and "E-" not in raw else [raw]
    if len(parts) == 2 and parts[0] == "":
        parts = [raw]
    ends = tuple(sorted(float(p.strip()) for p in parts))
    return ends, q["change"].strip()


def _close(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8)
                                    for x, y in zip(a, b, strict=True))


def match(preds: list[Pred], golds: list[Pred], *, change: bool) -> int:
    """Greedy one-to-one matching; the number of true positives."""
    used = [False] * len(golds)
    tp = 0
    for value, sym in preds:
        for i, (gv, gs) in enumerate(golds):
            if not used[i] and _close(value, gv) and (not change or sym == gs):
                used[i] = True
                tp += 1
                break
    return tp


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 in percent."""
    p = 100 * tp / n_pred if n_pred else 0.0
    r = 100 * tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    """Score claimdiff on NewsQuant and print it beside the published systems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong sentences")
    args = parser.parse_args(argv)
    folder = external_dir() / "newsquant"
    data_file = folder / "NewsQuant.json"
    if not data_file.exists():
        print(f"skip: {data_file} not found (set CLAIMDIFF_EXTERNAL)", file=sys.stderr)
        return 0
    data = json.loads(data_file.read_text(encoding="utf-8"))
    n_pred = n_gold = tp_value = tp_change = 0
    shown = 0
    for item in data:
        preds = predict(item["text"])
        golds = [gold_of(q) for q in item["quantities"]]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(golds)
        tv, tc = match(preds, golds, change=False), match(preds, golds, change=True)
        tp_value, tp_change = tp_value + tv, tp_change + tc
        if shown < args.errors and (tc != len(preds) or tc != len(golds)):
            shown += 1
            print(f"\n{item['text']}\n  gold: {golds}\n  ours: {preds}")
    rows = [("claimdiff", "value", *prf(tp_value, n_pred, n_gold)),
            ("claimdiff", "value+change", *prf(tp_change, n_pred, n_gold))]
    published = folder / "NewsQuant_published_results.csv"
    if published.exists():
        with published.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["type"] in ("value", "value+change") and row["model"] in (
                    "CQE-Numparser", "quantulum3"
                ):
                    rows.append((row["model"], row["type"], float(row["P"]), float(row["R"]),
                                 float(row["F1"])))
    print(f"NewsQuant: {len(data)} sentences, {n_gold} gold quantities, {n_pred} predicted")
    print(f"{'system':<15} {'metric':<13} {'P':>6} {'R':>6} {'F1':>6}")
    for system, metric, p, r, f in rows:
        print(f"{system:<15} {metric:<13} {p:6.1f} {r:6.1f} {f:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
