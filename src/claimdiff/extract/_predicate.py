"""The predicate of a claim: a normalized verb phrase, events named by one word.

"completed their withdrawal from", "finished the pull-out from" and "the
pullout ... was completed" all read `completed withdrawal from`; "began the
withdrawal", "the withdrawal, which began" and "the first units departed"
read `began withdrawal`. The verb is put in the simple past so that claims
from different sources and tenses line up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from claimdiff.extract import _lexicon_en
from claimdiff.extract._clauses import Tok
from claimdiff.extract._phrases import NP, event_of, np_at

_DOUBLE = frozenset(
    "control patrol refer occur admit commit prefer compel expel propel overlap equip omit "
    "submit permit regret transfer acquit deter incur recur confer infer rebel outstrip "
    "upset forget".split())
"""Verbs of more than one syllable whose last, stressed syllable doubles its consonant."""


def past(lemma: str, lex: ModuleType = _lexicon_en) -> str:
    """The simple past of a verb lemma ("begin" -> "began", "pit" -> "pitted")."""
    if " " in lemma:
        first, rest = lemma.split(" ", 1)
        return f"{past(first, lex)} {rest}"
    if lemma in lex.AUXILIARY_PAST:
        return str(lex.AUXILIARY_PAST[lemma])
    for form, lem in lex.IRREGULAR.items():
        if lem == lemma:
            return str(form)
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    vowels = "aeiou"
    # One syllable ending consonant-vowel-consonant doubles ("stop" -> "stopped"); a longer
    # verb only when its last syllable is stressed (`_DOUBLE`): "opened", "visited".
    syllables = len(re.findall(r"[aeiouy]+", lemma[1:] if lemma[0] == "y" else lemma))
    if lemma in _DOUBLE or (syllables == 1 and len(lemma) >= 3 and lemma[-1] not in vowels + "wxy"
                            and lemma[-2] in vowels and lemma[-3] not in vowels):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


@dataclass(frozen=True)
class Predicate:
    """A predicate and the object it takes."""

    text: str
    object: NP | None = None
    event: str | None = None
    phase: str | None = None


def build(toks: list[Tok], v: int, hi: int, *, subject_np: NP | None, value_noun: str | None,
          next_clause: tuple[int, int] | None, subject_event: str | None = None,
          agent: bool = False, modal: bool = False,
          lex: ModuleType = _lexicon_en) -> Predicate:
    """The predicate of the verb at token `v` in a clause ending at `hi`.

    `subject_event` is the event the subject names ("the process of withdrawal");
    `agent` says the subject is the `by` agent of a passive (its object stands before);
    `modal` keeps the verb's lemma ("will strike": `strike`), not its past.
    """
    if modal:
        return _modal(toks, v, hi, lex)
    lem = toks[v].lemma or toks[v].low
    lem = _verb_class(toks, v, hi, lem, lex)
    if agent:
        return Predicate(past(lem, lex), None)
    j = v + 1
    particle = ""
    while j < hi and toks[j].tag in ("ADV", "NEG"):
        j += 1
    if j < hi and toks[j].low in lex.PARTICLES and toks[j].tag in ("PREP", "W", "ADV") and (
            f"{lem} {toks[j].low}" in lex.IDIOMS):
        particle = toks[j].low
        j += 1
    for key in _idiom_keys(toks, lem, particle, j, hi, value_noun):
        if key in lex.IDIOMS:
            mapped = str(lex.IDIOMS[key])
            if mapped.split()[0] in lex.EVENT_VERBS or mapped == key:
                j += len(key.split()) - len(base_words(lem, particle)) if mapped == key else 0
                lem, particle = mapped, ""
                break
            return Predicate(past(mapped, lex), None)
    prep, obj = _object(toks, j, hi)
    obj_event = event_of(toks, obj, lex) if obj is not None and not prep else None
    phase = lex.PHASE_VERBS.get(lem)
    event = lex.EVENT_VERBS.get(lem.split()[0])
    if lem in lex.FORCE_VERBS and not particle and j < hi and toks[j].tag not in ("PREP", "P") \
            and not _forces(toks, j, hi, lex):
        event = None  # "pulled 15 survivors from the rubble" is no withdrawal
    if phase is not None:
        subj_event = subject_event or (
            event_of(toks, subject_np, lex) if subject_np is not None else None)
        found = obj_event or subj_event or _event_in(toks, next_clause, lex)
        if found is not None and found == subj_event and obj is None and not _passive(toks, v):
            # "the mission finished": an event that ends by itself may be another's phase
            phase, found = lex.PHASE_EQUIVALENTS.get((phase, found), (phase, found))
        if found is not None:
            tail_prep, tail_obj = (_object(toks, obj[1], hi) if obj is not None and obj_event
                                   else (prep, obj if not obj_event else None))
            text = f"{past(phase, lex)} {found}" + (f" {tail_prep}" if tail_prep else "")
            return Predicate(text, tail_obj, found, phase)
    if event is not None and event in lex.PHASED_EVENTS:
        adj = _phase_adjective(toks, subject_np, lex)
        found_phase = adj or _phase_in(toks, next_clause, event, lex)
        if found_phase is not None:
            text = f"{past(found_phase, lex)} {event}" + (f" {prep}" if prep else "")
            return Predicate(text, obj, event, found_phase)
        if event == "withdrawal":
            return Predicate("withdrew" + (f" {prep}" if prep else ""), obj, event)
    words = [past(lem, lex)]
    if particle:
        words.append(particle)
    if obj_event is not None and obj is not None:
        words.append(obj_event)
        tail_prep, tail_obj = _object(toks, obj[1], hi)
        if tail_prep:
            words.append(tail_prep)
        return Predicate(" ".join(words), tail_obj, obj_event)
    if prep:
        words.append(prep)
    return Predicate(" ".join(words), obj, event)


def _verb_class(toks: list[Tok], v: int, hi: int, lem: str, lex: ModuleType) -> str:
    """The lemma of the verb's synonym class ("shook" -> `strike`, "decreed" a state of
    emergency -> `declare`)."""
    words = {t.low for t in toks[v + 1:hi]}
    for noun, (verbs, canonical) in lex.OBJECT_VERB_CLASSES.items():
        if lem in verbs and noun in words:
            return str(canonical)
    return str(lex.VERB_CLASSES.get(lem, lem))


def _forces(toks: list[Tok], j: int, hi: int, lex: ModuleType) -> bool:
    """Whether the direct object from token `j` names forces, personnel or a mission ("its
    troops", "2,000 troops"): a word of it before the next preposition or punctuation."""
    k = j
    while k < hi and toks[k].tag not in ("PREP", "P", "V", "CONJ"):
        if toks[k].low in lex.FORCE_NOUNS:
            return True
        k += 1
    return False


def _modal(toks: list[Tok], v: int, hi: int, lex: ModuleType) -> Predicate:
    """A verb after a modal ("will strike", "could complete the withdrawal from"): its lemma,
    its particle and the preposition of its object; never a past event."""
    t = toks[v]
    lem = t.lemma or t.low
    j = v + 1
    while j < hi and toks[j].tag in ("ADV", "NEG"):
        j += 1
    words = [lem]
    if j < hi and toks[j].low in lex.PARTICLES and toks[j].tag in ("PREP", "W", "ADV") and (
            f"{lem} {toks[j].low}" in lex.IDIOMS):
        words.append(toks[j].low)
        j += 1
    prep, obj = _object(toks, j, hi)
    if obj is not None and not prep:
        obj_event = event_of(toks, obj, lex)
        if obj_event is not None:
            words.append(obj_event)
            prep, obj = _object(toks, obj[1], hi)
    if prep:
        words.append(prep)
    return Predicate(" ".join(words), obj)


def _passive(toks: list[Tok], v: int) -> bool:
    k = v - 1
    while k >= 0 and toks[k].tag in ("ADV", "NEG"):
        k -= 1
    return k >= 0 and toks[k].tag == "AUX" and toks[k].lemma == "be"


def base_words(lem: str, particle: str) -> list[str]:
    """The words of a verb and its particle."""
    return f"{lem} {particle}".split()


def _idiom_keys(toks: list[Tok], lem: str, particle: str, j: int, hi: int,
                value_noun: str | None) -> list[str]:
    base = f"{lem} {particle}".strip()
    keys = [base]
    words = [t.low for t in toks[j:hi] if t.tag not in ("VAL", "P")][:2]
    if words:
        keys.append(f"{base} {words[0]}")
    if len(words) > 1:
        keys.append(f"{base} {words[0]} {words[1]}")
    if value_noun:
        keys.append(f"{base} {value_noun.lower()}")
    return sorted(keys, key=len, reverse=True)


def _object(toks: list[Tok], j: int, hi: int) -> tuple[str, NP | None]:
    """The object after token `j`: a bare phrase, or a preposition and its phrase.
    Prepositions that introduce a value ("on Wednesday") are skipped."""
    while j < hi:
        t = toks[j]
        if t.tag == "PREP" and j + 1 < hi and toks[j + 1].tag == "VAL" and t.low != "of":
            j += 1
            while j < hi and toks[j].tag == "VAL":
                j += 1
            continue
        if t.tag in ("VAL", "ADV"):
            j += 1
            continue
        if t.tag == "PREP" and t.low not in ("to", "as") or t.low == "to" and j + 1 < hi \
                and toks[j + 1].tag in ("DET", "CAP", "W"):
            np = np_at(toks, j + 1, hi)
            if np is None and j + 1 < hi and toks[j + 1].tag == "VAL":
                k = j + 1
                while k < hi and toks[k].tag == "VAL":
                    k += 1
                np = (j + 1, k)  # "the restitution of four border villages"
            return (t.low, np) if np is not None else ("", None)
        np = np_at(toks, j, hi)
        return ("", np)
    return ("", None)


def _event_in(toks: list[Tok], span: tuple[int, int] | None, lex: ModuleType) -> str | None:
    if span is None:
        return None
    for k in range(*span):
        if toks[k].low in lex.EVENT_NOUNS:
            return str(lex.EVENT_NOUNS[toks[k].low])
    return None


def _phase_in(toks: list[Tok], span: tuple[int, int] | None, event: str,
              lex: ModuleType) -> str | None:
    # "left on Wednesday, completing a pullout": the -ing clause names the phase.
    if span is None or not toks[span[0]].low.endswith("ing"):
        return None
    phase = lex.PHASE_VERBS.get(toks[span[0]].lemma)
    return str(phase) if phase is not None and _event_in(toks, span, lex) == event else None


def _phase_adjective(toks: list[Tok], np: NP | None, lex: ModuleType) -> str | None:
    if np is None:
        return None
    for k in range(*np):
        if toks[k].low in lex.PHASE_ADJECTIVES:
            return str(lex.PHASE_ADJECTIVES[toks[k].low])
    return None
