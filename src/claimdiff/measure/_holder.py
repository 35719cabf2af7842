"""Whose a value is: words, names, and the person an age belongs to.

An age is one person's: the name right by it ("Arman Seitkali, 58", "the 47-year-old
reporter Lev Arkanov", "Norvex's 57-year-old chief executive" after its name's comma),
else, for "the 26-year-old" standing for a person, the person named before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.measure import _lexicon_en as lex

_TOKEN = re.compile(r"\d[\d,.:]*\d|\d|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]")
_PARAGRAPH = re.compile(r"\n\s*\n")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    key: str


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group(), lex.key(m.group()))
            for m in _TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=65536)
def common_word(word: str) -> bool:
    """A word of the English lexicon (a noun, verb, adjective or adverb, in any of its forms:
    "Rescuers", "Neighbouring"), as `lemminflect` knows it: capitalized at a sentence's
    start, such a word is no name; an unknown one ("Estavia", "Norvex") is."""
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    low = word.lower()
    k = lex.key(low)
    return (low in _CLOSED or all(part in _NUMERALS for part in low.split("-"))
            or k in lex.CLASS_OF or k in lex.ROLE_OF or k in lex.PARTY_OF
            or k in lex.RELATED_OF or (len(low) > 5 and low.endswith(_GROUPS))
            or bool(getAllLemmas(word) or getAllLemmas(low)))


_GROUPS = ("ors", "ers", "ists", "ians", "ants", "ents")
"""Plural nouns of people by what they do ("Survivors", "Rescuers"), which the lexicon may
lack: at a sentence's start, a group more often than a name."""


_CLOSED = frozenset("""every among amid amidst despite during against toward towards upon beside
unless whereas nor mr mrs ms dr st jr sr""".split())
"""Words of closed classes the lexicon of open ones leaves out, and titles ("Mr Brandt" and
"Mr Ferrante" share no name)."""
_NUMERALS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
seventy eighty ninety hundred thousand million billion trillion dozen""".split())


@lru_cache(maxsize=8192)
def verb(word: str, *, noun_too: bool) -> bool:
    """A word read as a verb: "scored", "is", "cut" (also a noun: only when `noun_too`, as
    after a bare name, "Norvex cut 640 jobs", not "the Transportes Almenar coach")."""
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    tags = getAllLemmas(word.lower())
    if not ("VERB" in tags or "AUX" in tags):
        return False
    return noun_too or "NOUN" not in tags or word.lower().endswith("ed")


def distinct_holders(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two holders naming two different parties: both said, with no name in common once the
    common words both carry are set aside ("Alder Group" and "Kessel Group" are two
    companies; "Lena Brandt" and "Brandt" one person, "Lena Brandt" and "Lena Ferrante" two;
    "Seitkali" and "Seitkaliyev" one). A
    thing named by a modifier ("the Norvex fire") is told apart only from another thing of
    that noun ("the Alder fire")."""
    if {w for w in a if w.islower()} != {w for w in b if w.islower()}:
        return False  # "the Norvex fire" against "Harwick": a thing named, and a party
    la = [w.lower() for w in a if w.lower().strip(".") not in _LEGAL_FORMS]
    lb = [w.lower() for w in b if w.lower().strip(".") not in _LEGAL_FORMS]
    if len(la) == len(lb) == 2 and la[0] == lb[0] and la[1] != lb[1] \
            and not any(map(common_word, (*la, *lb))):
        la, lb = la[1:], lb[1:]  # "Ilse Varga" and "Ilse Brandt": one given name, two people
    shared = {w for w in la if w in lb and common_word(w)}
    xs, ys = [w for w in la if w not in shared], [w for w in lb if w not in shared]
    return bool(xs and ys) and not any(
        x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
        or spelled_alike(x, y) for x in xs for y in ys)


_LEGAL_FORMS = frozenset("""plc ltd limited inc incorporated llc llp corp corporation co gmbh ag
sa nv bv spa srl oyj asa ab pty pjsc ojsc""".split())
"""A company's legal form says what kind of body it is, not which: "Coastline Bank Plc" is
"Nigeria's Coastline Bank"."""


def spelled_alike(x: str, y: str) -> bool:
    """Two romanisations of one name: the same consonants in the same order once the
    spellings transliteration varies are folded, vowels as many and unsaid ("Yusuf
    Al-Khatib" and "Yousef Alkhateeb", "Bilyk" and "Bilik"; not "Brandt" and "Brant")."""
    if min(len(x), len(y)) < 5:
        return False
    (cx, vx), (cy, vy) = _skeleton(x), _skeleton(y)
    return cx == cy and vx == vy and len(cx) >= 3


