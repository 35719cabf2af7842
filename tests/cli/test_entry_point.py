"""The real entry point: version, help, and staying light."""

from __future__ import annotations

import subprocess
import sys

from claimdiff import __version__
from claimdiff.cli._main import COMMANDS, cli


def test_version_and_help_through_the_real_entry_point() -> None:
    out = subprocess.run(["claimdiff", "--version"], capture_output=True, text=True, check=True)
    assert __version__ in out.stdout
    out = subprocess.run(
        [sys.executable, "-m", "claimdiff", "--help"], capture_output=True, text=True, check=True
    )
    for name in COMMANDS:
        assert name in out.stdout


def test_help_and_import_load_no_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from claimdiff.cli._main import cli\n"
        "import claimdiff\n"
        "try:\n    cli.main(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pydantic', 'jsonschema', 'rapidfuzz', 'pint', 'yaml') "
        "if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_every_command_in_the_table_imports() -> None:
    for name in COMMANDS:
        # A command whose module is not there yet would fail here.
        assert cli.get_command(None, name) is not None, name  # type: ignore[arg-type]


def test_unknown_command_is_trouble(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
