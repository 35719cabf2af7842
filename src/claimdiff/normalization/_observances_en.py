"""More English holiday names: national observances, church feasts, UN days, the sky.

The same shape and rules as `_holidays_en.HOLIDAYS` (which merges this table), plus:
`("onbefore", month, day, weekday)` the weekday on or before a day (Victoria Day: the
Monday before May 25), with an optional fixed last day (Advent runs to December 24);
`("sun", longitude)` the day (UTC) the Sun's apparent longitude reaches 0°, 90°, 180° or
270° (the March equinox, the June solstice, ...; named for the northern hemisphere);
`("hijriwd", month, weekday, n)` the n-th weekday of an Islamic month (n = -1: the last).
Sources: US observances are those of 36 U.S.C. chapter 1 and the yearly presidential
proclamations; Commonwealth days their countries' statutes; church feasts the General
Roman Calendar and the Book of Common Prayer; international days the United Nations'
list of international days; Jewish, Islamic and Hindu days their calendars' dates.
"""

from __future__ import annotations

Rule = tuple[str | int, ...]


def fixed_day(month: int, day: int, *aliases: str) -> tuple[Rule, int, tuple[str, ...]]:
    """A holiday table's entry for a day of the same date every year, under `aliases`."""
    return ("fixed", month, day), 1, aliases


__all__ = ["OBSERVANCES", "Rule", "fixed_day"]

_THANKSGIVING = ("nth", 11, 3, 4)

