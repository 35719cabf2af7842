"""English holiday names and the rule that places each one in a year.

Rules: `("fixed", month, day)`; `("nth", month, weekday, n)` (n = -1: the last;
weekday 0 = Monday); `("easter", days)` and `("orthodox", days)` from Easter
Sunday, Western or Orthodox (python-dateutil's `easter`); `("hijri", month,
first day, last day or 0 for the month's end)` on the Umm al-Qura calendar
(hijridate); `("hebrew", month, day)` on the Hebrew calendar (convertdate; month
1 is Nisan, 7 Tishrei, 12 Adar, which is Adar II in a leap year). `days` is the
holiday's length (outside Israel where they differ): Lent runs from Ash Wednesday to
Holy Saturday. US federal holidays follow 5 U.S.C. 6103; Christian feasts the
Roman and Orthodox calendars; Islamic ones the Umm al-Qura calendar, whose
dates can differ by a day from local moon sighting (their support says so).
"""

from __future__ import annotations

Rule = tuple[str | int, ...]

# Holiday -> (rule, length in days, aliases as written, apostrophes and "'s" dropped).
HOLIDAYS: dict[str, tuple[Rule, int, tuple[str, ...]]] = {
    "Christmas": (("fixed", 12, 25), 1, ("christmas", "christmas day", "xmas", "xmas day")),
    "Christmas Eve": (("fixed", 12, 24), 1, ("christmas eve", "xmas eve")),
    "Boxing Day": (("fixed", 12, 26), 1, ("boxing day",)),
    "New Year's Day": (("fixed", 1, 1), 1, ("new year day", "new years day")),
    "New Year's Eve": (("fixed", 12, 31), 1, ("new year eve", "new years eve")),
    "Valentine's Day": (("fixed", 2, 14), 1, ("valentine day", "valentines day",
                                              "st valentine day", "saint valentine day")),
    "Halloween": (("fixed", 10, 31), 1, ("halloween", "hallowe'en")),
    "St Patrick's Day": (("fixed", 3, 17), 1, ("st patrick day", "saint patrick day",
                                               "st paddy day", "saint paddy day",
                                               "st patricks day", "saint patricks day")),
    "Independence Day": (("fixed", 7, 4), 1, ("independence day", "fourth of july")),
    "Bastille Day": (("fixed", 7, 14), 1, ("bastille day",)),
    "International Women's Day": (("fixed", 3, 8), 1, ("international women day",
                                                       "womens day", "women day")),
    "May Day": (("fixed", 5, 1), 1, ("may day", "labour day in europe")),
    "Earth Day": (("fixed", 4, 22), 1, ("earth day",)),
    "Veterans Day": (("fixed", 11, 11), 1, ("veterans day", "veteran day", "armistice day",
                                            "remembrance day")),
    "Epiphany": (("fixed", 1, 6), 1, ("epiphany", "three kings day")),
    "All Saints' Day": (("fixed", 11, 1), 1, ("all saints day", "all saint day")),
    "Juneteenth": (("fixed", 6, 19), 1, ("juneteenth",)),
    "Thanksgiving Day": (("nth", 11, 3, 4), 1, ("thanksgiving", "thanksgiving day")),
    "Black Friday": (("nth", 11, 3, 4, 1), 1, ("black friday",)),
    "Labor Day": (("nth", 9, 0, 1), 1, ("labor day", "labour day")),
    "Memorial Day": (("nth", 5, 0, -1), 1, ("memorial day", "decoration day")),
    "Martin Luther King's Day": (("nth", 1, 0, 3), 1, (
        "mlk day", "mlk jr day", "mlk jr. day", "martin luther king day",
        "martin luther king jr day", "martin luther king jr. day", "civil rights day")),
    "Presidents' Day": (("nth", 2, 0, 3), 1, ("presidents day", "president day",
                                              "washington birthday")),
    "Columbus Day": (("nth", 10, 0, 2), 1, ("columbus day", "indigenous peoples day")),
    "Mother's Day": (("nth", 5, 6, 2), 1, ("mother day", "mothers day")),
    "Father's Day": (("nth", 6, 6, 3), 1, ("father day", "fathers day")),
    "Easter Sunday": (("easter", 0), 1, ("easter", "easter sunday", "easter day")),
    "Good Friday": (("easter", -2), 1, ("good friday", "holy friday")),
    "Holy Saturday": (("easter", -1), 1, ("holy saturday",)),
    "Maundy Thursday": (("easter", -3), 1, ("maundy thursday", "holy thursday")),
    "Palm Sunday": (("easter", -7), 1, ("palm sunday",)),
    "Easter Monday": (("easter", 1), 1, ("easter monday",)),
    "Ash Wednesday": (("easter", -46), 1, ("ash wednesday",)),
    "Shrove Tuesday": (("easter", -47), 1, ("shrove tuesday", "mardi gras", "pancake day")),
    "Lent": (("easter", -46), 45, ("lent",)),
    "Ascension Day": (("easter", 39), 1, ("ascension day", "ascension")),
    "Pentecost": (("easter", 49), 1, ("pentecost", "whit sunday", "whitsunday",
                                      "white sunday")),
    "Whit Monday": (("easter", 50), 1, ("whit monday", "pentecost monday",
                                        "monday of the holy spirit")),
    "Trinity Sunday": (("easter", 56), 1, ("trinity sunday",)),
    "Corpus Christi": (("easter", 60), 1, ("corpus christi",)),
    "Orthodox Easter": (("orthodox", 0), 1, ("orthodox easter", "orthodox easter sunday",
                                             "orthodox pascha", "pascha")),
    "Orthodox Good Friday": (("orthodox", -2), 1, ("orthodox good friday",
                                                   "orthodox great friday")),
    "Clean Monday": (("orthodox", -48), 1, ("clean monday", "orthodox shrove monday",
                                            "ash monday")),
    "Great Lent": (("orthodox", -48), 40, ("great lent", "great fast", "orthodox lent")),
    "Ramadan": (("hijri", 9, 1, 0), 0, ("ramadan", "ramadhan", "ramazan")),
    "Eid al-Fitr": (("hijri", 10, 1, 1), 0, ("eid al-fitr", "eid al fitr", "eid ul-fitr",
                                             "eid ul fitr", "eid-al-fitr")),
    "Eid al-Adha": (("hijri", 12, 10, 10), 0, ("eid al-adha", "eid al adha", "eid ul-adha",
                                               "eid ul adha", "eid-al-adha", "feast of sacrifice",
                                               "bakrid")),
    "Islamic New Year": (("hijri", 1, 1, 1), 0, ("islamic new year", "hijri new year")),
    "Ashura": (("hijri", 1, 10, 10), 0, ("ashura", "day of ashura")),
    "Mawlid": (("hijri", 3, 12, 12), 0, ("mawlid", "mawlid an-nabi", "prophet birthday")),
    "Laylat al-Qadr": (("hijri", 9, 27, 27), 0, ("laylat al-qadr", "laylat al qadr",
                                                 "night of power")),
    "Rosh Hashanah": (("hebrew", 7, 1), 2, ("rosh hashanah", "rosh hashana", "rosh hashanna",
                                           "jewish new year")),
    "Yom Kippur": (("hebrew", 7, 10), 1, ("yom kippur", "day of atonement")),
    "Sukkot": (("hebrew", 7, 15), 7, ("sukkot", "succot", "succos", "feast of tabernacles")),
    "Simchat Torah": (("hebrew", 7, 23), 1, ("simchat torah", "simhat torah")),
    "Hanukkah": (("hebrew", 9, 25), 8, ("hanukkah", "chanukah", "hanukah", "chanukkah")),
    "Tu BiShvat": (("hebrew", 11, 15), 1, ("tu bishvat", "tu bshvat")),
    "Purim": (("hebrew", 12, 14), 1, ("purim",)),
    "Passover": (("hebrew", 1, 15), 8, ("passover", "pesach", "pesah")),
    "Shavuot": (("hebrew", 3, 6), 2, ("shavuot", "shavuos")),
    "Tisha B'Av": (("hebrew", 5, 9), 1, ("tisha bav", "tisha b av")),
}
