"""`claimdiff render REPORT.json`: any output format from a saved JSON check report."""

from __future__ import annotations

import click

from claimdiff.check._report import CheckReport
from claimdiff.cli._check import FORMATS, PairedFormatCommand, emit_all, pair_outputs
from claimdiff.cli._common import color_option
from claimdiff.errors import InputError
from claimdiff.load._read import load_json, read_stdin, read_text


def read_report(path: str) -> CheckReport:
    """The `CheckReport` saved at `path` (`-` for stdin); `InputError` if it is not one."""
    text = read_stdin() if path == "-" else read_text(path)
    shown = "<stdin>" if path == "-" else path
    data = load_json(text, shown)
    if isinstance(data, dict) and data.get("report") == "diff":
        raise InputError("this is a diff report; `render` reads check reports "
                         "(claimdiff check --format json)", path=shown)
    return CheckReport.from_dict(data, path=shown)


@click.command(cls=PairedFormatCommand)
@click.argument("report", metavar="REPORT.json")
@click.option("-f", "--format", "fmt", multiple=True, type=click.Choice(FORMATS),
              help="Output format; repeat for several, each followed by its --output.")
@click.option("-o", "--output", multiple=True, metavar="FILE",
              help="Write the preceding --format to FILE (atomically); default stdout.")
@color_option
@click.pass_context
def render(ctx: click.Context, report: str, fmt: tuple[str, ...], output: tuple[str, ...],
           color: str) -> None:
    """Render a saved JSON check report (`-` for stdin) in other formats.

    One `claimdiff check --format json --output report.json` run, then
    `claimdiff render report.json --format sarif --output a.sarif --format github`.
    Exits with the status the check had: 0 clean or only accepted findings,
    1 new findings, 2 trouble.
    """
    pairs = pair_outputs(ctx.meta.get("claimdiff.format_order", []), fmt, output)
    loaded = read_report(report)
    emit_all(loaded, pairs, color)
    ctx.exit(int(loaded.exit_code))
