"""English holiday names and the rule that places each one in a year.

Rules: `("fixed", month, day)`; `("nth", month, weekday, n)` (n = -1: the last; weekday 0
= Monday; a fifth item shifts it by days, a sixth and seventh move it by the seventh's
days off the day that many days from Easter); `("easter", days)` and `("orthodox", days)`
from Easter Sunday, Western or Orthodox (python-dateutil's `easter`); `("hijri", month,
first day, last day or 0 for the month's end)` on the Umm al-Qura calendar (hijridate);
`("hebrew", month, day)` on the Hebrew calendar (convertdate; month 1 is Nisan, 7 Tishrei,
12 Adar, which is Adar II in a leap year; a fourth item names Israel's rule for moving a
memorial day off the Sabbath's neighbours, a fifth the days closing the feast that its
support holds: Sukkot's Shemini Atzeret and Simchat Torah); `("observed", month, day,
Saturday shift, Sunday shift)` a fixed day moved off the weekend; `("hindu", month, tithi,
moment, days)` the lunar day of an amanta month (0 = Chaitra) observed at `moment`, `days`
after it; `("sankranti", sign, days)` the Sun's entry into a sidereal sign (0 = Aries);
`("nakshatra", sign, mansion)` the day the Moon is in a lunar mansion (0-26) at sunrise in
the solar month of `sign`; `("chinese", days)` from Chinese New Year; `("parsi",)` the
Shahenshahi New Year (all in `_lunisolar.py` or `_holidays.py`). Hindu festivals follow
the dates of Indian almanacs (panchang). `days` is the holiday's length (outside Israel
where they differ): Lent runs from Ash Wednesday to Holy Saturday. US federal holidays
follow 5 U.S.C. 6103; Christian feasts the Roman and Orthodox calendars; Islamic ones the
Umm al-Qura calendar, whose dates can differ by a day from local moon sighting (their
support says so).
"""

from __future__ import annotations

from claimdiff.normalization._hindu_days_en import HINDU_DAYS
from claimdiff.normalization._observances_en import OBSERVANCES, Rule
from claimdiff.normalization._un_days_en import UN_DAYS
from claimdiff.normalization._world_days_en import WORLD_DAYS

__all__ = ["HOLIDAYS", "Rule"]

