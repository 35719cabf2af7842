"""`claimdiff compare A B`: the verdict on two phrases, as GNU diff exits."""

from __future__ import annotations

import click

from claimdiff.cli._common import emit
from claimdiff.cli._normalize import (
    anchor_option,
    dumps,
    format_option,
    read_phrase,
    reference_option,
)
from claimdiff.compare import compare_values
from claimdiff.exitcodes import ExitCode
from claimdiff.verdicts import Verdict


@click.command()
@click.argument("a")
@click.argument("b")
@reference_option
@anchor_option
@format_option
@click.pass_context
def compare(ctx: click.Context, a: str, b: str, reference: str | None,
            anchors: dict[str, str], fmt: str) -> None:
    """Compare phrases A and B: agree, compatible, conflict or incomparable.

    Exit status 1 on conflict, 0 otherwise, 2 when a phrase cannot be read.
    """
    va, vb = (read_phrase(p, reference=reference, anchors=anchors) for p in (a, b))
    result = compare_values(va, vb, reference=reference)
    if fmt == "json":
        emit(dumps(result.to_dict()), None)
    else:
        emit(f"{result.verdict.value}: {result.explanation}", None)
    if result.verdict is Verdict.CONFLICT:
        ctx.exit(ExitCode.FINDINGS)
