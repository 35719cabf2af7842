"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import os
import stat
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


def check_output(path: str | Path, *, may_be_input: bool = False) -> None:
    """Refuse, before anything is written, an output path that would destroy something.

    An output that is one of this run's inputs (the same file by device and
    inode, through symlinks and hard links too) or a directory is an
    `InputError`; `may_be_input` allows an input that is meant to be rewritten
    (`check --write-baseline`).
    """
    from claimdiff.load._read import is_input, os_message

    target = Path(path)
    try:
        st = os.stat(target)  # follows symlinks: a link is written through to its target
    except FileNotFoundError:
        return
    except OSError as err:
        raise InputError(f"cannot write output: {os_message(err)}", path=target) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("cannot write output: is a directory; name a file in it", path=target)
    if not may_be_input and stat.S_ISREG(st.st_mode) and is_input(st):
        raise InputError("cannot write output: this file is also an input of the command; "
                         "refusing to overwrite it", path=target)


def write_atomic(path: str | Path, text: str, *, may_be_input: bool = False) -> None:
    """Write `text` to `path` through a temporary file in its folder and a rename.

    A failure leaves no partial file behind and the old file untouched. A
    symlink is written through (its target is replaced, the link stays); a
    character device or FIFO (`/dev/null`, `>(...)`) is written in place and
    never replaced.
    """
    from claimdiff.load._read import os_message

    check_output(path, may_be_input=may_be_input)
    target = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = os.stat(target)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_in_place(target, text, path)
        return
    directory = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    except OSError as err:
        raise InputError(f"cannot write output: {os_message(err)}", path=path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        # mkstemp creates 0600; a report keeps the mode of the file it replaces, else
        # an ordinary file's 0666 less the umask.
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write output: {os_message(err)}", path=path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_in_place(target: Path, text: str, shown: str | Path) -> None:
    from claimdiff.load._read import os_message

    try:
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as err:
        raise InputError(f"cannot write output: {os_message(err)}", path=shown) from None


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
