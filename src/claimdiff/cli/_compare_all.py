"""`claimdiff compare-all FILE...`: compare N sources at once, claims grouped into clusters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from claimdiff.cli._common import DateParam
from claimdiff.cli._diff import exit_status, report_options, show


def _published(values: tuple[str, ...], paths: tuple[str, ...]) -> dict[str, date]:
    """`--published [FILE=]DATE` values as path -> date; a bare DATE dates every article."""
    dates: dict[str, date] = {}
    every: date | None = None
    param = DateParam()
    for value in values:
        name, sep, when = value.rpartition("=")
        day = param.convert(when, None, None)
        if not sep:
            every = day
            continue
        matching = [p for p in paths if name in (p, Path(p).name, Path(p).name.split(".")[0])]
        if not matching:
            raise click.BadParameter(f"{name!r} is none of the inputs", param_hint="--published")
        for p in matching:
            dates[p] = day
    if every is not None:
        dates = {p: dates.get(p, every) for p in paths}
    return dates


@click.command("compare-all")
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@report_options
@click.option("--published", "published", multiple=True, metavar="[FILE=]DATE",
              help="Publication date of an article (FILE as given, its name or its stem); "
                   "a bare DATE dates every article. Repeatable.")
@click.pass_context
def compare_all(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str | None,
                color: str, brief: bool, fail_on: str, published: tuple[str, ...]) -> None:
    """Compare the claims of N sources: clusters of claims about one thing, who agrees,
    who conflicts and with what, consensus values, and sources that echo each other.

    FILE is a claim file or a plain-text article (.txt, .md, .markdown); a directory
    stands for the claim files below it. An article is dated by its front matter or
    dateline, else by --published.

    Exit 0 no conflicts, 1 conflicts (see --fail-on), 2 trouble.
    """
    from claimdiff.compare._inputs import undated_warning
    from claimdiff.compare._sources import compare_sources
    from claimdiff.errors import InputError
    from claimdiff.load import load_sources
    from claimdiff.reporters import render

    files = _expand(paths)
    if len(files) < 2:
        raise InputError(f"compare-all needs at least two sources (got {len(files)})",
                         path=paths[0])
    dates = _published(published, tuple(files))
    loaded = load_sources(files, published=dates)
    report = compare_sources(loaded)
    # The report says which article is undated; the command line says how to date it.
    how = {undated_warning(item): f"--published {item.origin}=DATE" for item in loaded}
    for warning in report.warnings:
        click.echo(f"claimdiff: warning: {warning}"
                   + (f" ({how[warning]})" if warning in how else ""), err=True)
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
