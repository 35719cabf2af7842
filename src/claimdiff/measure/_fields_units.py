"""What a count counts: people, or households.

"More than 150 residents were evacuated" and "46 families could not return home" may
tell of one evacuation, but a family is no resident: the two numbers are counts of
different units and never conflict. Likewise "2.3 million customers" (accounts,
households) and "around 5 million people". Counts of people by who they are
(residents, passengers, workers) or what befell them stay comparable with each other:
that is the measured thing's business (`measured_class`), not the unit's.
"""

from __future__ import annotations

from claimdiff.measure import _lexicon_en as lex

__all__ = ["count_unit"]

_UNITS = {
    "household": """family household home customer subscriber account business firm company
        premise""",
    "person": """people person resident passenger worker employee staff victim patient child
        adult man woman student fan spectator protester marcher voter soldier troop migrant
        survivor hostage miner crew member citizen inhabitant civilian individual villager
        pupil tourist visitor rescuer firefighter officer player""",
}
_UNIT_OF = {lex.key(w): unit for unit, words in _UNITS.items() for w in words.split()}


def count_unit(noun: str | None) -> str | None:
    """The unit a count of `noun` counts: `person`, `household`, or `None` when neither
    ("villages", "tonnes"); the last word of a compound noun decides ("aid workers")."""
    if not noun:
        return None
    words = noun.lower().split()
    return _UNIT_OF.get(lex.key(words[-1])) if words else None
