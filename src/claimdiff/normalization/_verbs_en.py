"""English irregular verb forms: each past tense or past participle the "-ed" rule misses,
with its lemma ("fled" -> "flee", "taken" -> "take").

One table for the two readers of English verbs: `extract` tells a past verb by it
(`_lexicon_en.IRREGULAR`), `measure` lemmatizes by it (`_lemma_en.lemma`), so a form listed
for one is known to the other. A verb's simple past comes before its participle:
`extract._predicate.past` writes a lemma's past as its first form here ("went", not "gone").
"""

from __future__ import annotations

IRREGULAR_VERBS: dict[str, str] = {
    "began": "begin", "begun": "begin", "became": "become", "broke": "break",
    "broken": "break", "brought": "bring", "built": "build", "bought": "buy", "came": "come",
    "cost": "cost", "cut": "cut", "drew": "draw", "drawn": "draw", "fell": "fall",
    "fallen": "fall", "fought": "fight", "found": "find", "fled": "flee", "froze": "freeze",
    "gave": "give", "given": "give", "got": "get", "gotten": "get", "went": "go",
    "gone": "go", "grew": "grow", "grown": "grow", "held": "hold", "hit": "hit",
    "hurt": "hurt", "kept": "keep", "led": "lead", "left": "leave", "lost": "lose",
    "made": "make", "met": "meet", "paid": "pay", "put": "put", "ran": "run", "rose": "rise",
    "risen": "rise", "said": "say", "saw": "see", "seen": "see", "sold": "sell",
    "sent": "send", "set": "set", "shot": "shoot", "shut": "shut", "sought": "seek",
    "spoke": "speak", "spoken": "speak", "stood": "stand", "struck": "strike",
    "swept": "sweep", "took": "take", "taken": "take", "told": "tell", "thought": "think",
    "threw": "throw", "thrown": "throw", "won": "win", "withdrew": "withdraw",
    "withdrawn": "withdraw", "wrote": "write", "written": "write", "overtook": "overtake",
    "undertook": "undertake", "swore": "swear", "sworn": "swear",
    "cast": "cast", "chose": "choose", "chosen": "choose", "shook": "shake", "shaken": "shake",
    "bet": "bet", "spent": "spend", "slept": "sleep", "felt": "feel", "heard": "hear",
    "meant": "mean", "bore": "bear", "borne": "bear", "hid": "hide", "hidden": "hide",
    "let": "let", "dealt": "deal", "sank": "sink", "sunk": "sink", "fed": "feed",
    "forbade": "forbid", "forbidden": "forbid", "arose": "arise", "arisen": "arise",
    "understood": "understand", "drove": "drive", "driven": "drive", "rode": "ride",
    "flew": "fly", "flown": "fly", "ate": "eat", "eaten": "eat", "knew": "know",
    "known": "know", "wore": "wear", "worn": "wear", "tore": "tear", "torn": "tear",
    "bound": "bind", "caught": "catch", "taught": "teach",
    "lent": "lend", "lay": "lie", "laid": "lay", "quit": "quit", "split": "split",
    "spread": "spread", "read": "read", "beat": "beat", "bid": "bid", "broadcast": "broadcast",
    "forecast": "forecast", "upheld": "uphold", "overthrew": "overthrow",
    "overthrown": "overthrow", "sprang": "spring", "sprung": "spring", "stole": "steal",
    "stolen": "steal", "woke": "wake", "rebuilt": "rebuild",
    "frozen": "freeze", "ridden": "ride", "rang": "ring", "sang": "sing", "bled": "bleed",
}

__all__ = ["IRREGULAR_VERBS"]
