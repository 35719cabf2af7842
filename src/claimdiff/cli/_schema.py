"""`claimdiff schema [NAME]`."""

from __future__ import annotations

import click

from claimdiff import schemas


@click.command()
@click.argument("name", default="claimset", type=click.Choice(sorted(schemas.SCHEMAS)))
def schema(name: str) -> None:
    """Print a published JSON Schema (default: the claim-file schema)."""
    click.echo(schemas.dumps(schemas.load(name)), nl=False)
