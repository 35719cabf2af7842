"""Which language an article is in: its `language:` front matter, else a light detector.

claimdiff drafts claims from English only; an article in another language is
refused rather than drafted as English nonsense. The detector is two plain
rules, offline and deterministic: the writing system of most letters
(Cyrillic, Greek, Arabic, Han, ...), and for Latin script the share of words
that are function words of English against that of other languages ("the",
"of", "and" against "le", "der", "el", ...). A text too short to tell is taken
as English. A library (py3langid) was measured and left out: loading its model
takes longer than drafting an article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

MIN_WORDS = 25
"""Fewer words than this: too short to tell, taken as English."""
MIN_ENGLISH_SHARE = 0.12
"""English prose has a quarter to a half of its words in `_FUNCTION_WORDS['en']`."""

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the of and to in a is that for on was with as by at from it his her their "
              "were are had has have be been which who an this said after not but or they "
              "its would will than more about into over also",
        "fr": "le la les de des du et un une est à en que qui dans pour sur par au aux pas "
              "ne se son sa ses été avec ont il elle sont cette ces mais ou lors selon",
        "de": "der die das und ist in den von zu mit sich des auf für nicht ein eine dem "
              "im auch es an als nach wird bei einer um am sind noch wie aus hat wurde",
        "es": "el la los las de del y en que un una es por con para se su al lo como más "
              "pero sus le ha fue este esta entre según sobre tras durante",
        "it": "il lo la gli le di del della e è un una che in per con non si da al dei "
              "delle nel nella sono ha più ma anche come dopo",
        "pt": "o a os as de do da dos das e em um uma que para com não por se na no ao "
              "mais como mas foi são pelo pela sua seu entre após",
        "nl": "de het een en van in is dat op te met voor zijn niet aan er door als bij "
              "ook om werd was naar uit maar nog wordt",
        "tr": "ve bir bu da de için ile olarak daha çok gibi en ama ki ne olan sonra kadar "
              "her şey yılında olduğunu",
        "az": "və bir bu da də üçün ilə olaraq daha çox kimi ən amma ki nə olan sonra qədər "
              "hər ildə olduğunu edib",
        "pl": "i w na z do że się nie jest to o od po przez dla jak ale za tym był była "
              "przy oraz jego",
        "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena "
              "oleh ada sudah telah",
    }.items()
}
_LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish", "az": "Azerbaijani", "pl": "Polish",
    "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "hy": "Armenian", "ka": "Georgian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "fa": "Persian", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai",
}
NAMED_LANGUAGES = {name.lower(): tag for tag, name in _LANGUAGE_NAMES.items()}
"""Language names written out in front matter (`language: Russian`) -> their tags."""
_SCRIPTS = {  # writing system -> (the language it most likely is, how to say it)
    "CYRILLIC": (None, "in Cyrillic script (Russian, Ukrainian, ...)"),
    "GREEK": ("el", "in Greek script"),
    "ARABIC": (None, "in Arabic script (Arabic, Persian, ...)"),
    "HEBREW": ("he", "in Hebrew script"),
    "CJK": (None, "in Han script (Chinese, Japanese)"),
    "HIRAGANA": ("ja", "in Japanese script"),
    "KATAKANA": ("ja", "in Japanese script"),
    "HANGUL": ("ko", "in Korean script"),
    "ARMENIAN": ("hy", "in Armenian script"),
    "GEORGIAN": ("ka", "in Georgian script"),
    "DEVANAGARI": (None, "in Devanagari script"),
    "THAI": ("th", "in Thai script"),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Language:
    """What the detector found: a tag when it can tell, and how to say what it saw."""

    tag: str | None
    """`en`, `fr`, ... or `None` when only the script is known."""
    description: str
    """"in English", "in French", "in Cyrillic script (Russian, Ukrainian, ...)"."""

    @property
    def english(self) -> bool:
        return self.tag == "en"


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


SAMPLE = 4000
"""Characters of the text looked at: a few paragraphs tell the language of a news story."""


def detect_language(text: str) -> Language:
    """The language of `text`, by its script and its function words (English when unsure)."""
    text = text[:SAMPLE]
    scripts = Counter(_script(c) for c in text if c.isalpha())
    letters = sum(scripts.values())
    if letters:
        script, count = scripts.most_common(1)[0]
        if script != "LATIN" and count > letters / 2 and count >= MIN_WORDS:
            tag, said = _SCRIPTS.get(script, (None, f"in {script.title()} script"))
            return Language(tag, said)
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return Language("en", "in English")
    shares = {lang: sum(1 for w in words if w in fw) / len(words)
              for lang, fw in _FUNCTION_WORDS.items()}
    best = max(sorted(shares), key=lambda lang: shares[lang])
    if best == "en" or shares["en"] >= MIN_ENGLISH_SHARE and shares["en"] >= shares[best] * 0.8:
        return Language("en", "in English")
    if shares[best] >= MIN_ENGLISH_SHARE / 2:
        return Language(best, f"in {_LANGUAGE_NAMES[best]}")
    return Language(None, "not in English")


def language_name(tag: str) -> str:
    """A tag as a name where known: `ru` -> `Russian`, `en-GB` -> `English`."""
    return _LANGUAGE_NAMES.get(tag.split("-")[0].lower(), tag)


__all__ = ["NAMED_LANGUAGES", "Language", "detect_language", "language_name"]
