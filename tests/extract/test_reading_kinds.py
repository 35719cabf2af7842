"""TIMEX3 values of news time expressions, by kind, read in generated short articles.

Each test writes an article of a dateline day and a sentence or two around one phrase,
drawn from many phrasings; the expected TIMEX3 value is computed here from the dateline
with `datetime` arithmetic and the TimeML 1.2.1 conventions (durations `P3Y`, `PT2H`,
vague `PXY`; sets `P1W`, `XXXX-WXX-2`; parts of day `TMO`/`AF`/`EV`/`NI`; `PAST_REF`),
never by claimdiff. The phrase is read with `read_in_context`, as the TempEval-3
evaluation reads gold extents.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.cli._main import cli
from claimdiff.extract import extract_text, read_in_context

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
         8: "eight", 9: "nine", 10: "ten", 12: "twelve"}
UNITS = {"day": "P{}D", "week": "P{}W", "month": "P{}M", "year": "P{}Y", "decade": "P{}DE",
         "hour": "PT{}H", "minute": "PT{}M"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = ["first", "second", "third", "fourth"]

days = st.dates(date(1990, 1, 1), date(2035, 12, 31))
counts = st.sampled_from(sorted(k for k in WORDS if k > 1))


def read(day: date, text: str, phrase: str, *before: str) -> str | None:
    """The TIMEX3 value of `phrase` in `text` (after the phrases `before`, in order)."""
    spans, pos = [], 0
    for p in (*before, phrase):
        i = text.index(p, pos)
        spans.append((i, i + len(p)))
        pos = i + len(p)
    value = read_in_context(text, spans, published=day)[-1]
    return value.timex if value is not None else None


def last(day: date, weekday: int) -> date:
    """The latest `weekday` before `day` (the day itself excluded)."""
    return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def following(day: date, weekday: int) -> date:
    """The first `weekday` after `day`."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


PAST_WEEKDAY = ["{W}, the company said it would cut 500 jobs.",
                "The company said on {W} that the plant would close.",
                "The company said {W} it will sell the unit.",
                "Officials announced on {W} the talks will resume.",
                "The minister told reporters on {W} he would run again.",
                "On {W}, the index fell 2 percent.",
                "The vote took place on {W}."]
FUTURE_WEEKDAY = ["Unions have called a strike for {W}.",
                  "The leaders will meet on {W}.",
                  "The vote is scheduled for {W}.",
                  "She said she would resign on {W}.",
                  "Talks are expected to resume {W}.",
                  "The results will be announced on {W}."]


@settings(max_examples=60, deadline=None)
@given(day=days, weekday=st.integers(0, 6), past=st.sampled_from(PAST_WEEKDAY),
       future=st.sampled_from(FUTURE_WEEKDAY))
def test_a_weekday_looks_back_or_ahead_by_the_tense_of_its_clause(
        day: date, weekday: int, past: str, future: str) -> None:
    name = WEEKDAYS[weekday]
    if weekday == day.weekday():
        return  # the dateline's own weekday is today either way
    assert read(day, past.format(W=name), name) == last(day, weekday).isoformat()
    assert read(day, future.format(W=name), name) == following(day, weekday).isoformat()


@settings(max_examples=40, deadline=None)
@given(day=days, unit=st.sampled_from(["day", "week", "month", "year"]), n=counts,
       weekday=st.integers(0, 6), month=st.integers(1, 12),
       part=st.sampled_from(sorted(PARTS)))
def test_a_recurrence_takes_timeml_set_values(day: date, unit: str, n: int, weekday: int,
                                              month: int, part: str) -> None:
    one = UNITS[unit].format(1)
    wd = WEEKDAYS[weekday]
    cases = {f"every {unit}": one, f"each {unit}": one, f"once a {unit}": one,
             f"twice a {unit}": one, f"{WORDS[n]} times a {unit}": one,
             f"every {WORDS[n]} {unit}s": UNITS[unit].format(n),
             f"every {n} {unit}s": UNITS[unit].format(n),
             f"every {wd}": f"XXXX-WXX-{weekday + 1}",
             f"every {calendar.month_name[month]}": f"XXXX-{month:02d}",
             f"every {part}": f"XXXX-XX-XXT{PARTS[part]}",
             f"{wd} {part}s": f"XXXX-WXX-{weekday + 1}T{PARTS[part]}"}
    for phrase, gold in cases.items():
        assert read(day, f"The board meets {phrase}, officials said.", phrase) == gold, phrase


