"""Text folding for matching: case, punctuation, diacritics and transliteration.

Two levels:

- `fold(text)` — ASCII (via `anyascii`), case-folded, punctuation turned into
  spaces, whitespace collapsed: "Baku’s Re-conquest" → "baku s re conquest".
- `key(text)` — `fold` plus a general transliteration rule per token, so that
  the spellings different romanisations give collapse to one key:
  `ou` → `u`, `ch` → `sh`, `kh`/`gh` → `h`, `ph` → `f`, `w` → `v`,
  `y`/`j` → `i`, doubled letters → one. Aliev/Aliyev, Pashinian/Pashinyan and
  Tavouch/Tavush each share a key. No list of names is involved.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

STOP_WORDS = frozenset(
    "a an the of from to in into on onto at by for with and or as its their his her "
    "this that these those is are was were be been has have had it they them than "
    "then also all any some about over under after before since mr mrs ms".split()
)
"""Words that neither block nor count when comparing subjects, predicates and objects."""

_NON_WORD = re.compile(r"[^0-9a-z]+")
_DOUBLE = re.compile(r"([a-z])\1+")
_RULES: tuple[tuple[str, str], ...] = (
    ("ou", "u"),
    ("ch", "sh"),
    ("kh", "h"),
    ("gh", "h"),
    ("ph", "f"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """ASCII, lower case, punctuation as spaces, single spaces: the comparable form."""
    ascii_text = anyascii(text).casefold()
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One folded token reduced to its transliteration key ("aliyev" → "aliev")."""
    if token.isdigit():
        return token
    for old, new in _RULES:
        token = token.replace(old, new)
    return _DOUBLE.sub(r"\1", token)


def key(text: str, *, drop_stop_words: bool = True) -> str:
    """The matching key of a phrase: folded, stop words dropped, tokens transliteration-folded."""
    return " ".join(key_tokens(fold(text), drop_stop_words=drop_stop_words))


def key_tokens(folded: str, *, drop_stop_words: bool = True) -> list[str]:
    """Tokens of an already folded phrase, as transliteration keys."""
    return [
        fold_token(t)
        for t in folded.split()
        if not (drop_stop_words and t in STOP_WORDS)
    ]


def stem(token: str) -> str:
    """A crude stem for predicates: the first five letters ("withdrawal", "withdrew" → "withd").

    Entity tokens (containing `_`) and numbers are kept whole.
    """
    if "_" in token or token.isdigit():
        return token
    return token[:5]


def length_threshold(length: int) -> float:
    """The similarity (0–100) two strings of `length` characters need to count as the same.

    Short strings need near-identity — "Baku" and "Bako" are different places — while
    long ones tolerate a few typos: 100 up to 3 characters, then falling by 4 per
    character to a floor of 72 (reached at 10 characters).
    """
    if length <= 3:
        return 100.0
    return max(72.0, 100.0 - 4.0 * (length - 3))
