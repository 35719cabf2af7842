"""Measurements: what a value measures, pairing across sources, and the rules they keep."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.cli._main import cli
from claimdiff.measure import Measurement, SourceText, measure_claim, measured_class
from claimdiff.measure import _lexicon_en as lex
from claimdiff.model import Claim, ClaimSet
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _value_pairs

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora" / "article-pairs" / "shared"

# Nouns a count can stand before, by synonym class (the lexicon's own members).
_NOUNS: dict[str, list[str]] = {}
for _w, _c in sorted(lex.CLASS_OF.items()):
    if _w.isalpha() and _w not in lex.GENERIC and measured_class(_w) == _c:
        _NOUNS.setdefault(_c, []).append(_w)
CLASSES = sorted(c for c, ws in _NOUNS.items() if ws)


def test_dead_against_injured_is_incomparable_and_names_both() -> None:
    result = claimdiff.compare_values("12 dead", "41 injured")
    assert result.verdict is Verdict.INCOMPARABLE
    assert "dead" in result.explanation and "injured" in result.explanation


def test_synonyms_of_one_measured_thing_are_compared() -> None:
    assert claimdiff.compare_values("12 killed", "14 fatalities").verdict is Verdict.CONFLICT
    assert claimdiff.compare_values("2,000 soldiers", "1,960 servicemen").verdict is Verdict.AGREE
    assert claimdiff.compare_values("80 prisoners", "58 inmates").verdict is Verdict.CONFLICT
    assert claimdiff.compare_values("40 detainees", "40 prisoners").verdict is Verdict.AGREE
    assert claimdiff.compare_values("two scrubs", "three postponements").verdict \
        is Verdict.CONFLICT
    assert claimdiff.compare_values("4 delays", "four postponements").verdict is Verdict.AGREE


@settings(max_examples=60)
@given(st.sampled_from(CLASSES), st.sampled_from(CLASSES), st.data(),
       st.integers(2, 9999), st.integers(2, 9999))
def test_a_value_never_conflicts_with_a_value_of_another_measured_thing(
    ca: str, cb: str, data: st.DataObject, x: int, y: int
) -> None:
    wa = data.draw(st.sampled_from(_NOUNS[ca]))
    wb = data.draw(st.sampled_from(_NOUNS[cb]))
    try:
        result = claimdiff.compare_values(f"{x} {wa}", f"{y} {wb}")
    except claimdiff.NormalizationError:
        return
    if ca != cb:
        assert result.verdict is not Verdict.CONFLICT, result.explanation


@settings(max_examples=15)
@given(st.integers(2, 500), st.integers(2, 500))
def test_diff_never_pairs_dead_with_injured(tmp_path_factory: pytest.TempPathFactory,
                                            dead: int, hurt: int) -> None:
    d = tmp_path_factory.mktemp("pair")
    (d / "a.txt").write_text(f"Wire, 3 March 2025\n\nThe blast killed {dead} people, "
                             "police said.\n", encoding="utf-8")
    (d / "b.txt").write_text(f"Herald, 3 March 2025\n\n{hurt} people were injured in the "
                             "blast, police said.\n", encoding="utf-8")
    report = claimdiff.diff(str(d / "a.txt"), str(d / "b.txt"))
    assert not report.has_conflicts


def test_the_same_measured_thing_pairs_across_wordings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Wire, 3 March 2025\n\nThe storm killed at least 14 people and injured 60 on Monday. "
        "Forecasters had predicted winds of 150 km/h.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Herald, 4 March 2025\n\nNine people died when the storm struck. "
        "Gusts reached 200 km/h at the coast.\n", encoding="utf-8")
    report = claimdiff.diff(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    pairs = {(v.a.value["text"], v.b.value["text"]): v for p in report.pairs for v in p.values
             if v.a.value and v.b.value}
    dead = pairs[("at least 14 people", "Nine people")]
    assert dead.verdict is Verdict.CONFLICT
    assert "both measure dead" in dead.explanation  # the reason is stated
    # the forecast is never set against the measured gusts
    assert not any(a.startswith("150") for a, _ in pairs)


def test_measurement_is_a_frozen_value_with_a_json_form() -> None:
    m = Measurement("a", "c1", "value", "12 dead", "count", "dead", "dead", True)
    with pytest.raises(AttributeError):
        m.measured = "injured"  # type: ignore[misc]
    assert json.loads(json.dumps(m.to_dict()))["measured"] == "dead"


def test_compare_cli_says_incomparable_for_different_things(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "12 dead", "41 injured"])
    assert result.exit_code == 0
    assert result.output.startswith("incomparable")


_WORDS = st.sampled_from(["Armenia", "Azerbaijan", "returned", "villages", "signed", "deal",
                          "Baku", "Yerevan", "troops", "withdrew"])


@settings(max_examples=40)
@given(st.lists(st.tuples(_WORDS, _WORDS, st.one_of(st.none(), _WORDS),
                          st.one_of(st.none(), st.sampled_from(["4 villages", "6 villages",
                                                                "on June 12", "in May"]))),
                min_size=1, max_size=4), st.data())
def test_agree_means_something_was_compared(rows: list[tuple[str, str, str | None, str | None]],
                                            data: st.DataObject) -> None:
    def claimset(src: str, items: list[tuple[str, str, str | None, str | None]]) -> ClaimSet:
        claims = []
        for n, (s, p, o, v) in enumerate(items):
            c: dict[str, object] = {"id": f"{src}{n}", "source": src, "subject": s,
                                    "predicate": p}
            if o is not None:
                c["object"] = o
            if v is not None:
                c["when" if v.startswith(("on", "in")) else "value"] = v
            claims.append(c)
        return ClaimSet.model_validate({"schema_version": 1, "claims": claims, "sources": [
            {"id": src, "published": "2024-06-12"}]})

    other = data.draw(st.permutations(rows))
    report = claimdiff.diff(claimset("a", rows), claimset("b", list(other)))
    for pair in report.pairs:
        if pair.verdict is Verdict.AGREE:
            assert any(v.verdict is not Verdict.INCOMPARABLE for v in pair.values), pair


# Floors a little under today's figures on the tuning splits: a regression guard. The last
# figure caps conflicts matching no rule: values of different things called in conflict.
_FLOORS = {"shared": (38, 0, 0, 145, 7), "tune": (100, 1, 0, 370, 12)}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the article-pair corpus is absent")
@pytest.mark.parametrize("split", sorted(_FLOORS))
def test_tuning_corpus_keeps_its_figures(split: str) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_articles
    finally:
        sys.path.pop(0)
    tally = eval_articles.Tally()
    folder = CORPUS.parent / split
    for pair in eval_articles.pair_folders(folder)[split]:
        tally.add(eval_articles.evaluate_pair(pair))
    found, fallen, false_conflicts, paired, unmatched = _FLOORS[split]
    assert tally.found >= found, tally.line(split)
    assert tally.fallen <= fallen, tally.line(split)
    assert tally.false_conflicts <= false_conflicts, tally.line(split)
    assert tally.paired >= paired, tally.line(split)
    assert tally.unmatched <= unmatched, tally.line(split)


@pytest.mark.parametrize(("a", "b", "pair", "verdict"), [
    ('"We were warned," said Arman Seitkali, 58, the director.',
     "Police questioned the 58-year-old director, Arman Seitkali.",
     ("58", "58-year-old"), Verdict.AGREE),
    ("The mayor, Marek Danilo, 61, was jailed.", "The 63-year-old Marek Danilo was jailed.",
     ("61", "63-year-old"), Verdict.CONFLICT),
    ("A ski instructor, 43, died.", "Among the dead was a 34-year-old ski instructor.",
     ("43", "34-year-old"), Verdict.CONFLICT),
    # an age in words, and a person "of" a number
    ("Harbour master Ines Corvo, fifty-three, closed the port.",
     "The 53-year-old harbour master Ines Corvo closed the port.",
     ("fifty-three", "53-year-old"), Verdict.AGREE),
    ("Harbour master Ines Corvo, now seventy-one, closed the port.",
     "Harbour master Ines Corvo, 74, closed the port.",
     ("seventy-one", "74"), Verdict.CONFLICT),
    ("Dr Ferris, now aged seventy-three, still lectures at Cobh.",
     "Dr Ferris, 76, still lectures at Cobh.", ("aged seventy-three", "76"), Verdict.CONFLICT),
    ("A woman of 62 was lifted from the ferry Corran by helicopter.",
     "A 66-year-old woman was lifted from the ferry Corran by helicopter.",
     ("62", "66-year-old"), Verdict.CONFLICT),
])
def test_ages_pair_as_ages(tmp_path: Path, a: str, b: str, pair: tuple[str, str],
                           verdict: Verdict) -> None:
    assert _value_pairs(tmp_path, a, b).get(pair) is verdict


@pytest.mark.parametrize("a", ["A crew of 34 sailed the ferry Corran to Islay.",
                               "Ines Corvo, one of 34 sailors, took the ferry Corran to Islay."])
def test_a_number_of_no_person_is_no_age(tmp_path: Path, a: str) -> None:
    b = "The 34-year-old captain sailed the ferry Corran to Islay."
    assert not any(y == "34-year-old" for _, y in _value_pairs(tmp_path, a, b)), a


def test_ages_of_two_named_people_are_never_compared(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, '"It is over," said Lena Brandt, 61.',
                         '"It is over," said Tomas Ferrante, 44.')
    assert ("61", "44") not in pairs


_BRANDT = ("Lena Brandt won the final in Valmont on Sunday. Tomas Ferrante was third."
           "\n\nThe 26-year-old served 19 aces.")


@pytest.mark.parametrize(("b", "pair", "verdict"), [
    ('"It is over," said Brandt, 24.', ("26-year-old", "24"), Verdict.CONFLICT),
    ('"It is over," said Tomas Ferrante, 31.', ("26-year-old", "31"), None),
])
def test_the_n_year_old_is_the_person_named_before(tmp_path: Path, b: str,
                                                   pair: tuple[str, str],
                                                   verdict: Verdict | None) -> None:
    assert _value_pairs(tmp_path, _BRANDT, b).get(pair) is verdict


@pytest.mark.parametrize("a", [
    "Sandra Okafor, Norvex's 57-year-old chief executive, will lead the group.",
    "The 57-year-old director of the mine, Sandra Okafor, was suspended.",
])
def test_an_age_in_a_longer_apposition_is_its_persons(tmp_path: Path, a: str) -> None:
    assert _value_pairs(tmp_path, a, '"It is over," said Sandra Okafor, 57.').get(
        ("57-year-old", "57")) is Verdict.AGREE
    assert ("57-year-old", "61") not in _value_pairs(
        tmp_path, a, '"It is over," said Paul Densmore, 61.')


def test_an_age_is_of_the_person_it_is_named_as(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "The youngest, a 17-year-old schoolgirl, was named as "
                         "Elin Mayhew.", '"It is over," said Carys Pendell, 24.')
    assert ("17-year-old", "24") not in pairs


def test_an_age_modifying_a_thing_is_no_persons(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Police detained the captain, Renato Balagtas, 58. "
                         "His operator said the 33-year-old ship was seaworthy.",
                         '"We did our best," said Renato Balagtas, 58.')
    assert pairs.get(("33-year-old", "58")) is not Verdict.CONFLICT


@pytest.mark.parametrize(("sentence", "role"), [
    ("The speed limit on the coastal line is 30 km/h.", "limit"),
    ("The speed limit on the coastal line stood at 30 km/h.", "limit"),
    ("The train on the coastal line was doing 30 km/h.", None),
])
def test_a_role_word_in_a_copulas_subject_qualifies_the_value(sentence: str,
                                                              role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="train", predicate="is", value="30 km/h")
    m = measure_claim(claim, "value", normalize("30 km/h"), SourceText(sentence))
    assert m.role == role


@pytest.mark.parametrize(("sentence", "phrase", "holder"), [
    ("In the final Arrieta served 19 aces, Varenko 12.", "12", ("varenko",)),
    ("In the final Arrieta served 19 aces, Varenko 12.", "19 aces", ("arrieta",)),
    ("In the final Arrieta, the champion, served 19 aces.", "19 aces", ("arrieta",)),
])
def test_a_values_holder_is_named_in_its_own_clause(sentence: str, phrase: str,
                                                   holder: tuple[str, ...]) -> None:
    claim = Claim(id="c", source="s", subject="final", predicate="served", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.holder == holder


@pytest.mark.parametrize(("text", "phrase", "holder"), [
    # a sentence-initial name the text writes as a name elsewhere
    ("Rain fell on Varenko. Varenko served 12 aces.", "12 aces", ("varenko",)),
    # a pronoun goes on about the subject named before, not every name of that sentence
    ("Arrieta, 23, beat Ilia Varenko. He served 16 aces.", "16 aces", ("arrieta",)),
    # a place governed by a preposition is no holder
    ("Rescuers in Puerto Roque pulled 147 people from the sea.", "147 people", ()),
    ("Norvex staff in Puerto Roque made 147 cars. Work at Norvex stopped.", "147 cars",
     ("norvex",)),
])
def test_a_values_holder_is_its_clauses_agent(text: str, phrase: str,
                                             holder: tuple[str, ...]) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="served", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(text))
    assert m.holder == holder


def test_a_duration_read_in_part_is_never_compared(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Quinn played for 2 hours 45 minutes on Saturday.",
                         "Quinn played a 165-minute set on Saturday.")
    assert not any(a.startswith("2 hours") and v is Verdict.CONFLICT
                   for (a, _), v in pairs.items()), pairs


def test_opposite_poles_are_not_paired(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Halvik shares opened at 27.50 euros on Friday.",
                         "Halvik shares closed at €28.30 on Friday.")
    assert not any(v is Verdict.CONFLICT for v in pairs.values()), pairs


@pytest.mark.parametrize(("phrase", "part"), [
    ("nine days after discovering the breach", "nine days"),
    ("for 11 weeks before the intrusion was spotted", "11 weeks"),
    ("two months after the first units departed", "two months"),
])
def test_an_interval_between_events_is_a_duration(phrase: str, part: str) -> None:
    from claimdiff.measure import interval_reading

    got = interval_reading(phrase)
    assert got is not None and got[0] == part and got[1].kind.value == "duration"
    assert interval_reading("after the storm") is None


def test_intervals_between_events_are_compared(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Norvik notified the regulator nine days after discovering "
                         "the breach of its billing network.", "Norvik waited 23 days before "
                         "reporting the intrusion into its billing network to the regulator.")
    assert pairs.get(("nine days", "23 days")) is Verdict.CONFLICT


def test_a_state_since_a_date_is_measured_by_its_start(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Arkanov has been detained in Rudna since January 2022, "
                         "his lawyers said.", "Arkanov was detained in Rudna in August 2023, "
                         "his lawyers said.")
    assert pairs.get(("since January 2022", "in August 2023")) is Verdict.CONFLICT
    from claimdiff.measure import since_point

    assert since_point("dating back to 1948") == "1948"
    assert since_point("in 1948") is None


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("5:47 p.m.", "shortly before 4 p.m.", Verdict.CONFLICT),
    ("10:50 a.m.", "shortly before 11 a.m.", Verdict.AGREE),
    ("10:50 a.m.", "about 10:30 a.m.", Verdict.COMPATIBLE),
    ("10:50 a.m.", "about 10 a.m.", Verdict.CONFLICT),
    ("11:40 p.m.", "shortly before midnight", Verdict.AGREE),
    ("around 10:50 p.m.", "22:50", Verdict.AGREE),
    ("4:17 a.m.", "5.17am", Verdict.CONFLICT),
    ("about 9:15 p.m.", "shortly after 10pm", Verdict.CONFLICT),
    ("12:20 local time", "shortly after noon", Verdict.AGREE),
    ("7:30 a.m.", "8 a.m.", Verdict.CONFLICT),
    ("6:12 p.m.", "just after 6pm", Verdict.AGREE),
    ("4:40 a.m.", "twenty to five on the morning of 9 May", Verdict.AGREE),
    ("23:30", "half past eleven on Sunday night", Verdict.AGREE),
    ("7:45 p.m.", "a quarter to eight in the morning", Verdict.CONFLICT),
    ("21:10", "just after 9.10 in the evening", Verdict.AGREE),
    ("19:10", "9.10 in the evening", Verdict.CONFLICT),
    ("05:00", "5 o'clock in the morning", Verdict.AGREE),
    ("3.20pm", "3.20 in the afternoon", Verdict.AGREE),
    ("about 10:40 p.m.", "10.40 at night", Verdict.AGREE),
    ("1:30 a.m.", "1.30 at night", Verdict.AGREE),
    # Written zones: moved to UTC, round the clock; one zone against none is not compared.
    ("10.50pm CST", "0450 GMT", Verdict.AGREE),
    ("8am (0600 GMT)", "0800 CEST", Verdict.AGREE),
    ("just after 6am JST", "2105 GMT", Verdict.AGREE),
    ("1515 UTC", "11.15am EDT", Verdict.AGREE),
    ("1515 UTC", "10.15am EDT", Verdict.CONFLICT),
    ("9.40pm AEDT", "at 7 p.m.", Verdict.INCOMPARABLE),
    # The end of a span: the hour up to it, never the two hours "before" takes.
    ("until 5.15pm", "till 7 p.m.", Verdict.CONFLICT),
    ("until 11am", "till 11 a.m.", Verdict.AGREE),
    ("'til midnight", "until 11pm", Verdict.CONFLICT),
    ("until 3.40pm", "at 3.40pm", Verdict.AGREE),
    ("before 5.15pm", "before 7 p.m.", Verdict.COMPATIBLE),
])
def test_times_of_day_compare_as_times_of_day(a: str, b: str, verdict: Verdict) -> None:
    from claimdiff.measure import clock_reading

    ra, rb = clock_reading(a), clock_reading(b)
    assert ra is not None and rb is not None
    assert claimdiff.compare_values(ra[1], rb[1]).verdict is verdict


def test_a_clock_time_with_a_dot_in_articles_is_a_time_of_day(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "The roof of the depot caved in at 7:25 p.m. on Friday.",
                         "The depot roof caved in shortly after 9.25 in the evening on Friday.")
    assert pairs.get(("7:25 p.m.", "shortly after 9.25 in the evening")) is Verdict.CONFLICT, \
        pairs


def test_a_time_in_a_written_zone_against_one_without_is_no_conflict(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "The relay torch reached the stadium at 2.15pm BST on Sunday.",
                         "The torch arrived at the stadium at 9.15 a.m. on Sunday.")
    assert Verdict.CONFLICT not in pairs.values(), pairs


@settings(max_examples=50)
@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["GMT", "EST", "IST", "JST",
                                                               "CEST", "PDT", "NZDT"]))
def test_a_time_and_its_restatement_in_utc_agree(hour: int, minute: int, zone: str) -> None:
    from claimdiff.measure import clock_reading
    from claimdiff.normalization._clock_en import zone_offset

    utc = (hour * 60 + minute - (zone_offset(zone) or 0)) % 1440
    a, b = clock_reading(f"at {hour:02d}:{minute:02d} {zone}"), clock_reading(
        f"at {utc // 60:02d}{utc % 60:02d} GMT")
    assert a is not None and b is not None
    for x, y in ((a[1], b[1]), (b[1], a[1])):
        assert claimdiff.compare_values(x, y).verdict is Verdict.AGREE


def test_a_clock_time_in_words_needs_its_part_of_the_day() -> None:
    from claimdiff.measure import clock_reading

    assert clock_reading("at ten to nine") is None  # morning or evening: no reading


@settings(max_examples=50)
@given(st.integers(1, 12), st.integers(0, 59), st.sampled_from(["a.m.", "pm", "am", "p.m."]))
def test_a_clock_time_reads_as_its_minute(hour: int, minute: int, half: str) -> None:
    from claimdiff.measure import clock_reading

    got = clock_reading(f"at {hour}:{minute:02d} {half}")
    assert got is not None
    expected = (hour % 12 + (12 if half.startswith("p") else 0)) * 60 + minute
    assert got[1].core.lo == expected
    # The minute's end at midnight is shown as the day's end, 24:00 (`_fmt_bound`).
    assert got[1].render() == f"{expected // 60:02d}:{expected % 60:02d} … " \
                              f"{(expected + 1) // 60:02d}:{(expected + 1) % 60:02d}"


def test_clock_times_in_articles_are_paired(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "The bridge collapsed at 5:47 p.m. on Thursday, police said.",
                         "The bridge collapsed shortly before 4 p.m. on Thursday, police said.")
    assert pairs.get(("5:47 p.m.", "shortly before 4 p.m.")) is Verdict.CONFLICT


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("11th", "eleventh", Verdict.AGREE),
    ("fourth", "4th", Verdict.AGREE),
    ("ranked seventh", "world number seven", Verdict.AGREE),
    ("stage 8", "eighth", Verdict.AGREE),
    ("game 11", "the 13th", Verdict.CONFLICT),
    ("lane 3", "lane 6", Verdict.CONFLICT),
    ("Gate 22", "gate 22", Verdict.AGREE),
])
def test_ordinals_compare_as_places(a: str, b: str, verdict: Verdict) -> None:
    from claimdiff.measure import ordinal_reading

    ra, rb = ordinal_reading(a), ordinal_reading(b)
    assert ra is not None and rb is not None
    assert claimdiff.compare_values(ra[1], rb[1]).verdict is verdict
    # a place is never compared with a count
    assert claimdiff.compare_values(ra[1], "11 storms").verdict is Verdict.INCOMPARABLE


@pytest.mark.parametrize(("b", "verdict"), [("platform 7", Verdict.AGREE),
                                           ("Platform 4", Verdict.CONFLICT)])
def test_numbered_places_in_articles_are_paired(tmp_path: Path, b: str,
                                                verdict: Verdict) -> None:
    pairs = _value_pairs(tmp_path, "The delayed Carlow express finally left from platform 7.",
                         f"The Carlow express, delayed by an hour, departed from {b}.")
    assert pairs.get(("platform 7", b)) is verdict, pairs


@pytest.mark.parametrize(("level", "verdict"), [("£7.40", Verdict.CONFLICT),
                                               ("£7.90", Verdict.AGREE)])
def test_going_up_to_a_level_reaches_it(tmp_path: Path, level: str, verdict: Verdict) -> None:
    # "goes up to £7.90": "up" is the verb's particle, not "at most"
    pairs = _value_pairs(tmp_path, "The apprentice rate in Dovria will go up to £7.90 an hour.",
                         f"Apprentices in Dovria will be paid {level} an hour.")
    # The level reached is drafted with its rate ("£7.90 an hour"); a draft that kept "up to"
    # reads it so too.
    got = [v for (a, b), v in pairs.items() if a.endswith("£7.90 an hour")
           and b == f"{level} an hour"]
    assert got == [verdict], pairs


def test_an_allowable_amount_is_a_limit_like_a_quota(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Ministers agreed to cut the total allowable catch for "
                         "herring in the Varne Sea by 12%.",
                         "Ministers agreed to cut the Varne Sea herring quota by 15 per cent.")
    assert pairs.get(("12%", "15 per cent")) is Verdict.CONFLICT, pairs


def test_values_orders_of_magnitude_apart_are_not_paired(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Halvik sold its shares at 24 euros each on Friday.",
                         "Halvik sold shares worth €5.9bn on Friday.")
    assert ("24 euros", "€5.9bn") not in pairs


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("The former finance minister took 58.3 per cent of the vote.", "58.3 per cent", None),
    ("The 61-year-old former mayor won 52% of the vote.", "52%", None),
    ("The former record of 9.58 seconds fell on Sunday.", "9.58 seconds", "previous"),
])
def test_former_before_a_title_says_who_someone_was(sentence: str, phrase: str,
                                                    role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="took", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


def test_a_role_in_the_subject_qualifies_the_value(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Telmar and Rudna exchanged 95 prisoners each on Wednesday.",
                         "The previous exchange between Telmar and Rudna involved 48 prisoners.")
    assert pairs.get(("95 prisoners", "48 prisoners")) is not Verdict.CONFLICT


def test_a_bare_count_measures_the_noun_it_counts(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Nine of the 14 aid workers kidnapped in Sarrevan were freed "
                         "on Thursday.", "Eleven foreign and local aid workers held in Sarrevan "
                         "were released on Thursday.")
    assert pairs.get(("Nine", "Eleven")) is Verdict.CONFLICT


@pytest.mark.parametrize(("sentence", "phrase", "measured"), [
    # a subordinate clause after a value is another clause's
    ("The quake killed 38 people, injuring 127 as houses collapsed.", "127", "injured"),
    ("Officials said 40 people were evacuated when the dam cracked.", "40 people", "evacuated"),
    # "because", "while" and "whereas" open another clause too (their keys are "becaus", ...)
    ("Officials counted 127 while soldiers searched the ruins.", "127", None),
    ("Rescuers reached 31 because volunteers had cleared the road.", "31", None),
    ("The ferry carried 212 whereas passengers on the second boat waited.", "212", None),
    # "spent the day" is no spending; "carrying away" no distance
    ("Nearly 3,000 people had spent the day in tents.", "Nearly 3,000 people", "peopl"),
    ("The slide was carrying away 53 homes.", "53 homes", "house"),
    # a relative clause between the subject and its value
    ("Core inflation, which strips out food and energy prices, slowed to 3.2%.", "3.2%",
     "inflation"),
    ("The union, whose members walked out, said the pay rise was 3.2%.", "3.2%", None),
])
def test_what_a_value_measures_is_read_in_its_own_clause(sentence: str, phrase: str,
                                                         measured: str) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.measured == measured


@pytest.mark.parametrize(("sentence", "phrase", "measured"), [
    ("Ostler was charged with two counts of fraud on Monday.", "two counts", "fraud"),
    ("The dockworker faces five charges of aggravated assault.", "five charges", "assault"),
    ("Police logged three incidents of arson and a burglary.", "three incidents", "arson"),
    # no "of": its own noun, an indictment's counts being its charges
    ("Ostler pleaded guilty to two counts.", "two counts", lex.key("charge")),
])
def test_a_counting_unit_counts_what_follows_its_of(sentence: str, phrase: str,
                                                    measured: str) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="faces", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.measured == measured


@pytest.mark.parametrize(("sentence", "phrase", "measured"), [
    ("Lumen offered every member a 30% rebate on tickets.", "30%", lex.key("rebate")),
    ("Arvo Holdings bought a 25 per cent stake in Kell.", "25 per cent", "share"),
    ("Tolla gave each guest a 40% voucher plus a free night.", "40%", "voucher"),
])
def test_a_share_after_an_article_measures_the_noun_it_modifies(
        sentence: str, phrase: str, measured: str) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="offered", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.measured == measured


def test_counts_of_an_offence_meet_the_offences_counted(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "A jury convicted Dorrin Vale on six counts of arson.",
                         "Dorrin Vale was found guilty of eight arsons by the jury.")
    assert pairs.get(("six counts", "eight arsons")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("sentence", "phrase", "years"), [
    ("The youngest victim was 15.", "15", (15, 16)),
    ("The median age has climbed to 44.2.", "44.2", (44.15, 44.25)),
    ("The median age rose to 41.2 years.", "41.2 years", (41.15, 41.25)),
])
def test_an_age_said_of_a_role_or_a_population_is_an_age(sentence: str, phrase: str,
                                                        years: tuple[float, float]) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="was", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.dimension == "age" and m.value is not None
    assert (m.value.core.lo, m.value.core.hi) == pytest.approx(years, abs=0.01)


def test_a_count_near_no_age_word_stays_a_count() -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="was", value="15")
    m = measure_claim(claim, "value", normalize("15"), SourceText("The victims were 15."))
    assert m.dimension == "count"


@pytest.mark.parametrize(("a", "b", "paired"), [
    ("before 11 a.m. on Tuesday", "on Tuesday", True),
    ("after 5am on Thursday", "Thursday", True),
    ("after 5am on Thursday", "on 8 August", False),
    ("before 2020", "in 2019", False),  # a year is no day: "before 2020" stays open
    ("in 2023", "three years ago", True),  # two years are as close as their years
    ("in 2023", "in 2026", False),
])
def test_a_time_before_or_after_a_clock_time_lies_in_its_day(a: str, b: str,
                                                             paired: bool) -> None:
    from datetime import date

    from claimdiff.measure import pair_measurements

    ref = date(2026, 8, 28)
    ma = [Measurement("a", "a1", "when", a, "date", value=normalize(a, reference=ref))]
    mb = [Measurement("b", "b1", "when", b, "date", value=normalize(b, reference=ref))]
    assert bool(pair_measurements(ma, mb)) is paired


@pytest.mark.parametrize(("sentence", "phrase", "party"), [
    ("About 1,100 homes were evacuated, officials said.", "About 1,100 homes", "government"),
    ("According to the union, 4,000 workers walked out.", "4,000 workers", "union"),
    # a party that acts is no sayer; "were told" says nothing of whose the figure is
    ("Police went door to door to clear 1,080 homes on the east side of the city, and "
     "people living nearby were told to stay inside.", "1,080 homes", None),
])
def test_a_value_is_attributed_to_the_party_its_reporting_word_names(
        sentence: str, phrase: str, party: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.attribution == party


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("The Harlow bridge was built in 1968, engineers said.",
     "Engineers said the 57-year-old Harlow bridge had cracked.", False),
    ("The Amihan Pearl tanker was built in 2012, its owner said.",
     "Its owner said the 21-year-old Amihan Pearl tanker was sound.", True),
    ("Korir was born in 1999, his coach said.",
     "His coach said the 26-year-old Korir had trained in Iten.", False),
])
def test_a_founding_year_is_read_as_an_age_on_the_day_of_the_report(
        tmp_path: Path, a: str, b: str, conflict: bool) -> None:
    pairs = _value_pairs(tmp_path, a, b)
    got = [v for (x, _), v in pairs.items() if x.endswith(("1968", "2012", "1999"))]
    assert len(got) == 1, pairs
    assert (got[0] is Verdict.CONFLICT) is conflict
    assert got[0] is not Verdict.INCOMPARABLE


def test_people_counted_by_what_befell_them_pair_with_a_count_of_that(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "Four people were killed at the concert in Brackenford.",
                         "A surge at the concert in Brackenford killed four fans.")
    assert pairs.get(("Four people", "four fans")) is Verdict.AGREE, pairs


def test_a_repeated_figure_pairs_with_its_figures_partner_or_none(tmp_path: Path) -> None:
    """A headline repeating the text's toll is no figure of its own: it never goes looking
    for another partner (an earlier crash's toll)."""
    pairs = _value_pairs(
        tmp_path,
        "Seventeen people were killed when a coach fell into a gorge near Calvera. It was the "
        "deadliest crash since 2019, when 26 people died on the same road.",
        "Seventeen dead as coach plunges into gorge near Calvera.\n\nThe coach fell into the "
        "gorge, killing seventeen passengers.")
    assert not any(v is Verdict.CONFLICT for v in pairs.values()), pairs
    assert any(v is Verdict.AGREE for v in pairs.values()), pairs


@pytest.mark.parametrize(("sentence", "phrase", "measured"), [
    ("Norvex will pay $45.80 a share in cash.", "$45.80", "price"),  # paying is no wage
    ("The shares were sold at €24 apiece.", "€24", "price"),  # money a share is a price
    ("Nurses won a salary of €2,400 a month.", "€2,400", "wage"),
])
def test_what_money_measures(sentence: str, phrase: str, measured: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.measured == measured


def test_a_class_naming_the_values_own_dimension_is_no_evidence() -> None:
    """"temperatures of up to 44°C" says no more of what is measured than "41°C" does."""
    from claimdiff.measure._pair import score

    said = Measurement("a", "a1", "value", "up to 44°C", "temperature", "temperature",
                       "temperatures", True, value=normalize("up to 44°C"))
    other = Measurement("b", "b1", "value", "109°F", "temperature", "temperature",
                        "temperature", True, value=normalize("109°F"))
    bare = Measurement("b", "b2", "value", "111°F", "temperature", value=normalize("111°F"))
    assert score(said, other, {})[0] == pytest.approx(score(said, bare, {})[0])


def test_a_unit_letter_is_no_holder() -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="topped", value="109°F")
    m = measure_claim(claim, "value", normalize("109°F"),
                      SourceText("The temperature topped out at 109°F on Sunday."))
    assert m.holder == ()


def test_homes_and_houses_are_one_measured_thing(tmp_path: Path) -> None:
    pairs = _value_pairs(tmp_path, "The landslide in Ostero buried 36 houses on Thursday.",
                         "The landslide in Ostero buried 53 homes on Thursday.")
    assert pairs.get(("36 houses", "53 homes")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("Residents were allowed back after 48 hours.", "48 hours", None),
    ("An appeal must be lodged within the 15 days allowed.", "15 days", "limit"),
    ("Maize output is forecast to fall 31%.", "31%", "forecast"),
])
def test_a_role_word_before_a_particle_is_an_action(sentence: str, phrase: str,
                                                    role: str | None) -> None:
    assert _measured_in(sentence, phrase, "was").role == role


