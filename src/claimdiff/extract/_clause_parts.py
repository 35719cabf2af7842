"""Where a value stands in its clause, read from the tokens alone.

The verb a value belongs to (`verb_for`, `verb_after_value`), the auxiliaries and mood
before that verb, a passive, a value in a verbless apposition, the clause a report is
attributed in, and the property a value is given as. `_claims` builds drafts from them.
"""

from __future__ import annotations

from types import ModuleType

from claimdiff.extract import _lexicon_en
from claimdiff.extract._clauses import Clause, Tok
from claimdiff.extract._parse import Sentence
from claimdiff.extract._phrases import NP, is_entity, name, np_at, np_ending
from claimdiff.extract._predicate import past

__all__ = ["apposition", "attribute", "attribution", "auxiliaries", "leading", "mood", "passive",
           "value_np", "verb_after_value", "verb_for"]


def attribute(text: str, toks: list[Tok], first: int, lex: ModuleType) -> str | None:
    """The measured property a value is given as ("at a depth of 35 km": `depth`), or `None`."""
    if first >= 2 and toks[first - 1].low == "of" and toks[first - 2].low in lex.ATTRIBUTE_NOUNS:
        return toks[first - 2].low
    return None


def auxiliaries(toks: list[Tok], v: int, lo: int) -> int:
    """The first of the auxiliaries right before the verb at `v`: a quote keeps its modal
    ("would meet union leaders on Tuesday" looks forward, "meet ... on Tuesday" does not)."""
    k = v
    while k - 1 >= lo and toks[k - 1].tag in ("AUX", "ADV", "NEG"):
        k -= 1
    return k


def mood(toks: list[Tok], v: int, lo: int, lex: ModuleType) -> tuple[bool, str | None]:
    """Whether the verb at `v` is negated, and the mood its modal gives it (`None` when there
    is no modal): the auxiliaries, adverbs and negations right before it, and a negation right
    after an auxiliary standing as the main verb ("are not on strike")."""
    denied, mood = False, None
    k = v - 1
    while k >= lo and toks[k].tag in ("AUX", "ADV", "NEG"):
        low = toks[k].low
        denied = denied or toks[k].tag == "NEG" or low in lex.NEGATED_AUXILIARIES
        mood = lex.MODALS.get(low, mood)
        k -= 1
    if toks[v].low in lex.AUXILIARIES:
        denied = denied or toks[v].low in lex.NEGATED_AUXILIARIES or (
            v + 1 < len(toks) and toks[v + 1].tag == "NEG")
        mood = mood if toks[v].lemma not in ("will", "can", "may", "must") else None
    return denied and toks[v].low not in ("no",), mood


def attribution(text: str, s: Sentence) -> str | None:
    for c in s.clauses:
        if c.report:
            v = c.verbs[0] if c.verbs else c.lo
            np = np_at(s.toks, v + 1, c.hi) if v + 1 < c.hi else None
            if np is None or not is_entity(s.toks, np):
                np = np_ending(s.toks, v, c.lo)
            if np is not None:
                return name(text, s.toks, np, s.lex)
    return None


def leading(toks: list[Tok], c: Clause, first: int) -> bool:
    """Whether a value opens its clause before any verb ("..., almost nine months after")."""
    return not any(v < first for v in c.verbs) and all(
        toks[k].tag in ("PREP", "ADV", "P") for k in range(c.lo, first))


def verb_for(toks: list[Tok], c: Clause, first: int) -> int:
    """The verb a value belongs to: the nearest before it, passing over participles
    that only describe a noun ("the villages concerned") unless the value follows them."""
    before = [k for k in c.verbs if k < first]
    for k in reversed(before):
        # A participle after a noun and without an object of its own describes the noun.
        reduced = k > c.lo and toks[k - 1].tag in ("W", "CAP", "VAL") and k != before[0] \
            and toks[k].low.endswith(("ed", "en")) \
            and not (k + 1 < c.hi and toks[k + 1].tag in ("DET", "CAP", "W", "NUM", "VAL"))
        if not reduced or first - k <= 2:
            return k
    return before[0] if before else c.verbs[0]


def apposition(text: str, s: Sentence, ci: int, first: int) -> tuple[str, str, int] | None:
    """A value in a verbless apposition after a name ("Nikol Pashinyan, in power since
    2018, agreed"): a claim about the name (subject, predicate, start), not about the verb
    that follows."""
    toks, clauses = s.toks, s.clauses
    c = clauses[ci]
    if c.kind != "frag" or ci == 0 or ci + 1 >= len(clauses) or not clauses[ci + 1].verbs:
        return None
    prev = clauses[ci - 1]
    np = np_at(toks, prev.lo, prev.hi)
    if prev.kind != "frag" or np is None or np[1] != prev.hi or not is_entity(toks, np) \
            or toks[prev.lo].tag == "PREP":
        return None
    words = [t for t in toks[c.lo:first] if t.value < 0]
    while words and words[-1].tag == "PREP":
        words.pop()
    if not words or any(t.tag not in ("W", "PREP", "DET") for t in words):
        return None
    state = " ".join(t.low for t in words)
    idiom = s.lex.STATE_IDIOMS.get(state)
    return (name(text, toks, np, s.lex), past(idiom, s.lex) if idiom else state,
            toks[np[0]].start)


def passive(toks: list[Tok], first: int, v: int, lex: ModuleType) -> bool:
    """Whether a form of "be" stands between a value and its past participle."""
    past = toks[v].low.endswith(("ed", "en")) or toks[v].low in lex.IRREGULAR
    return past and any(toks[k].tag == "AUX" and toks[k].lemma == "be" for k in range(first, v))


def value_np(toks: list[Tok], first: int, v: int) -> NP:
    """A value and its counted noun before their verb ("1,960 servicemen | had left")."""
    k = first
    while k < v and (toks[k].value == toks[first].value or toks[k].tag in ("W", "CAP")):
        k += 1
    return (first, k)


def verb_after_value(toks: list[Tok], c: Clause, first: int) -> int | None:
    """The verb right after a quantity that opens a subject ("2,000 soldiers have left")."""
    k = first
    while k < c.hi and toks[k].value == toks[first].value:
        k += 1
    while k < c.hi and k - first < 4 and toks[k].tag == "W":
        k += 1  # the counted noun
    while k < c.hi and toks[k].tag in ("AUX", "ADV", "NEG"):
        k += 1
    opens = all(toks[v].lemma in _lexicon_en.REPORTING for v in c.verbs if v < first)
    if opens and k < c.hi and toks[k].tag == "V" and toks[k - 1].tag in ("AUX", "VAL", "W") \
            and toks[first - 1].tag != "PREP":
        return k
    return None
