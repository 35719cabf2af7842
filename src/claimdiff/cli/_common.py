"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from claimdiff.errors import InputError

F = Callable[..., Any]


def color_option(func: F) -> F:
    """`--color auto|always|never`; `auto` honours `NO_COLOR` and the terminal."""
    return click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour the text output.",
    )(func)


def use_color(mode: str, stream: TextIO | None = None) -> bool:
    """Whether to colour output written to `stream` under `--color mode`."""
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def write_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename.

    A failure leaves no partial file behind and the old file untouched.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    except OSError as err:
        raise InputError(f"cannot write output: {err.strerror}", path=target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        # mkstemp creates 0600; a report is an ordinary file: 0666 less the umask.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def emit(text: str, output: str | None) -> None:
    """Send machine output to `output` (atomically) or to stdout."""
    if output and output != "-":
        write_atomic(output, text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


class DateParam(click.ParamType):
    """A `YYYY-MM-DD` date option; an impossible day is named as such, not as a bad format."""

    name = "date"  # shown as DATE in --help

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        from claimdiff.normalization import parse_date

        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError as err:
            self.fail(str(err), param, ctx)
