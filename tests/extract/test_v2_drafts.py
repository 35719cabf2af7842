"""`extract` drafts version 2 files that diff as the version 1 drafts do, roles guessed."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claimdiff.cli._main import cli
from claimdiff.compare import diff
from claimdiff.extract._v2 import draft_v2
from claimdiff.model import ClaimSet, Role

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [ROOT / "seeds/000_6396fc36ecca3174.txt",
            ROOT / "tests/data/articles/ararat_news_2024-06-12.txt"]


def _draft(runner: CliRunner, article: Path, out: Path, version: str) -> None:
    result = runner.invoke(cli, ["--text-files-anywhere", "extract", str(article), "-o", str(out),
                                 "--published", "2024-06-12", "--claims-version", version])
    assert result.exit_code == 0, result.output


def test_v2_drafts_diff_as_v1_drafts(runner: CliRunner, tmp_path: Path) -> None:
    reports = {}
    for version in ("1", "2"):
        paths = []
        for k, article in enumerate(ARTICLES):
            out = tmp_path / f"{k}.v{version}.claims.json"
            _draft(runner, article, out, version)
            assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == int(version)
            paths.append(str(out))
        data = diff(*paths).to_dict()
        data.pop("a"), data.pop("b")
        reports[version] = json.dumps(data, sort_keys=True)
    assert reports["1"] == reports["2"]


def test_draft_roles_come_from_the_words() -> None:
    claims = [{"id": f"c{i}", "source": "s", "subject": "x", "predicate": "y", "value": text}
              for i, text in enumerate(["40 trains a day", "up 18% from a year earlier",
                                        "a 64-year-old", "eight of its 11 carriages",
                                        "2,000 soldiers", "won 2-1"])]
    v1 = ClaimSet.model_validate({"schema_version": 1, "sources": [{"id": "s"}],
                                  "claims": claims})
    roles = [[m.role for m in c.measures] for c in draft_v2(v1).claims]
    assert roles == [[Role.RATE], [Role.CHANGE], [Role.AGE], [Role.PART, Role.TOTAL],
                     [Role.AMOUNT], [Role.SCORE]]
