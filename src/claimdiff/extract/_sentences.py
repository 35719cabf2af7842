"""Sentence splitting with exact character offsets.

A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after
it) followed by white space and a capital, a digit or an opening quote; and at
every line break that ends a paragraph or a heading. Periods of abbreviations
("Mr.", "Gen.", "Jan."), of initials ("J. R. Smith") and inside numbers
("12.7", "1.5m") do not end a sentence.
"""

from __future__ import annotations

import re
from types import ModuleType

from claimdiff.extract import _lexicon_en

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n[ \t]*(?:\r?\n[ \t]*)*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:\.[A-Za-z]+)*)\.$")
_NEXT = re.compile(r"\s*([\"“‘'«(\[]?)([\w]+)")
_SPACE = " \t\r\n"


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, lex: ModuleType = _lexicon_en
) -> list[tuple[int, int]]:
    """The `[start, end)` offsets of the sentences of `text[start:end]`, white space trimmed."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    begin = start
    for m in _END.finditer(text, start, end):
        if m.group().startswith(("\n", "\r")):
            cut = m.start()
        elif _ends_sentence(text, m, end, lex):
            cut = m.end()
        else:
            continue
        _add(text, begin, cut, out)
        begin = m.end()
    _add(text, begin, end, out)
    return out


def _add(text: str, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
    while lo < hi and text[lo] in _SPACE:
        lo += 1
    while hi > lo and text[hi - 1] in _SPACE:
        hi -= 1
    if hi > lo:
        out.append((lo, hi))


def _ends_sentence(text: str, m: re.Match[str], end: int, lex: ModuleType) -> bool:
    nxt = _NEXT.match(text, m.end(), end)
    if nxt is None:
        return True
    opener, word = nxt.group(1), nxt.group(2)
    if not (word[0].isupper() or word[0].isdigit() or opener):
        return False  # "... he said. he" never happens; '“It is over.” the minister said'
    punct = m.group()
    if not punct.startswith(".") or len(punct.rstrip("\"'”’»)]")) > 1:
        return True  # "!", "?", "...": a sentence end before a capital
    if punct != ".":
        return True  # a closing quote or bracket follows the period
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.end())
    if before is None:
        return True
    token = before.group(1)
    low = token.lower()
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. Smith"
    if low in lex.ABBREVIATIONS or low.replace(".", "") in lex.ABBREVIATIONS:
        # "in the U.S. The next day" ends; "Mr. Pashinian" does not.
        return low in lex.SENTENCE_FINAL_ABBREVIATIONS and word.lower() in lex.SENTENCE_STARTERS
    return True
