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


def befell_both(toks: list[Tok], last: int) -> tuple[str, str] | None:
    """What befell people counted with another group of their clause: "212 riders *and
    pedestrians had been injured*" counts the injured, as "212 riders had been injured" does;
    the class of the verb, passive or perfect right after the two nouns, and the other
    group's words; else `None`."""
    rest = toks[last:last + 7]
    if len(rest) < 3 or rest[0].key not in _AND:
        return None
    k = 1
    while k < len(rest) and k < 3 and rest[k].text[0].isalpha() and rest[k].key not in lex.STOP:
        k += 1  # the other group: "pedestrians", "other drivers"
    aux = k
    while k < len(rest) and rest[k].key in _AUXILIARIES:
        k += 1
    if k > aux and k + 1 < len(rest) and rest[k].text.endswith("ly"):
        k += 1  # "were *seriously* injured"
    if k == aux or k == 1 or k >= len(rest):
        return None
    outcome = lex.CLASS_OF.get(rest[k].key)
    if outcome not in lex.OUTCOMES or not _inflected(rest[k].text):
        return None
    return outcome, " ".join(t.text for t in rest[1:aux])


_AND = lex.keyed("and or")
_AUXILIARIES = lex.keyed("be been being have has had were was are is")


__all__ = ["befell_both", "number_of"]
