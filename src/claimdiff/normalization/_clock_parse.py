"""Clock times as written: `3:15pm`, `0700 GMT`, `ten thirty`, `a quarter past 3pm`,
`half three`, `3 in the morning`, and ranges of them (`from 3 to 6pm`).

A `Clock` holds the minutes of the day it may name (two when a.m./p.m. is unsaid),
its precision, whether it was written to the hour, and its zone offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.normalization import _clock_en as lex

__all__ = ["DAY", "HOUR_WORDS_RE", "MINUTE_WORDS_RE", "ZONE_ABBR_RE", "Clock", "clock_or_range",
           "parse_clock", "timex_of"]

DAY = 1440  # minutes
_HOURW = "|".join(sorted(lex.HOUR_WORDS, key=len, reverse=True))
_MINW = "|".join(sorted(lex.MINUTE_WORDS, key=len, reverse=True))
_ZONE = "|".join(sorted(lex.ZONES, key=len, reverse=True))
# Zone abbreviations ("0700 GMT", "2200 MST"); zones in words need a written clock time.
_ZONE_ABBR = "|".join(sorted((z for z in lex.ZONES if z.isalpha() and 2 <= len(z) <= 5),
                             key=len, reverse=True))
_AP = r"(?:(?P<ap>[ap])\.?\s?m\.?|(?P<ap1>[ap])\.?)"
_DIGITS = re.compile(
    rf"(?P<h>\d{{1,2}})(?:(?P<sep>[:h]|\.(?=\d\d\s*[ap]))(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"
    rf"(?P<hsuf>\s*h(?:rs|ours)?)?\s*{_AP}?")
_MILITARY = re.compile(rf"(?P<hm>\d{{3,4}})(?P<hsuf>\s*h(?:rs|ours)?)?\s*{_AP}?")
# After an hour word, minutes are a number ("ten thirty"): "one quarter", "two and a half"
# are fractions, "quarter" and "half" name minutes only with "past" / "to" / "half three".
_MINW_AFTER = "|".join(sorted((w for w in lex.MINUTE_WORDS if w not in ("a quarter", "quarter",
                                                                        "half")),
                              key=len, reverse=True))
_WORDS = re.compile(rf"(?P<hw>{_HOURW})(?:[\s-](?P<mw>{_MINW_AFTER}))?\s*{_AP}?")
_RELATIVE = re.compile(
    rf"(?P<mins>\d{{1,2}}|{_MINW})(?:\s+min(?:ute)?s?)?\s+(?P<rel>past|after|to|till|before|of)"
    rf"\s+(?P<base>.+)")
_HALF = re.compile(rf"half\s+(?P<b>{_HOURW}|\d{{1,2}})")
_QUAL = re.compile(r"\s+(?:in\s+the\s+(?P<q>morning|afternoon|evening)|at\s+(?P<q2>night)"
                   r"|in\s+the\s+(?P<q3>[ap])\.?m\.?)$")
_ZONE_RE = re.compile(rf"\s*\(?(?P<tz>{_ZONE}|(?:gmt|utc)\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)\)?$"
                      r"|\s+local\s+time$")
_RARE_RE = re.compile(r"\s*\(?(?P<tz>" + "|".join(sorted(
    (*lex.RARE_ZONES, *lex.WORD_ZONES), key=len, reverse=True)) + r")\)?$", re.IGNORECASE)
_CLOCK_WORD = re.compile(r"\s*o['’]?\s?clock$|\s*ish$|\s+approximately$|\s+or\s+so$")
_RANGE = re.compile(r"(?P<from>from\s+|between\s+)?(?P<a>.+?)\s*(?P<sep>-|–|—|\bto\b|\buntill?\b|"
                    r"\btill\b|\bthrough\b|\band\b)\s*(?P<b>.+)", re.IGNORECASE)
HOUR_WORDS_RE, MINUTE_WORDS_RE, ZONE_ABBR_RE = _HOURW, _MINW, _ZONE_ABBR


@dataclass(frozen=True)
class Clock:
    """A clock reading: the minutes it may name (one, or two when a.m./p.m. is
    unsaid), its precision in minutes, and its zone offset when written."""

    minutes: tuple[float, ...]
    grain: float
    round_hour: bool
    zone: int | None
    timex: str
    bare: bool = False
    """Four bare digits with a 1-12 hour ("1015"): a 24-hour time, or, inside a part of
    the day that cannot hold it ("tonight 1015"), that hour after noon."""

def _hour_of(h: int, ap: str | None, qual: str | None) -> tuple[int, ...] | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        return (h % 12 + (12 if ap == "p" else 0),)
    if qual:
        if not 1 <= h <= 12:
            return None
        if qual in lex.MORNING_WORDS or (qual == "night" and h < 5) or h == 12 and qual == "night":
            return (h % 12,)
        return (h % 12 + 12,)
    return None


def _parse_one(s: str, qual: str | None, latent_ok: bool) -> Clock | None:
    """One clock time without hedge, date or zone: `3:15pm`, `0700`, `ten thirty`, `noon`."""
    if s in lex.NAMED_TIMES:
        t = lex.NAMED_TIMES[s]
        return Clock((t,), 1, False, None, f"T{t // 60 % 24:02d}:00")
    m = _RELATIVE.fullmatch(s)
    if m:
        # "quarter of 2013" names no time: a bare 3-4 digit base needs its "hours".
        base = _parse_one(m["base"], qual, not m["base"].strip().isdigit()
                          or len(m["base"].strip()) < 3)
        mins = m["mins"]
        n = int(mins) if mins.isdigit() else lex.MINUTE_WORDS.get(mins)
        if base is None or n is None or not 0 < n < 60:
            return None
        sign = 1 if m["rel"] in ("past", "after") else -1
        return _shifted(base, sign * n)
    m = _HALF.fullmatch(s)
    if m:  # British "half three" is 3:30
        base = _parse_one(m["b"], qual, True)
        return None if base is None else _shifted(base, 30)
    for rx in (_DIGITS, _MILITARY, _WORDS):
        m = rx.fullmatch(s)
        if m is None:
            continue
        groups = m.groupdict()
        ap = groups.get("ap") or groups.get("ap1")
        if rx is _MILITARY:
            h, mi, sec = divmod(int(m["hm"]), 100) + (None,)
            if not (ap or m["hsuf"] or latent_ok or qual):
                return None  # "2024" is a year, "0700 GMT" or "1400 hours" a time
            # "0815", "1400 hours" are 24-hour; "815" alone may be morning or evening.
            h24 = not ap and (len(m["hm"]) == 4 or bool(m["hsuf"]))
        elif rx is _WORDS:
            h, sec = lex.HOUR_WORDS[m["hw"]], None
            mi = lex.MINUTE_WORDS[m["mw"]] if m["mw"] else 0
            h24 = False
            if not (ap or qual or m["mw"] or latent_ok):
                return None
        else:
            h, mi = int(m["h"]), int(m["m"] or 0)
            sec = int(m["s"]) if m["s"] else None
            h24 = bool(m["hsuf"]) or m["h"].startswith("0") or m["sep"] == "h"
            if not (ap or qual or m["m"] or m["hsuf"] or latent_ok):
                return None
        if mi >= 60 or h > 24:
            return None
        hours = _hour_of(h, ap, qual)
        if hours is None:
            if ap or (qual and not h24 and h > 12):
                if h > 12 and not ap:
                    hours = (h,)
                else:
                    return None
            elif h24 or h == 0 or h > 12:
                hours = (h,)
            else:  # "at 3:30": a.m. or p.m.
                hours = (h % 12, h % 12 + 12)
        grain = 1 / 60 if sec is not None else 1
        exact = m["m"] if rx is _DIGITS else (rx is _MILITARY or (rx is _WORDS and m["mw"]))
        minutes = tuple(hh * 60 + mi + (sec or 0) / 60 for hh in hours)
        first = minutes[0] if len(minutes) == 1 else None
        timex = "" if first is None else timex_of(first, sec is not None)
        bare = rx is _MILITARY and h24 and not m["hsuf"] and not m["hm"].startswith("0") \
            and 1 <= h <= 12
        return Clock(minutes, grain, not exact, None, timex, bare)
    return None


def timex_of(t: float, seconds: bool) -> str:
    h, rest = divmod(t % DAY, 60)
    mi = int(rest)
    if seconds:
        return f"T{int(h):02d}:{mi:02d}:{round((rest - mi) * 60):02d}"
    return f"T{int(h):02d}:{mi:02d}"


def _shifted(c: Clock, by: int) -> Clock:
    minutes = tuple(t + by for t in c.minutes)
    timex = timex_of(minutes[0], False) if len(minutes) == 1 else ""
    return Clock(minutes, 1, False, c.zone, timex)


def parse_clock(s: str, latent_ok: bool = False) -> Clock | None:
    """A clock time with its qualifiers: `3 in the morning`, `0700 GMT`, `3ish pm`."""
    zone, rare = None, False
    # "5pm PKT", "11am WAT": a rarer zone (or one that is an English word, in capitals)
    # after a clock time that is one by itself.
    if (rm := _RARE_RE.search(s.strip())) is not None and rm.start() > 0 and (
            rm["tz"].lower() in lex.RARE_ZONES or rm["tz"].isupper()):
        zone = lex.RARE_ZONES.get(rm["tz"].lower(), lex.WORD_ZONES.get(rm["tz"].lower()))
        s, rare = s.strip()[:rm.start()], True
    s = s.strip().lower()
    zm = None if rare else _ZONE_RE.search(s)
    if zm and zm.start() > 0:
        if zm["tz"]:
            tz = re.sub(r"\s+", "", zm["tz"])
            zone = lex.ZONES.get(re.sub(r"\s+", " ", zm["tz"]), lex.ZONES.get(tz))
            if zone is None:  # "gmt+3", "utc+05:30"
                hm = re.fullmatch(r"(\d{1,2}):?(\d\d)?", tz[4:])
                if hm is None:
                    return None
                zone = (-1 if tz[3] == "-" else 1) * (int(hm[1]) * 60 + int(hm[2] or 0))
        s = s[:zm.start()]
    qual = None
    qm = _QUAL.search(s)
    if qm:
        qual, s = qm["q"] or qm["q2"], s[:qm.start()]
        if qm["q3"]:  # "3 in the AM"
            qual, s = None, f"{s} {qm['q3']}m"
    s = re.sub(r"(?<=\d)\s*ish\b", "", s)
    # "3pm sharp", "exactly 3pm", "3 p.m. precisely": to the minute, no round hour.
    s, exact = re.subn(r"^(?:exactly|precisely)\s+|\s*\b(?:sharp|exactly|precisely)$", "", s)
    # "3 o'clock pm", "five o'clock pm": the clock word before a.m./p.m. says the hour is
    # whole, as at the end.
    s, n = re.subn(rf"(\d|\b(?:{_HOURW}))\s*o['’]?\s?clock(?=\s*[ap]\.?\s?m\.?$)", r"\1", s)
    latent_ok = latent_ok or n > 0
    cm = _CLOCK_WORD.search(s)
    if cm and cm.start() > 0:
        latent_ok, s = True, s[:cm.start()]
    # A rarer zone after four digits with a leading zero ("0930 PKT"): no year starts so.
    clock = _parse_one(s.strip(), qual, latent_ok or zone is not None and (
        not rare or re.fullmatch(r"0\d{3}", s.strip()) is not None))
    if clock is None:
        return None
    return Clock(clock.minutes, clock.grain, clock.round_hour and not exact, zone, clock.timex,
                 clock.bare and zone is None)


# "5 to 6pm", "8 to 9 am": an hour range before "five to six", the minutes to an hour
# (the range holds that minute too).
_HOURS_TO = re.compile(r"(?P<a>\d{1,2})\s+to\s+(?P<b>\d{1,2})(?![:.\d])\s*.*")


def _falling_hours(a: str, b: str) -> bool:
    """Two bare hours of the dial, the second lower ("9", "5"; "ten", "six")."""
    ha = int(a) if a.isdigit() else lex.HOUR_WORDS.get(a.lower())
    hb = int(b) if b.isdigit() else lex.HOUR_WORDS.get(b.lower())
    return ha is not None and hb is not None and 1 <= hb < ha <= 12


def clock_or_range(text: str, latent_ok: bool = False) -> tuple[Clock, Clock | None] | None:
    m = _HOURS_TO.fullmatch(text.strip().lower())
    if m and 1 <= int(m["a"]) < int(m["b"]) <= 12:
        b = parse_clock(text.strip()[m.start("b"):], latent_ok)
        a = parse_clock(m["a"], latent_ok=True)
        if a is not None and b is not None:
            return a, b
    clock = parse_clock(text, latent_ok)
    if clock is not None:
        return clock, None
    m = _RANGE.fullmatch(text.strip())
    if m is None or (m["sep"].lower() == "and" and (m["from"] or "").strip().lower() != "between"):
        return None  # "1 and one quarter" is a number; only "between 8 and 9" is a span
    # Bare hours are a range where a bare hour is a time ("tomorrow evening between 6 and 8"),
    # and after "from" or "between" when they fall: a count's range is written rising, so
    # "from 9 to 5" is the hours from 9 to 5 (a fall "from 9 to 5" is read as two levels).
    latent_ok = latent_ok or bool(m["from"]) and _falling_hours(m["a"], m["b"])
    b = parse_clock(m["b"], latent_ok)
    a = parse_clock(m["a"], latent_ok=b is not None)
    if b is None and a is not None:  # "8am until 6": the first end says it is a time
        b = parse_clock(m["b"], latent_ok=True)
    if a is None or b is None:
        return None
    return a, b
