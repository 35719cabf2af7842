"""`claimdiff extract FILE [-o OUT] [--published DATE] [--source-id ID]`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from claimdiff.cli._common import DateParam, emit


@click.command()
@click.argument("path", metavar="FILE", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="OUT",
              help="Write the claim file here (JSON when OUT ends with .json); default stdout.")
@click.option("--published", type=DateParam(),
              help="Publication date (YYYY-MM-DD); overrides front matter and dateline.")
@click.option("--source-id", metavar="ID", help="Source id (default: from the file name).")
@click.option("--claims-version", type=click.Choice(["1", "2"]), default="2", show_default=True,
              help="Claim-file format version of the drafts.")
def extract(path: str, output: str | None, published: date | None, source_id: str | None,
            claims_version: str) -> None:
    """Draft a claim file from a plain-text or Markdown article.

    One draft claim per date, duration and quantity, with subject, predicate,
    quote and exact span; `text_file` points at FILE relative to OUT's folder.
    Curate the drafts, then set `status: curated`.
    """
    from claimdiff.errors import InputError
    from claimdiff.extract import dump_claimset, extract_file
    from claimdiff.load._read import text_file_path

    folder = Path(output).parent if output and output != "-" else Path(".")
    loaded = extract_file(path, published=published, source_id=source_id, relative_to=folder,
                          parts_of_totals=True)
    fmt = "json" if output and output.lower().endswith(".json") else "yaml"
    claimset = loaded.claimset
    if claims_version == "2":
        from claimdiff.extract._v2 import draft_v2

        claimset = draft_v2(claimset)
    emit(dump_claimset(claimset, fmt), output)
    if not loaded.claimset.claims:
        click.echo(f"claimdiff: warning: {path}: no date, duration or quantity found; the draft "
                   "has no claims", err=True)
    text_file = loaded.claimset.sources[0].text_file
    if text_file is not None:
        try:
            text_file_path(folder / "out.claims.yaml", text_file)
        except InputError as err:
            click.echo(f"claimdiff: warning: {err.message}; validate and check will refuse it: "
                       "keep claim files beside or below their articles", err=True)