OBSERVANCES: dict[str, tuple[Rule, int, tuple[str, ...]]] = {
    # United States (36 U.S.C. ch. 1; proclamations).
    "Flag Day": (("fixed", 6, 14), 1, ("flag day", "national flag day")),
    "Patriot Day": (("fixed", 9, 11), 1, ("patriot day", "national day of service and "
                                                         "remembrance")),
    "Constitution Day": (("fixed", 9, 17), 1, ("constitution day", "citizenship day",
                                               "constitution and citizenship day")),
    "Pearl Harbor Remembrance Day": (("fixed", 12, 7), 1, (
        "pearl harbor day", "pearl harbor remembrance day",
        "national pearl harbor remembrance day")),
    "Wright Brothers Day": (("fixed", 12, 17), 1, ("wright brothers day",)),
    "Bill of Rights Day": (("fixed", 12, 15), 1, ("bill of rights day",)),
    "National Freedom Day": (("fixed", 2, 1), 1, ("national freedom day",)),
    "Lincoln's Birthday": (("fixed", 2, 12), 1, ("lincoln birthday", "abraham lincoln birthday")),
    "Susan B. Anthony Day": (("fixed", 2, 15), 1, ("susan b anthony day",
                                                   "susan b. anthony day")),
    "Cesar Chavez Day": (("fixed", 3, 31), 1, ("cesar chavez day",)),
    "Emancipation Day": (("observed", 4, 16, -1, 1), 1, ("emancipation day",)),
    "Tax Day": (("observed", 4, 15, 2, 1), 1, ("tax day",)),
    "Workers' Memorial Day": (("fixed", 4, 28), 1, ("workers memorial day",
                                                    "worker memorial day")),
    "Arbor Day": (("nth", 4, 4, -1), 1, ("arbor day", "national arbor day")),
    # The Wednesday of the last full (Sunday-to-Saturday) week of April.
    "Administrative Professionals' Day": (("nth", 4, 5, -1, -3), 1, (
        "administrative professionals day", "administrative professional day",
        "admin professionals day", "admin day", "administrative assistants day",
        "secretaries day", "secretary day")),
    "National Day of Prayer": (("nth", 5, 3, 1), 1, ("national day of prayer",)),
    "Armed Forces Day": (("nth", 5, 5, 3), 1, ("armed forces day",)),
    "Peace Officers Memorial Day": (("fixed", 5, 15), 1, ("peace officers memorial day",)),
    "National Maritime Day": (("fixed", 5, 22), 1, ("national maritime day", "maritime day")),
    "Loyalty Day": (("fixed", 5, 1), 1, ("loyalty day",)),
    "Law Day": (("fixed", 5, 1), 1, ("law day",)),
    "National Cancer Survivors Day": (("nth", 6, 6, 1), 1, ("national cancer survivors day",
                                                            "cancer survivors day")),
    "Parents' Day": (("nth", 7, 6, 4), 1, ("parents day", "parent day", "national parents day")),
    "Grandparents Day": (("nth", 9, 0, 1, 6), 1, ("grandparents day", "grandparent day",
                                                  "national grandparents day")),
    "Women's Equality Day": (("fixed", 8, 26), 1, ("women equality day",
                                                   "womens equality day")),
    "Leif Erikson Day": (("fixed", 10, 9), 1, ("leif erikson day", "leif erickson day")),
    "Native American Heritage Day": (_THANKSGIVING + (1,), 1, (
        "native american heritage day",)),
    "Small Business Saturday": (_THANKSGIVING + (2,), 1, ("small business saturday",)),
    "Cyber Monday": (_THANKSGIVING + (4,), 1, ("cyber monday",)),
    "Giving Tuesday": (_THANKSGIVING + (5,), 1, ("giving tuesday", "givingtuesday")),
    # The Commonwealth.
    "Canada Day": (("fixed", 7, 1), 1, ("canada day", "dominion day")),
    "Victoria Day": (("onbefore", 5, 24, 0), 1, ("victoria day",)),
    "Canadian Thanksgiving": (("nth", 10, 0, 2), 1, ("canadian thanksgiving",
                                                     "thanksgiving in canada")),
    "Commonwealth Day": (("nth", 3, 0, 2), 1, ("commonwealth day",)),
    "Australia Day": (("fixed", 1, 26), 1, ("australia day",)),
    "Anzac Day": (("fixed", 4, 25), 1, ("anzac day",)),
    "Waitangi Day": (("fixed", 2, 6), 1, ("waitangi day",)),
    # Church feasts.
    "Advent": (("onbefore", 12, 3, 6, 12, 24), 1, ("advent", "advent season")),
    "Advent Sunday": (("onbefore", 12, 3, 6), 1, ("advent sunday", "first sunday of advent",
                                                  "first sunday in advent")),
    "Christ the King": (("onbefore", 11, 26, 6), 1, ("christ the king", "christ the king sunday",
                                                      "feast of christ the king")),
    "Holy Week": (("easter", -7), 7, ("holy week",)),
    "Mothering Sunday": (("easter", -21), 1, ("mothering sunday",)),
    "Twelfth Night": (("fixed", 1, 5), 1, ("twelfth night",)),
    "St Joseph's Day": (("fixed", 3, 19), 1, ("st joseph day", "saint joseph day",
                                              "feast of st joseph", "feast of saint joseph")),
    "Lammas": (("fixed", 8, 1), 1, ("lammas", "lammas day")),
    "Transfiguration": (("fixed", 8, 6), 1, ("feast of the transfiguration", "transfiguration")),
    "Michaelmas": (("fixed", 9, 29), 1, ("michaelmas", "michaelmas day")),
    "St Nicholas Day": (("fixed", 12, 6), 1, ("st nicholas day", "saint nicholas day")),
    "Immaculate Conception": (("fixed", 12, 8), 1, (
        "immaculate conception", "feast of the immaculate conception",
        "immaculate conception day")),
    "St Lucy's Day": (("fixed", 12, 13), 1, ("st lucy day", "saint lucy day", "santa lucia day",
                                             "st lucia day")),
    "St Stephen's Day": (("fixed", 12, 26), 1, ("st stephen day", "saint stephen day")),
    "Shrove Monday": (("easter", -48), 1, ("shrove monday", "rose monday")),
    "Lazarus Saturday": (("orthodox", -8), 1, ("lazarus saturday",)),
    # Days of other new years: Scotland's, Iran's (the March equinox), Thailand's.
    "Hogmanay": (("fixed", 12, 31), 1, ("hogmanay",)),
    "Nowruz": (("sun", 0), 1, ("nowruz", "norouz", "norooz", "persian new year",
                               "iranian new year")),
    "Songkran": (("fixed", 4, 13), 3, ("songkran", "thai new year")),
    # United Nations international days (the UN's list of international days).
    "World Cancer Day": (("fixed", 2, 4), 1, ("world cancer day",)),
    "World Radio Day": (("fixed", 2, 13), 1, ("world radio day",)),
    "International Mother Language Day": (("fixed", 2, 21), 1, (
        "international mother language day",)),
    "World Wildlife Day": (("fixed", 3, 3), 1, ("world wildlife day",)),
    "International Day of Happiness": (("fixed", 3, 20), 1, ("international day of happiness",)),
    "World Poetry Day": (("fixed", 3, 21), 1, ("world poetry day",)),
    "World Meteorological Day": (("fixed", 3, 23), 1, ("world meteorological day",)),
    "World Tuberculosis Day": (("fixed", 3, 24), 1, ("world tuberculosis day", "world tb day")),
    "World Autism Awareness Day": (("fixed", 4, 2), 1, ("world autism awareness day",
                                                        "world autism day")),
    "World Malaria Day": (("fixed", 4, 25), 1, ("world malaria day",)),
    "World Press Freedom Day": (("fixed", 5, 3), 1, ("world press freedom day",)),
    "International Day of Families": (("fixed", 5, 15), 1, ("international day of families",)),
    "World Bee Day": (("fixed", 5, 20), 1, ("world bee day",)),
    "World No Tobacco Day": (("fixed", 5, 31), 1, ("world no tobacco day",)),
    "World Oceans Day": (("fixed", 6, 8), 1, ("world oceans day", "world ocean day")),
    "World Refugee Day": (("fixed", 6, 20), 1, ("world refugee day",)),
    "International Day of Yoga": (("fixed", 6, 21), 1, ("international day of yoga",
                                                        "international yoga day",
                                                        "world yoga day")),
    "World Population Day": (("fixed", 7, 11), 1, ("world population day",)),
    "International Youth Day": (("fixed", 8, 12), 1, ("international youth day",)),
    "World Humanitarian Day": (("fixed", 8, 19), 1, ("world humanitarian day",)),
    "International Literacy Day": (("fixed", 9, 8), 1, ("international literacy day",)),
    "World Tourism Day": (("fixed", 9, 27), 1, ("world tourism day",)),
    "International Day of Older Persons": (("fixed", 10, 1), 1, (
        "international day of older persons",)),
    "World Teachers' Day": (("fixed", 10, 5), 1, ("world teachers day", "world teacher day")),
    "World Mental Health Day": (("fixed", 10, 10), 1, ("world mental health day",)),
    "World Food Day": (("fixed", 10, 16), 1, ("world food day",)),
    "United Nations Day": (("fixed", 10, 24), 1, ("united nations day", "un day")),
    "International Day of Persons with Disabilities": (("fixed", 12, 3), 1, (
        "international day of persons with disabilities",)),
    "International Volunteer Day": (("fixed", 12, 5), 1, ("international volunteer day",)),
    "International Migrants Day": (("fixed", 12, 18), 1, ("international migrants day",)),
    # The sky (northern-hemisphere names).
    "March Equinox": (("sun", 0), 1, ("march equinox", "vernal equinox", "spring equinox")),
    "June Solstice": (("sun", 90), 1, ("june solstice", "summer solstice")),
    "September Equinox": (("sun", 180), 1, ("september equinox", "autumnal equinox",
                                            "autumn equinox", "fall equinox")),
    "December Solstice": (("sun", 270), 1, ("december solstice", "winter solstice")),
    # Jewish, Islamic and Hindu days.
    "Yom HaZikaron": (("hebrew", 2, 4, "zikaron"), 1, ("yom hazikaron", "yom ha zikaron",
                                                     "israeli memorial day")),
    "Arba'een": (("hijri", 2, 20, 20), 0, ("arbaeen", "arbain", "arbaeen pilgrimage")),
    "Yom Yerushalayim": (("hebrew", 2, 28), 1, ("yom yerushalayim", "jerusalem day")),
    "Tu B'Av": (("hebrew", 5, 15), 1, ("tu bav", "tu b av")),
    "Hoshana Rabbah": (("hebrew", 7, 21), 1, ("hoshana rabbah", "hoshana raba")),
    "Laylat al-Bara'at": (("hijri", 8, 15, 15), 0, (
        "laylat al-baraat", "laylat al baraat", "shab-e-barat", "shab e barat", "shab-e-baraat",
        "night of forgiveness", "mid-shaban", "nisf shaban")),
    "Jumu'atul-Wida": (("hijriwd", 9, 4, -1), 0, ("jumuatul-wida", "jumuatul wida",
                                                  "jumu atul wida", "jamat ul vida",
                                                  "jumat ul wida", "alvida jumma")),
    "Muharram": (("hijri", 1, 1, 0), 0, ("muharram", "month of muharram")),
    "Durga Puja": (("hindu", 6, 6, "sunrise", 0), 5, ("durga puja", "durgotsava",
                                                      "durgotsav")),
    "Durga Ashtami": (("hindu", 6, 8, "sunrise", 0), 1, ("durga ashtami", "maha ashtami",
                                                         "durgashtami", "mahashtami")),
    "Maha Saptami": (("hindu", 6, 7, "sunrise", 0), 1, ("maha saptami", "mahasaptami")),
    "Maha Navami": (("hindu", 6, 9, "sunrise", 0), 1, ("maha navami", "mahanavami")),
    # Phalguna Krishna Dashami (purnimanta), lunar day 25 of the amanta Magha.
    "Dayananda Saraswati Jayanti": (("hindu", 10, 25, "sunrise", 0), 1, (
        "dayananda saraswati jayanti", "maharishi dayanand saraswati jayanti",
        "dayanand saraswati jayanti", "maharishi dayananda saraswati jayanti",
        "swami dayananda saraswati jayanti", "swami dayanand saraswati jayanti",
        "maharishi saraswati jayanti", "swami saraswati jayanti")),
    "Jamshedi Navroz": (("fixed", 3, 21), 1, ("jamshedi navroz", "jamshed navroz",
                                              "jamshedi navroze")),
}