def _measured_in(sentence: str, phrase: str, predicate: str) -> Measurement:
    """The measurement of `phrase` drafted from `sentence` alone."""
    claim = Claim(id="c", source="s", subject="x", predicate=predicate, value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(sentence))


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("It was the first stoppage at the airport since 2019, the union said.",
     "It was the first strike at the airport in nine years, the union said.", Verdict.CONFLICT),
    ("The census was the first since 2015, officials said.",
     "Officials said it was the first full census in a decade.", Verdict.AGREE),
])
def test_the_first_in_years_dates_the_last_time(tmp_path: Path, a: str, b: str,
                                                verdict: Verdict) -> None:
    """"The first strike in nine years" says when the last one was, as "the first since
    2019" does (read on the report's day, 3 March 2025)."""
    pairs = _value_pairs(tmp_path, a, b)
    got = [v for (x, _), v in pairs.items() if x.startswith("since")]
    assert got == [verdict], pairs


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the article-pair corpus is absent")
def test_every_miss_of_the_evaluation_is_given_the_stage_it_was_lost_at() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_articles
    finally:
        sys.path.pop(0)
    tally = eval_articles.Tally()
    for pair in eval_articles.pair_folders(CORPUS.parent / "shared")["shared"]:
        tally.add(eval_articles.evaluate_pair(pair))
    missed = sum(n for k, n in tally.stages.items() if k.startswith("missed: "))
    unpaired = sum(n for k, n in tally.stages.items() if k.startswith("not paired: "))
    assert missed == tally.planted - tally.found
    assert 0 < unpaired <= tally.compatible - tally.paired
    assert any("drafted" in k for k in tally.stages)


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("The bakery chain made a £4.6 million profit over the half-year to June.",
     "£4.6 million", None),
    ("The fund lost $31 million over the two-year life of the scheme.", "$31 million",
     "cumulative"),
    ("The contract pays the operator £9 million over its ten-year term.", "£9 million",
     "cumulative"),
])
def test_a_half_year_is_a_reporting_period_and_years_a_span_summed_over(
        sentence: str, phrase: str, role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="made", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("By the deadline only four companies had bid for the ferry franchise.", "four companies",
     None),
    ("Eleven countries pledged support at the Geneva meeting.", "Eleven countries", None),
    ("Around 40 economists expect a cut in March.", "40 economists", None),
    ("Some 300 places were offered to families in the scheme.", "300 places", "offer"),
])
def test_a_count_of_who_bids_or_pledges_is_no_bid_or_pledge(sentence: str, phrase: str,
                                                            role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="did", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("sentence", "phrase", "modality"), [
    ("The mayor could no longer justify the £48 million tram depot she had backed.",
     "£48 million", None),
    ("Rivals did not match the club's 14-year sponsorship deal.", "14-year", None),
    ("The scheme would have delivered 260 homes.", "260 homes", "modal"),
    ("The board did not approve a £3 million budget.", "£3 million", "negated"),
])
def test_a_figure_a_definite_phrase_describes_is_taken_as_given(
        sentence: str, phrase: str, modality: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="did", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.modality == modality


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("Rangers said 2,450 turtles had come ashore to nest on the protected beaches of the"
     " northern coast so far this season.", "2,450 turtles", "cumulative"),
    ("The striker has scored 31 goals for the club in all competitions across three"
     " countries during his career.", "31 goals", "cumulative"),
    ("Rangers said 2,450 turtles had come ashore to nest on the protected beaches of the"
     " northern coast on Tuesday, a record for the season.", "2,450 turtles", None),
])
def test_a_span_said_anywhere_in_the_figures_clause_sums_it(sentence: str, phrase: str,
                                                            role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("subject", "sentence", "phrase", "role"), [
    ("x", "Some 300 stewards in orange caps lined the route on Sunday.", "300 stewards", None),
    ("blue caps", "About 1,200 swimmers in white and blue caps crowded the beach at Kell.",
     "1,200 swimmers", None),
    ("x", "The cap on rents in Kell is 3% a year.", "3%", "limit"),
])
def test_a_role_noun_said_in_colours_after_in_is_something_worn(
        subject: str, sentence: str, phrase: str, role: str | None) -> None:
    claim = Claim(id="c", source="s", subject=subject, predicate="lined", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("subject", "sentence", "phrase", "role"), [
    ("a builder seeking council contracts",
     "A builder seeking council contracts funded 12 dinners for councillors.", "12 dinners", None),
    ("x", "Records show a charity wanting city grants paid for 9 receptions.", "9 receptions",
     None),
    ("Unions", "Unions seeking a 6% rise walked out on Monday.", "6%", "sought"),
    ("the median asking price", "The median asking price of homes listed in May was $412,000.",
     "$412,000", "sought"),
])
def test_a_role_participle_describing_a_noun_is_no_role_of_the_figure(
        subject: str, sentence: str, phrase: str, role: str | None) -> None:
    claim = Claim(id="c", source="s", subject=subject, predicate="paid", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("The 29-year-old goal machine was banned for a year and fined £3,200 on Friday.", "£3,200",
     None),
    ("Orlan's goal difference is 11 after Saturday's win.", "11", None),
    ("The trust's goal is 35 new wards by 2031.", "35 new wards", "target"),
    ("The league's goal of 18 clubs was dropped.", "18 clubs", "target"),
])
def test_a_role_noun_of_a_game_before_a_noun_is_the_games(
        sentence: str, phrase: str, role: str | None) -> None:
    subject = sentence.split(" was ")[0] if " was " in sentence else "x"
    claim = Claim(id="c", source="s", subject=subject, predicate="said", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("A crowd of 7,140, the club's biggest of the season, watched the derby.", "7,140", None),
    ("Some 6,100 fans, the largest crowd this season, saw Orlan win.", "6,100", None),
    ("The hatchery released 12,800 salmon smolts this season.", "12,800 salmon", "cumulative"),
])
def test_a_span_after_a_superlative_ranks_the_figure_and_sums_nothing(
        sentence: str, phrase: str, role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("The regulator approved 14 wind farms with a combined capacity of 3.1 gigawatts from"
     " bids totalling 8 gigawatts.", "3.1 gigawatts", None),
    ("Engineers put the drift at 9 millimetres against the planned route.", "9 millimetres",
     None),
    ("The council set a 40% recycling target for 2030.", "40%", "target"),
    ("The bank now sees growth of 1.3% in its latest forecast.", "1.3%", "forecast"),
])
def test_a_role_noun_behind_a_preposition_is_another_nouns(sentence: str, phrase: str,
                                                           role: str | None) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    assert measure_claim(claim, "value", normalize(phrase), SourceText(sentence)).role == role


