"""One source's text, split into sentences, and whom a sentence referring back is about."""

from __future__ import annotations

import re
from bisect import bisect_right

from claimdiff.measure._holder import proper_nouns
from claimdiff.measure._holder import tokens as _tokens
from claimdiff.measure._subject import referent

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])|\n\s*\n")


class SourceText:
    """One source's text with its sentence starts, so a value's sentence is found by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
        self._proper: frozenset[str] | None = None

    @property
    def proper(self) -> frozenset[str]:
        """The words the text writes as names (`proper_nouns`), read once."""
        if self._proper is None:
            self._proper = proper_nouns(self.text)
        return self._proper

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding `text[start:end]`."""
        k = bisect_right(self.starts, start) - 1
        lo = self.starts[max(k, 0)]
        hi = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
        return lo, max(hi, end)

    def locate(self, phrase: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """Where `phrase` is, inside `span` when given."""
        if not phrase:
            return None
        if span is not None:
            at = self.text.find(phrase, max(span[0] - len(phrase), 0), span[1] + len(phrase))
            if at >= 0:
                return at, at + len(phrase)
        at = self.text.find(phrase)
        return (at, at + len(phrase)) if at >= 0 else None


_DATELINE = 80


def earlier_subject(text: SourceText, lo: int, back: int = 3) -> tuple[str, ...]:
    """Whom a sentence opening "The company", "It" refers back to: the subject of the
    nearest of the `back` sentences before it that a name heads (never a dateline's
    outlet, "Wire, 3 March 2025")."""
    head = text.text.find("\n\n")
    dateline = head if 0 < head < _DATELINE and not re.search(r"[.!?]", text.text[:head]) \
        else -1
    k = bisect_right(text.starts, lo) - 1
    before = [s for s in reversed(text.starts[max(k - back, 0):k]) if s > dateline]
    return referent(lambda s: _tokens(text.text, *text.sentence(s, s)), before,
                    text.proper)


__all__ = ["SourceText", "earlier_subject"]
