"""International and world days: the United Nations' list and the WHO's campaigns.

The same shape as `_observances_en.OBSERVANCES` (which this table completes, merged into
`_holidays_en.HOLIDAYS`): a fixed day (`("fixed", month, day)`) or the n-th weekday of
a month (`("nth", month, weekday, n)`, Monday = 0, n = -1 the last). Names are folded
before matching (`'s` and apostrophes dropped: "World Parkinson's Day" is "world
parkinson day"). Sources: the United Nations' list of international days and weeks
(un.org/en/observances), the World Health Organization's world health days, and for the
few days of neither, the body that founded them (named in a comment). A day whose date
differs by country under one name ("Friendship Day", "World Book Day" in the UK and
Ireland, "Children's Day") is left out, or kept only under its international name.
"""

from __future__ import annotations

from claimdiff.normalization._observances_en import Rule
from claimdiff.normalization._observances_en import fixed_day as _fixed

__all__ = ["WORLD_DAYS"]


def _nth(month: int, weekday: int, n: int, *aliases: str) -> tuple[Rule, int, tuple[str, ...]]:
    return ("nth", month, weekday, n), 1, aliases


WORLD_DAYS: dict[str, tuple[Rule, int, tuple[str, ...]]] = {
    "World Braille Day": _fixed(1, 4, "world braille day"),
    "International Day of Education": _fixed(1, 24, "international day of education"),
    "International Holocaust Remembrance Day": _fixed(1, 27, (
        "international holocaust remembrance day"), "holocaust memorial day"),
    # World Leprosy Day: the last Sunday of January (Raoul Follereau, 1954).
    "World Leprosy Day": _nth(1, 6, -1, "world leprosy day"),
    "World Wetlands Day": _fixed(2, 2, "world wetlands day", "world wetland day"),
    "International Day of Women and Girls in Science": _fixed(2, 11, (
        "international day of women and girls in science")),
    "World Day of Social Justice": _fixed(2, 20, "world day of social justice",
                                          "social justice day"),
    "Zero Discrimination Day": _fixed(3, 1, "zero discrimination day"),
    "World Hearing Day": _fixed(3, 3, "world hearing day"),
    "World Kidney Day": _nth(3, 3, 2, "world kidney day"),
    "World Consumer Rights Day": _fixed(3, 15, "world consumer rights day"),
    # World Sparrow Day: the Nature Forever Society, 2010.
    "World Sparrow Day": _fixed(3, 20, "world sparrow day"),
    "World Down Syndrome Day": _fixed(3, 21, "world down syndrome day"),
    "International Day of Forests": _fixed(3, 21, "international day of forests",
                                           "world forestry day", "world forest day"),
    "World Water Day": _fixed(3, 22, "world water day"),
    "World Theatre Day": _fixed(3, 27, "world theatre day", "world theater day"),
    "World Health Day": _fixed(4, 7, "world health day"),
    "World Parkinson's Day": _fixed(4, 11, "world parkinson day", "world parkinsons day"),
    "International Day of Human Space Flight": _fixed(4, 12, (
        "international day of human space flight")),
    "World Hemophilia Day": _fixed(4, 17, "world hemophilia day", "world haemophilia day"),
    "International Day for Monuments and Sites": _fixed(4, 18, "world heritage day", (
        "international day for monuments and sites")),
    "World Liver Day": _fixed(4, 19, "world liver day"),
    "World Book and Copyright Day": _fixed(4, 23, "world book and copyright day",
                                           "world book day", "international day of the book"),
    "World Intellectual Property Day": _fixed(4, 26, "world intellectual property day",
                                              "world ip day"),
    "World Day for Safety and Health at Work": _fixed(4, 28, (
        "world day for safety and health at work")),
    "International Dance Day": _fixed(4, 29, "international dance day", "world dance day"),
    "International Jazz Day": _fixed(4, 30, "international jazz day"),
    # World Laughter Day: the first Sunday of May (Madan Kataria, 1998).
    "World Laughter Day": _nth(5, 6, 1, "world laughter day"),
    "World Red Cross Day": _fixed(5, 8, "world red cross day", "world red cross and red "
                                  "crescent day"),
    "World Hypertension Day": _fixed(5, 17, "world hypertension day"),
    "World Telecommunication Day": _fixed(5, 17, "world telecommunication day", (
        "world telecommunication and information society day")),
    "International Museum Day": _fixed(5, 18, "international museum day"),
    # World Turtle Day: American Tortoise Rescue, 2000.
    "World Turtle Day": _fixed(5, 23, "world turtle day"),
    "World Milk Day": _fixed(6, 1, "world milk day"),
    "Global Day of Parents": _fixed(6, 1, "global day of parents", "global parents day"),
    "World Bicycle Day": _fixed(6, 3, "world bicycle day"),
    "World Food Safety Day": _fixed(6, 7, "world food safety day"),
    "World Day Against Child Labour": _fixed(6, 12, "world day against child labour",
                                             "world day against child labor"),
    "World Blood Donor Day": _fixed(6, 14, "world blood donor day", "world blood donors day"),
    "World Elder Abuse Awareness Day": _fixed(6, 15, "world elder abuse awareness day"),
    # World Music Day: the Fête de la Musique, France's Ministry of Culture, 1982.
    "World Music Day": _fixed(6, 21, "world music day", "fete de la musique"),
    "International Widows' Day": _fixed(6, 23, "international widows day"),
    "International Day against Drug Abuse": _fixed(6, 26, (
        "international day against drug abuse"), (
        "international day against drug abuse and illicit trafficking"), "world drug day"),
    "World Zoonoses Day": _fixed(7, 6, "world zoonoses day", "world zoonosis day"),
    "World Youth Skills Day": _fixed(7, 15, "world youth skills day"),
    "Nelson Mandela International Day": _fixed(7, 18, "nelson mandela international day",
                                               "nelson mandela day", "mandela day"),
    "World Hepatitis Day": _fixed(7, 28, "world hepatitis day"),
    # International Tiger Day: the Saint Petersburg Tiger Summit, 2010.
    "International Tiger Day": _fixed(7, 29, "international tiger day", "global tiger day",
                                      "world tiger day"),
    "International Day of Friendship": _fixed(7, 30, "international day of friendship",
                                              "international friendship day"),
    # World Lion Day (Big Cat Rescue, 2013), World Elephant Day (2012), International
    # Left-Handers Day (Lefthanders International, 1976).
    "World Lion Day": _fixed(8, 10, "world lion day"),
    "World Elephant Day": _fixed(8, 12, "world elephant day"),
    "International Left-Handers Day": _fixed(8, 13, "international left handers day",
                                             "international lefthanders day",
                                             "left handers day"),
    "World Photography Day": _fixed(8, 19, "world photography day", "world photo day"),
    # World Senior Citizen Day: Proclamation 5847 (1988).
    "World Senior Citizen Day": _fixed(8, 21, "world senior citizen day",
                                       "world senior citizens day"),
    "International Day of Charity": _fixed(9, 5, "international day of charity"),
    "World Suicide Prevention Day": _fixed(9, 10, "world suicide prevention day"),
    "International Day of Democracy": _fixed(9, 15, "international day of democracy"),
    "World Ozone Day": _fixed(9, 16, "world ozone day", (
        "international day for the preservation of the ozone layer")),
    "International Day of Peace": _fixed(9, 21, "international day of peace",
                                         "world peace day"),
    "World Alzheimer's Day": _fixed(9, 21, "world alzheimer day", "world alzheimers day"),
    # World Rhino Day: WWF South Africa, 2010.
    "World Rhino Day": _fixed(9, 22, "world rhino day"),
    "World Rabies Day": _fixed(9, 28, "world rabies day"),
    "World Heart Day": _fixed(9, 29, "world heart day"),
    "International Day of Non-Violence": _fixed(10, 2, "international day of non violence",
                                                "international day of nonviolence"),
    "World Habitat Day": _nth(10, 0, 1, "world habitat day"),
    "World Animal Day": _fixed(10, 4, "world animal day", "world animals day"),
    "World Post Day": _fixed(10, 9, "world post day"),
    "International Day of the Girl Child": _fixed(10, 11, "international day of the girl child",
                                                  "international day of the girl",
                                                  "day of the girl"),
    "World Sight Day": _nth(10, 3, 2, "world sight day"),
    # World Egg Day: the International Egg Commission, 1996.
    "World Egg Day": _nth(10, 4, 2, "world egg day"),
    "International Day for the Eradication of Poverty": _fixed(10, 17, (
        "international day for the eradication of poverty"), "world poverty day"),
    # World Polio Day: Rotary International, 2012.
    "World Polio Day": _fixed(10, 24, "world polio day"),
    "World Cities Day": _fixed(10, 31, "world cities day"),
    "World Science Day for Peace and Development": _fixed(11, 10, "world science day", (
        "world science day for peace and development")),
    "World Pneumonia Day": _fixed(11, 12, "world pneumonia day"),
    # World Kindness Day: the World Kindness Movement, 1998.
    "World Kindness Day": _fixed(11, 13, "world kindness day"),
    "World Diabetes Day": _fixed(11, 14, "world diabetes day"),
    "International Day for Tolerance": _fixed(11, 16, "international day for tolerance",
                                              "international tolerance day"),
    "World Toilet Day": _fixed(11, 19, "world toilet day"),
    "World Children's Day": _fixed(11, 20, "world children day", "universal children day"),
    "World Television Day": _fixed(11, 21, "world television day"),
    "International Day for the Elimination of Violence against Women": _fixed(11, 25, (
        "international day for the elimination of violence against women")),
    "International Day for the Abolition of Slavery": _fixed(12, 2, (
        "international day for the abolition of slavery"),
        "world day for the abolition of slavery"),
    "World Soil Day": _fixed(12, 5, "world soil day"),
    "International Civil Aviation Day": _fixed(12, 7, "international civil aviation day"),
    "International Anti-Corruption Day": _fixed(12, 9, "international anti corruption day",
                                                "international anticorruption day"),
    "International Mountain Day": _fixed(12, 11, "international mountain day",
                                         "international day of mountains"),
    "International Human Solidarity Day": _fixed(12, 20, "international human solidarity day"),
    # More of the United Nations' list (the days Duckling's English table names too).
    "International Customs Day": _fixed(1, 26, "international customs day",
                                        "world customs day"),
    "World Religion Day": _nth(1, 6, 3, "world religion day"),  # the Baha'i community, 1950
    "Chinese Language Day": _fixed(4, 20, "chinese language day"),
    "English Language Day": _fixed(4, 23, "english language day"),
    "World Tuna Day": _fixed(5, 2, "world tuna day"),
    "International Nurses Day": _fixed(5, 12, "international nurses day"),  # the ICN, 1965
    "World Migratory Bird Day": _nth(5, 5, 2, "world migratory bird day"),
    "International Day for Biological Diversity": _fixed(5, 22, "world biodiversity day", (
        "international day for biological diversity")),
    "Africa Day": _fixed(5, 25, "africa day", "african freedom day", "african liberation day"),
    "International Albinism Awareness Day": _fixed(6, 13, (
        "international albinism awareness day")),
    "Public Service Day": _fixed(6, 23, "public service day",
                                 "united nations public service day"),
    "Day of the Seafarer": _fixed(6, 25, "day of the seafarer"),
    "International Asteroid Day": _fixed(6, 30, "international asteroid day", "asteroid day"),
    "International Day of Cooperatives": _nth(7, 5, 1, "international day of cooperatives",
                                              "international day of co-operatives"),
    "International Day against Nuclear Tests": _fixed(8, 29, (
        "international day against nuclear tests")),
    "World Maritime Day": _nth(9, 3, -1, "world maritime day"),  # the IMO's
    "World Vegetarian Day": _fixed(10, 1, "world vegetarian day"),  # the NAVS, 1977
    "Feast of St Francis of Assisi": _fixed(10, 4, "feast of st francis of assisi",
                                            "feast of saint francis of assisi"),
    "International Day of Rural Women": _fixed(10, 15, "international day of rural women"),
    "World Stroke Day": _fixed(10, 29, "world stroke day"),  # the World Stroke Organization
    "International Men's Day": _fixed(11, 19, "international men day", "international mens day"),
    "World Philosophy Day": _nth(11, 3, 3, "world philosophy day"),
    "World Day of Remembrance for Road Traffic Victims": _nth(11, 6, 3, (
        "world day of remembrance for road traffic victims"), (
        "day of remembrance for road traffic victims")),
    "Africa Industrialization Day": _fixed(11, 20, "africa industrialization day"),
    "Arabic Language Day": _fixed(12, 18, "arabic language day"),
    "Day of Remembrance for all Victims of Chemical Warfare": _fixed(4, 29, (
        "day of remembrance for all victims of chemical warfare")),
    "International Day for Disaster Reduction": _fixed(10, 13, (
        "international day for disaster reduction"), (
        "international day for natural disaster reduction"), (
        "international day for disaster risk reduction"), "iddr", "iddrr"),
    # The World Cerebral Palsy Day organisation's, 2012.
    "World Cerebral Palsy Day": _fixed(10, 6, "world cerebral palsy day", "world cp day"),
}
