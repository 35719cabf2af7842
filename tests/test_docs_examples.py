"""Every example in README.md and docs/*.md runs as shown.

Fenced blocks are read by kind:

- `sh` blocks: each command line that starts `claimdiff` (backslash continuations
  joined; in `a && b` chains, the `claimdiff` and `cd` parts) runs from a scratch copy
  of the repository. It must exit 0 or 1 (never 2, trouble); a trailing `# exit N`
  comment asks for exactly N.
- An unlabelled or `text` block right after an `sh` block is the output of that
  block's first command: its lines must appear in the output in this order
  (a `...` or `…` line stands for lines left out).
- A block of `$ claimdiff ...` lines is a session: each command runs (`# exit N` as
  above), and the lines under it must appear in its output in order.
- `yaml`/`json` blocks that are whole claim files are validated (their
  `text_file`s are found in `seeds/` or `examples/`); a baseline is read; `toml`
  blocks are checked against the configuration schema; `python` blocks run.

A block that only illustrates (a synopsis, placeholders, a fragment) is marked
with `<!-- docs-test: skip -->` on the line before its fence.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SKIP = "<!-- docs-test: skip -->"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Block:
    """One fenced block: where it is, its info string, its lines, and what precedes it."""

    path: Path
    line: int
    info: str
    lines: tuple[str, ...]
    skip: bool
    after: Block | None
    """The `sh` block this one directly follows (only blank lines between)."""

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    i = 0
    last_end, last_sh = -10, None
    while i < len(lines):
        m = re.match(r"^(`{3,}|~{3,})\s*([\w+-]*)", lines[i])
        if m is None:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).lower()
        j = i + 1
        while j < len(lines) and not lines[j].startswith(fence):
            j += 1
        before = [s for s in lines[max(0, i - 3):i] if s.strip()]
        skip = bool(before) and before[-1].strip() == SKIP
        between = lines[last_end + 1:i]
        after = last_sh if last_sh is not None and not any(s.strip() for s in between) else None
        block = Block(path, i + 1, info, tuple(lines[i + 1:j]), skip, after)
        out.append(block)
        last_end, last_sh = j, (block if info in ("sh", "bash", "shell") else None)
        i = j + 1
    return out


ALL = [b for path in DOCS for b in blocks(path)]


def command_of(line: str) -> tuple[str, int | None] | None:
    """The runnable part of one command line, with the exit status its comment asks for.

    In `a && b && c` chains, `claimdiff` commands and `cd` are kept (set-up such as
    `pip install` is not run); a line without a `claimdiff` command gives `None`.
    """
    code, _, comment = line.partition(" #")
    status = re.match(r"\s*exit (\d)", comment)
    parts = [p.strip().removeprefix("$ ") for p in code.split("&&")]
    kept = [p for p in parts if p.startswith(("claimdiff ", "cd ")) or p == "claimdiff"]
    if not any(p.startswith("claimdiff") for p in kept):
        return None
    return " && ".join(kept), int(status.group(1)) if status else None


def commands(block: Block) -> list[tuple[str, int | None]]:
    """The `claimdiff` commands of an `sh` block, with the exit status asked for."""
    joined = "\n".join(block.lines).replace("\\\n", " ")
    return [c for line in joined.splitlines() if (c := command_of(line)) is not None]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's data and configuration: commands may write files there."""
    where = tmp_path_factory.mktemp("repo")
    for entry in ROOT.iterdir():
        if entry.name in (".git", ".venv") or entry.name.startswith(".") or \
                entry.name in ("src", "benchmarks"):
            continue
        if entry.is_dir():
            shutil.copytree(entry, where / entry.name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(entry, where / entry.name)
    return where


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("CLAIMDIFF_CONFIG", None)
    return subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def assert_in_order(expected: list[str], actual: str, where: str) -> None:
    """Each expected line (stripped of trailing spaces) is a line of `actual`, in order."""
    got = [s.rstrip() for s in actual.splitlines()]
    k = 0
    for want in expected:
        if want.strip() in ("...", "…", ""):
            continue
        try:
            k = got.index(want.rstrip(), k) + 1
        except ValueError:
            pytest.fail(f"{where}: the documented line\n  {want}\nis not in the output "
                        "(or not in this order):\n" + actual)


SH = [b for b in ALL if b.info in ("sh", "bash", "shell") and not b.skip and commands(b)]
SESSIONS = [b for b in ALL if not b.skip and b.info in ("", "text", "console")
            and any(s.startswith("$ claimdiff") for s in b.lines)]
OUTPUTS = [b for b in ALL if not b.skip and b.info in ("", "text") and b.after is not None
           and b not in SESSIONS and commands(b.after)]


@pytest.mark.parametrize("block", SH, ids=lambda b: b.where)
def test_shell_examples_run(block: Block, scratch: Path) -> None:
    for command, status in commands(block):
        result = run(command, scratch)
        detail = f"{block.where}: `{command}` exited {result.returncode}\n{result.stderr}"
        if status is None:
            assert result.returncode in (0, 1), detail
        else:
            assert result.returncode == status, detail


@pytest.mark.parametrize("block", OUTPUTS, ids=lambda b: b.where)
def test_sample_output_is_what_the_command_prints(block: Block, scratch: Path) -> None:
    assert block.after is not None
    command, _ = commands(block.after)[0]
    result = run(command, scratch)
    assert_in_order(list(block.lines), result.stdout + result.stderr, block.where)


@pytest.mark.parametrize("block", SESSIONS, ids=lambda b: b.where)
def test_sessions_print_what_they_show(block: Block, scratch: Path) -> None:
    command: tuple[str, int | None] | None = None
    expected: list[str] = []
    for line in [*block.lines, "$ "]:
        if line.startswith("$ "):
            if command is not None:
                result = run(command[0], scratch)
                detail = f"{block.where}: `{command[0]}` exited {result.returncode}\n" \
                         f"{result.stderr}"
                if command[1] is None:
                    assert result.returncode in (0, 1), detail
                else:
                    assert result.returncode == command[1], detail
                assert_in_order(expected, result.stdout + result.stderr, block.where)
            command, expected = command_of(line), []  # (`$ ls` and its output: not run)
        else:
            expected.append(line)


def _data(block: Block) -> object:
    text = "\n".join(block.lines)
    try:
        return json.loads(text) if block.info == "json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError):
        return None


CLAIM_FILES = [b for b in ALL if b.info in ("yaml", "json") and not b.skip
               and isinstance(d := _data(b), dict) and "schema_version" in d and "sources" in d]
BASELINES = [b for b in ALL if b.info == "json" and not b.skip
             and isinstance(d := _data(b), dict) and d.get("kind") == "claimdiff-baseline"]
CONFIGS = [b for b in ALL if b.info == "toml" and not b.skip]
PYTHON = [b for b in ALL if b.info == "python" and not b.skip]


def _find_text(name: str) -> Path | None:
    for folder in ("seeds", "examples", "tests/data"):
        found = sorted((ROOT / folder).rglob(Path(name).name))
        if found:
            return found[0]
    return None


@pytest.mark.parametrize("block", CLAIM_FILES, ids=lambda b: b.where)
def test_claim_file_examples_are_valid(block: Block, tmp_path: Path) -> None:
    from claimdiff.validate import validate_files

    data = _data(block)
    assert isinstance(data, dict)
    for source in data.get("sources", []):
        name = source.get("text_file")
        if name:
            found = _find_text(name)
            assert found is not None, f"{block.where}: no text file {name!r} in the repository"
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(found, tmp_path / name)
    target = tmp_path / f"example.claims.{block.info}"
    target.write_text("\n".join(block.lines) + "\n", encoding="utf-8")
    result = validate_files([str(target)])
    assert result.valid, f"{block.where}:\n" + "\n".join(str(p) for p in result.problems)


@pytest.mark.parametrize("block", BASELINES, ids=lambda b: b.where)
def test_baseline_examples_read(block: Block, tmp_path: Path) -> None:
    from claimdiff.check._baseline import read_baseline

    target = tmp_path / "claimdiff-baseline.json"
    target.write_text("\n".join(block.lines), encoding="utf-8")
    assert read_baseline(target, target.name), block.where


@pytest.mark.parametrize("block", CONFIGS, ids=lambda b: b.where)
def test_configuration_examples_follow_the_schema(block: Block) -> None:
    import jsonschema

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    data = tomllib.loads("\n".join(block.lines))
    table = data.get("tool", {}).get("claimdiff", data)
    schema = json.loads((ROOT / "schemas" / "config.v1.schema.json").read_text("utf-8"))
    jsonschema.validate(table, schema)


@pytest.mark.parametrize("block", PYTHON, ids=lambda b: b.where)
def test_python_examples_run(block: Block, scratch: Path) -> None:
    result = subprocess.run([sys.executable, "-c", "\n".join(block.lines)], cwd=scratch,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, f"{block.where}:\n{result.stderr}"


def test_the_examples_are_found() -> None:
    # The reader must see the examples: a parser that finds none would pass everything.
    readme = [b for b in SH if b.path.name == "README.md"]
    assert sum(len(commands(b)) for b in readme) >= 6
    assert OUTPUTS and SESSIONS and CLAIM_FILES and PYTHON and CONFIGS


def test_a_sample_that_differs_fails() -> None:
    assert_in_order(["b", "…", "d"], "a\nb\nc\nd\n", "here")
    with pytest.raises(pytest.fail.Exception):
        assert_in_order(["d", "b"], "a\nb\nc\nd\n", "here")
    sample = Block(ROOT / "README.md", 1, "sh", ("claimdiff diff a \\", "  b  # exit 1: x",
                                                 "pip install . && claimdiff check"),
                   False, None)
    assert commands(sample) == [("claimdiff diff a    b", 1), ("claimdiff check", None)]
    assert command_of("cd examples/karabakh && claimdiff check  # exit 1: planted") == (
        "cd examples/karabakh && claimdiff check", 1)
    assert command_of("pip install -e .") is None
