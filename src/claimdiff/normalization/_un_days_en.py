"""More of the United Nations' international days, those `_world_days_en` leaves out.

The same shape as `_world_days_en.WORLD_DAYS` (merged with it into
`_holidays_en.HOLIDAYS`): each a fixed day of the year, as the General Assembly's or the
agency's founding resolution sets it (un.org/en/observances), under its full name and
the shorter ones news uses. Names are folded before matching ("World's" is "world").
"""

from __future__ import annotations

from claimdiff.normalization._observances_en import Rule
from claimdiff.normalization._observances_en import fixed_day as _fixed

__all__ = ["UN_DAYS"]


UN_DAYS: dict[str, tuple[Rule, int, tuple[str, ...]]] = {
    "Day of Commemoration in Memory of the Victims of the Holocaust": _fixed(1, 27, (
        "international day of commemoration in memory of the victims of the holocaust")),
    "International Day of Zero Tolerance for Female Genital Mutilation": _fixed(2, 6, (
        "international day of zero tolerance for female genital mutilation"),
        "international day of zero tolerance to female genital mutilation"),
    "World Day of the Sick": _fixed(2, 11, "world day of the sick"),
    "International Day for the Elimination of Racial Discrimination": _fixed(3, 21, (
        "international day for the elimination of racial discrimination")),
    "International Day of Nowruz": _fixed(3, 21, "international day of nowruz"),
    "International Day for the Right to the Truth": _fixed(3, 24, (
        "international day for the right to the truth concerning gross human rights "
        "violations and for the dignity of victims"), (
        "international day for the right to the truth")),
    "International Day of Remembrance of the Victims of Slavery": _fixed(3, 25, (
        "international day of remembrance of slavery victims and the transatlantic slave "
        "trade"), (
        "international day of remembrance of the victims of slavery and the transatlantic "
        "slave trade")),
    "International Day of Solidarity with Detained and Missing Staff Members": _fixed(3, 25, (
        "international day of solidarity with detained and missing staff members")),
    "International Day for Mine Awareness": _fixed(4, 4, (
        "international day for mine awareness and assistance in mine action"), (
        "international day for mine awareness"), "mine awareness day"),
    "International Day of Sport for Development and Peace": _fixed(4, 6, (
        "international day of sport for development and peace")),
    "Day of Remembrance of the Victims of the Rwanda Genocide": _fixed(4, 7, (
        "day of remembrance of the victims of the rwanda genocide"), (
        "international day of reflection on the 1994 genocide against the tutsi in rwanda")),
    "International Chernobyl Disaster Remembrance Day": _fixed(4, 26, (
        "international chernobyl disaster remembrance day"), "chernobyl remembrance day"),
    "Time of Remembrance and Reconciliation": _fixed(5, 8, (
        "time of remembrance and reconciliation for those who lost their lives during the "
        "second world war"), "time of remembrance and reconciliation"),
    "World Ovarian Cancer Day": _fixed(5, 8, "world ovarian cancer day"),
    "World Information Society Day": _fixed(5, 17, "world information society day"),
    "World Autoimmune Arthritis Day": _fixed(5, 20, "world autoimmune arthritis day"),
    "World Day for Cultural Diversity": _fixed(5, 21, (
        "world day for cultural diversity for dialogue and development"), (
        "world day for cultural diversity")),
    "International Day to End Obstetric Fistula": _fixed(5, 23, (
        "international day to end obstetric fistula")),
    "International Day of United Nations Peacekeepers": _fixed(5, 29, (
        "international day of united nations peacekeepers"), (
        "international day of un peacekeepers")),
    "International Day of Innocent Children Victims of Aggression": _fixed(6, 4, (
        "international day of innocent children victims of aggression")),
    "International Day of Family Remittances": _fixed(6, 16, (
        "international day of family remittances")),
    "World Day to Combat Desertification and Drought": _fixed(6, 17, (
        "world day to combat desertification and drought"), (
        "world day to combat desertification"), "desertification and drought day"),
    "International Day for the Elimination of Sexual Violence in Conflict": _fixed(6, 19, (
        "international day for the elimination of sexual violence in conflict")),
    "International Day in Support of Victims of Torture": _fixed(6, 26, (
        "international day in support of victims of torture")),
    "World Day against Trafficking in Persons": _fixed(7, 30, (
        "world day against trafficking in persons")),
    "International Day of the World's Indigenous Peoples": _fixed(8, 9, (
        "international day of the world indigenous people"), (
        "international day of the world indigenous peoples"), (
        "international day of the worlds indigenous people")),
    "International Day for the Remembrance of the Slave Trade and its Abolition": _fixed(
        8, 23, "international day for the remembrance of the slave trade and its abolition"),
    "International Day of the Victims of Enforced Disappearances": _fixed(8, 30, (
        "international day of the victims of enforced disappearances")),
    "International Overdose Awareness Day": _fixed(8, 31, (
        "international overdose awareness day"), "overdose awareness day"),
    "World Sexual Health Day": _fixed(9, 4, "world sexual health day"),
    "International Day for South-South Cooperation": _fixed(9, 12, (
        "international day for south-south cooperation"), (
        "international day for south south cooperation"), (
        "united nations day for south-south cooperation")),
    "Celebrate Bisexuality Day": _fixed(9, 23, "international celebrate bisexuality day",
                                        "celebrate bisexuality day", "bi visibility day"),
    "International Day for the Total Elimination of Nuclear Weapons": _fixed(9, 26, (
        "international day for the total elimination of nuclear weapons")),
    "World Development Information Day": _fixed(10, 24, "world development information day"),
    "World Day for Audiovisual Heritage": _fixed(10, 27, "world day for audiovisual heritage"),
    "International Day to End Impunity for Crimes against Journalists": _fixed(11, 2, (
        "international day to end impunity for crimes against journalists")),
    "International Day for Preventing the Exploitation of the Environment in War": _fixed(
        11, 6, ("international day for preventing the exploitation of the environment in war "
                "and armed conflict")),
    "World Prematurity Day": _fixed(11, 17, "world prematurity day"),
    "International Day of Solidarity with the Palestinian People": _fixed(11, 29, (
        "international day of solidarity with the palestinian people")),
    "International Day of Disabled Persons": _fixed(12, 3, "international day of disabled persons"),
    "International Volunteer Day for Economic and Social Development": _fixed(12, 5, (
        "international volunteer day for economic and social development")),
    "World Genocide Commemoration Day": _fixed(12, 9, "world genocide commemoration day", (
        "international day of commemoration and dignity of the victims of the crime of "
        "genocide")),
}
