"""The cheap word test before the clock cue never turns away a phrase the cue would take."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.normalization import _clock_cue as clock
from claimdiff.normalization import _clock_en as lex

_PIECES = sorted({*lex.HOUR_WORDS, *lex.MINUTE_WORDS, *lex.PARTS_OF_DAY, "noon", "midday",
                  "midnight", "o'clock", "o’clock", "oclock", "past", "half", "quarter", "early",
                  "late", "mid", "tonight", "tomorrow", "today", "in the", "at", "@", "to", "till",
                  "of", "after", "hours", "GMT", "CET", "EST", "ish", "-ish", "a.m.", "p.m.", "am",
                  "pm", "a", "p", "h", "June", "April", "Tuesday", "2024", "0700", "7", "11", "30",
                  "12", ":", ".", ",", "-", "approximately", "about", "min", "minutes", "the"})


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "-"])),
                min_size=1, max_size=6))
def test_the_word_test_keeps_every_phrase_the_cue_takes(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + sep for p, sep in parts)
    if clock._CUE.search(text):
        assert clock._may_cue(text), text


def test_dates_without_a_clock_skip_the_cue_and_clock_phrases_reach_it() -> None:
    for date in ("June 12, 2024", "2024-06-12", "Sept. 5, 2019", "September 2023"):
        assert not clock._may_cue(date)
    for time in ("at 7pm", "sevenpm", "0700 GMT", "7.30am", "noonish", "ten to six",
                 "Wednesday night", "in the small hours", "@ 9"):
        assert clock._may_cue(time) and clock.may_be_time_of_day(time), time