@lru_cache(maxsize=4096)
def _skeleton(word: str) -> tuple[str, int]:
    """A name's first letter and consonants, and how many runs of vowels it has."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")
    for old, new in _ROMAN:
        w = w.replace(old, new)
    w = re.sub(r"([a-z])\1+", r"\1", w)
    return (w[:1] + _VOWELS.sub("", w[1:]), len(_VOWELS.findall(w[1:]))) if w else ("", 0)


_ROMAN = (("kh", "h"), ("gh", "h"), ("ph", "f"), ("w", "v"), ("j", "y"), ("ck", "k"))
"""Letters romanisations write for one sound (as `claimdiff.align` folds them)."""
_VOWELS = re.compile(r"[aeiouy]+")


def one_holder(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two holders naming one party: a name in common ("Norvex Spirit hit", "Norvex Spirit
    peaked"), or one and the same capitalized holder, though of common words ("Kestrel Dawn")."""
    la, lb = [w.lower() for w in a], [w.lower() for w in b]
    if la and la == lb and any(w[:1].isupper() for w in a):
        return True
    return bool({w for w in la if not common_word(w)} & set(lb))


def proper_nouns(text: str) -> frozenset[str]:
    """The words a text writes capitalized inside a sentence (after a word or a comma), or
    at its start before another capitalized word or an age ("Tomás Arrieta won", "Arrieta,
    23, beat"; a paragraph after a headline with no stop starts a sentence), and never in
    lower case: its names, so that a sentence-initial "Varenko" is
    one too. A common word before a name is no name ("Neighbouring Morvania"), one before
    another common word is part of one ("Alder Group")."""
    upper: set[str] = set()
    lower: set[str] = set()
    found = list(_TOKEN.finditer(text))
    toks = [m.group() for m in found]
    for k, w in enumerate(toks):
        if not w[0].isalpha():
            continue
        if w[0].islower():
            lower.add(lex.key(w))
            continue
        # a paragraph starts a sentence, after a headline with no stop too
        prev = toks[k - 1] if k and not _PARAGRAPH.search(
            text, found[k - 1].end(), found[k].start()) else ""
        nxt = toks[k + 1:k + 3]
        if prev == "," or prev[:1].isalpha() or (
                len(nxt) == 2 and nxt[0] == "," and nxt[1][0].isdigit()) or (
                nxt and nxt[0][0].isupper() and (not common_word(w) or common_word(nxt[0]))):
            upper.add(lex.key(w))
    return frozenset(upper - lower - lex.STOP)


def is_name(t: Tok, sentence_start: int, proper: frozenset[str]) -> bool:
    """A capitalized word but a month or a weekday; at a sentence's start, only a word the
    text writes as a name elsewhere or one no lexicon knows ("Estavia recorded")."""
    return (t.text[0].isupper() and len(t.text) > 1  # not the F of "109°F"
            and t.key not in lex.MONTHS and t.key not in lex.STOP and t.key not in _WEEKDAYS
            and (t.start > sentence_start or t.key in proper
                 or (written(t).isalpha() and not common_word(written(t)))))


def written(t: Tok) -> str:
    """A name's word as written, without a possessive: "Norvex's" is "Norvex"."""
    return t.text.removesuffix("'s").removesuffix("’s")


