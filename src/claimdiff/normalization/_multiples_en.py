"""English words of multiples: "doubled", "three times as many", "a fourfold rise", "x3"."""

from __future__ import annotations

# A verb (or its noun, "a doubling") saying the new level is n times the old one.
MULTIPLY_VERBS: dict[str, float] = {}
for _stem, _n in (("doubl", 2), ("tripl", 3), ("trebl", 3), ("quadrupl", 4), ("quintupl", 5),
                  ("sextupl", 6), ("septupl", 7), ("octupl", 8)):
    for _end in ("e", "ed", "es", "ing"):
        MULTIPLY_VERBS[_stem + _end] = float(_n)
# ... and one n-th of it.
DIVIDE_VERBS: dict[str, float] = {"halve": 2.0, "halved": 2.0, "halves": 2.0, "halving": 2.0}

# Adverbs that are a multiple by themselves ("twice as many", "thrice").
MULTIPLE_ADVERBS: dict[str, float] = {"twice": 2.0, "thrice": 3.0}

# Verbs and nouns of a rise or a fall, before or after a multiple ("rose fivefold",
# "a threefold increase", "cut by a factor of 10").
UP_WORDS = frozenset("""
increase increased increases increasing rise rose risen rises rising grow grew grown grows
growing jump jumped jumps climb climbed climbs soar soared soars surge surged surges gain
gained gains expand expanded expansion growth hike hikes multiply multiplied boost boosted
go went gone up
""".split())
DOWN_WORDS = frozenset("""
decrease decreased decreases decreasing fall fell fallen falls falling drop dropped drops
decline declined declines shrink shrank shrunk shrinks cut cuts reduce reduced reduces
reduction reductions slash slashed lower lowered plunge plunged plummeted slump slumped
down divide divided
""".split())

# After "n times": what the multiple compares. "as many (as)", "as high (as)"; a
# comparative ("more", "higher", "larger", "more likely"), which many read as n + 1 times
# the base; "the size (of)", "that (of)".
AS_WORDS = r"(?:many|much|[a-z]+(?:ly)?)"
COMPARATIVES = (r"(?:more(?:\s+[a-z]+)?|less|fewer|higher|lower|larger|bigger|greater|smaller|"
                r"longer|shorter|faster|slower|heavier|wider|deeper|stronger|costlier|over)")
THE_NOUNS = (r"(?:size|number|amount|level|rate|figure|total|population|area|value|price|cost|"
             r"speed|volume|average|length|weight|height|capacity|budget|sum)")

# Auxiliaries before a verb of a multiple ("has doubled", "have more than tripled").
AUXILIARIES = r"(?:has|have|had|will|would|could|may|might|is|was|are|were|be|been|being)"
