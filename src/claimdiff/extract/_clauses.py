"""Tokens, a light part-of-speech guess, and clauses of one sentence.

No model: a word is a verb when its lemma is a known verb or it has a past
form (-ed, irregular) and does not stand inside a noun phrase (after a
determiner or a preposition). A sentence is cut into clauses at `,` `;` `:`
dashes, brackets and quotes, at relative pronouns ("which", "who", "that"),
and at `and`/`or` before a verb (a second verb phrase of the same subject).
Commas inside a list ("personnel, weapons and equipment") do not cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType

from claimdiff.extract import _lexicon_en

_TOKEN_TAIL = r"\d[\d,.]*\d|\d|[^\W\d_]+(?:[-'’.][^\W\d_]+)*(?:['’]s)?|[^\w\s]"
_TOKEN = re.compile(
    r"(?:" + "|".join(sorted((t.capitalize() for t in _lexicon_en.TITLES), key=len, reverse=True))
    + r")\.(?=\s+[A-Z])|" + _TOKEN_TAIL)
_NATIONALITY = re.compile(r"[A-Z]\w+(?:an|ian|ese|ish|i)$")
_CUT = {",", ";", ":", "—", "–", "(", ")", "“", "”", '"', "«", "»", "["}
_NOUNISH = {"DET", "PREP", "NUM", "POSS"}


@dataclass
class Tok:
    """One word or punctuation mark of a sentence, with its offsets and guessed tag."""

    start: int
    end: int
    text: str
    tag: str = "W"
    """`V` verb, `AUX`, `DET`, `PREP`, `CONJ`, `REL`, `PRON`, `ADV`, `NEG`, `NUM`, `CAP`
    (capitalised word), `W` (other word), `P` (punctuation)."""
    lemma: str = ""
    value: int = -1
    """Index of the value expression this token belongs to, or -1."""

    @property
    def low(self) -> str:
        """The word in lower case."""
        return self.text.lower()


@dataclass
class Clause:
    """A run of tokens `[lo, hi)` of a sentence, with its kind and its verbs."""

    lo: int
    hi: int
    kind: str = "main"
    """`main`, `rel` (relative: starts with which/who/that after a noun), `comp`
    (that-complement), `coord` (and/or + verb), `part` (starts with a participle),
    `frag` (no verb)."""
    verbs: list[int] = field(default_factory=list)
    report: bool = False
    """A clause of saying ("announced the ministry", "the ministry said")."""


def lemma_of(word: str, lex: ModuleType = _lexicon_en) -> str | None:
    """The verb lemma of a word form, or `None` when it is not a known or regular verb form."""
    w = word.lower().replace("’", "'")
    if w in lex.NOT_VERBS:
        return None
    if w in lex.IRREGULAR:
        return str(lex.IRREGULAR[w])
    if w in lex.VERBS:
        return w
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: -len(suffix)] + repl
            if stem in lex.VERBS:
                return stem
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] \
                    and stem[:-1] in lex.VERBS:
                return stem[:-1]
    if w.endswith("ed") and len(w) > 4 and w.isalpha():
        return regular_stem(w)
    return None


_E_ENDINGS = ("v", "z", "c", "dg", "at", "ur", "ir", "iz", "ys", "ag", "ug", "as", "os", "us",
              "ut", "ot", "ar", "ld", "ok", "ps", "ns", "rs", "ls")
"""Stem endings of regular verbs whose lemma ends in a silent `e` ("originat-ed", "secur-ed")."""


def regular_stem(w: str) -> str:
    """The lemma of an unknown regular past form: "decreed" -> "decree", "carried" ->
    "carry", "stopped" -> "stop", "originated" -> "originate", "voted" -> "vote"."""
    if w.endswith("eed"):
        return w[:-1]
    if w.endswith("ied"):
        return w[:-3] + "y"
    stem = w[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" \
            and stem[-3] in "aeiou":
        return stem[:-1]
    if stem.endswith(_E_ENDINGS) and not stem.endswith(("eat", "oat", "ait", "ear", "our")):
        return stem + "e"
    return stem


def tokenize(text: str, start: int, end: int, values: list[tuple[int, int]] = (),  # type: ignore[assignment]
             lex: ModuleType = _lexicon_en) -> list[Tok]:
    """The tagged tokens of `text[start:end]` (offsets into `text`); tokens inside the
    `values` spans are tagged `VAL` and carry the index of their value."""
    toks = [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    prev = "P"
    k = 0
    for t in toks:
        while k < len(values) and values[k][1] <= t.start:
            k += 1
        if k < len(values) and values[k][0] <= t.start < values[k][1]:
            t.value, t.tag = k, "VAL"
    for i, t in enumerate(toks):
        low = t.low
        if t.value >= 0:
            prev = "VAL"
            continue
        if not t.text[0].isalnum():
            t.tag = "P"
        elif t.text[0].isdigit():
            t.tag = "NUM"
        elif (low in lex.ADVERBS and prev in ("AUX", "ADV")) or (
                low in lex.AUX_ADVERBS and prev in ("AUX", "NEG")):
            t.tag = "ADV"
        elif low in lex.AUXILIARIES:
            t.tag, t.lemma = "AUX", lex.AUXILIARIES[low]
        elif low in lex.RELATIVES and low != "that" and prev not in _NOUNISH:
            t.tag = "REL"
        elif low == "that":
            t.tag = "REL" if _that_is_clausal(toks, i) else "DET"
        elif low in lex.DETERMINERS:
            t.tag = "DET"
        elif low in lex.PRONOUNS:
            t.tag = "PRON"
        elif low in lex.PREPOSITIONS:
            t.tag = "PREP"
        elif low in lex.CONJUNCTIONS:
            t.tag = "CONJ"
        elif low in lex.NEGATIONS:
            t.tag = "NEG"
        elif low in lex.ADVERBS or (low.endswith("ly") and len(low) > 4):
            t.tag = "ADV"
        else:
            t.tag = "CAP" if t.text[0].isupper() else "W"
            lem = lemma_of(low, lex)
            if lem is not None and _verb_here(toks, i, low, lem, lex):
                t.tag, t.lemma = "V", lem
        prev = t.tag
        if t.text.endswith(("'s", "’s")) and t.tag in ("CAP", "W"):
            t.tag = "CAP" if t.tag == "CAP" else "W"
    _fix_auxiliaries(toks, lex)
    return toks


def _that_is_clausal(toks: list[Tok], i: int) -> bool:
    # "that" before a determiner, pronoun, name or verb starts a clause; "that decision" does not.
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.low in _lexicon_en.DETERMINERS or nxt.low in _lexicon_en.PRONOUNS \
            or nxt.low in _lexicon_en.AUXILIARIES or nxt.text[0].isupper():
        return True
    return lemma_of(nxt.low) is not None and not nxt.low.endswith("s")


def _verb_here(toks: list[Tok], i: int, low: str, lem: str, lex: ModuleType) -> bool:
    before = toks[i - 1] if i else None
    past = low.endswith("ed") or low in lex.IRREGULAR
    if before is not None and (before.tag in _NOUNISH or before.text.endswith(("'s", "’s"))):
        return before.low == "to" and not past  # "to enforce"
    if low.endswith("ing"):
        return lem in lex.VERBS or before is None or before.tag == "P"
    if past:
        return True
    after = toks[i + 1].low if i + 1 < len(toks) else ""
    if (before is None or before.tag in ("P", "CONJ")) and (
            after in lex.AUXILIARIES or after in lex.IRREGULAR
            or (after.endswith("ed") and lemma_of(after, lex) is not None)):
        return False  # "Fire killed ...", "Protests drew ...": a noun before its own verb
    if before is not None and before.tag in ("DET", "W", "NUM") and before.tag != "CAP":
        return before.tag == "W" and before.low in lex.RELATIVES
    if before is not None and before.tag == "CAP" and (
            _NATIONALITY.match(before.text) or (i > 1 and toks[i - 2].tag in _NOUNISH)):
        return False  # "the Armenian forces"
    return lem in lex.VERBS and (before is None or before.tag in ("CAP", "PRON", "REL", "ADV",
                                                                 "AUX", "NEG", "W"))


def _fix_auxiliaries(toks: list[Tok], lex: ModuleType = _lexicon_en) -> None:
    # An auxiliary with no verb after it is the main verb ("had previously approved" keeps AUX).
    # An unknown word after do/modals ("did not intervene"), a past participle after
    # have/be ("has bet", "was decreed"), is the main verb.
    for i, t in enumerate(toks):
        if t.tag != "AUX":
            continue
        j = i + 1
        while j < len(toks) and toks[j].tag in ("ADV", "NEG", "AUX"):
            j += 1
        if j < len(toks) and toks[j].tag == "W" and toks[j].value < 0 and toks[j].text.isalpha():
            _main_after(toks[j], toks[j - 1].lemma if toks[j - 1].tag == "AUX" else t.lemma, lex)
        if j < len(toks) and toks[j].tag == "PREP" and toks[j].low == "to":
            j += 1  # "had to cede"
        if j >= len(toks) or toks[j].tag != "V":
            t.tag = "V"


def _main_after(w: Tok, aux: str, lex: ModuleType) -> None:
    """Tag `w` as the main verb after the auxiliary lemma `aux` when its form fits."""
    low = w.low
    if low in lex.NOT_VERBS or low in lex.PREPOSITIONS or low in lex.DETERMINERS:
        return
    lem = lemma_of(low, lex)
    if aux in ("do", "will", "can", "may", "must"):
        w.tag, w.lemma = "V", lem or low
    elif aux in ("have", "be") and (lem is not None or low in lex.IRREGULAR) and (
            low.endswith(("ed", "en")) or low in lex.IRREGULAR):
        w.tag, w.lemma = "V", lem or low


def split_clauses(toks: list[Tok], lex: ModuleType = _lexicon_en) -> list[Clause]:
    """The clauses of a tagged sentence, in order, each with its kind and verb indices."""
    cuts = [0]
    for i, t in enumerate(toks):
        if t.value >= 0:
            continue
        if t.text in _CUT and not (t.text == "," and _list_comma(toks, i)):
            cuts.append(i)
        elif t.tag == "REL" and i and toks[i - 1].text not in _CUT:
            cuts.append(i)
        elif _prep_relative(toks, i) and toks[i - 1].text not in _CUT:
            cuts.append(i)  # "a war in which ... were killed"
        elif t.tag == "CONJ" and i + 1 < len(toks) and (
                toks[i + 1].tag in ("V", "AUX") or t.low in lex.CLAUSE_CONJUNCTIONS
                or _clause_after(toks, i, cuts[-1])):
            cuts.append(i)
    cuts.append(len(toks))
    clauses: list[Clause] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        while lo < hi and toks[lo].tag == "P" and toks[lo].value < 0:
            lo += 1
        if lo >= hi:
            continue
        c = Clause(lo, hi, verbs=[i for i in range(lo, hi) if toks[i].tag in ("V", "AUX")
                                  and not _infinitive(toks, i)])
        c.verbs = [i for i in c.verbs if toks[i].tag == "V"] or c.verbs
        first = toks[lo]
        if not c.verbs:
            c.kind = "frag"
        elif first.tag == "REL":
            c.kind = "rel" if first.low != "that" or _noun_before(toks, lo) or (
                lo + 1 < hi and toks[lo + 1].tag == "V" and lo > 0
                and toks[lo - 1].tag in ("VAL", "W", "CAP")) else "comp"
        elif _prep_relative(toks, lo):
            c.kind = "rel"
        elif first.tag == "CONJ":
            c.kind = "coord" if lo + 1 < hi and toks[lo + 1].tag in ("V", "AUX", "ADV") else "main"
        elif first.tag == "V" and first.low.endswith(("ing", "ed")) or (
                first.tag == "V" and first.lemma and first.low in lex.IRREGULAR):
            c.kind = "part"
        c.report = any(toks[v].lemma in lex.REPORTING for v in c.verbs) and (
            len(c.verbs) == 1 and hi - lo <= 10)
        if first.low == "according":
            c.report, c.kind = True, "frag"
        clauses.append(c)
    return clauses


def _clause_after(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether `and`/`or` at `i` joins two clauses with their own subjects ("homes were damaged
    and about 12,000 people spent the night"): a verb before it, a noun phrase then a verb
    after it."""
    if not any(toks[k].tag == "V" for k in range(lo, i)):
        return False
    j = i + 1
    while j < len(toks) and j - i <= 6 and (toks[j].tag in ("DET", "W", "CAP", "NUM", "VAL")
                                           or toks[j].low == "of"):
        j += 1
    if j + 1 < len(toks) and toks[j + 1].low == "by":
        return False  # "separatists supported by Armenia": a participle describing the noun
    return j > i + 1 and j < len(toks) and toks[j].tag in ("V", "AUX") \
        and any(toks[k].tag in ("W", "CAP", "VAL", "NUM") for k in range(i + 1, j))


def _prep_relative(toks: list[Tok], i: int) -> bool:
    """A preposition opening a relative clause after a noun ("in which", "during whom")."""
    return (toks[i].tag == "PREP" and i > 0 and i + 1 < len(toks)
            and toks[i + 1].low in ("which", "whom") and _noun_before(toks, i))


def _infinitive(toks: list[Tok], i: int) -> bool:
    return i > 0 and toks[i - 1].low == "to" and not toks[i].low.endswith("ed")


def _noun_before(toks: list[Tok], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].text == ",":
        j -= 1
    return j >= 0 and toks[j].tag in ("W", "CAP") and toks[j].value < 0


def _list_comma(toks: list[Tok], i: int) -> bool:
    # "personnel, weapons and equipment": a comma before nouns that reach "and"/"or"
    # without a verb, after a noun; and the left side has no verb yet.
    if i == 0 or toks[i - 1].tag not in ("W", "CAP"):
        return False
    j = i + 1
    while j < len(toks) and toks[j].tag in ("W", "CAP", "DET") and j - i <= 4:
        j += 1
    return (j > i + 1 and j < len(toks) and toks[j].low in ("and", "or")
            and j + 1 < len(toks) and toks[j + 1].tag not in ("V", "AUX"))
