"""`compare_sources` and `claimdiff compare-all`: clusters, consensus, echoes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from claimdiff.cli._main import cli
from claimdiff.compare._sources import compare_sources
from claimdiff.load import load_claimset
from claimdiff.schemas import load

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds/000_6396fc36ecca3174.claims.yaml")
EXAMPLES = sorted(str(p) for p in (ROOT / "examples/karabakh").glob("*.claims.yaml"))


def _cluster_of(report: object, claim: str) -> object:
    return next(c for c in report.clusters  # type: ignore[attr-defined]
                if any(m.claim == claim for m in c.members))


def test_planted_conflicts_land_in_conflicting_clusters() -> None:
    report = compare_sources([SEED, *EXAMPLES])
    for claim in ("cw-war-2020-deaths", "sch-withdrawal-completed", "sch-villages-returned",
                  "mfa-peacekeepers-deployed-4000", "cl-withdrawal-not-completed"):
        cluster = _cluster_of(report, claim)
        assert cluster.verdict.value == "conflict", claim  # type: ignore[attr-defined]
        assert any(claim in (p.a.claim, p.b.claim)
                   for p in cluster.conflicts())  # type: ignore[attr-defined]
    deaths = _cluster_of(report, "war-2020-deaths")
    assert len(deaths.sources) == 5  # type: ignore[attr-defined]


def test_consensus_is_the_common_core() -> None:
    report = compare_sources([SEED, *EXAMPLES])
    cluster = _cluster_of(report, "karabakh-reconquest-2023")
    (when,) = [k for k in cluster.consensus if k.slot == "when"]  # type: ignore[attr-defined]
    # "In September 2023" and "on 19 September 2023" (the offensive the seizure was): the
    # common core of a month and a day in it is that day
    assert when.basis == "cores" and when.value["core"] == ["2023-09-19", "2023-09-19"]
    quotes = " ".join(m.quote for m in cluster.members)  # type: ignore[attr-defined]
    assert "September 2023" in quotes and "19 September 2023" in quotes


def test_reprinted_story_is_one_origin(tmp_path: Path) -> None:
    wire = load_claimset(str(ROOT / "examples/karabakh/caucasus_wire_2024-06-12.claims.yaml"))
    cs = wire.claimset
    reprint = cs.model_copy(update={
        "sources": tuple(s.model_copy(update={"id": "reprint", "text_file": None,
                                              "text": wire.source_texts[s.id]})
                         for s in cs.sources),
        "claims": tuple(c.model_copy(update={"source": "reprint", "id": "r-" + c.id,
                                             "quote": "  " + (c.quote or "").upper()})
                        for c in cs.claims)})
    report = compare_sources([wire, reprint])
    (echo,) = report.echoes
    assert {echo.a, echo.b} == {"caucasus-wire-2024-06-12", "reprint"}
    assert all(c.verdict.value == "agree" for c in report.clusters)
    # The reprint adds a source to each cluster, not an origin.
    assert all(len(c.sources) == 2 and c.origins == 1 for c in report.clusters)
    seed = load_claimset(str(ROOT / "seeds/000_6396fc36ecca3174.claims.yaml"))
    three = compare_sources([seed, wire, reprint])
    assert any(len(c.sources) == 3 and c.origins == 2 for c in three.clusters)


def test_compare_all_cli(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare-all", SEED, *EXAMPLES, "-f", "json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    jsonschema.validate(data, load("report"))
    assert data["report"] == "clusters" and data["summary"]["conflict"] >= 4
    text = runner.invoke(cli, ["compare-all", SEED, *EXAMPLES, "--color", "never"])
    assert text.output.index("== conflict") < text.output.index("== agree")
    md = runner.invoke(cli, ["compare-all", SEED, *EXAMPLES, "-f", "markdown"])
    assert md.output.startswith("# claimdiff:")
    assert runner.invoke(cli, ["compare-all", SEED, SEED]).exit_code == 0
    assert runner.invoke(cli, ["compare-all", SEED]).exit_code == 2
    assert runner.invoke(cli, ["compare-all", "-q", SEED, *EXAMPLES]).output.strip()
