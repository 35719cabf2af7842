"""A claim's value read as a `Measurement`: what it measures, from its sentence or its fields.

With the source text at hand (articles, and claim files whose quotes are in
their source), the value's sentence is read around the value: the words right
after it ("14 *injured*", "135 mph *winds*", "62 people *were injured*"), then
those right before it ("*killing* at least 14 people", "a central *pressure* of
938 hPa", "*Unemployment* stood at 5.1 per cent"), each folded through the
synonym classes; the first word of a class says what is measured, a generic
noun ("people", "homes") only when nothing else does. Without text, the
claim's own fields (subject, predicate, object) are read the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._model import Measurement
from claimdiff.model import Claim, ClaimV2, Modality, Role, modality_of
from claimdiff.normalization import Kind, Value

_TOKEN = re.compile(r"\d[\d,.:]*\d|\d|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])|\n\s*\n")
_STOP_AT = frozenset(",;:()[]—–\"“”«»")
_AFTER, _BEFORE = 5, 8
_NEGATION = frozenset(("not", "never", "no", "n't"))
_MODAL = frozenset(("will", "would", "could", "might", "may", "should"))
_YEAR = re.compile(r"(?:19|20)\d\d$")


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(), lex.key(m.group()))
            for m in _TOKEN.finditer(text, start, end)]


class SourceText:
    """One source's text with its sentence starts, so a value's sentence is found by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]

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


def dimension_of(value: Value) -> str:
    """The dimension measurements are blocked on."""
    if value.kind is Kind.DATE:
        return "date"
    if value.kind is Kind.DURATION:
        return "duration"
    if value.kind is Kind.SET:
        return "set"
    return value.dimension or "count"


def _after(toks: list[_Tok], i: int) -> list[_Tok]:
    out: list[_Tok] = []
    for k in range(i, min(i + _AFTER, len(toks))):
        t = toks[k]
        if t.text in _STOP_AT or t.text == "." or t.text[0].isdigit():
            break
        if t.key in lex.CONJUNCTIONS:
            break  # "14 people and injuring 200", "215 km/h and a central pressure"
        out.append(t)
    return out


def _before(toks: list[_Tok], i: int) -> list[_Tok]:
    out: list[_Tok] = []
    for k in range(i - 1, max(i - 1 - _BEFORE, -1), -1):
        t = toks[k]
        if t.text in _STOP_AT or t.text[0].isdigit() or t.key in lex.CONJUNCTIONS:
            break
        out.append(t)
    return out


def measured_class(words: str) -> str | None:
    """The synonym class of a measured noun phrase ("people killed" -> `dead`), if any."""
    for tok in reversed(_tokens(words, 0, len(words))):
        k = tok.key
        if k in lex.CLASS_OF and k not in lex.GENERIC:
            return lex.CLASS_OF[k]
    return None


def _measured(noun: str | None, near: Sequence[_Tok]) -> tuple[str | None, str | None, bool]:
    """What is measured: the first classed word, else a generic or bare noun."""
    words = [(lex.key(w), w) for w in (noun.split() if noun else ())]
    words += [(t.key, t.text) for t in near]
    for k, text in words:
        if k in lex.CLASS_OF and k not in lex.GENERIC:
            return lex.CLASS_OF[k], text, True
    for k, text in words:
        if k in lex.GENERIC:
            return k, text, False
    if noun:
        k = lex.key(noun.split()[-1])
        return k, noun, False
    return None, None, False


def _qualifiers(window: Sequence[_Tok]) -> tuple[str | None, str | None]:
    role = next((lex.ROLE_OF[t.key] for t in window if t.key in lex.ROLE_OF), None)
    low = {t.text.lower() for t in window}
    modality = "negated" if low & _NEGATION else "modal" if low & _MODAL else None
    return role, modality


def _attribution(toks: Sequence[_Tok]) -> str | None:
    keys = [t.key for t in toks]
    if not any(k in lex.REPORTING for k in keys):
        return None
    return next((lex.PARTY_OF[k] for k in keys if k in lex.PARTY_OF), None)


def _content(toks: Sequence[_Tok]) -> frozenset[str]:
    return frozenset(lex.CLASS_OF.get(t.key, t.key) for t in toks
                     if t.text[0].isalpha() and t.key not in lex.STOP and len(t.key) > 1)


def _names(toks: Sequence[_Tok], sentence_start: int) -> tuple[str, ...]:
    return tuple(sorted({t.key for t in toks if t.text[0].isupper() and t.start > sentence_start
                         and t.key not in lex.MONTHS and t.key not in lex.STOP}))


def measure_claim(claim: Claim, slot: str, value: Value, text: SourceText | None) -> Measurement:
    """The measurement of `claim`'s `slot` (`value` or `when`), read as `value`."""
    spec = claim.values()[slot]  # a version 2 claim's `value` is its first amount or total
    phrase: str = spec.text
    where = text.locate(phrase, claim.span) if text is not None else None
    fields = " ".join(x for x in (claim.subject, claim.predicate, claim.object or "") if x)
    if text is not None and where is not None:
        lo, hi = text.sentence(*where)
        toks = _tokens(text.text, lo, hi)
        inside = [k for k, t in enumerate(toks) if t.start < where[1] and t.end > where[0]]
        first = inside[0] if inside else 0
        last = inside[-1] + 1 if inside else 0
        after, before = _after(toks, last), _before(toks, first)
        rest = [t for k, t in enumerate(toks) if not first <= k < last]
        holder = _names(rest, lo)
        attribution = _attribution(rest)
    else:
        after = _tokens(fields, 0, len(fields))
        before = []
        rest = after
        holder = tuple(sorted({t.key for t in _tokens(claim.subject, 0, len(claim.subject))}))
        attribution = None
    noun = value.noun if value.kind is Kind.QUANTITY else None
    measured, words, classed = _measured(noun, [*after, *before])
    role, modality = _qualifiers([*before, *after])
    period = tuple(sorted({t.key for t in [*before, *after]
                           if t.key in lex.MONTHS or _YEAR.match(t.text)}))
    event = lex.key(claim.predicate.split()[0]) if claim.predicate.strip() else None
    context = _content(rest) | _content(_tokens(fields, 0, len(fields)))
    role, attribution = _stated(claim, role, attribution)
    return Measurement(claim.source, claim.id, slot, phrase, dimension_of(value), measured,
                       words, classed, holder, role, period, attribution, modality,
                       event, context, _content([*before, *after]) or context, value)


def _stated(claim: Claim, role: str | None, attribution: str | None) -> tuple[str | None,
                                                                             str | None]:
    """What a version 2 claim states outright (its modality, who said its value) wins."""
    if not isinstance(claim, ClaimV2):
        return role, attribution
    main = next((m for m in claim.measures if m.role in (Role.AMOUNT, Role.TOTAL)), None)
    modality = modality_of(claim, main)
    if modality is not Modality.ACTUAL:
        role = modality.value
    if main is not None and main.attribution:  # a value's own sayer, as a party class
        keys = [t.key for t in _tokens(main.attribution, 0, len(main.attribution))]
        party = next((lex.PARTY_OF[k] for k in keys if k in lex.PARTY_OF), None)
        attribution = party or " ".join(keys) or attribution
    return role, attribution


__all__ = ["SourceText", "dimension_of", "measure_claim", "measured_class"]
