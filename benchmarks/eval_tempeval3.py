"""TempEval-3 Platinum: claimdiff's temporal reader against the TE3 gold.

Two measures, printed beside HeidelTime's published figures (UzZaman et al.
2013, Table 3):

1. Value accuracy on gold extents: each gold TIMEX3's text is read in its
   article's context (`claimdiff.extract.read_in_context`: the document creation
   time (DCT) as the publication date, its sentence for the tense, the reference
   time the text set before it); its TIMEX3 value is compared with the gold
   `value` as a string.
2. Running text: `scan_temporal` over each document's text, scored as the TE3
   scorer does (token overlap = relaxed match, P/R/F1; value F1 = relaxed F1 x
   exact-value accuracy among relaxed matches).

The documents are split 2:1 by a hash of their name (`part`) into a tuning part
and a held-out part, fixed before the reference-time rules were written; every
figure is printed for the whole and for each part, and `-v` prints the misses
of the tuning part only (the held-out misses stay unread).

The data is read from `$CLAIMDIFF_EXTERNAL/tempeval3-platinum` (default
`<repo>/../shared/eval/external`) and never copied. Run:

    python benchmarks/eval_tempeval3.py [-v]
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from claimdiff.extract import read_in_context
from claimdiff.normalization import scan_temporal

REPO = Path(__file__).resolve().parent.parent
HEIDELTIME = {"relaxed_f1": 90.30, "strict_f1": 81.34, "value_f1": 77.61, "value_acc": 86.0}
TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Doc:
    """One TE3 document: plain text, DCT and gold TIMEX3 (start, end, value)."""

    name: str
    dct: str
    text: str
    gold: list[tuple[int, int, str]]


def part(name: str) -> str:
    """`held-out` for a third of the documents (by a hash of the name), `tune` for the rest."""
    return "held-out" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def data_dir() -> Path:
    """Where the TE3 platinum `.tml` files are."""
    base = Path(os.environ.get("CLAIMDIFF_EXTERNAL", REPO.parent / "shared" / "eval" / "external"))
    return base / "tempeval3-platinum"


def load(path: Path) -> Doc:
    """Parse a `.tml` file: strip tags, keep the gold TIMEX3 offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    assert dct_m is not None
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text, gold, pos = [], [], 0
    for m in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>|[^<]+", body, re.S):
        if m.group(2) is not None:
            inner = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
            value = re.search(r'value="([^"]*)"', m.group(1))
            gold.append((pos, pos + len(inner), value.group(1) if value else ""))
            text.append(inner)
            pos += len(inner)
        elif not m.group(0).startswith("<"):
            chunk = html.unescape(m.group(0))
            text.append(chunk)
            pos += len(chunk)
    return Doc(path.stem, dct_m.group(1)[:10], "".join(text), gold)


def value_accuracy(docs: list[Doc], verbose: bool) -> tuple[int, int]:
    """Measure 1: exact TIMEX3 value on gold extents, each read in its article's context
    (its sentence and the reference time set before it), as the extractor reads it."""
    right = total = 0
    for doc in docs:
        values = read_in_context(doc.text, [(s, e) for s, e, _ in doc.gold], published=doc.dct)
        for (start, end, gold), value in zip(doc.gold, values, strict=True):
            total += 1
            got = value.timex if value is not None else None
            right += got == gold
            if verbose and got != gold and part(doc.name) == "tune":
                print(f"  value  {doc.dct} {doc.text[start:end]!r}: gold {gold}, got {got}",
                      file=sys.stderr)
    return right, total


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a gold extent: what the extractor passes as context."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0),
                default=len(text))
    return text[left + 1:right]


def _tokens(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(i for i, m in enumerate(TOKEN.finditer(text)) if m.start() < end
                     and m.end() > start)


def running_text(docs: list[Doc], verbose: bool) -> dict[str, float]:
    """Measure 2: TE3 relaxed/strict P, R, F1 and value F1 of `scan_temporal`."""
    n_sys = n_gold = relaxed = strict = values = 0
    for doc in docs:
        verbose_doc = verbose and part(doc.name) == "tune"
        found = scan_temporal(doc.text, reference=doc.dct)
        system = [(_tokens(doc.text, s, e), v.timex if v else None, doc.text[s:e])
                  for s, e, v in found]
        gold = [(_tokens(doc.text, s, e), value, doc.text[s:e]) for s, e, value in doc.gold]
        n_sys += len(system)
        n_gold += len(gold)
        used: set[int] = set()
        for toks, value, phrase in system:
            hit = next((i for i, g in enumerate(gold) if i not in used and toks & g[0]), None)
            if hit is None:
                if verbose_doc:
                    print(f"  extra  {phrase!r} ({value})", file=sys.stderr)
                continue
            used.add(hit)
            relaxed += 1
            strict += toks == gold[hit][0]
            values += value == gold[hit][1]
            if verbose_doc and value != gold[hit][1]:
                print(f"  scan   {phrase!r} vs {gold[hit][2]!r}: gold {gold[hit][1]}, got {value}",
                      file=sys.stderr)
        if verbose_doc:
            for i, g in enumerate(gold):
                if i not in used:
                    print(f"  missed {g[2]!r} ({g[1]})", file=sys.stderr)

    def f1(hits: int) -> float:
        p, r = hits / n_sys if n_sys else 0.0, hits / n_gold
        return 200 * p * r / (p + r) if p + r else 0.0

    relaxed_f1 = f1(relaxed)
    return {"relaxed_p": 100 * relaxed / n_sys if n_sys else 0.0,
            "relaxed_r": 100 * relaxed / n_gold,
            "relaxed_f1": relaxed_f1, "strict_f1": f1(strict),
            "value_acc": 100 * values / relaxed if relaxed else 0.0,
            "value_f1": relaxed_f1 * values / relaxed if relaxed else 0.0}


def main(argv: list[str]) -> int:
    """Print both measures; exit 0 (or 0 with a message when the data is absent)."""
    folder = data_dir()
    files = sorted(folder.glob("*.tml"))
    if not files:
        print(f"TempEval-3 platinum not found in {folder}; set CLAIMDIFF_EXTERNAL. Skipped.")
        return 0
    verbose = "-v" in argv
    docs = [load(f) for f in files]
    for label, chosen in (("whole", docs), *((p, [d for d in docs if part(d.name) == p])
                                               for p in ("tune", "held-out"))):
        right, total = value_accuracy(chosen, verbose and label == "whole")
        print(f"TempEval-3 platinum, {label}: {len(chosen)} documents, {total} gold TIMEX3")
        print(f"(1) value accuracy on gold extents: {100 * right / total:.2f}% ({right}/{total})"
              f"   HeidelTime ~{HEIDELTIME['value_acc']:.0f}% "
              f"(value F1 / relaxed F1 = {HEIDELTIME['value_f1']}/{HEIDELTIME['relaxed_f1']})")
        s = running_text(chosen, verbose and label == "whole")
        print(f"(2) running text: relaxed P {s['relaxed_p']:.2f} R {s['relaxed_r']:.2f} "
              f"F1 {s['relaxed_f1']:.2f} (HeidelTime {HEIDELTIME['relaxed_f1']}), "
              f"strict F1 {s['strict_f1']:.2f} (HeidelTime {HEIDELTIME['strict_f1']}), "
              f"value F1 {s['value_f1']:.2f} (HeidelTime {HEIDELTIME['value_f1']}); "
              f"value accuracy among relaxed matches {s['value_acc']:.2f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
