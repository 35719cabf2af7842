"""Corpus inputs: partitions cover every document once; bad documents are reported, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.corpus import CorpusOptions, DocError, plan, run_corpus
from claimdiff.corpus._inputs import read_partition
from claimdiff.errors import InputError
from tests.corpus.conftest import ROOT

GOOD = {"id": "g1", "source": "Wire", "published": "2024-05-14",
        "text": "The floods in Dravonia killed 42 people, officials said."}


@given(sizes=st.lists(st.integers(min_value=1, max_value=300), min_size=1, max_size=40),
       cut=st.integers(min_value=1, max_value=2000))
def test_jsonl_partitions_read_every_line_once_with_its_number(
        tmp_path_factory: pytest.TempPathFactory, sizes: list[int], cut: int) -> None:
    path = tmp_path_factory.mktemp("p") / "docs.jsonl"
    rows = [{**GOOD, "id": f"d{n}", "text": "x" * size} for n, size in enumerate(sizes)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    seen = []
    for part in plan([str(path)], bytes_per_partition=cut):
        for doc in read_partition(part):
            assert not isinstance(doc, DocError)
            seen.append((doc.id, doc.file))
    assert seen == [(f"d{n}", f"{path}:{n + 1}") for n in range(len(sizes))]


BAD_LINES = [
    ('{"id": "b1", "source": "Wire", "text": 5}', "b1", "`text` must be a string"),
    ('{"id": "b2", "text": "Some text."}', "b2", "missing `source`"),
    ('{"id": "b3", "source": "Wire", "published": "14 May", "text": "Hi."}', "b3",
     "is not a YYYY-MM-DD date"),
    ('{"id": "b4", "source": "Wire", "language": "fr", "text": "Bonjour."}', "b4",
     "language 'fr' is not read"),
    ('{"id": "b5", "source": "Wire", "text": "unterminated', "", "not JSON"),
    ("[1, 2]", "", "a document must be an object"),
]


def test_malformed_documents_are_reported_and_skipped(tmp_path: Path) -> None:
    lines = [json.dumps(GOOD), *(line for line, _, _ in BAD_LINES),
             json.dumps({**GOOD, "id": "g2", "source": "Post",
                         "text": "Floods in Dravonia killed 120 people on Monday."})]
    docs = tmp_path / "docs.jsonl"
    docs.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "b7", "te\xff"}\n')
    report = run_corpus([str(docs)], tmp_path / "out", options=CorpusOptions(workers=1))
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert report.documents == 2 and report.errors == len(BAD_LINES) + 1
    by_line = {e["line"]: e for e in errors}
    for n, (_, ident, reason) in enumerate(BAD_LINES, start=2):
        assert by_line[n]["id"] == ident and reason in by_line[n]["reason"]
        assert by_line[n]["file"] == str(docs)
    assert by_line[len(lines) + 1]["reason"] == "not valid UTF-8"
    assert report.clusters["conflict"] == 1  # the two good documents still compared


def test_directories_and_globs_of_articles_and_claim_files(tmp_path: Path) -> None:
    articles = ROOT / "tests" / "data" / "articles"
    claims = ROOT / "examples" / "karabakh"
    report = run_corpus([str(articles), str(claims / "*.claims.yaml")], tmp_path / "out",
                        options=CorpusOptions(workers=1))
    n_files = len([p for p in articles.rglob("*") if p.suffix in (".txt", ".md")])
    n_files += len(list(claims.glob("*.claims.yaml")))
    assert report.documents + report.errors >= n_files
    assert report.measurements > 0


def test_a_missing_input_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        run_corpus([str(tmp_path / "nope")], tmp_path / "out")
    assert err.value.path == str(tmp_path / "nope")


def test_parquet_tables_give_the_same_results_as_json_lines(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from tests.corpus.conftest import synth, tables

    rows, _ = synth.generate(200, seed=2)
    jsonl = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet", row_group_size=37)
    run_corpus([str(jsonl)], tmp_path / "a", options=CorpusOptions(workers=1))
    run_corpus([str(tmp_path / "docs.parquet")], tmp_path / "b",
               options=CorpusOptions(workers=1, parquet=True))
    ta, tb = tables(tmp_path / "a"), tables(tmp_path / "b")
    assert ta["clusters.jsonl"] == tb["clusters.jsonl"]
    assert ta["sources.jsonl"] == tb["sources.jsonl"]
    assert pq.read_table(tmp_path / "b" / "clusters.parquet").num_rows == \
        len(tb["clusters.jsonl"].splitlines())
