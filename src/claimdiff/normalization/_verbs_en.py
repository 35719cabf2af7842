"""English irregular verb forms: each past tense or past participle the "-ed" rule misses,
with its lemma ("fled" -> "flee", "taken" -> "take").

One table for the two readers of English verbs: `extract` tells a past verb by it
(`_lexicon_en.IRREGULAR`), `measure` lemmatizes by it (`_lemma_en.lemma`), so a form listed
for one is known to the other.
"""

from __future__ import annotations

IRREGULAR_VERBS: dict[str, str] = {
    "arose": "arise", "arisen": "arise", "ate": "eat", "eaten": "eat", "beat": "beat",
    "became": "become", "began": "begin", "begun": "begin", "bet": "bet", "bid": "bid",
    "bled": "bleed", "bore": "bear", "borne": "bear", "bought": "buy", "bound": "bind",
    "broadcast": "broadcast", "broke": "break", "broken": "break", "brought": "bring",
    "built": "build", "came": "come", "cast": "cast", "caught": "catch", "chose": "choose",
    "chosen": "choose", "cost": "cost", "cut": "cut", "dealt": "deal", "drew": "draw",
    "drawn": "draw", "drove": "drive", "driven": "drive", "fed": "feed", "fell": "fall",
    "fallen": "fall", "felt": "feel", "fled": "flee", "flew": "fly", "flown": "fly",
    "forbade": "forbid", "forbidden": "forbid", "forecast": "forecast", "fought": "fight",
    "found": "find", "froze": "freeze", "frozen": "freeze", "gave": "give", "given": "give",
    "gone": "go", "got": "get", "gotten": "get", "grew": "grow", "grown": "grow",
    "heard": "hear", "held": "hold", "hid": "hide", "hidden": "hide", "hit": "hit",
    "hurt": "hurt", "kept": "keep", "knew": "know", "known": "know", "laid": "lay",
    "lay": "lie", "led": "lead", "left": "leave", "lent": "lend", "let": "let",
    "lost": "lose", "made": "make", "meant": "mean", "met": "meet", "overthrew": "overthrow",
    "overthrown": "overthrow", "overtook": "overtake", "paid": "pay", "put": "put",
    "quit": "quit", "ran": "run", "rang": "ring", "read": "read", "rebuilt": "rebuild",
    "rode": "ride", "ridden": "ride", "risen": "rise", "rose": "rise", "said": "say",
    "sang": "sing", "sank": "sink", "saw": "see", "seen": "see", "sent": "send",
    "set": "set", "shook": "shake", "shaken": "shake", "shot": "shoot", "shut": "shut",
    "slept": "sleep", "sold": "sell", "sought": "seek", "spent": "spend", "split": "split",
    "spoke": "speak", "spoken": "speak", "sprang": "spring", "spread": "spread",
    "sprung": "spring", "stole": "steal", "stolen": "steal", "stood": "stand",
    "struck": "strike", "sunk": "sink", "swept": "sweep", "swore": "swear", "sworn": "swear",
    "taken": "take", "taught": "teach", "thought": "think", "threw": "throw",
    "thrown": "throw", "told": "tell", "took": "take", "tore": "tear", "torn": "tear",
    "undertook": "undertake", "understood": "understand", "upheld": "uphold", "went": "go",
    "withdrew": "withdraw", "withdrawn": "withdraw", "woke": "wake", "won": "win",
    "wore": "wear", "worn": "wear", "wrote": "write", "written": "write",
}

__all__ = ["IRREGULAR_VERBS"]
