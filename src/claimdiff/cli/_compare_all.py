"""`claimdiff compare-all FILE...`: compare N sources at once, claims grouped into clusters."""

from __future__ import annotations

import click

from claimdiff.cli._diff import exit_status, report_options, show


@click.command("compare-all")
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@report_options
@click.pass_context
def compare_all(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str | None,
                color: str, brief: bool, fail_on: str) -> None:
    """Compare the claims of N sources: clusters of claims about one thing, who agrees,
    who conflicts and with what, consensus values, and sources that echo each other.

    FILE is a claim file or an article; a directory stands for the claim files below it.

    Exit 0 no conflicts, 1 conflicts (see --fail-on), 2 trouble.
    """
    from claimdiff.compare._sources import compare_sources
    from claimdiff.errors import InputError
    from claimdiff.reporters import render

    files = _expand(paths)
    if len(files) < 2:
        raise InputError(f"compare-all needs at least two sources (got {len(files)})",
                         path=paths[0])
    report = compare_sources(files)
    for warning in report.warnings:
        click.echo(f"claimdiff: warning: {warning}", err=True)
    if brief:
        if report.has_conflicts:
            click.echo("the sources conflict")
    else:
        show(render, report, fmt, output, color)
    ctx.exit(exit_status(report.has_conflicts, report.has_differences, fail_on))


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Files as given; a directory stands for the claim files below it."""
    from claimdiff.load import expand_paths
    from claimdiff.load._read import is_dir

    out: list[str] = []
    for p in paths:
        out.extend(expand_paths([p]) if is_dir(p) else [p])
    return out
