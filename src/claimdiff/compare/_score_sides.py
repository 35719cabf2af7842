"""Two scores, tallies or odds compared side by side ("7-2" against "5-4").

A score agrees with a score whose two sides are the same, in the order written or the
other ("X beat Y 2-1" and "Y lost 1-2 to X" are one result); otherwise it conflicts,
and the explanation names the side that differs. The other report's order is the one
that keeps more sides equal, so that "3-1" against "2-1" names the first side only.
A score against one count ("by 214 votes to 187" and "214 deputies backed it") agrees
when the count is one of its sides and is never in conflict with it.
"""

from __future__ import annotations

from claimdiff.normalization import Value
from claimdiff.verdicts import Verdict

__all__ = ["compare_sides", "count_against_sides"]


def compare_sides(a: tuple[int, int], b: tuple[int, int], ta: str,
                  tb: str) -> tuple[Verdict, str]:
    """The verdict on two scores' sides and a sentence naming what differs."""
    sa, sb = f"{a[0]}-{a[1]}", f"{b[0]}-{b[1]}"
    if a == b:
        return Verdict.AGREE, f"{ta} and {tb} are both the score {sa}, side by side."
    turned = (b[1], b[0])
    if a == turned:
        return Verdict.AGREE, (f"{ta} is {sa} and {tb} {sb}: the same score, its sides "
                               "written in the other order.")
    same = sum(x == y for x, y in zip(a, b, strict=True))
    if sum(x == y for x, y in zip(a, turned, strict=True)) > same:
        b = turned
    differ = [f"{x} against {y}" for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) == 2:
        what = f"both sides differ ({differ[0]}; {differ[1]})"
    else:
        k = 0 if a[0] != b[0] else 1
        what = (f"the {('first', 'second')[k]} side differs ({differ[0]}), the other, "
                f"{a[1 - k]}, is the same")
    return Verdict.CONFLICT, f"{ta} is the score {sa} and {tb} {sb}: {what}."


def count_against_sides(va: Value, vb: Value, ta: str, tb: str) -> tuple[Verdict, str]:
    """A score's sides against one count: `agree` when the count reads as one of them, else
    `incomparable` (a count may be of anything a score's sides are not)."""
    score, count, ts, tc = (va, vb, ta, tb) if va.sides is not None else (vb, va, tb, ta)
    assert score.sides is not None
    sides = f"{score.sides[0]}-{score.sides[1]}"
    for k, side in enumerate(score.sides):
        if count.core.contains_point(float(side)):
            return Verdict.AGREE, (f"{tc} is {side}, the {('first', 'second')[k]} side of "
                                   f"the score {sides} ({ts}).")
    return Verdict.INCOMPARABLE, (f"{tc} is one count and {ts} the score {sides}: a count "
                                  "that is neither side is not compared with a score.")