DURATION_FRAMES = ["The talks lasted {P}.", "He spent {P} in prison.",
                   "For {P}, nothing changed.", "It took {P} to rebuild the bridge."]


@settings(max_examples=40, deadline=None)
@given(day=days, unit=st.sampled_from(sorted(UNITS)), n=counts,
       frame=st.sampled_from(DURATION_FRAMES))
def test_a_duration_takes_its_count_and_unit(day: date, unit: str, n: int,
                                             frame: str) -> None:
    form = UNITS[unit]
    cases = {f"{n} {unit}s": form.format(n), f"{WORDS[n]} {unit}s": form.format(n),
             f"{WORDS[n]} and a half {unit}s": form.format(f"{n}.5"),
             f"nearly {WORDS[n]} {unit}s": form.format(n),
             f"more than {n} {unit}s": form.format(n),
             f"the past {n} {unit}s": form.format(n),
             f"{unit}s": form.format("X"), f"several {unit}s": form.format("X"),
             f"a few {unit}s": form.format("X")}
    for phrase, gold in cases.items():
        assert read(day, frame.format(P=phrase), phrase) == gold, phrase
    adjective = f"{WORDS[n]}-{unit}"
    assert read(day, f"The {adjective} delay angered voters.", adjective) == form.format(n)


@settings(max_examples=40, deadline=None)
@given(day=days, weekday=st.integers(0, 6), hour=st.integers(1, 11),
       minute=st.sampled_from([0, 5, 15, 30, 40]))
