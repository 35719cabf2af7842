"""Lunisolar and solar calendars computed from the sky: Hindu festivals, Chinese New Year.

Hindu festivals fall on a lunar day (tithi) of a lunar month. A tithi is a 12°
step of the Moon's elongation from the Sun; the amanta month runs from new moon
to new moon and is named by the sidereal sign the Sun is in when it begins (the
Sun in Pisces: Chaitra), and a month in which the Sun enters no new sign is an
extra (adhika) month, after which the true (nija) month of that name follows, the
one festivals keep. A festival is on the civil day (Indian Standard Time) whose
observance moment (sunrise, noon, evening or midnight) falls in its tithi, or
when the tithi is skipped, the first day after. Solar festivals (Makar Sankranti,
Pongal, Vaisakhi) are on the day the Sun enters a sidereal sign, the next day when
it enters after sunset; a festival of a solar month's lunar mansion (Onam: the Moon in
Shravana, the 22nd nakshatra, in the month the Sun is in Leo) is on the day the Moon is
in that mansion at sunrise (the second such day when the Moon passes it twice).
Sidereal longitudes use the Lahiri ayanamsa (India's official one). Chinese New Year
is the new moon day, in China's time (UTC+8), of the month holding the Sun's entry
into 330° (the "rain water" term). Positions are Meeus's (PyMeeus), imported only
when such a holiday is read.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

__all__ = ["chinese_new_year", "hindu_festival", "nakshatra_day", "sankranti", "solar_term"]

_JD_ORDINAL = 1721424.5  # Julian day of date.fromordinal(1) at 00:00 UT
_IST = 5.5 / 24
_CST = 8 / 24
# Observance moments, hours after local midnight (IST).
MOMENTS = {"sunrise": 6.0, "noon": 12.0, "evening": 19.0, "midnight": 24.0}


def _jd(ordinal: float) -> float:
    return ordinal + _JD_ORDINAL


def _epoch(jd: float) -> Any:
    from pymeeus.Epoch import Epoch

    return Epoch(jd)


def _sun(jd: float) -> float:
    from pymeeus.Sun import Sun

    return float(Sun.apparent_geocentric_position(_epoch(jd))[0]) % 360


def _elongation(jd: float) -> float:
    from pymeeus.Moon import Moon

    return (float(Moon.geocentric_ecliptical_pos(_epoch(jd))[0]) - _sun(jd)) % 360


def _ayanamsa(jd: float) -> float:
    """Lahiri ayanamsa: 23.853° at J2000, precessing 50.29" a year."""
    return 23.853 + (jd - 2451545.0) / 365.25 * 50.29 / 3600


def _new_moons(year: int) -> list[float]:
    """Julian days of the new moons from mid-November before `year` to mid-February after."""
    from pymeeus.Epoch import Epoch
    from pymeeus.Moon import Moon

    out: list[float] = []
    jd = _jd(date(year - 1, 11, 15).toordinal())
    end = _jd(date(year + 1, 2, 15).toordinal())
    while jd < end:
        nm = float(Moon.moon_phase(Epoch(jd), target="new").jde())
        if not out or nm - out[-1] > 20:
            out.append(nm)
        jd = nm + 25
    return out


def _sign(jd: float) -> int:
    """The Sun's sidereal sign (0 = Aries) at `jd`."""
    return int(((_sun(jd) - _ayanamsa(jd)) % 360) // 30)


def _solar_entry(target: float, near_jd: float) -> float:
    """The Julian day, near `near_jd`, when the Sun's tropical longitude is `target`."""
    jd = near_jd
    for _ in range(8):
        diff = (target - _sun(jd) + 180) % 360 - 180
        jd += diff / 0.9856
        if abs(diff) < 1e-5:
            break
    return jd


def _local_day(jd: float, offset: float) -> int:
    return int(jd - _JD_ORDINAL + offset)


@lru_cache(maxsize=64)
def _months(year: int) -> tuple[tuple[int, float, float], ...]:
    """The nija (true) amanta months near `year`: (month index, start, end), Chaitra = 0."""
    moons = _new_moons(year)
    out = []
    for start, end in zip(moons, moons[1:], strict=False):
        sign = _sign(start)
        if sign == _sign(end):  # no sankranti inside: an adhika month; the next one counts
            continue
        out.append(((sign + 1) % 12, start, end))
    return tuple(out)


def hindu_festival(year: int, month: int, tithi: int, moment: str) -> list[int]:
    """Ordinal days of a festival on `tithi` (1-30) of amanta `month` (0 = Chaitra) in `year`."""
    hours = MOMENTS[moment]
    days = []
    for index, start, end in _months(year):
        if index != month:
            continue
        first = _local_day(start, _IST)
        # The Moon's pace varies: after k days the elongation is 12.2 k ± 30°.
        for day in range(first + max(tithi - 5, 0), first + tithi + 3):
            jd = _jd(day) + hours / 24 - _IST
            if jd <= start:
                continue
            if jd >= end or _elongation(jd) >= 12 * (tithi - 1):
                days.append(day)
                break
    return [d for d in days if date.fromordinal(d).year == year]


@lru_cache(maxsize=64)
def sankranti(year: int, sign: int) -> int:
    """The day (IST) the Sun enters sidereal `sign` in `year`; the next day after sunset."""
    guess = _jd(date(year, 4, 14).toordinal()) + 30.44 * sign - (365.2422 if sign >= 9 else 0)
    jd = _solar_entry((30 * sign + _ayanamsa(guess)) % 360, guess)
    local = jd - _JD_ORDINAL + _IST
    day = int(local)
    return day + 1 if local - day > 18 / 24 else day


@lru_cache(maxsize=64)
def chinese_new_year(year: int) -> int:
    """The day (UTC+8) of the new moon beginning the month that holds the Sun's 330°."""
    rain_water = _solar_entry(330.0, _jd(date(year, 2, 19).toordinal()))
    term_day = _local_day(rain_water, _CST)
    starts = [_local_day(nm, _CST) for nm in _new_moons(year)]
    return max(d for d in starts if d <= term_day)


@lru_cache(maxsize=64)
def solar_term(year: int, longitude: int) -> int:
    """The day (UTC) the Sun's apparent longitude reaches `longitude` (0: the March
    equinox, 90: the June solstice, 180, 270) in `year`."""
    guess = _jd(date(year, 3, 20).toordinal()) + 365.2422 * longitude / 360
    return _local_day(_solar_entry(float(longitude), guess), 0.0)


@lru_cache(maxsize=64)
def nakshatra_day(year: int, sign: int, mansion: int) -> int | None:
    """The day (IST) of the solar month of sidereal `sign` in `year` at whose sunrise the
    Moon is in lunar mansion `mansion` (0-26, 13°20' each, sidereal); when the Moon passes
    it twice in the month, the second time (as Kerala's almanacs keep Onam)."""
    from pymeeus.Moon import Moon

    def at_sunrise(day: int) -> int:
        jd = _jd(day) + MOMENTS["sunrise"] / 24 - _IST
        moon = (float(Moon.geocentric_ecliptical_pos(_epoch(jd))[0]) - _ayanamsa(jd)) % 360
        return int(moon // (360 / 27))

    first, last = sankranti(year, sign), sankranti(year, (sign + 1) % 12)
    found = None
    for day in range(first, last):
        now, after = at_sunrise(day), at_sunrise(day + 1)
        # The Moon may pass a whole mansion between two sunrises: that day holds it.
        if now == mansion or (now + 1) % 27 == mansion and (after - now) % 27 == 2:
            found = day
    return found
