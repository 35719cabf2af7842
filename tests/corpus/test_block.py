"""Inside one block: splits by time, attribution and period; grouping and pairs in n log n."""

from __future__ import annotations

import json
import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.compare import compare_values
from claimdiff.corpus import Measurement, compare_block
from claimdiff.corpus._block import GAP_DAYS, group_values, split_block
from claimdiff.corpus._stages import EXAMPLES
from claimdiff.normalization import normalize

KEY = ("count", "dead", "lakemont", "")
HEDGES = ("", "at least ", "about ", "nearly ", "more than ", "fewer than ", "some ")


def _m(n: int, source: str, phrase: str, day: int = 0, attribution: str = "",
       period: str = "") -> Measurement:
    value = normalize(phrase)
    return Measurement(f"d{n}", source, f"c{n}", "value", phrase, phrase, "storm", "killed",
                       "", "2024-06-11", "lakemont", value, KEY,
                       date(2024, 6, 1).toordinal() + day, attribution, period)


phrases = st.builds(lambda h, n: f"{h}{n} people", st.sampled_from(HEDGES),
                    st.integers(1, 400))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(phrases, st.integers(0, 5)), min_size=1, max_size=30),
       st.randoms(use_true_random=False))
def test_groups_partition_the_part_and_agree_within(
        items: list[tuple[str, int]], rng: random.Random) -> None:
    part = [_m(n, f"S{s}", p) for n, (p, s) in enumerate(items)]
    groups = group_values(part)
    assert sorted(i for g in groups for i in g) == list(range(len(part)))
    for g in groups:
        for i in g:
            for j in g:
                assert part[i].value.support.overlaps(part[j].value.support)
    shuffled = part[:]
    rng.shuffle(shuffled)
    a, b = compare_block(KEY, part), compare_block(KEY, shuffled)
    assert a.comparisons == b.comparisons and a.clusters == b.clusters


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(phrases, st.integers(0, 7)), min_size=2, max_size=40))
def test_pairs_are_few_cross_source_and_no_conflict_is_missed_against_the_majority(
        items: list[tuple[str, int]]) -> None:
    part = [_m(n, f"S{s}", p) for n, (p, s) in enumerate(items)]
    out = compare_block(KEY, part)
    groups = group_values(part)
    # linear: a pair in its group and one against the majority per member, EXAMPLES per group
    assert len(out.comparisons) <= 2 * len(part) + EXAMPLES * len(groups)
    for line in out.comparisons:
        c = json.loads(line)
        assert c["a"]["source"] != c["b"]["source"]
    if not out.clusters:
        assert len({m.source for m in part}) < 2
        return
    (cluster,) = [json.loads(x) for x in out.clusters]
    majority = set(cluster["majority"])
    # a value of a source outside the majority that conflicts with every majority reading
    # shows as a conflict
    major = [m for m in part if m.source in majority]
    for m in part:
        if m.source not in majority and all(
                compare_values(m.value, x.value).verdict.value == "conflict" for x in major):
            assert cluster["verdict"] == "conflict"


def test_an_outlier_is_one_conflicting_group_with_a_few_example_pairs() -> None:
    part = [_m(n, f"S{n}", f"about {300 + n % 5} people") for n in range(200)]
    part.append(_m(999, "Wrong", "1,200 people"))
    out = compare_block(KEY, part)
    (cluster,) = [json.loads(x) for x in out.clusters]
    assert cluster["verdict"] == "conflict" and cluster["dissent"] == ["Wrong"]
    conflicts = [json.loads(c) for c in out.comparisons if '"verdict":"conflict"' in c]
    assert 1 <= len(conflicts) <= 2 * EXAMPLES
    assert all("Wrong" in (c["a"]["source"], c["b"]["source"]) for c in conflicts)
    assert len(out.comparisons) < 2 * len(part)


def test_time_gaps_split_a_block_and_month_boundaries_do_not() -> None:
    june_30 = _m(1, "A", "40 people", day=29)
    july_2 = _m(2, "B", "41 people", day=31)
    august = _m(3, "C", "90 people", day=31 + GAP_DAYS + 1)
    parts = split_block([august, july_2, june_30])
    assert [[m.source for m in p] for p in parts] == [["A", "B"], ["C"]]


def test_two_attributions_split_and_one_stays_with_the_unattributed() -> None:
    police = _m(1, "A", "5,000 people", attribution="police")
    organisers = _m(2, "B", "50,000 people", attribution="organiser")
    plain = _m(3, "C", "5,000 people")
    parts = split_block([police, organisers, plain])
    assert sorted([m.source for m in p] for p in parts) == [["A"], ["B"], ["C"]]
    assert [[m.source for m in p] for p in split_block([police, plain])] == [["A", "C"]]
    june, july = _m(4, "D", "4 people", period="june"), _m(5, "E", "9 people", period="july")
    assert len(split_block([june, july])) == 2
