"""`claimdiff render REPORT.json`: other output formats from a saved JSON report.

Check reports render in every check format; diff and cluster reports
(`claimdiff diff/compare-all --format json`) render as `json` and `html`.
"""

from __future__ import annotations

from typing import Any

import click

from claimdiff.check._report import CheckReport
from claimdiff.cli._check import FORMATS, PairedFormatCommand, emit_all, pair_outputs
from claimdiff.cli._common import color_option
from claimdiff.errors import InputError
from claimdiff.exitcodes import ExitCode
from claimdiff.load._read import load_json, read_stdin, read_text
from claimdiff.report._saved import SAVED_FORMATS, SavedReport


def read_report(path: str) -> CheckReport | SavedReport:
    """The report saved at `path` (`-` for stdin); `InputError` if it is not one."""
    text = read_stdin() if path == "-" else read_text(path)
    shown = "<stdin>" if path == "-" else path
    data = load_json(text, shown)
    if isinstance(data, dict) and data.get("report") in ("diff", "clusters"):
        return _saved(data, shown)
    return CheckReport.from_dict(data, path=shown)


def _saved(data: dict[str, Any], shown: str) -> SavedReport:
    import jsonschema

    from claimdiff.schemas import build

    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(build("report")).iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        message = " ".join(error.message.split())
        if len(message) > 160:  # the message quotes the offending value, whatever its size
            message = message[:157] + "…"
        raise InputError(f"not a valid {data.get('report')} report at {where}: {message}",
                         path=shown)
    return SavedReport(data)


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
    """Render a saved JSON report (`-` for stdin) in other formats.

    One `claimdiff check --format json --output report.json` run, then
    `claimdiff render report.json --format sarif --output a.sarif --format github`.
    A saved diff or compare-all report renders as json or html:
    `claimdiff render clusters.json --format html -o report.html`.
    Exits with the status the check had (0 clean or only accepted findings,
    1 new findings; for diff and compare-all reports 1 when they hold a
    conflict), 2 trouble.
    """
    pairs = pair_outputs(ctx.meta.get("claimdiff.format_order", []), fmt, output)
    loaded = read_report(report)
    if isinstance(loaded, SavedReport):
        wrong = [f for f, _ in pairs if f not in SAVED_FORMATS]
        if wrong:
            raise InputError(f"a saved {loaded.data['report']} report renders as "
                             f"{' or '.join(SAVED_FORMATS)}, not {wrong[0]} (run diff or "
                             "compare-all again for the other formats)", path=report)
        emit_all(loaded, pairs, color)
        ctx.exit(int(ExitCode.FINDINGS if loaded.has_conflicts else ExitCode.OK))
    emit_all(loaded, pairs, color)
    ctx.exit(int(loaded.exit_code))
