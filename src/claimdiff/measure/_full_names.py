"""A person's one name, given or family, as the full name its report writes.

A report names a person in full once ("head coach Declan Moyes") and then by one name: a news
report by the family name ("Moyes, 47, was hired in June 2024"), a club statement often by the
given name ("Declan was appointed in March 2025"). Two such subjects share no word, and so
would be told apart as two people's figures; read as the full name, they are one person's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimdiff.measure._holder import common_word

__all__ = ["in_full"]

_TWO = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w'’-])")
"""Two capitalized words in a row: a given name and a family name, when neither is a word of
the lexicon ("Declan Moyes"; not "Granite City", "Prime Minister")."""


def in_full(subject: tuple[str, ...], text: str) -> tuple[str, ...]:
    """`subject` as the full name `text` writes it in, when it is one name of exactly one
    person the text names in full; else `subject` itself."""
    if len(subject) != 1:
        return subject
    return _names(text).get(subject[0]) or subject


@lru_cache(maxsize=64)
def _names(text: str) -> dict[str, tuple[str, ...]]:
    """Each given or family name of a full name `text` writes, to that full name; a name of
    two people ("Declan Moyes", "Ian Moyes") to `()`: no one's."""
    out: dict[str, tuple[str, ...]] = {}
    for got in _TWO.finditer(text):
        full = (got.group(1), got.group(2))
        if common_word(full[0]) or common_word(full[1]) or full[0] == full[1]:
            continue
        for one in full:
            out[one] = full if out.get(one, full) == full else ()
    return out
