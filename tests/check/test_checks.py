"""Each named check on small claim sets: what it finds, where, with which fingerprint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdiff.check import CHECKS, CheckConfig, load_config, run_check
from claimdiff.check._config import CHECK_NAMES
from claimdiff.check._report import RULES
from claimdiff.errors import ConfigError


def only(rule: str, repo: Path, **config: object) -> list:
    base = load_config(start=repo)
    cfg = CheckConfig(**{**base.__dict__, **config})
    return [f for f in run_check(cfg).findings if f.rule == rule]


def test_the_table_names_every_check_and_every_rule_is_described() -> None:
    assert tuple(CHECKS) == CHECK_NAMES
    assert set(CHECK_NAMES) <= set(RULES)


def test_schema_check_locates_an_unknown_key_and_a_syntax_error(repo: Path) -> None:
    (repo / "claims" / "c.claims.yaml").write_text(
        "schema_version: 1\nsources:\n  - id: c\n    publisher: X\n    publishr: Y\n",
        encoding="utf-8")
    (repo / "claims" / "d.claims.yaml").write_text("schema_version: 1\nsources: [\n",
                                                   encoding="utf-8")
    found = only("schema", repo)
    by_path = {f.path: f for f in found}
    assert by_path["claims/c.claims.yaml"].code == "unknown-key"
    assert (by_path["claims/c.claims.yaml"].line, by_path["claims/c.claims.yaml"].column) == (5, 5)
    assert "did you mean 'publisher'" in by_path["claims/c.claims.yaml"].message
    assert by_path["claims/d.claims.yaml"].code == "syntax"
    assert all(f.severity == "error" for f in found)


def test_schema_check_reports_semantic_rules(sets: Any, repo: Path) -> None:
    text = sets.file_a().replace("source: wire-a\n", "source: nobody\n", 1)
    (repo / "claims" / "a.claims.yaml").write_text(text, encoding="utf-8")
    found = only("schema", repo)
    assert [f.code for f in found] == ["unknown-source"]
    assert found[0].claims == ("nobody/a-withdrawal",)


def test_provenance_check_finds_a_quote_that_no_longer_matches(sets: Any, repo: Path) -> None:
    path = repo / "claims" / "a.claims.yaml"
    path.write_text(sets.file_a().replace("ministry said", "ministry told"), encoding="utf-8")
    assert only("provenance", repo) == []  # the quotes do not cover that stretch
    text = sets.TEXT_A.replace("withdrawal on June 12", "withdrawal on June 13")
    data = sets.file_a().replace(sets.TEXT_A, text)
    path.write_text(data, encoding="utf-8")
    found = only("provenance", repo)
    assert [(f.code, f.claims, f.path) for f in found] == [
        ("quote-mismatch", ("wire-a/a-withdrawal",), "claims/a.claims.yaml")]
    assert only("schema", repo) == []  # provenance problems are not schema findings


def test_provenance_runs_without_the_schema_check(sets: Any, repo: Path) -> None:
    text = sets.TEXT_A.replace("withdrawal on June 12", "withdrawal on June 13")
    (repo / "claims" / "a.claims.yaml").write_text(sets.file_a().replace(sets.TEXT_A, text),
                                                   encoding="utf-8")
    found = only("provenance", repo, checks=("provenance",))
    assert [f.code for f in found] == ["quote-mismatch"]


CONS_TEXT = ("The troops left on June 12, almost nine months after the reconquest "
             "in September 2023; the pull-out began in mid-April.")


def consistency_file(sets: Any, relative: str, duration: str = "almost two months") -> str:
    t = CONS_TEXT
    claim = sets.claim
    return sets.claimset("mono", "2024-06-12", t, [
        claim("reconquest", "mono", t, "the reconquest in September 2023",
              subject="Azerbaijan", predicate="seized", object="Nagorno-Karabakh",
              when="in September 2023"),
        claim("left", "mono", t, "The troops left on June 12", subject="troops",
              predicate="left", when="on June 12"),
        claim("left-relative", "mono", t, "almost nine months after the reconquest",
              subject="troops", predicate="left",
              value={"text": relative, "anchor": "reconquest"}),
        claim("began", "mono", t, "the pull-out began in mid-April", subject="troops",
              predicate="began leaving", when="in mid-April"),
        claim("lasted", "mono", t, "The troops left on June 12", subject="troops",
              predicate="finished leaving", when="on June 12",
              value={"text": duration, "anchor": "began"}),
    ])


def test_consistency_relative_time_against_the_absolute_time(sets: Any, repo: Path) -> None:
    path = repo / "claims" / "m.claims.yaml"
    path.write_text(consistency_file(sets, "almost nine months after the reconquest"),
                    encoding="utf-8")
    assert only("consistency", repo) == []
    path.write_text(consistency_file(sets, "almost two months after the reconquest"),
                    encoding="utf-8")
    found = only("consistency", repo)
    assert len(found) == 1
    f = found[0]
    assert (f.verdict, f.severity) == ("conflict", "error")
    assert f.claims == ("mono/left-relative", "mono/left")
    assert "disagree about the same event" in f.message and "2024-06-12" in f.message
    # Located at the relative value's claim, with the absolute one as related location.
    assert f.line == path.read_text().splitlines().index("- id: left-relative") + 1
    assert f.related and f.related[0].message == "claim 'left'"


def test_consistency_duration_against_its_start_and_end(sets: Any, repo: Path) -> None:
    path = repo / "claims" / "m.claims.yaml"
    path.write_text(consistency_file(sets, "almost nine months after the reconquest",
                                     duration="two weeks"), encoding="utf-8")
    found = only("consistency", repo)
    assert len(found) == 1
    assert found[0].claims == ("mono/lasted",)
    assert "does not fit the time from its start ('began')" in found[0].message


def test_consistency_verdicts_follow_fail_on_and_warn_on(sets: Any, repo: Path) -> None:
    (repo / "claims" / "m.claims.yaml").write_text(
        consistency_file(sets, "almost two months after the reconquest"), encoding="utf-8")
    assert [f.severity for f in only("consistency", repo, fail_on=(), warn_on=("conflict",))
            ] == ["warning"]
    assert only("consistency", repo, fail_on=(), warn_on=()) == []


def test_cross_source_conflict_is_located_in_the_newer_source(repo: Path) -> None:
    found = only("conflict", repo)
    assert len(found) == 1
    f = found[0]
    assert f.path == "claims/b.claims.yaml"  # paper-b is published later
    assert f.claims == ("paper-b/b-withdrawal", "wire-a/a-withdrawal")
    assert f.related[0].path == "claims/a.claims.yaml"
    assert "2024-06-14" in f.message
    # Swap the publication dates: the finding moves to the other file, same fingerprint.
    a = (repo / "claims" / "a.claims.yaml")
    a.write_text(a.read_text().replace("2024-06-12", "2024-06-20"), encoding="utf-8")
    moved = only("conflict", repo)
    assert moved[0].path == "claims/a.claims.yaml"
    assert moved[0].fingerprint == f.fingerprint


def test_agreeing_sources_give_no_conflict(sets: Any, repo: Path) -> None:
    (repo / "claims" / "b.claims.yaml").write_text(sets.file_b("on June 12"), encoding="utf-8")
    assert only("conflict", repo) == []


def test_duplicate_claims_of_one_source(sets: Any, repo: Path) -> None:
    text = sets.file_a()
    dup = text + text.split("claims:\n", 1)[1].replace("a-withdrawal", "a-withdrawal-again"
                                                       ).split("- id: a-deaths")[0]
    (repo / "claims" / "a.claims.yaml").write_text(dup, encoding="utf-8")
    found = only("duplicate", repo)
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert found[0].claims == ("wire-a/a-withdrawal", "wire-a/a-withdrawal-again")
    assert "repeats claim 'a-withdrawal'" in found[0].message


def test_fingerprints_do_not_move_with_lines(repo: Path) -> None:
    before = {f.fingerprint for f in run_check(load_config(start=repo)).findings}
    b = repo / "claims" / "b.claims.yaml"
    b.write_text("# a comment\n# and another\n" + b.read_text(), encoding="utf-8")
    after = run_check(load_config(start=repo)).findings
    assert {f.fingerprint for f in after} == before
    assert after[0].line == 9


def test_only_the_configured_checks_run(repo: Path) -> None:
    report = run_check(CheckConfig(**{**load_config(start=repo).__dict__,
                                      "checks": ("schema",)}))
    assert report.checks == ("schema",)
    assert report.findings == ()


@pytest.mark.parametrize("pattern", ["claims/a.claims.yaml", "claims/*.claims.yaml"])
def test_exclude(repo: Path, pattern: str) -> None:
    cfg = CheckConfig(**{**load_config(start=repo).__dict__, "exclude": (pattern,)})
    if pattern.startswith("claims/*"):
        with pytest.raises(ConfigError, match="leaves no claim file"):
            run_check(cfg)
    else:
        assert run_check(cfg).files == ("claims/b.claims.yaml",)


def test_two_schema_problems_in_one_claim_are_two_findings(sets: Any, repo: Path) -> None:
    text = sets.file_a().replace("  when: on June 12\n", "  when: on June 12\n  whenn: x\n"
                                 "  polarity: maybe\n", 1)
    (repo / "claims" / "a.claims.yaml").write_text(text, encoding="utf-8")
    found = only("schema", repo)
    assert sorted(f.code for f in found) == ["schema", "unknown-key"]
    assert len({f.fingerprint for f in found}) == 2
    # Inserting a claim before it moves lines and list indices, not fingerprints.
    lines = text.split("claims:\n", 1)
    extra = ("- id: first\n  source: wire-a\n  subject: s\n  predicate: p\n")
    (repo / "claims" / "a.claims.yaml").write_text(lines[0] + "claims:\n" + extra + lines[1],
                                                   encoding="utf-8")
    moved = only("schema", repo)
    assert {f.fingerprint for f in moved} == {f.fingerprint for f in found}
    assert {f.line for f in moved} != {f.line for f in found}


def test_consistency_skips_values_it_cannot_read(sets: Any, repo: Path) -> None:
    text = consistency_file(sets, "almost nine months after the reconquest")
    text = text.replace("when: in September 2023", "when: in the days of yore")
    (repo / "claims" / "m.claims.yaml").write_text(text, encoding="utf-8")
    assert only("consistency", repo) == []
