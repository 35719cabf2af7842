"""Holidays land on their published dates; the movable ones by their calendars."""

from __future__ import annotations

from datetime import date

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize

REFERENCE = "2024-06-12"


@pytest.mark.parametrize("phrase, first, last", [
    ("Christmas 2024", "2024-12-25", "2024-12-25"),
    ("Christmas", "2023-12-25", "2023-12-25"),  # no year: read back, as a month is
    ("Easter 2024", "2024-03-31", "2024-03-31"),
    ("Orthodox Easter 2024", "2024-05-05", "2024-05-05"),
    ("Good Friday 2024", "2024-03-29", "2024-03-29"),
    ("Pentecost 2024", "2024-05-19", "2024-05-19"),
    ("Thanksgiving 2024", "2024-11-28", "2024-11-28"),
    ("Labor Day 2024", "2024-09-02", "2024-09-02"),
    ("Memorial Day 2024", "2024-05-27", "2024-05-27"),
    ("MLK Day 2024", "2024-01-15", "2024-01-15"),
    ("Ramadan 2024", "2024-03-11", "2024-04-09"),
    ("Eid al-Adha 2024", "2024-06-16", "2024-06-16"),
    ("last Easter", "2024-03-31", "2024-03-31"),
    ("next Thanksgiving", "2024-11-28", "2024-11-28"),
    ("New Year's Eve 2023", "2023-12-31", "2023-12-31"),
    ("Yom Kippur 2018", "2018-09-19", "2018-09-19"),
    ("Passover 2018", "2018-03-31", "2018-04-07"),
    ("Purim 2019", "2019-03-21", "2019-03-21"),  # Adar II in a leap year
    ("Hanukkah 2018", "2018-12-03", "2018-12-10"),
])
def test_holidays(phrase: str, first: str, last: str) -> None:
    value = normalize(phrase, reference=REFERENCE)
    lo, hi = value.core_bounds
    assert (str(lo), str(hi)) == (first, last)


# Published dates (Indian almanacs, Chinese calendar tables, Israel's calendar), none of
# them of the years the rules were checked on while writing them.
@pytest.mark.parametrize("phrase, first, last", [
    ("Diwali 2023", "2023-11-12", "2023-11-12"),
    # Onam: the Moon in Shravana in Chingam; 2024 and 2013 pass it twice (the second).
    # Earth Hour: the last Saturday of March, a week earlier when that is Holy Saturday.
    ("Earth Hour 2024", "2024-03-23", "2024-03-23"),
    ("Earth Hour 2016", "2016-03-19", "2016-03-19"),
    ("Onam 2021", "2021-08-21", "2021-08-21"),
    ("Thiruvonam 2024", "2024-09-15", "2024-09-15"),
    ("Thiru Onam 2013", "2013-09-16", "2013-09-16"),
    ("Onam 2012", "2012-08-29", "2012-08-29"),  # the Moon passes Shravana between sunrises
    ("Deepavali 2024", "2024-10-31", "2024-10-31"),
    ("Holi 2024", "2024-03-25", "2024-03-25"),
    ("Holika Dahan 2024", "2024-03-24", "2024-03-24"),
    ("Dussehra 2023", "2023-10-24", "2023-10-24"),
    ("Ganesh Chaturthi 2023", "2023-09-19", "2023-09-19"),
    ("Janmashtami 2023", "2023-09-06", "2023-09-06"),
    ("Maha Shivaratri 2024", "2024-03-08", "2024-03-08"),
    ("Guru Nanak Jayanti 2023", "2023-11-27", "2023-11-27"),
    ("Navratri 2023", "2023-10-15", "2023-10-23"),
    ("Makar Sankranti 2024", "2024-01-15", "2024-01-15"),
    ("Chinese New Year 2025", "2025-01-29", "2025-01-29"),
    ("Lunar New Year 2033", "2033-01-31", "2033-01-31"),  # the year simple rules miss
    ("Chinese New Year 2020", "2020-01-25", "2020-01-25"),
    ("Yom HaShoah 2024", "2024-05-06", "2024-05-06"),  # 27 Nisan a Sunday: Monday
    ("Yom Ha'atzmaut 2024", "2024-05-14", "2024-05-14"),  # 5 Iyar a Monday: Tuesday
    ("Lag BaOmer 2024", "2024-05-26", "2024-05-26"),
    ("Isra and Mi'raj 2024", "2024-02-08", "2024-02-08"),
    ("Bakri Id 2024", "2024-06-16", "2024-06-16"),
    ("Boss's Day 2022", "2022-10-17", "2022-10-17"),  # October 16 a Sunday: Monday
    ("Koningsdag 2025", "2025-04-26", "2025-04-26"),  # April 27 a Sunday: Saturday
    ("Parsi New Year 2023", "2023-08-16", "2023-08-16"),
    ("Lent 2024", "2024-02-14", "2024-03-30"),  # Ash Wednesday to Holy Saturday
])
def test_holidays_of_other_calendars(phrase: str, first: str, last: str) -> None:
    value = normalize(phrase, reference=REFERENCE)
    lo, hi = value.core_bounds
    assert (str(lo), str(hi)) == (first, last)


def test_a_moon_sighted_holiday_keeps_a_day_either_side() -> None:
    value = normalize("Eid al-Fitr 2024", reference=REFERENCE)
    lo, hi = value.support_bounds
    assert (str(lo), str(hi)) == ("2024-04-09", "2024-04-11")


