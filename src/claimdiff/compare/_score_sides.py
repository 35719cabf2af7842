"""Two scores, tallies or odds compared side by side ("7-2" against "5-4").

A score agrees with a score whose two sides are the same, in the order written or the
other ("X beat Y 2-1" and "Y lost 1-2 to X" are one result); otherwise it conflicts,
and the explanation names the side that differs. The other report's order is the one
that keeps more sides equal, so that "3-1" against "2-1" names the first side only.
"""

from __future__ import annotations

from claimdiff.verdicts import Verdict

__all__ = ["compare_sides"]


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
