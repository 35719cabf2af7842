"""A light English lemmatizer: a word's lemma, its key, its stem, and tables keyed by them.

Both sides of a comparison go through the same functions, so "killed", "killing" and
"kills" meet as "kill"; `_lexicon_en` builds its word classes from these keys.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimdiff.normalization._verbs_en import IRREGULAR_VERBS

_IRREGULAR = IRREGULAR_VERBS | {
    "died": "die", "dying": "die", "dead": "dead", "deaths": "death", "men": "man",
    "women": "woman", "children": "child", "people": "people", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "goes": "go", "does": "do", "was": "be", "were": "be", "is": "be",
    "are": "be", "been": "be", "had": "have", "has": "have", "sentenced": "sentence",
    "news": "news", "series": "series", "species": "species", "police": "police",
    "wounded": "wound", "lives": "life", "injured": "injure", "casualties": "casualty",
    "spending": "spending",  # the noun of budgets; "spent the day in tents" is no budget
    "damages": "damages",  # a court's award; the singular "damage" is harm, its sum a cost
}
"""Words the suffix rules below misread: the irregular verbs, the forms of "be", "have",
"do" and "go", irregular plurals, and nouns kept whole."""
_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude lemma: lower case, plural and verb endings stripped (the same on both sides)."""
    w = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("xes", "x"),
                         ("ches", "ch"), ("shes", "sh")):
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    if w.endswith("ing") and len(w) > 5 and _VOWEL.search(w[:-3]):
        return _short_e(_undouble(w[:-3]), w[:-3])
    if w.endswith("ed") and len(w) > 4 and _VOWEL.search(w[:-2]):
        return _short_e(_undouble(w[:-2]), w[:-2])
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_SHORT = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")


def _short_e(stem: str, bare: str) -> str:
    """A short stem gets back the silent `e` its ending took ("fined" -> "fine", "voted" ->
    "vote", "rating" -> "rate"), as its bare form keeps it, never a doubled one ("pinned")."""
    return stem + "e" if stem == bare and _SHORT.fullmatch(stem) else stem


def _undouble(stem: str) -> str:
    # "stopped" -> "stop"; "evacuated" -> "evacuat" and "evacuate" -> "evacuat" meet below
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem


def key(word: str) -> str:
    """The lemma with a final silent `e` dropped, so "evacuate" and "evacuated" meet."""
    w = lemma(word)
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


_TIMES = frozenset("hour night week fortnight month quarter year".split())
"""Nouns of time whose "-ly" makes a rate ("monthly pay"), no adverb of its adjective."""
_DERIVED = re.compile(r"(?<=[a-z]{3})(?:ion|ment|(?<=[svwy])al)$")


@lru_cache(maxsize=65536)
def stem(k: str) -> str:
    """A key with a noun-forming suffix dropped, so the noun meets its verb: "eruption" and
    "erupted", "operation" and "operate", "payment" and "paid" (as "pay"), "removal" and
    "removed" (an "-al" after s, v, w or y only: "several", "national" are no verbs); an adverb's
    "-ly" too, so it meets its adjective: "severely" and "severe" (a short word, "family",
    "daily", keeps it, and so does a rate, "monthly")."""
    if len(k) > 6 and k.endswith("ly") and k[:-2] not in _TIMES:
        return key(k[:-3] + "y" if k.endswith("ily") else k[:-2])  # "heavily": "heavy"
    return _DERIVED.sub("", k) if len(k) > 6 else k


def keyed(words: str) -> frozenset[str]:
    """Words as written and as keys: a set one can test a token's text or its key against
    ("while" is keyed "whil", "because" "becaus")."""
    return frozenset(w for x in words.split() for w in (x, key(x)))


def _table(lines: list[str]) -> dict[str, str]:
    """A `name: word word …` table as each word's key to its name (the first name wins)."""
    out: dict[str, str] = {}
    for line in lines:
        name, words = line.split(":")
        for w in words.split():
            out.setdefault(key(w), name.strip())
    return out


__all__ = ["key", "keyed", "lemma", "stem"]
