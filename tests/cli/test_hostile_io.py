"""Hostile paths: outputs never destroy an input or a device, inputs are regular files and bounded.

Every case runs through the real entry point and expects one line on stderr and exit 2.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED_CLAIMS = ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml"
SEED_TEXT = ROOT / "seeds" / "000_6396fc36ecca3174.txt"
OTHER = ROOT / "examples" / "karabakh" / "south_caucasus_herald_2024-06-15.claims.yaml"
OTHER_TEXT = ROOT / "examples" / "karabakh" / "south_caucasus_herald_2024-06-15.md"

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="making device nodes needs root")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """Two claim files with their articles, in a folder of their own."""
    for f in (SEED_CLAIMS, SEED_TEXT, OTHER, OTHER_TEXT):
        shutil.copy(f, tmp_path / f.name)
    shutil.copy(SEED_CLAIMS, tmp_path / "a.claims.yaml")
    shutil.copy(OTHER, tmp_path / "b.claims.yaml")
    return tmp_path


def trouble(result: Any, *words: str) -> None:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = [ln for ln in result.stderr.splitlines() if not ln.startswith("claimdiff: warning")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


# -- outputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["diff", "{a}", "{b}", "-o", "{a}"],
    ["diff", "{a}", "{b}", "-o", "{b}"],
    ["compare-all", "{a}", "{b}", "-o", "{b}"],
    ["check", "{a}", "{b}", "--no-baseline", "-f", "json", "-o", "{a}"],
    ["check", "{a}", "{b}", "--no-baseline", "-f", "json", "-o", "{out}", "-f", "sarif",
     "-o", "{a}"],
    ["extract", "{text}", "-o", "{text}"],
    ["diff", "{a}", "{b}", "-o", "{link}"],
    ["diff", "{a}", "{b}", "-o", "{hard}"],
])
def test_an_output_that_is_an_input_is_refused(runner: Any, work: Path, args: list[str]) -> None:
    a, b, text = work / "a.claims.yaml", work / "b.claims.yaml", work / SEED_TEXT.name
    (work / "link.yaml").symlink_to(a)
    os.link(a, work / "hard.yaml")
    before = {p.name: p.read_bytes() for p in work.iterdir() if not p.is_symlink()}
    paths = {"a": a, "b": b, "text": text, "link": work / "link.yaml",
             "hard": work / "hard.yaml", "out": work / "out.json"}
    result = runner.invoke(cli, ["--text-files-anywhere",
                                 *[x.format(**paths) for x in args]])
    trouble(result, "also an input", "refusing")
    after = {p.name: p.read_bytes() for p in work.iterdir() if not p.is_symlink()}
    assert after == before  # nothing written, not even the first of two outputs
    assert (work / "link.yaml").is_symlink()


def test_a_directory_as_output_is_named(runner: Any, work: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(work)
    for args in (["diff", "a.claims.yaml", "b.claims.yaml"], ["extract", SEED_TEXT.name],
                 ["check", "a.claims.yaml", "--no-baseline", "-f", "json"]):
        result = runner.invoke(cli, [*args, "-o", str(work)])
        trouble(result, str(work), "is a directory")


def test_a_symlink_output_is_written_through(runner: Any, work: Path) -> None:
    target = work / "reports" / "report.json"
    target.parent.mkdir()
    target.write_text("old")
    (work / "report.json").symlink_to(target)
    result = runner.invoke(cli, ["diff", str(work / "a.claims.yaml"),
                                 str(work / "b.claims.yaml"), "-f", "json",
                                 "-o", str(work / "report.json")])
    assert result.exit_code == 1
    assert (work / "report.json").is_symlink()
    assert target.read_text().startswith("{")
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]  # no temp left


def test_a_failed_run_writes_nothing(runner: Any, work: Path) -> None:
    out = work / "report.json"
    result = runner.invoke(cli, ["diff", "missing.claims.yaml", str(work / "b.claims.yaml"),
                                 "-o", str(out)])
    trouble(result, "no such file")
    assert not out.exists()


def test_an_output_in_a_missing_folder_is_one_line(runner: Any, work: Path) -> None:
    result = runner.invoke(cli, ["extract", str(work / SEED_TEXT.name),
                                 "-o", str(work / "nowhere" / "x.claims.yaml")])
    trouble(result, "cannot write output", "no such file")


@needs_root
def test_a_device_output_is_written_in_place_never_replaced(runner: Any, work: Path) -> None:
    dev = work / "null"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null
    result = runner.invoke(cli, ["diff", str(work / "a.claims.yaml"),
                                 str(work / "b.claims.yaml"), "-o", str(dev)])
    assert result.exit_code == 1
    assert stat.S_ISCHR(dev.stat().st_mode)


def test_a_fifo_output_is_written_in_place(runner: Any, work: Path) -> None:
    import threading

    fifo = work / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = runner.invoke(cli, ["extract", str(work / SEED_TEXT.name), "-o", str(fifo)])
    reader.join(10)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].startswith(b"# Draft claims")


# -- inputs -----------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["diff", "{x}.claims.yaml", "b.claims.yaml"],
    ["diff", "{x}.txt", "b.claims.yaml"],
    ["validate", "{x}.claims.json"],
    ["extract", "{x}.txt"],
    ["check", "--config", "{x}.toml", "b.claims.yaml"],
    ["check", "--baseline", "{x}.json", "b.claims.yaml"],
    ["render", "{x}.json"],
    ["compare-all", "{x}.claims.yaml", "b.claims.yaml"],
])
def test_a_fifo_input_is_refused_not_waited_for(runner: Any, work: Path, args: list[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(work)
    for suffix in (".claims.yaml", ".txt", ".claims.json", ".toml", ".json"):
        os.mkfifo(work / f"fifo{suffix}")
    result = runner.invoke(cli, [a.format(x="fifo") for a in args])
    trouble(result, "FIFO", "not a regular file")


@needs_root
@pytest.mark.parametrize("args", [
    ["diff", "zero.claims.yaml", "b.claims.yaml"],
    ["validate", "zero.claims.json"],
    ["extract", "zero.txt"],
    ["check", "--config", "zero.toml", "b.claims.yaml"],
    ["check", "--baseline", "zero.json", "b.claims.yaml"],
    ["render", "zero.json"],
])
def test_an_endless_device_is_refused(runner: Any, work: Path, args: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(work)
    for name in ("zero.claims.yaml", "zero.claims.json", "zero.txt", "zero.toml", "zero.json"):
        os.mknod(work / name, 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero
    trouble(runner.invoke(cli, args), "character device")


@pytest.mark.parametrize("kind", ["fifo", "outside", "absolute"])
def test_a_hostile_text_file_is_not_read(runner: Any, work: Path, kind: str) -> None:
    claims = work / "a.claims.yaml"
    if kind == "fifo":
        os.mkfifo(work / "pipe.txt")
        name = "pipe.txt"
    elif kind == "outside":
        name = "../" * 30 + "etc/hostname"
    else:
        name = str(SEED_TEXT)
    claims.write_text(claims.read_text().replace("000_6396fc36ecca3174.txt", name))
    result = runner.invoke(cli, ["validate", str(claims)])
    assert result.exit_code == 1
    expected = "not a regular file" if kind == "fifo" else "outside"
    assert expected in result.stdout and "cannot be read" in result.stdout
    diff = runner.invoke(cli, ["diff", str(claims), str(work / "b.claims.yaml")])
    assert diff.exit_code in (0, 1)
    assert expected in diff.stderr  # said, not swallowed
    if kind != "fifo":
        allowed = runner.invoke(cli, ["--text-files-anywhere", "validate", str(claims)])
        assert "outside" not in allowed.stdout


def test_a_text_file_inside_the_repository_may_leave_the_folder(runner: Any,
                                                                work: Path) -> None:
    (work / ".git").mkdir()
    sub = work / "claims"
    sub.mkdir()
    claims = sub / "a.claims.yaml"
    text = (work / "a.claims.yaml").read_text()
    claims.write_text(text.replace("000_6396fc36ecca3174.txt", "../000_6396fc36ecca3174.txt"))
    result = runner.invoke(cli, ["validate", str(claims)])
    assert result.exit_code == 0, result.stdout


@pytest.mark.skipif(not Path("/proc/self/mountinfo").exists(), reason="needs procfs")
def test_size_limits_count_the_bytes_read(runner: Any, work: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # procfs files are regular files that report a size of 0, whatever they hold.
    from claimdiff.load import _read

    proc = Path("/proc/self/mountinfo")
    assert proc.stat().st_size == 0 and len(proc.read_bytes()) > 100
    (work / "big.txt").symlink_to(proc)
    monkeypatch.setattr(_read, "MAX_BYTES", 100)
    trouble(runner.invoke(cli, ["extract", str(work / "big.txt")]), "too large")


def test_a_looping_symlink_and_an_unreadable_folder(runner: Any, work: Path) -> None:
    (work / "loop.claims.yaml").symlink_to(work / "loop.claims.yaml")
    trouble(runner.invoke(cli, ["validate", str(work / "loop.claims.yaml")]),
            "symbolic links")
    (work / "sub").mkdir()
    (work / "sub" / "up").symlink_to(work)  # a cycle through a folder link
    result = runner.invoke(cli, ["validate", str(work / "sub")])
    trouble(result, "no claim files")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads any folder")
def test_an_unreadable_folder_is_named(runner: Any, work: Path) -> None:
    locked = work / "locked"
    locked.mkdir()
    (locked / "inner").mkdir()
    (locked / "inner").chmod(0)
    try:
        trouble(runner.invoke(cli, ["validate", str(locked)]), "permission denied")
    finally:
        (locked / "inner").chmod(0o755)


def test_write_baseline_never_overwrites_a_claim_file(runner: Any, work: Path) -> None:
    a = work / "a.claims.yaml"
    before = a.read_bytes()
    result = runner.invoke(cli, ["check", str(a), "--write-baseline", str(a)])
    trouble(result, "baseline")
    assert a.read_bytes() == before


@needs_root
def test_a_device_text_file_is_refused_and_said(runner: Any, work: Path) -> None:
    os.mknod(work / "zero.txt", 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero
    claims = work / "a.claims.yaml"
    claims.write_text(claims.read_text().replace("000_6396fc36ecca3174.txt", "zero.txt"))
    result = runner.invoke(cli, ["validate", str(claims)])
    assert result.exit_code == 1 and "character device" in result.stdout
    diff = runner.invoke(cli, ["diff", str(claims), str(work / "b.claims.yaml")])
    assert diff.exit_code in (0, 1) and "character device" in diff.stderr
    check = runner.invoke(cli, ["check", "--no-baseline", str(claims)])
    assert check.exit_code == 1 and "character device" in check.stdout


@pytest.mark.parametrize("args", [
    ["validate", "{long}.claims.yaml"], ["diff", "{long}.txt", "{long}.md"],
    ["check", "--baseline", "{long}.json", "{a}"],
    ["diff", "{a}", "{b}", "-o", "{long}.txt"], ["extract", "{long}.txt"],
    ["validate", "{a}/x.claims.yaml"],
])
def test_path_errors_are_one_line(runner: Any, work: Path, args: list[str]) -> None:
    paths = {"long": str(work / ("x" * 300)), "a": str(work / "a.claims.yaml"),
             "b": str(work / "b.claims.yaml")}
    result = runner.invoke(cli, [a.format(**paths) for a in args])
    assert result.exit_code == 2, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if "warning" not in ln]
    assert len(lines) == 1 and "internal error" not in lines[0], result.stderr
