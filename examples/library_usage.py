"""claimdiff as a library: read phrases, compare values, diff sources, check a set.

Run from the repository root: `python examples/library_usage.py`.
"""

from __future__ import annotations

from pathlib import Path

import claimdiff

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "000_6396fc36ecca3174.claims.yaml"


def main() -> None:
    # 1. One phrase as a fuzzy value: a core (what is asserted) inside a support.
    value = claimdiff.normalize("almost nine months after September 19, 2023")
    print(f"{value.text!r}: core {value.render()}, support {value.render(value.support)}")

    # 2. Two phrases compared, with a verdict a person can check.
    for a, b in [("a six-week war", "the 44-day war"), ("four villages", "six villages")]:
        cmp = claimdiff.compare_values(a, b)
        print(f"{cmp.verdict}: {cmp.explanation}")

    # 3. Two sources: a curated claim file against a plain-text article.
    seed = claimdiff.load_claimset(str(SEED))
    # Its dateline ("BAKU, June 12") has no year: the publication date places its dates.
    wire = claimdiff.load_source(str(HERE / "karabakh" / "caucasus_wire_2024-06-12.txt"),
                                 published="2024-06-12")
    report = claimdiff.diff(seed, wire)
    print(claimdiff.render("text", report).splitlines()[0])
    conflicts = [p for p in report.pairs if p.verdict is claimdiff.Verdict.CONFLICT]
    print(f"{len(report.pairs)} aligned pairs, {len(conflicts)} in conflict")

    # 4. Many sources at once: clusters, consensus values, echoes.
    files = [str(SEED), *sorted(str(p) for p in (HERE / "karabakh").glob("*.claims.yaml"))]
    clusters = claimdiff.compare_sources(files)
    print(f"{len(clusters.clusters)} clusters over {len(files)} sources")


if __name__ == "__main__":
    main()