def test_a_sum_of_money_measures_no_physical_quantity() -> None:
    sentence = "The grey filly won by two lengths in the €450,000 Curragh Oaks on Sunday."
    claim = Claim(id="c", source="s", subject="x", predicate="won", value="€450,000")
    m = measure_claim(claim, "value", normalize("€450,000"), SourceText(sentence))
    assert m.measured != "length"


def test_a_prize_beside_a_winning_margin_meets_the_prize(tmp_path: Path) -> None:
    pairs = _value_pairs(
        tmp_path, "The grey filly won by two lengths in the €450,000 Curragh Oaks on Sunday.",
        "The Curragh Oaks carried stakes of €520,000 and went to the grey.")
    assert pairs.get(("€450,000", "€520,000")) is Verdict.CONFLICT, pairs


def test_the_air_is_not_the_water(tmp_path: Path) -> None:
    pairs = _value_pairs(
        tmp_path, "Anglers said the lake, at 21 °C, was unusually warm for the season. Crowds"
        " came to the shore even with air temperatures of around 9 °C at night.",
        "Surface water in the lake was 9.5 °C this week, warmer than the long-term average,"
        " the parks service said.")
    assert pairs == {("21 °C", "9.5 °C"): Verdict.CONFLICT}, pairs


@pytest.mark.parametrize(("sentence", "phrase", "modality"), [
    ("The reservoir stood at 64% in early May, the water board said.", "64%", None),
    ("Rents rose 4.2% in the year to May.", "4.2%", None),
    ("The reservoir may fall to 40% by August.", "40%", "modal"),
    ("May fall to 40% by August, the board warned.", "40%", "modal"),
])
def test_may_the_month_is_no_modal_verb(sentence: str, phrase: str,
                                        modality: str | None) -> None:
    assert _measured_in(sentence, phrase, "said").modality == modality