def names(toks: Sequence[Tok], sentence_start: int,
          proper: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The capitalized words of a sentence but months and weekdays; its first word only when
    the text writes it as a name elsewhere (`proper`)."""
    return tuple(sorted({t.key for t in toks if is_name(t, sentence_start, proper)}))


def agents(toks: Sequence[Tok], sentence_start: int,
           proper: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names of `toks` but those of a place, a circumstance or an opponent, governed by a
    preposition ("in Puerto San Roque", "at Ostrava", "in the Marrow council election",
    "against Lind"): who holds a figure."""
    out: set[str] = set()
    governed = False
    prev: Tok | None = None
    gov: Tok | None = None  # the word before the run of names, past an article
    for t in toks:
        if is_name(t, sentence_start, proper):
            if prev is None or not is_name(prev, sentence_start, proper):
                governed = gov is not None and gov.text.lower() in GOVERNING
            if not governed:
                out.add(t.key)
        if t.key not in _ARTICLES or prev is None or prev.text.lower() not in GOVERNING:
            gov = t
        prev = t
    return tuple(sorted(out))


GOVERNING = frozenset(
    "in at near off from to across outside inside into onto on towards toward around through "
    "along between within beyond via against versus vs beat beating".split())
_ARTICLES = frozenset(("the", "a", "an"))


def subject(toks: Sequence[Tok], sentence_start: int,
            proper: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The first run of names in a sentence: mostly its subject ("Tomás Arrieta won the
    Valmont Open, outlasting Ilya Varenko" is Arrieta's sentence, not Varenko's)."""
    run: list[str] = []
    for t in toks:
        if is_name(t, sentence_start, proper):
            run.append(t.key)
        elif run and not (t.text[0].isupper() and t.key not in lex.STOP):
            break
    return tuple(sorted(set(run)))


def as_noun(toks: Sequence[Tok], last: int) -> bool:
    """An age standing for a person ("the 26-year-old pulled away", "the 63-year-old, who"),
    not one modifying a noun ("the 33-year-old ship was"): a comma or a verb follows it."""
    if last >= len(toks):
        return True
    nxt = toks[last]
    return nxt.text in (",", ".") or nxt.key in ("be", "have") or (
        nxt.text.isalpha() and nxt.text.lower() != nxt.key
        and not nxt.text.endswith(("ing", "s")))


def antecedent(text: str, starts: Sequence[int], lo: int,
               proper: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Whom "the 26-year-old" or "he" refers back to: the subject of the nearest sentence
    naming anyone before it in its paragraph, else of the first sentence naming anyone in a
    paragraph before (a report names its subject first, then goes on with "the
    26-year-old", "the company", "he")."""
    paras = [0, *(m.end() for m in _PARAGRAPH.finditer(text, 0, lo))]
    for n, para in enumerate(reversed(paras)):
        end = lo if n == 0 else paras[len(paras) - n]
        bounds = [b for b in starts if para <= b < end] or [para]
        spans = list(zip(bounds, [*bounds[1:], end], strict=True))
        for s, e in (reversed(spans) if n == 0 else spans):
            found = subject(tokens(text, s, e), s, proper)
            if found:
                return found
    return ()


def person(toks: Sequence[Tok], first: int, last: int) -> tuple[str, ...]:
    """The name an age belongs to: right before it ("Arman Seitkali, 58") or right after
    it ("the 47-year-old reporter Lev Arkanov", "a 58-year-old captain, Renato Balagtas")."""
    before: list[str] = []
    k = first - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
        while k >= 0 and toks[k].text[0].isupper() and toks[k].key not in lex.STOP \
                and toks[k].text.lower() not in _DAYS:  # "Yesterday, aged 22, she": no one
            before.append(toks[k].key)
            k -= 1
    if not before:  # "Sandra Okafor-Lind, Norvex's 57-year-old chief executive"
        k = first - 1
        while k >= 0 and first - k <= 3 and (toks[k].key in ("the", "its") or toks[k].text[
                0].islower() or toks[k].text.endswith(("'s", "’s"))):
            k -= 1
        if k >= 0 and toks[k].text == "," and (any(t.text.endswith(("'s", "’s"))
                                                  for t in toks[k + 1:first])
                                              or toks[k + 1].text.lower() in ("a", "an")):
            k -= 1  # "Seamus Dolan, a 72-year-old father of three": an apposition
            while k >= 0 and toks[k].text[0].isupper() and toks[k].key not in lex.STOP \
                    and toks[k].text.lower() not in _DAYS:
                before.append(toks[k].key)
                k -= 1
    if before:
        return tuple(sorted(before))
    after: list[str] = []
    nouns = 0
    for t in toks[last:last + 8]:
        if t.text[0].isupper() and t.key not in lex.STOP:
            after.append(t.key)
        elif after or nouns > 4 or not (t.text == "," or t.key in ("of", "the") or (
                t.text.isalpha() and t.key not in lex.STOP)):
            break
        else:
            nouns += 1  # "reporter", "ski instructor", "director of the mine", ","
    if not after:  # "a 17-year-old schoolgirl, was named as Elin Mayhew"
        verb = next((k for k in range(last, len(toks)) if toks[k].text.lower() in _NAMING), None)
        k = verb + 1 if verb is not None else len(toks)
        k += k < len(toks) and toks[k].key == "as"
        while k < len(toks) and toks[k].text[0].isupper() and toks[k].key not in lex.STOP:
            after.append(toks[k].key)
            k += 1
    return tuple(sorted(after))


_NAMING = frozenset(("named", "identified", "renamed"))
_DAYS = frozenset("""yesterday today tonight tomorrow monday tuesday wednesday thursday friday
    saturday sunday""".split())
"""Days that open a sentence before a comma, as a name would ("Yesterday, aged 22, she")."""


__all__ = ["GOVERNING", "Tok", "agents", "antecedent", "as_noun", "common_word",
           "distinct_holders", "is_name", "names", "one_holder", "person", "proper_nouns",
           "subject", "tokens", "verb", "written"]
