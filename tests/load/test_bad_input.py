"""Bad claim files: each gives one located line, never a traceback."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from claimdiff.cli._main import cli
from claimdiff.errors import InputError
from claimdiff.load import load_claimset, parse_claimset
from claimdiff.load._read import MAX_YAML_BYTES

GOOD = """\
schema_version: 1
sources:
  - id: afp
    published: 2024-06-12
claims:
  - id: c1
    source: afp
    subject: Russian peacekeepers
    predicate: completed withdrawal
"""


def write(tmp_path: Path, text: str | bytes, name: str = "x.claims.yaml") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def only_problem(path: str) -> str:
    loaded, problems = parse_claimset(path)
    assert loaded is None
    assert problems, "expected a problem"
    return str(problems[0])


@pytest.mark.parametrize(
    ("text", "line", "col", "needle"),
    [
        ("schema_version: 1\nsources: [\n", 3, 1, "YAML syntax error"),
        ("schema_version: 1\nsources: []\nsources: []\n", 3, 1, "duplicate key 'sources'"),
        (GOOD + "    qoute: x\n", 10, 5, "did you mean 'quote'"),
        (GOOD + "    span: [a, 3]\n", 10, 12, "valid integer"),
        ("- just\n- a list\n", 1, 1, "mapping"),
        (
            "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
            "e: [*d, *d, *d, *d, *d, *d, *d, *d]\n",
            5,
            None,
            "alias",
        ),
        ("a: " + "[" * 500 + "]" * 500 + "\n", 1, None, "nesting deeper"),
        ("---\na: 1\n---\nb: 2\n", 3, 1, "one YAML document"),
    ],
)
def test_located_problem(
    tmp_path: Path, text: str, line: int, col: int | None, needle: str
) -> None:
    message = only_problem(write(tmp_path, text))
    assert needle in message
    prefix = f"{tmp_path / 'x.claims.yaml'}:{line}:"
    assert message.startswith(prefix + (f"{col}:" if col else ""))
    assert "\n" not in message


def test_scalars_stay_strings(tmp_path: Path) -> None:
    text = GOOD.replace("subject: Russian peacekeepers", "subject: NO") + "    object: 1.10\n"
    text += "    where: 2024-06-12\n"
    loaded = load_claimset(write(tmp_path, text))
    claim = loaded.claimset.claims[0]
    assert (claim.subject, claim.object, claim.where) == ("NO", "1.10", "2024-06-12")


def test_invalid_utf8(tmp_path: Path) -> None:
    message = only_problem(write(tmp_path, b"schema_version: 1\nsources: \xff\n"))
    assert message.endswith(":2:10: not valid UTF-8 (byte 0xff)")


@pytest.mark.parametrize("text", ["", "   \n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    message = only_problem(write(tmp_path, text))
    assert ":1:1:" in message and ("empty" in message or "no YAML document" in message)


def test_alias_bomb_is_fast_and_small(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=False):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    tracemalloc.start()
    start = time.perf_counter()
    message = only_problem(path)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "alias" in message
    # Bounds far above what a stopped bomb costs, far below what an expanded one does.
    assert elapsed < 5 and peak < 50 * 2**20


def test_very_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    message = only_problem(write(tmp_path, "a: " + "[" * 200_000 + "]" * 200_000 + "\n"))
    # Our limit (100 levels), or libyaml's own where its scanner runs ahead of us.
    assert "nesting deeper" in message or "maximum nesting depth" in message


def test_large_yaml_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.claims.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)
    assert path.stat().st_size > MAX_YAML_BYTES
    with pytest.raises(InputError, match="too large"):
        parse_claimset(str(path))


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_unreadable_paths(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("nope.claims.yaml" if kind == "missing" else "")
    with pytest.raises(InputError) as info:
        load_claimset(str(path))
    assert str(path) in str(info.value)


def test_json_problems_are_located(tmp_path: Path) -> None:
    text = (
        '{"schema_version": 1,\n "sources": [{"id": "afp"}],\n'
        ' "claims": [{"id": "c1", "source": "afp", "subject": "s",\n'
        '             "predicate": "p", "polarity": "maybe"}]}\n'
    )
    message = only_problem(write(tmp_path, text, "x.claims.json"))
    assert ":4:44:" in message and "polarity" in message


def test_json_syntax_error(tmp_path: Path) -> None:
    message = only_problem(
        write(tmp_path, '{"schema_version": 1,\n "sources": [}\n', "x.claims.json")
    )
    assert ":2:" in message and "JSON syntax error" in message


def test_cli_exit_codes_and_one_line(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, GOOD, "good.claims.yaml")
    bad = write(tmp_path, GOOD + "    qoute: x\n", "bad.claims.yaml")
    assert runner.invoke(cli, ["validate", good]).exit_code == 0
    result = runner.invoke(cli, ["validate", bad])
    assert result.exit_code == 1
    assert result.stdout.strip().count("\n") == 0 and "did you mean 'quote'" in result.stdout
    missing = runner.invoke(cli, ["validate", str(tmp_path / "missing.yaml")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_inputs_are_never_modified(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write(tmp_path, GOOD + "    qoute: x\n", "bad.claims.yaml")
    before = Path(bad).read_bytes()
    runner.invoke(cli, ["validate", bad])
    assert Path(bad).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.claims.yaml"]
