"""More Hindu, Sikh and Sindhi days, and Eastern Christmas: names and the rule placing each.

The shape of `_holidays_en.HOLIDAYS` (which merges this table): `("hindu", month, tithi,
moment, days)` is the lunar day (tithi 1-15 the bright half, 16-30 the dark half ending
at the new moon) of an amanta month (0 = Chaitra, 4 = Shravana, 6 = Ashvin, 10 = Magha)
observed at `moment` (`_lunisolar.py`). A festival of the dark half named in the
north's purnimanta reckoning ("Kajari Teej, Bhadrapada Krishna Tritiya") is written
here in the amanta month, which begins a fortnight later. Sources: the festivals' tithis
as Indian almanacs (panchang) give them; Eastern Christmas is December 25 of the
Julian calendar, January 7 from 1900 to 2099.
"""

from __future__ import annotations

from claimdiff.normalization._observances_en import Rule

__all__ = ["HINDU_DAYS"]


def _tithi(month: int, tithi: int, moment: str, *aliases: str
           ) -> tuple[Rule, int, tuple[str, ...]]:
    return ("hindu", month, tithi, moment, 0), 1, aliases


HINDU_DAYS: dict[str, tuple[Rule, int, tuple[str, ...]]] = {
    "Cheti Chand": _tithi(0, 2, "evening", "cheti chand", "jhulelal jayanti"),
    "Akshaya Tritiya": _tithi(1, 3, "noon", "akshaya tritiya", "akha teej",
                              "akshaya teej", "akti"),
    "Sita Navami": _tithi(1, 9, "noon", "sita navami", "janaki navami", "sita jayanti"),
    "Narasimha Jayanti": _tithi(1, 14, "evening", "narasimha jayanti", "narsimha jayanti"),
    "Ganga Dussehra": _tithi(2, 10, "sunrise", "ganga dussehra", "ganga dashahara"),
    # A fast kept on the day the full moon holds at noon (the bath, a day later, is not).
    "Vat Purnima": _tithi(2, 15, "noon", "vat purnima", "vat purnima vrat"),
    "Hariyali Teej": _tithi(4, 3, "sunrise", "hariyali teej", "shravani teej"),
    "Naga Panchami": _tithi(4, 5, "sunrise", "naga panchami", "nag panchami"),
    "Tulsidas Jayanti": _tithi(4, 7, "sunrise", "tulsidas jayanti"),
    # Bhadrapada Krishna Tritiya (purnimanta): the dark half of the amanta Shravana.
    "Kajari Teej": _tithi(4, 18, "sunrise", "kajari teej", "kajali teej", "badi teej"),
    "Hartalika Teej": _tithi(5, 3, "sunrise", "hartalika teej", "haritalika teej"),
    "Rishi Panchami": _tithi(5, 5, "noon", "rishi panchami"),
    "Anant Chaturdashi": _tithi(5, 14, "sunrise", "anant chaturdashi", "anant chaudas",
                                "ganesh visarjan"),
    "Mahalaya Amavasya": _tithi(5, 30, "noon", "mahalaya", "mahalaya amavasya",
                                "sarva pitru amavasya"),
    "Kojagari Lakshmi Puja": _tithi(6, 15, "midnight", "kojagari purnima",
                                    "kojagari lakshmi puja", "kojagiri purnima"),
    "Prabodhini Ekadashi": _tithi(7, 11, "noon", "dev uthani ekadashi",
                                  "devutthana ekadashi", "prabodhini ekadashi",
                                  "dev prabodhini ekadashi"),
    "Dev Deepawali": _tithi(7, 15, "evening", "dev deepawali", "dev diwali"),
    "Gita Jayanti": _tithi(8, 11, "noon", "gita jayanti", "geeta jayanti",
                           "mokshada ekadashi"),
    "Dattatreya Jayanti": _tithi(8, 15, "evening", "dattatreya jayanti", "datta jayanti"),
    # Magha Amavasya (purnimanta): the new moon closing the amanta Pausha.
    "Mauni Amavasya": _tithi(9, 30, "noon", "mauni amavasya", "mauni amavas"),
    "Ratha Saptami": _tithi(10, 7, "sunrise", "ratha saptami", "rath saptami",
                            "surya jayanti", "magha saptami"),
    "Bhishma Ashtami": _tithi(10, 8, "noon", "bhishma ashtami"),
    # Chaitra Krishna Panchami (purnimanta), five days after Holi.
    "Rang Panchami": _tithi(11, 20, "sunrise", "rang panchami", "ranga panchami"),
    "Hazrat Ali's Birthday": (("hijri", 7, 13, 13), 0, ("hazrat ali birthday",
                                                        "hazarat ali birthday")),
    "Orthodox Christmas": (("fixed", 1, 7), 1, ("orthodox christmas", "orthodox christmas day",
                                                "coptic christmas", "ethiopian christmas",
                                                "eastern christmas")),
    "Orthodox New Year": (("fixed", 1, 14), 1, ("orthodox new year", "old new year",
                                                "julian new year")),
}
