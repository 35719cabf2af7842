"""What a curated value measures, read from its claim's fields: a synonym class named in
the value's own words, its noun, the measured words a curator wrote, the predicate or the
object, else the last content word (`measured_of`); the fields' words, tokenized once
(`field_tokens`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._holder import tokens as _tokens
from claimdiff.measure._window import compounds as _compounds

__all__ = ["field_tokens", "measured_of"]


def field_tokens(text: str | None) -> tuple[Tok, ...]:
    return _cached_words(text) if text else ()


@lru_cache(maxsize=65536)
def _cached_words(text: str) -> tuple[Tok, ...]:
    # "consumer prices" are inflation, the "jobless rate" unemployment, as in a sentence
    return tuple(_compounds(_tokens(text, 0, len(text))))


def _class(toks: Sequence[Tok]) -> tuple[str, str] | None:
    """The first word of a synonym class, as `(class, word)`; what befell people before who
    they are ("aid workers killed" counts the dead), as in a sentence."""
    found = [(lex.CLASS_OF[t.key], t.text) for t in toks
             if t.key in lex.CLASS_OF and t.key not in lex.GENERIC]
    if len(found) > 1 and found[0][0] in lex.PEOPLE:
        # said after them: "aid workers killed"; not a modifier before, "rescue workers"
        return next((f for f in found[1:] if f[0] in lex.OUTCOMES), found[0])
    return found[0] if found else None


_PREPOSITIONS = frozenset("""of in on at from to for by with into over under per since behind
after before during between against among across around near without within""".split())


def _bare(toks: Sequence[Tok]) -> tuple[str, str] | None:
    """The head noun as a bare lemma ("aces", "carriages"): the last content word before a
    preposition, past trailing participles ("hostages *freed*", "distance *from* Tarso",
    "time *in* captivity"), not a generic noun; else the last content word."""
    head = list(toks)
    cut = next((k for k, t in enumerate(head) if t.text.lower() in _PREPOSITIONS and k), None)
    if cut is not None:
        head = head[:cut]
    while len(head) > 1 and head[-1].text.lower().endswith("ed"):
        head = head[:-1]
    for part in (head, toks):
        hit = _last_content(part)
        if hit is not None:
            return hit
    return None


def _last_content(toks: Sequence[Tok]) -> tuple[str, str] | None:
    for t in reversed(toks):
        if t.text[0].isalpha() and t.key not in lex.STOP and t.key not in lex.GENERIC \
                and t.key not in lex.ROLE_OF and len(t.key) > 2:
            return t.key, t.text
    return None


def measured_of(subject: str, predicate: str, obj: str, said: str, noun: str, phrase: str,
              age: bool, event: bool) -> tuple[str | None, str | None, bool]:
    """What is measured, its words, and whether it is a synonym class (`age`: an age;
    `event`: a date or duration, of an event rather than a noun)."""
    if age:
        return "age", "age", True
    if event:  # when and how long: of an event, not of a noun, unless the curator says
        return _said(said)  # what it measures ("winning margin", "time in captivity")
    found = [hit for text in (said, noun or phrase, predicate, obj)
             if (hit := _class_in(text)) is not None]
    if found:  # who people are gives way to what befell them ("27 miners" | "escaped")
        hit = next((f for f in found if f[0] in lex.OUTCOMES), found[0]) \
            if found[0][0] in lex.PEOPLE else found[0]
        return hit[0], hit[1], True
    # the curator's own measured words before the subject's class: the subject is whose
    # the value is ("the double-decker bus | was carrying | 52 people on board")
    own = _own_noun(said, noun)
    if own is not None:
        return own[0], own[1], False
    hit = _class_in(subject)
    if hit is not None:
        return hit[0], hit[1], True
    bare = _bare_in(noun)
    return (bare[0], bare[1], False) if bare is not None else (None, None, False)


def _own_noun(said: str, noun: str) -> tuple[str, str] | None:
    """The head of the measured words: the value's own noun when they name it ("villages
    hit" of "13 villages"), else their bare head ("people on board": board)."""
    if said and noun:
        keys = {t.key for t in field_tokens(said)}
        hit = next((t for t in field_tokens(noun) if t.key in keys and t.text[0].isalpha()
                    and t.key not in lex.GENERIC and t.key not in lex.STOP), None)
        if hit is not None:
            return hit.key, hit.text
    return _bare_in(said)


def _said(said: str) -> tuple[str | None, str | None, bool]:
    hit = _class_in(said)
    if hit is not None:
        return hit[0], hit[1], True
    bare = _bare_in(said)
    return (bare[0], bare[1], False) if bare is not None else (None, None, False)


@lru_cache(maxsize=65536)
def _class_in(text: str) -> tuple[str, str] | None:
    return _class(field_tokens(text))


@lru_cache(maxsize=65536)
def _bare_in(text: str) -> tuple[str, str] | None:
    return _bare(field_tokens(text))
