"""Who a curated claim's value belongs to, and who only reported it.

A claim's subject either holds its value ("Belmora | death toll | 41") or reported it
("police | said | 41 dead"): a reporting verb opening the predicate or a party as the
subject (police, the ministry, the union) makes the subject an attribution, not a holder.
"""

from __future__ import annotations

from functools import lru_cache

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._fields_measured import field_tokens as _words


@lru_cache(maxsize=65536)
def holder_words(names: str, said: str, phrase: str, drop: str) -> tuple[str, ...]:
    """The holder's words: the names without what is measured or how (`drop`: the measured
    words folded as the names are)."""
    measured_words = {t.key for t in (*_words(said), *_words(phrase), *_words(drop))}
    out = set()
    for t in _words(names):
        k = t.key
        if not t.text[0].isalpha() or k in lex.STOP or k in lex.GENERIC or len(k) < 2:
            continue
        if k in lex.CLASS_OF or k in lex.ROLE_OF or k in measured_words or k in lex.MONTHS:
            continue
        out.add(k)
    return tuple(sorted(out))


_SAYING = lex.REPORTING - {lex.key(w) for w in ("announce", "announced", "state", "stated")}
"""Verbs by which a subject reports a figure ("announced" is as often an act: "announced
a plan")."""


@lru_cache(maxsize=65536)
def is_sayer(predicate: str, subject: str) -> bool:
    """The subject reported the value rather than holds it: a reporting verb opens the
    predicate ("said", "estimated", "put the toll at"), or the subject is a party
    (police, the ministry, the union)."""
    verbs = [t for t in _words(predicate) if t.text[0].isalpha()]
    if verbs and verbs[0].key in _SAYING:
        return True
    keys = [t.key for t in _words(subject) if t.text[0].isalpha()
            and t.key not in lex.STOP]
    return bool(keys) and all(k in lex.PARTY_OF for k in keys)


@lru_cache(maxsize=65536)
def bare_saying(predicate: str, subject: str) -> bool:
    """The predicate is only a reporting verb ("said", "told reporters") and the subject no
    party (police, the ministry): nothing else it says the value is about."""
    keys = [t.key for t in _words(subject) if t.text[0].isalpha() and t.key not in lex.STOP]
    if not keys or all(k in lex.PARTY_OF for k in keys):
        return False
    words = [t.key for t in _words(predicate) if t.text[0].isalpha()]
    return bool(words) and words[0] in _SAYING and all(
        k in _SAYING or k in _AUDIENCE or k in lex.STOP for k in words)


_AUDIENCE = frozenset(lex.key(w) for w in ("reporter", "reporters", "journalist",
                                             "journalists", "press", "media"))


def party(text: str | None) -> str | None:
    """The party a reporting subject or attribution names (police, organiser, government),
    else its content words."""
    keys = [t.key for t in _words(text) if t.text[0].isalpha() and t.key not in lex.STOP]
    if not keys:
        return None
    return next((lex.PARTY_OF[k] for k in keys if k in lex.PARTY_OF), " ".join(keys))


__all__ = ["bare_saying", "holder_words", "is_sayer", "party"]
