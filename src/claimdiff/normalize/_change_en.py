"""Direction of change stated just before a quantity: "rose 3%", "fell by $2bn", "down 0.4%".

A light, clause-local detector: it looks only at the words right before the
quantity's span (which already includes any hedge), so "rose 9.4 per cent to
$84" marks 9.4 % as a rise and leaves $84 as a level.
"""

from __future__ import annotations

import re
from typing import Literal

Direction = Literal["up", "down"]

_UP = (
    "up rose rise rises rising risen increased increase increases increasing gained gain gains "
    "gaining jumped jump jumps jumping climbed climb climbs climbing grew grow grows growing "
    "advanced advance advances added adds surged surge surges soared soar soars rallied rally "
    "rallies higher boosted boost spiked leapt leaped leap hiked "
    "accelerated expanded expand expands soaring surging jumping climbing rallying"
).split()
_DOWN = (
    "down fell fall falls falling fallen dropped drop drops dropping declined decline declines "
    "declining lost lose loses losing decreased decrease decreases decreasing slid slide slides "
    "sliding slipped slip slips plunged plunge plunges plummeted plummet tumbled tumble sank "
    "sink sinks shed sheds eased ease eases dipped dip dips lower cut cuts slumped slump slumps "
    "retreated retreat shrank shrink shrinks contracted contract losses lowered reduced "
    "reduce reduces tanked sagged plummeting plunging tumbling sinking slumping dipping"
).split()
_WORDS = {w: "up" for w in _UP} | {w: "down" for w in _DOWN}
_VERB = "|".join(sorted(_WORDS, key=len, reverse=True))
# Phrasal verbs whose "up" is no change of a quantity ("gave up 517 yards").
_PHRASAL_UP = re.compile(r"\b(?:gave|give|gives|set|made|make|makes|ended|picked|took|"
                         r"showed|turned|signed|came|sum|sums|summed)\s+$", re.IGNORECASE)
_BEFORE = re.compile(
    r"\b(?P<verb>" + _VERB + r")"
    # "fell to 49.55 Hz": the verb's own target; "rose 9.4% to $84" is caught by no rule.
    r"(?:\s+(?:by|to|about|around|almost|nearly|some|roughly|another|a\s+further|"
    r"an\s+additional|just|only|to\s+a\s+record))?\s+$"
    # "lost 190 points, or 0.6%": the restated change keeps its direction.
    r"|\b(?P<verb2>" + _VERB + r")\s+(?:by\s+)?\S+(?:\s+\S+)?,?\s+or\s+$",
    re.IGNORECASE,
)


def change_before(text: str, start: int) -> Direction | None:
    """`"up"` or `"down"` when a change verb stands just before `text[start:]`, else `None`."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    verb = (m.group("verb") or m.group("verb2")).lower()
    if verb == "up" and _PHRASAL_UP.search(text, max(0, m.start() - 12), m.start()):
        return None
    if re.match(r"(?i)up\s+to\b", m.group()):
        return None  # "up to 400": a bound, not a rise
    return "up" if _WORDS[verb] == "up" else "down"