# Holiday -> (rule, length in days, aliases as written, apostrophes and "'s" dropped).
HOLIDAYS: dict[str, tuple[Rule, int, tuple[str, ...]]] = {
    "Christmas": (("fixed", 12, 25), 1, ("christmas", "christmas day", "xmas", "xmas day")),
    "Christmas Eve": (("fixed", 12, 24), 1, ("christmas eve", "xmas eve")),
    "Boxing Day": (("fixed", 12, 26), 1, ("boxing day",)),
    "New Year's Day": (("fixed", 1, 1), 1, ("new year day", "new years day", "new years")),
    "New Year's Eve": (("fixed", 12, 31), 1, ("new year eve", "new years eve")),
    "Valentine's Day": (("fixed", 2, 14), 1, ("valentine day", "valentines day",
                                              "st valentine day", "saint valentine day")),
    "Halloween": (("fixed", 10, 31), 1, ("halloween", "hallowe'en", "all hallows eve",
                                         "all hallow eve")),
    "St Patrick's Day": (("fixed", 3, 17), 1, ("st patrick day", "saint patrick day",
                                               "st paddy day", "saint paddy day",
                                               "st patricks day", "saint patricks day")),
    "Independence Day": (("fixed", 7, 4), 1, ("independence day", "fourth of july")),
    "Bastille Day": (("fixed", 7, 14), 1, ("bastille day",)),
    "International Women's Day": (("fixed", 3, 8), 1, ("international women day",
                                                       "womens day", "women day")),
    "May Day": (("fixed", 5, 1), 1, ("may day", "labour day in europe",
                                     "international workers day", "intl workers day",
                                     "international labour day", "international labor day")),
    "Earth Day": (("fixed", 4, 22), 1, ("earth day",)),
    "Veterans Day": (("fixed", 11, 11), 1, ("veterans day", "veteran day", "armistice day",
                                            "remembrance day")),
    "Epiphany": (("fixed", 1, 6), 1, ("epiphany", "three kings day")),
    "All Saints' Day": (("fixed", 11, 1), 1, ("all saints day", "all saint day")),
    "Juneteenth": (("fixed", 6, 19), 1, ("juneteenth",)),
    # Observances on a fixed day (national calendars, the Roman calendar's feasts, and the
    # United Nations' international days, as their founding resolutions fix them).
    "Groundhog Day": (("fixed", 2, 2), 1, ("groundhog day",)),
    "Candlemas": (("fixed", 2, 2), 1, ("candlemas", "candlemas day", "presentation of the lord")),
    "April Fools' Day": (("fixed", 4, 1), 1, ("april fool day", "april fools day", "april fools",
                                             "all fools day")),
    "All Souls' Day": (("fixed", 11, 2), 1, ("all souls day", "all soul day")),
    "Guy Fawkes Night": (("fixed", 11, 5), 1, ("guy fawkes night", "guy fawkes day",
                                               "bonfire night")),
    "Cinco de Mayo": (("fixed", 5, 5), 1, ("cinco de mayo",)),
    "St George's Day": (("fixed", 4, 23), 1, ("st george day", "saint george day")),
    "St Andrew's Day": (("fixed", 11, 30), 1, ("st andrew day", "saint andrew day")),
    "St David's Day": (("fixed", 3, 1), 1, ("st david day", "saint david day")),
    "Burns Night": (("fixed", 1, 25), 1, ("burns night", "burns supper")),
    "Annunciation": (("fixed", 3, 25), 1, ("annunciation", "feast of the annunciation",
                                            "lady day")),
    "Assumption Day": (("fixed", 8, 15), 1, ("assumption day", "feast of the assumption",
                                              "assumption of mary")),
    "Kwanzaa": (("fixed", 12, 26), 7, ("kwanzaa",)),
    "Gandhi Jayanti": (("fixed", 10, 2), 1, ("gandhi jayanti", "gandhi birthday")),
    "Ambedkar Jayanti": (("fixed", 4, 14), 1, ("ambedkar jayanti", "bhim jayanti")),
    "World Water Day": (("fixed", 3, 22), 1, ("world water day",)),
    "World Health Day": (("fixed", 4, 7), 1, ("world health day",)),
    "World Environment Day": (("fixed", 6, 5), 1, ("world environment day",)),
    "International Day of Peace": (("fixed", 9, 21), 1, ("international day of peace",
                                                         "world peace day")),
    "World AIDS Day": (("fixed", 12, 1), 1, ("world aids day",)),
    "Human Rights Day": (("fixed", 12, 10), 1, ("human rights day", "human right day")),
    # The last Saturday of March, a week earlier when that is Holy Saturday (WWF's rule).
    "Earth Hour": (("nth", 3, 5, -1, 0, -1, -7), 1, ("earth hour",)),
    "World Vegan Day": (("fixed", 11, 1), 1, ("world vegan day",)),
    "Boss's Day": (("observed", 10, 16, -1, 1), 1, ("boss day", "bosses day",
                                                    "national boss day")),
    "King's Day": (("observed", 4, 27, 0, -1), 1, ("king day", "koningsdag")),
    "Parsi New Year": (("parsi",), 1, ("parsi new year", "navroz", "nowroz", "pateti")),
    "Chinese New Year": (("chinese", 0), 1, (
        "chinese new year", "chinese new years", "lunar new year", "chinese lunar new year",
        "chinese lunar new year day", "chinese new year day", "spring festival")),
    "Ugadi": (("hindu", 0, 1, "sunrise", 0), 1, (
        "ugadi", "yugadi", "gudi padwa", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi",
        "hindu new year")),
    "Rama Navami": (("hindu", 0, 9, "noon", 0), 1, ("rama navami", "ram navami", "ramnavami")),
    "Mahavir Jayanti": (("hindu", 0, 13, "sunrise", 0), 1, ("mahavir jayanti",
                                                            "mahavira jayanti")),
    "Hanuman Jayanti": (("hindu", 0, 15, "sunrise", 0), 1, ("hanuman jayanti",)),
    "Vesak": (("hindu", 1, 15, "sunrise", 0), 1, ("vesak", "vaisakha", "buddha day",
                                                  "buddha purnima", "buddha jayanti", "vaisak",
        "vesakha", "vaishakha")),
    "Ratha-Yatra": (("hindu", 3, 2, "sunrise", 0), 1, ("ratha-yatra", "ratha yatra",
                                                       "rath yatra", "rath-yatra")),
    "Guru Purnima": (("hindu", 3, 15, "sunrise", 0), 1, ("guru purnima",)),
    "Raksha Bandhan": (("hindu", 4, 15, "sunrise", 0), 1, ("raksha bandhan", "rakhi",
                                                           "rakhi purnima", "rakshabandhan")),
    "Krishna Janmashtami": (("hindu", 4, 23, "midnight", 0), 1, (
        "janmashtami", "krishna janmashtami", "gokulashtami", "krishnashtami")),
    "Ganesh Chaturthi": (("hindu", 5, 4, "noon", 0), 1, ("ganesh chaturthi",
                                                         "vinayaka chaturthi")),
    "Navaratri": (("hindu", 6, 1, "sunrise", 0), 9, ("navaratri", "navratri",
                                                      "sharad navratri", "navarathri")),
    "Vijayadashami": (("hindu", 6, 10, "sunrise", 0), 1, ("dussehra", "dasara", "dussera",
                                                          "vijayadashami", "vijaya dashami",
        "dusshera")),
    "Pargat Diwas": (("hindu", 6, 15, "sunrise", 0), 1, (
        "valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas", "sharad purnima")),
    "Karva Chauth": (("hindu", 6, 19, "evening", 0), 1, ("karva chauth", "karwa chauth",
                                                                  "karaka chaturthi")),
    "Dhanteras": (("hindu", 6, 28, "evening", 0), 1, ("dhanteras", "dhanatrayodashi",
                                                      "dhantrayodashi", "dhanvantari trayodashi")),
    "Naraka Chaturdashi": (("hindu", 6, 29, "evening", 0), 1, (
        "naraka chaturdashi", "narak chaturdashi", "kali chaudas", "choti diwali",
        "chhoti diwali", "naraka nivaran chaturdashi", "narak nivaran chaturdashi",
        "roop chaudas", "rup chaudas")),
    "Diwali": (("hindu", 6, 30, "evening", 0), 1, ("diwali", "deepavali", "divali",
                                                   "lakshmi puja")),
    "Govardhan Puja": (("hindu", 7, 1, "sunrise", 0), 1, ("govardhan puja", "annakut", "annakoot")),
    "Bhai Dooj": (("hindu", 7, 2, "noon", 0), 1, ("bhai dooj", "bhai duj", "bhaiya dooj",
                                                  "bhau beej", "bhai tika", "bhai phonta",
        "bhaiya duj")),
    "Chhath": (("hindu", 7, 6, "sunrise", 0), 1, ("chhath", "chhath puja", "dala puja",
                                                  "surya shashthi", "surya shashti", "chhathi",
        "chhath parv", "dala chhath")),
    "Guru Nanak Jayanti": (("hindu", 7, 15, "sunrise", 0), 1, (
        "guru nanak jayanti", "guru nanak birthday", "gurpurab", "kartik purnima")),
    "Guru Gobind Singh Jayanti": (("hindu", 9, 7, "sunrise", 0), 1, (
        "guru gobind singh jayanti", "guru govind singh jayanti", "guru gobind singh birthday",
        "guru govind singh birthday")),
    "Vasant Panchami": (("hindu", 10, 5, "sunrise", 0), 1, ("vasant panchami",
                                                            "basant panchami",
                                                            "saraswati puja",
                                                            "saraswati jayanti")),
    "Guru Ravidass Jayanti": (("hindu", 10, 15, "sunrise", 0), 1, (
        "guru ravidas jayanti", "guru ravidass jayanti", "ravidas jayanti",
        "guru ravidas birthday", "guru ravidass birthday")),
    "Maha Shivaratri": (("hindu", 10, 29, "midnight", 0), 1, ("maha shivaratri",
                                                              "mahashivratri",
                                                              "maha shivratri",
                                                              "shivaratri")),
    "Holika Dahan": (("hindu", 11, 15, "evening", 0), 1, ("holika dahan", "chhoti holi",
                                                          "choti holi", "kamudu pyre")),
    "Holi": (("hindu", 11, 15, "evening", 1), 1, ("holi", "dhulandi", "dhuleti", "phagwah",
                                                  "rangwali holi")),
    "Makar Sankranti": (("sankranti", 9, 0), 1, (
        "makar sankranti", "makara sankranti", "makara sankranthi", "maghi", "pongal",
        "thai pongal", "uttarayan", "pongal pandigai", "magha sankranti", "sankranti",
        "makar sankranthi")),
    "Lohri": (("sankranti", 9, -1), 1, ("lohri", "lohadi")),
    "Bhogi": (("sankranti", 9, -1), 1, ("bhogi", "boghi", "bogi", "bogi pandigai",
                                        "bhogi pandigai")),
    "Mattu Pongal": (("sankranti", 9, 1), 1, ("mattu pongal", "maattu pongal")),
    "Kaanum Pongal": (("sankranti", 9, 2), 1, ("kaanum pongal", "kanum pongal",
                                               "kanni pongal")),
    "Vaisakhi": (("sankranti", 0, 0), 1, ("vaisakhi", "baisakhi", "vasakhi", "vaishakhi",
                                          "mesha sankranti", "mesadi", "vaisakhadi")),
    # Thiruvonam: the Moon in Shravana (the 22nd mansion) in Chingam, the Sun in Leo.
    "Thiru Onam": (("nakshatra", 4, 21), 1, ("onam", "thiru onam", "thiruvonam", "thiruonam")),
    "Pohela Boishakh": (("sankranti", 0, 1), 1, ("pohela boishakh", "poila baisakh",
                                                 "bengali new year")),
    "Rabindra Jayanti": (("sankranti", 0, 25), 1, ("rabindra jayanti", "rabindranath jayanti",
                                                    "tagore jayanti")),
    "Thanksgiving Day": (("nth", 11, 3, 4), 1, ("thanksgiving", "thanksgiving day")),
    "Black Friday": (("nth", 11, 3, 4, 1), 1, ("black friday",)),
    "Labor Day": (("nth", 9, 0, 1), 1, ("labor day", "labour day")),
    "Memorial Day": (("nth", 5, 0, -1), 1, ("memorial day", "decoration day")),
    "Martin Luther King's Day": (("nth", 1, 0, 3), 1, (
        "mlk day", "mlk jr day", "mlk jr. day", "martin luther king day",
        "martin luther king jr day", "martin luther king jr. day", "civil rights day",
        "mlk junior day", "martin luther king junior day", "martin luther king jr",
        "idaho human rights day", "martin luther king, jr. day", "martin luther king, jr day",
        "martin luther king, junior day")),
    "Presidents' Day": (("nth", 2, 0, 3), 1, ("presidents day", "president day",
                                              "washington birthday")),
    "Columbus Day": (("nth", 10, 0, 2), 1, ("columbus day", "indigenous peoples day")),
    "Mother's Day": (("nth", 5, 6, 2), 1, ("mother day", "mothers day")),
    "Father's Day": (("nth", 6, 6, 3), 1, ("father day", "fathers day")),
    "Easter Sunday": (("easter", 0), 1, ("easter", "easter sunday", "easter day")),
    "Good Friday": (("easter", -2), 1, ("good friday", "holy friday", "great friday")),
    "Holy Saturday": (("easter", -1), 1, ("holy saturday", "black saturday", "joyous saturday",
        "holy and great saturday", "great and holy saturday", "easter eve", "the great sabbath")),
    "Maundy Thursday": (("easter", -3), 1, ("maundy thursday", "holy thursday",
        "covenant thursday", "great and holy thursday", "sheer thursday", "thursday of mysteries")),
    "Palm Sunday": (("easter", -7), 1, ("palm sunday", "branch sunday", "yew sunday")),
    "Easter Monday": (("easter", 1), 1, ("easter monday",)),
    "Ash Wednesday": (("easter", -46), 1, ("ash wednesday",)),
    "Shrove Tuesday": (("easter", -47), 1, ("shrove tuesday", "mardi gras", "pancake day",
        "pancake tuesday")),
    "Lent": (("easter", -46), 46, ("lent",)),
    "Ascension Day": (("easter", 39), 1, ("ascension day", "ascension", "ascension thursday",
        "feast of the ascension")),
    "Pentecost": (("easter", 49), 1, ("pentecost", "whit sunday", "whitsunday",
                                      "white sunday")),
    "Whit Monday": (("easter", 50), 1, ("whit monday", "pentecost monday",
                                        "monday of the holy spirit")),
    "Trinity Sunday": (("easter", 56), 1, ("trinity sunday",)),
    "Corpus Christi": (("easter", 60), 1, ("corpus christi",)),
    "Orthodox Easter": (("orthodox", 0), 1, ("orthodox easter", "orthodox easter sunday",
                                             "orthodox pascha", "pascha", "pasch")),
    "Orthodox Good Friday": (("orthodox", -2), 1, ("orthodox good friday",
                                                   "orthodox great friday",
        "orthodox great and holy friday", "orthodox holy and great friday")),
    "Clean Monday": (("orthodox", -48), 1, ("clean monday", "orthodox shrove monday",
                                            "ash monday", "green monday", "pure monday",
        "monday of lent")),
    "Great Lent": (("orthodox", -48), 40, ("great lent", "great fast", "orthodox lent")),
    "Ramadan": (("hijri", 9, 1, 0), 0, ("ramadan", "ramadhan", "ramazan", "ramzan", "ramzaan",
        "ramathan", "ramatan")),
    "Eid al-Fitr": (("hijri", 10, 1, 1), 0, ("eid al-fitr", "eid al fitr", "eid ul-fitr",
                                             "eid ul fitr", "eid-al-fitr", "ramzan id",
                                             "ramzan eid", "id ul fitr")),
    "Eid al-Adha": (("hijri", 12, 10, 10), 0, (
        "eid al-adha", "eid al adha", "eid ul-adha", "eid ul adha", "eid-al-adha",
        "id ul-adha", "id ul adha", "id al-adha", "feast of sacrifice", "feast of the sacrifice",
        "sacrifice feast", "bakrid", "bakr id", "bakr eid", "bakri id", "bakri eid", "bakra eid",
        "eid al-kabir", "id ul zuha", "eid ul zuha",
        "kurban bayram", "kurban bayrami", "qurbani eid")),
    "Islamic New Year": (("hijri", 1, 1, 1), 0, ("islamic new year", "hijri new year",
        "arabic new year", "amun jadid")),
    "Ashura": (("hijri", 1, 10, 10), 0, ("ashura", "day of ashura")),
    "Mawlid": (("hijri", 3, 12, 12), 0, ("mawlid", "mawlid an-nabi", "prophet birthday",
                                         "milad un nabi", "eid milad un nabi", "eid e milad",
        "mawlid al-nabawi", "mawlid an nabawi", "mawlid al-nabi", "mevlid", "mevlit", "mulud",
        "birthday of the prophet", "birth of the prophet", "birthday of prophet muhammad",
        "birthday of the prophet muhammad", "mawlid al-nabi al-sharif",
        "birth of the prophet muhammad")),
    "Laylat al-Qadr": (("hijri", 9, 27, 27), 0, (
        "laylat al-qadr", "laylat al qadr", "laylat al kadr", "laylat al-kadr", "lailat al qadr",
        "lailat al-qadr", "lailatul qadr", "shab-e-qadr", "shab e qadr", "night of power",
        "night of decree", "night of destiny", "night of measures")),
    "Isra and Mi'raj": (("hijri", 7, 27, 27), 0, (
        "isra and miraj", "isra and mi raj", "isra miraj", "isra wal miraj", "al isra wal miraj",
        "lailat al miraj", "laylat al miraj", "shab-e-miraj", "shab e miraj", "shab e meraj",
        "the prophet ascension", "prophet ascension", "the night journey", "night journey",
        "ascension to heaven")),
    "Rosh Hashanah": (("hebrew", 7, 1), 2, ("rosh hashanah", "rosh hashana", "rosh hashanna",
                                           "jewish new year", "yom teruah")),
    "Yom Kippur": (("hebrew", 7, 10), 1, ("yom kippur", "day of atonement")),
    "Sukkot": (("hebrew", 7, 15, "", 2), 7, ("sukkot", "succot", "succos", "sukkos",
                                      "feast of tabernacles", "feast of booths",
                                      "feast of the ingathering", "feast of ingathering")),
    "Shemini Atzeret": (("hebrew", 7, 22), 1, ("shemini atzeret", "shmini atzeret")),
    "Simchat Torah": (("hebrew", 7, 23), 1, ("simchat torah", "simhat torah")),
    "Hanukkah": (("hebrew", 9, 25), 8, ("hanukkah", "chanukah", "hanukah", "chanukkah",
                                        "hannukah", "hannukkah", "hanukka", "chanuka")),
    "Tu BiShvat": (("hebrew", 11, 15), 1, ("tu bishvat", "tu bshvat")),
    "Purim": (("hebrew", 12, 14), 1, ("purim",)),
    "Shushan Purim": (("hebrew", 12, 15), 1, ("shushan purim",)),
    "Yom HaShoah": (("hebrew", 1, 27, "shoah"), 1, ("yom hashoah", "yom ha shoah", "yom ha-shoah",
                                                   "holocaust day", "holocaust remembrance day",
        "yom hazikaron lashoah ve-lagvurah", "yom hazikaron lashoah velagvurah")),
    "Yom Ha'atzmaut": (("hebrew", 2, 5, "atzmaut"), 1, (
        "yom haatzmaut", "yom ha atzmaut", "yom ha-atzmaut", "israel independence day",
        "israeli independence day")),
    "Lag BaOmer": (("hebrew", 2, 18), 1, ("lag baomer", "lag bomer", "lag ba omer",
                                          "lag b omer")),
    "Passover": (("hebrew", 1, 15), 8, ("passover", "pesach", "pesah")),
    "Shavuot": (("hebrew", 3, 6), 2, ("shavuot", "shavuos", "shavuoth", "shovuos",
        "feast of weeks")),
    "Tisha B'Av": (("hebrew", 5, 9), 1, ("tisha bav", "tisha b av")),
}
# "Orthodox" before a feast counted from Easter counts it from Orthodox Easter instead
# ("Orthodox Palm Sunday", "Orthodox Holy Saturday", "Orthodox Easter Monday").
_TAKEN = {a for _, _, aliases in HOLIDAYS.values() for a in aliases}
for _name, ((_kind, *_days), _length, _aliases) in list(HOLIDAYS.items()):
    _moved = tuple(f"orthodox {a}" for a in _aliases if f"orthodox {a}" not in _TAKEN)
    if _kind == "easter" and _moved and f"Orthodox {_name}" not in HOLIDAYS:
        HOLIDAYS[f"Orthodox {_name}"] = (("orthodox", *_days), _length, _moved)
HOLIDAYS.update(OBSERVANCES)
HOLIDAYS.update(WORLD_DAYS)
HOLIDAYS.update(UN_DAYS)
HOLIDAYS.update(HINDU_DAYS)
