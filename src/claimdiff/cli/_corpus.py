"""`claimdiff corpus INPUT... -o OUT`: compare a whole corpus, locally or on a Dask cluster."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import Any

import click

from claimdiff.cli._common import color_option, use_color
from claimdiff.cli._diff import fail_on_option


class _Bars:
    """One click progress bar per stage on stderr; hidden when stderr is not a terminal."""

    def __init__(self, stack: ExitStack) -> None:
        self.stack = stack
        self.bars: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        bar = self.bars.get(stage)
        if bar is None:
            label = {"extract": "extracting", "compare": "comparing"}.get(stage, stage)
            bar = self.bars[stage] = self.stack.enter_context(
                click.progressbar(length=total, label=f"{label:<10}", file=sys.stderr))
        bar.update(done)


@click.command("corpus")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory for the result tables and reports (created if missing).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="local: this machine's cores; dask: a Dask cluster.")
@click.option("-j", "--workers", type=click.IntRange(min=0), default=0,
              help="Worker processes (local pool or new LocalCluster); 0: every core.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786); default: a new LocalCluster.")
@click.option("--buckets", type=click.IntRange(min=0), default=0,
              help="Shuffle buckets for blocking; 0: from the number of partitions.")
@click.option("--parquet", is_flag=True,
              help="Also write the tables as Parquet (needs pyarrow, in claimdiff[dask]).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True, help="Format of the report printed on stdout.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bars on stderr (default: when stderr is a terminal).")
@click.option("-q", "--brief", "--quiet", "brief", is_flag=True,
              help="Print nothing; the exit status says whether anything conflicts.")
@color_option
@fail_on_option
@click.pass_context
def corpus(ctx: click.Context, inputs: tuple[str, ...], out_dir: str, engine: str,
           workers: int, scheduler: str | None, buckets: int, parquet: bool, fmt: str,
           progress: bool | None, brief: bool, color: str, fail_on: str) -> None:
    """Compare every document of a corpus across sources: directories or globs of
    articles and claim files, or JSON Lines / Parquet tables of documents (id, source,
    published, text). Writes comparisons, clusters, sources and errors tables
    (.jsonl) and report.txt / report.json / report.html into OUT, and prints the report
    (in the format of -f).

    Exit 0 no conflicts, 1 conflicts (see --fail-on), 2 trouble.
    """
    from claimdiff.corpus import CorpusOptions, run_corpus
    from claimdiff.exitcodes import ExitCode
    from claimdiff.reporters import render

    options = CorpusOptions(engine=engine, workers=workers, scheduler=scheduler,
                            buckets=buckets, parquet=parquet)
    show_bars = sys.stderr.isatty() if progress is None else progress
    with ExitStack() as stack:
        report = run_corpus(list(inputs), out_dir, options=options,
                            progress=_Bars(stack) if show_bars and not brief else None)
    if report.errors and not brief:
        click.echo(f"claimdiff: warning: {report.errors} document(s) could not be read and "
                   f"were skipped; see {report.outputs['errors']}", err=True)
    if not brief:
        text = render(fmt, report, color=fmt == "text" and use_color(color))
        click.echo(text, nl=not text.endswith("\n"), color=use_color(color))
    failed = fail_on != "never" and report.has_conflicts
    ctx.exit(ExitCode.FINDINGS if failed else ExitCode.OK)
