"""`claimdiff corpus` through the real entry point: exit codes, tables, report, bad input."""

from __future__ import annotations

import html
import json
import subprocess
from pathlib import Path

from tests.corpus.conftest import synth


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["claimdiff", "corpus", *args], capture_output=True, text=True,
                          check=False)


def test_corpus_writes_tables_and_prints_the_report(tmp_path: Path) -> None:
    rows, planted = synth.generate(120, seed=4, planted_share=0.2)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    out = tmp_path / "out"
    done = _run(str(docs), "-o", str(out), "-j", "1")
    assert done.returncode == 1, done.stderr  # planted contradictions conflict
    assert "== top conflicts" in done.stdout and str(out / "clusters.jsonl") in done.stdout
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["report"] == "corpus" and report["documents"] == 120
    assert (out / "report.txt").read_text(encoding="utf-8") == done.stdout
    as_json = _run(str(docs), "-o", str(out), "-j", "1", "-f", "json", "--fail-on", "never")
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout) == report


def test_corpus_warns_about_skipped_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "source": "S", "text": "Floods killed 4 people."}\nnot json\n',
                    encoding="utf-8")
    done = _run(str(docs), "-o", str(tmp_path / "out"), "-q")
    assert done.returncode == 0 and done.stdout == ""
    errors = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8")
    assert json.loads(errors)["line"] == 2
    loud = _run(str(docs), "-o", str(tmp_path / "out"), "--progress")
    assert "1 document(s) could not be read" in loud.stderr
    assert "extracting" in loud.stderr and "comparing" in loud.stderr  # forced progress bars


def test_corpus_trouble_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run(str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no such file or directory" in done.stderr
    (tmp_path / "file").write_text("x", encoding="utf-8")
    rows, _ = synth.generate(5, seed=1)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    done = _run(str(docs), "-o", str(tmp_path / "file"))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_corpus_html_report_shows_the_top_conflicts(tmp_path: Path) -> None:
    rows, _ = synth.generate(120, seed=4, planted_share=0.2)
    docs = synth.write_jsonl(rows, tmp_path / "docs.jsonl")
    out = tmp_path / "out"
    done = _run(str(docs), "-o", str(out), "-j", "1", "-f", "html")
    assert done.returncode == 1, done.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    assert done.stdout == page and page.startswith("<!DOCTYPE html>")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["top_conflicts"]
    for cluster in report["top_conflicts"]:
        assert f'id="c-{cluster["id"]}"' in page
        assert all(html.escape(s) in page for s in cluster["dissent"][:12])
    assert '<a href="clusters.jsonl">' in page and "<script" not in page
