"""`claimdiff diff A B`: compare two sources claim by claim."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import click

from claimdiff.cli._common import DateParam, color_option, emit, use_color
from claimdiff.exitcodes import ExitCode
from claimdiff.load import LoadedClaimSet

FORMATS = ["text", "json", "markdown", "html"]
FAIL_ON = ["conflict", "difference", "never"]


def exit_status(has_conflicts: bool, has_differences: bool, fail_on: str) -> ExitCode:
    """The exit status under `--fail-on`."""
    if fail_on == "conflict" and has_conflicts:
        return ExitCode.FINDINGS
    if fail_on == "difference" and (has_conflicts or has_differences):
        return ExitCode.FINDINGS
    return ExitCode.OK


def show(render: Callable[..., str], report: object, fmt: str, output: str | None,
         color: str) -> None:
    """Render `report` to `output` or stdout; ANSI colour only for text on a terminal.

    An HTML report written to another folder links the source texts from there.
    """
    if fmt == "html" and output and output != "-" and hasattr(report, "sources"):
        import dataclasses
        import os

        from claimdiff.report._context import rebase_text_files

        found: Any = report
        report = dataclasses.replace(found, sources=rebase_text_files(
            found.sources, os.path.dirname(output)))
    if fmt == "text" and not output and use_color(color):
        text = render(fmt, report, color=True)
        click.echo(text, nl=not text.endswith("\n"), color=True)
    else:
        emit(render(fmt, report), output)


def fail_on_option(func: click.decorators.FC) -> click.decorators.FC:
    """`--fail-on conflict|difference|never`."""
    return click.option(
        "--fail-on", type=click.Choice(FAIL_ON), default="conflict", show_default=True,
        help="Exit 1 on conflicts, on any difference (also one-sided claims), or never.",
    )(func)


def report_options(func: Any) -> Any:
    """`--format`, `--output`, `--color`, `-q` and `--fail-on`: shared by diff and compare-all."""
    for option in reversed((
        click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text",
                     show_default=True, help="Output format."),
        click.option("-o", "--output", metavar="FILE", default=None,
                     help="Write the report to FILE (atomically) instead of stdout."),
        color_option,
        click.option("-q", "--brief", "--quiet", "brief", is_flag=True,
                     help="Only say whether the sources conflict."),
        fail_on_option,
    )):
        func = option(func)
    return func


@click.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@report_options
@click.option("--published-a", type=DateParam(), default=None,
              help="Publication date of A, when A is plain text.")
@click.option("--published-b", type=DateParam(), default=None,
              help="Publication date of B, when B is plain text.")
@click.option("--source-id-a", default=None, help="Source id for A, when A is plain text.")
@click.option("--source-id-b", default=None, help="Source id for B, when B is plain text.")
@click.pass_context
def diff(
    ctx: click.Context, a: str, b: str, fmt: str, output: str | None, color: str,
    brief: bool, fail_on: str, published_a: date | None, published_b: date | None,
    source_id_a: str | None, source_id_b: str | None,
) -> None:
    """Compare the claims of two sources: aligned pairs, their verdicts, one-sided claims.

    A and B are claim files (.claims.yaml, .claims.json) or plain-text
    articles (.txt, .md, .markdown), drafted into claims first. Text output is grouped by
    verdict, conflicts first. Exit 0 no conflicts, 1 conflicts (see
    --fail-on), 2 trouble.
    """
    from claimdiff.compare._claims import diff_claimsets
    from claimdiff.compare._inputs import undated_warning
    from claimdiff.load import load_sources
    from claimdiff.reporters import render

    # (articles get source ids the other side does not use: d1/report.txt, d2/report.txt)
    left, right = load_sources([a, b], published=[published_a, published_b],
                               source_ids=[source_id_a, source_id_b])
    report, _ = diff_claimsets(left, right)
    # The report says which article is undated; the command line says how to date it.
    how = {undated_warning(left): "--published-a", undated_warning(right): "--published-b"}
    warnings = [*_date_warnings(left, "A", published_a), *_date_warnings(right, "B", published_b),
                *(f"{w} ({how[w]})" if w in how else w for w in report.warnings)]
    for warning in warnings:
        click.echo(f"claimdiff: warning: {warning}", err=True)
    if brief:
        if report.has_conflicts:
            click.echo(f"{a} and {b} conflict")
        elif report.has_differences and fail_on == "difference":
            click.echo(f"{a} and {b} differ")
    else:
        show(render, report, fmt, output, color)
    ctx.exit(exit_status(report.has_conflicts, report.has_differences, fail_on))


def _date_warnings(loaded: LoadedClaimSet, side: str, published: date | None) -> list[str]:
    """Say when `--published-X` went unused (an undated article is the report's warning)."""
    option = f"--published-{side.lower()}"
    if loaded.origin is None:
        return [f"{option} applies to plain-text sources; {loaded.name} is a claim file "
                "(its sources give `published`)"] if published is not None else []
    return []
