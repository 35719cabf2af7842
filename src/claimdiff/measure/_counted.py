"""What a bare count counts when its own words do not say: "the number of schools rated
inadequate climbed to 188" counts schools."""

from __future__ import annotations

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._window import clause_before

_NUMBER = lex.keyed("number count")
"""Nouns whose "of" phrase names what a figure said of them counts."""

_VERBS = lex.CHANGE | lex.keyed("stand stands remain remains total totals hit hits reach "
                                "reaches top tops exceed exceeds pass passes")
"""Verbs a number is said by ("the number of schools *rises* to 188")."""


def number_of(toks: list[Tok], first: int) -> Tok | None:
    """The head noun of "the number of N" in the value's clause before it ("the number of
    primary schools rated inadequate climbed to 188": schools), the last word of the "of"
    phrase before a participle, a verb or a function word; `None` when there is none."""
    lead = clause_before(toks, first)[::-1]
    at = next((k for k in range(len(lead) - 1) if lead[k].key in _NUMBER
               and lead[k].text[0].islower() and lead[k + 1].key == "of"), None)
    if at is None:
        return None
    head: Tok | None = None
    for t in lead[at + 2:]:
        if not t.text[0].isalpha() or t.key in lex.STOP or t.key in _VERBS \
                or _inflected(t.text):
            break
        head = t
    return head


def _inflected(word: str) -> bool:
    """A verb's inflected form ("rated", "climbed", "rises"), not a noun ("schools")."""
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    low = word.lower()
    lemmas = getAllLemmas(low)
    return "NOUN" not in lemmas and any(x != low for x in lemmas.get("VERB", ())) or (
        low.endswith("ed") and low not in lemmas.get("NOUN", ()))


__all__ = ["number_of"]