def test_a_time_of_day_is_on_its_day(day: date, weekday: int, hour: int,
                                     minute: int) -> None:
    if weekday == day.weekday():
        return
    wd, then = WEEKDAYS[weekday], last(day, weekday).isoformat()
    before, after = (day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat()
    cases = {"yesterday morning": f"{before}TMO", "yesterday afternoon": f"{before}TAF",
             "last night": f"{before}TNI", "tonight": f"{day.isoformat()}TNI",
             "this morning": f"{day.isoformat()}TMO", "this evening": f"{day.isoformat()}TEV",
             "tomorrow evening": f"{after}TEV", f"{wd} night": f"{then}TNI",
             f"{wd} morning": f"{then}TMO", f"{wd} evening": f"{then}TEV",
             f"late {wd}": then, f"early {wd}": then}
    for phrase, gold in cases.items():
        text = f"Police said the fire broke out {phrase} in the city centre."
        assert read(day, text, phrase) == gold, phrase
    clock = f"{hour}:{minute:02d} p.m." if minute else f"{hour} p.m."
    text = f"On {wd}, the storm hit the coast. It made landfall at {clock} near the port."
    gold = f"{then}T{hour + 12:02d}" + (f":{minute:02d}" if minute else "")
    assert read(day, text, clock, wd) == gold


@settings(max_examples=20, deadline=None)
@given(day=days)
def test_vague_references_take_timeml_ref_values(day: date) -> None:
    cases = {"recently": "PAST_REF", "currently": "PRESENT_REF", "now": "PRESENT_REF",
             "the future": "FUTURE_REF", "the past": "PAST_REF"}
    for phrase, gold in cases.items():
        assert read(day, f"Officials said that {phrase} prices are high.", phrase) == gold


@settings(max_examples=40, deadline=None)
@given(day=days, back=st.integers(0, 4), q=st.integers(1, 4))
def test_quarters_halves_seasons_and_fiscal_years(day: date, back: int, q: int) -> None:
    y, o = day.year - back, ORDINALS[q - 1]
    h = 1 if q > 2 else q
    cases = {f"the {o} quarter of {y}": f"{y}-Q{q}", f"Q{q} {y}": f"{y}-Q{q}",
             f"the {ORDINALS[h - 1]} half of {y}": f"{y}-H{h}", f"fiscal {y}": f"FY{y}",
             f"summer {y}": f"{y}-SU", f"the winter of {y}": f"{y}-WI"}
    for phrase, gold in cases.items():
        assert read(day, f"Profit rose in {phrase}, the company said.", phrase) == gold
    text = f"In the {o} quarter of {y}, sales rose 5 percent from the year-earlier period."
    assert read(day, text, "the year-earlier period", f"the {o} quarter of {y}") \
        == f"{y - 1}-Q{q}"


@settings(max_examples=40, deadline=None)
@given(day=days, q=st.integers(1, 4), half=st.integers(1, 2),
       owner=st.sampled_from(["this year", "last year", "next year", "YEAR"]))
def test_a_part_of_a_year_without_its_year_or_with_it_first(day: date, q: int, half: int,
                                                            owner: str) -> None:
    year = {"this year": day.year, "last year": day.year - 1,
            "next year": day.year + 1}.get(owner, day.year - 3)
    written = str(year) if owner == "YEAR" else owner
    phrase = f"{written}'s {ORDINALS[q - 1]} quarter"
    assert read(day, f"Profit fell in {phrase}.", phrase) == f"{year}-Q{q}"
    name = f"the {ORDINALS[half - 1]} half"
    begun = day.year - (half == 2 and day.month < 7)
    assert read(day, f"Sales rose 4 percent in {name}.", name) == f"{begun}-H{half}"
    not_over = day.year + (half == 1 and day.month > 6)
    assert read(day, f"Sales will rise in {name}.", name) == f"{not_over}-H{half}"
    quarter = (day.month - 1) // 3  # the last quarter over: 0 is the year before's fourth
    last_year, last_q = (day.year - 1, 4) if quarter == 0 else (day.year, quarter)
    text = "Net income rose from the year-ago quarter."
    assert read(day, text, "the year-ago quarter") == f"{last_year - 1}-Q{last_q}"


def _diff(tmp: Path, a: str, b: str) -> dict[str, Any]:
    (tmp / "a.txt").write_text(a, encoding="utf-8")
    (tmp / "b.txt").write_text(b, encoding="utf-8")
    result = CliRunner().invoke(cli, ["diff", str(tmp / "a.txt"), str(tmp / "b.txt"),
                                      "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _whens(report: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(v["a"]["value"]["text"], v["b"]["value"]["text"]): v["verdict"]
            for p in report["pairs"] for v in p["values"] if v["aspect"] == "when"}


@settings(max_examples=8, deadline=None)
@given(day=days)
def test_one_day_told_from_two_datelines_reads_as_one_day(tmp_path_factory: Any,
                                                          day: date) -> None:
    tmp = tmp_path_factory.mktemp("dl")
    later = day + timedelta(days=1)
    name = WEEKDAYS[day.weekday()]
    a = (f"Harbor Times, {later.strftime('%A %d %B %Y')}\n\n"
         f"Fire crews battled a warehouse blaze on {name} in the port district, "
         "officials said. Last night, 40 firefighters were still at the scene.\n")
    b = (f"Coast Daily, {day.strftime('%A %d %B %Y')}\n\n"
         "Fire crews battled a warehouse blaze today in the port district. "
         "This evening 40 firefighters were still at the scene.\n")
    whens = _whens(_diff(tmp, a, b))
    assert whens[(f"on {name}", "today")] == "agree"
    assert whens[("Last night", "This evening")] == "agree"


@settings(max_examples=15, deadline=None)
@given(day=days, weekday=st.integers(0, 6), part=st.sampled_from(sorted(PARTS)),
       plural=st.booleans())
def test_a_recurring_weekday_is_no_date_of_one_event(day: date, weekday: int, part: str,
                                                     plural: bool) -> None:
    wd = WEEKDAYS[weekday]
    recurring = f"on {wd}s" if plural else f"{wd} {part}s"
    text = (f"Harbor Times, {day.strftime('%A %d %B %Y')}\n\n"
            f"The council meets {recurring} at the town hall. "
            f"On {wd} the council approved the budget.\n")
    whens = [c.when.text for c in extract_text(text).claims if c.when is not None]
    assert whens == [f"On {wd}"]