@pytest.mark.parametrize(("a", "b", "distinct"), [
    (["Meadow", "Bank", "Plc"], ["Kenya", "Meadow", "Bank"], False),
    (["Summit", "Energy", "Inc."], ["Summit", "Energy"], False),
    (["Ostrava", "Steel", "Ltd"], ["Brno", "Steel", "Ltd"], True),
    (["Alder", "Group"], ["Kessel", "Group"], True),
])
def test_a_companys_legal_form_names_no_other_company(a: list[str], b: list[str],
                                                      distinct: bool) -> None:
    from claimdiff.measure._holder import distinct_holders

    assert distinct_holders(a, b) is distinct


def test_one_bank_with_and_without_its_legal_form_holds_one_figure(tmp_path: Path) -> None:
    pairs = _value_pairs(
        tmp_path, "Meadow Bank Plc has raised $450 million from foreign investors in a"
        " five-year bond.",
        "Kenya’s Meadow Bank sold $380 million of dollar bonds on Monday, drawing orders"
        " from foreign investors.")
    assert pairs.get(("$450 million", "$380 million")) is Verdict.CONFLICT, pairs


def test_a_figure_in_what_a_sayer_reports_is_the_reported_clauses() -> None:
    claim = Claim(id="c", source="s", subject="Voltaris", predicate="said", value="$90 million")
    sentence = ("Voltaris confirmed on Monday that Brightwater Data is now set to spend"
                " $90 million on servers.")
    m = measure_claim(claim, "value", normalize("$90 million"), SourceText(sentence))
    assert m.subject == ("Brightwater", "Data")


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Geologists place the ore body some 450 metres below the valley floor.", "450 metres"),
    ("Divers found the wreck, with the bodies of its crew, 30 metres down.", "30 metres"),
])
def test_a_length_counts_no_people(sentence: str, phrase: str) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="lies", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence))
    assert m.measured not in ("dead", "crew")


def test_an_ore_body_at_two_depths_is_a_conflict(tmp_path: Path) -> None:
    pairs = _value_pairs(
        tmp_path, "The zinc deposit lies at a depth of roughly 450 metres, the company said.",
        "The company would mine zinc from an ore body almost 2,400 feet below ground.")
    assert pairs.get(("roughly 450 metres", "almost 2,400 feet")) is Verdict.CONFLICT, pairs