def test_outside_the_islamic_calendar_is_refused() -> None:
    with pytest.raises(NormalizationError, match="Umm al-Qura"):
        normalize("Ramadan 2200", reference=REFERENCE)


def test_a_lunar_day_keeps_a_day_either_side_and_a_jewish_day_its_eve() -> None:
    diwali = normalize("Diwali 2023", reference=REFERENCE).support_bounds
    assert tuple(map(str, diwali)) == ("2023-11-11", "2023-11-13")
    kippur = normalize("Yom Kippur 2018", reference=REFERENCE).support_bounds
    assert tuple(map(str, kippur)) == ("2018-09-18", "2018-09-19")


def test_a_sky_calendar_outside_its_checked_years_is_not_read() -> None:
    with pytest.raises(NormalizationError):
        normalize("Diwali 2300", reference=REFERENCE)


def test_a_holiday_that_falls_twice_in_a_year_holds_both_in_its_support() -> None:
    # Ramadan began on January 10 and again on December 30 in 1997.
    value = normalize("Ramadan 1997", reference=REFERENCE)
    lo, hi = value.support_bounds
    assert str(lo) <= "1997-01-10" and str(hi) >= "1998-01-28"
    assert value.core_bounds[0] in (date(1997, 1, 10), date(1997, 12, 30))


def test_no_two_holidays_share_a_name_or_a_loose_spelling_of_one() -> None:
    from collections import defaultdict

    from claimdiff.normalization._holidays import _fold, _loose
    from claimdiff.normalization._holidays_en import HOLIDAYS

    owners: dict[str, set[str]] = defaultdict(set)
    for name, (_, _, aliases) in HOLIDAYS.items():
        for alias in aliases:
            owners[_fold(alias)].add(name)
            owners[_loose(_fold(alias))].add(name)
    assert {a: n for a, n in owners.items() if len(n) > 1} == {}


@pytest.mark.parametrize(("phrase", "day"), [
    ("the eve of Yom Kippur 2024", "2024-10-11"), ("Christmas Eve eve 2024", "2024-12-23"),
    ("lailat al qadr 2024", "2024-04-06"), ("laylat al-kadr 2024", "2024-04-06"),
    ("Hannukah 2024", "2024-12-26"), ("Eid el-Fitr 2024", "2024-04-10"),
])
def test_spellings_and_eves_of_holidays(phrase: str, day: str) -> None:
    assert normalize(phrase).core.lo == date.fromisoformat(day).toordinal()


# The UN's and the WHO's world days, fixed and weekday-counted (`_world_days_en.py`).
@pytest.mark.parametrize(("phrase", "day"), [
    ("World Water Day 2021", "2021-03-22"), ("world health day 2019", "2019-04-07"),
    ("World Kidney Day 2022", "2022-03-10"),  # the second Thursday of March
    ("world sight day 2021", "2021-10-14"),  # the second Thursday of October
    ("World Habitat Day 2020", "2020-10-05"),  # the first Monday of October
    ("World Alzheimer's Day 2018", "2018-09-21"), ("international day of the girl 2017",
                                                   "2017-10-11"),
    ("World Religion Day 2021", "2021-01-17"),  # the third Sunday of January
    ("world maritime day 2020", "2020-09-24"),  # the last Thursday of September
    ("International Men's Day 2019", "2019-11-19"), ("Africa Day 2022", "2022-05-25"),
    ("Maha Saptami 2023", "2023-10-21"),
    ("the International Day of Non-Violence 2016", "2016-10-02"),
    ("Mandela Day 2023", "2023-07-18"), ("World Leprosy Day 2021", "2021-01-31"),
])
def test_world_days(phrase: str, day: str) -> None:
    value = normalize(phrase, reference=REFERENCE)
    assert value.core_bounds == (date.fromisoformat(day), date.fromisoformat(day))


# A name ending in "eve", "the feast of" a holiday, more new years and Israel's memorial day.
@pytest.mark.parametrize(("phrase", "day"), [
    ("All Hallows' Eve 2019", "2019-10-31"), ("the feast of the Epiphany 2021", "2021-01-06"),
    ("the feast day of Saint Nicholas 2022", "2022-12-06"), ("Hogmanay 2020", "2020-12-31"),
    ("Nowruz 2024", "2024-03-20"), ("Yom HaZikaron 2022", "2022-05-04"),
    ("Shrove Monday 2022", "2022-02-28"), ("Lazarus Saturday 2022", "2022-04-16"),
])
def test_eves_feasts_and_new_years(phrase: str, day: str) -> None:
    assert normalize(phrase, reference=REFERENCE).core.lo == date.fromisoformat(day).toordinal()


# More lunar days from the almanacs (`_hindu_days_en.py`), checked on 2023's dates.
@pytest.mark.parametrize(("phrase", "day"), [
    ("Akshaya Tritiya 2023", "2023-04-22"), ("Nag Panchami 2023", "2023-08-21"),
    ("Hartalika Teej 2023", "2023-09-18"), ("Anant Chaturdashi 2023", "2023-09-28"),
    ("Dev Uthani Ekadashi 2023", "2023-11-23"), ("Ratha Saptami 2023", "2023-01-28"),
    ("Mahalaya 2023", "2023-10-14"), ("Gita Jayanti 2023", "2023-12-22"),
    ("Mauni Amavasya 2023", "2023-01-21"), ("Orthodox Christmas 2023", "2023-01-07"),
])
def test_more_lunar_days(phrase: str, day: str) -> None:
    assert normalize(phrase, reference=REFERENCE).core.lo == date.fromisoformat(day).toordinal()
