"""`claimdiff normalize PHRASE`: show how a phrase is read."""

from __future__ import annotations

import json

import click

from claimdiff.cli._common import emit
from claimdiff.errors import NormalizationError
from claimdiff.normalization import Value
from claimdiff.normalization import normalize as _normalize


def reference_option(func: click.decorators.FC) -> click.decorators.FC:
    """`--reference DATE`: the day the text is read against (its publication date)."""
    return click.option("--reference", "-r", metavar="DATE", default=None,
                        help="Publication date the phrase is read against (YYYY-MM-DD).")(func)


def anchor_option(func: click.decorators.FC) -> click.decorators.FC:
    """`--anchor NAME=PHRASE`, repeatable: what relative phrases may count from."""
    return click.option(
        "--anchor", "-a", "anchors", multiple=True, metavar="NAME=PHRASE",
        callback=_anchors,
        help="Name an event that relative phrases point at, e.g. "
             "--anchor \"the election=November 5, 2024\"; repeatable.")(func)


def _anchors(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
             ) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        name, sep, phrase = item.partition("=")
        if not sep or not name.strip() or not phrase.strip():
            raise click.BadParameter(f"{item!r} is not NAME=PHRASE", param=param)
        out[name.strip()] = phrase.strip()
    return out


def format_option(func: click.decorators.FC) -> click.decorators.FC:
    """`--format text|json`."""
    return click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]),
                        default="text", show_default=True, help="Output format.")(func)


def describe(value: Value) -> str:
    """A few lines a person reads: kind, core, support, TIMEX3, steps."""
    lines = [f"{value.text!r}: {value.kind.value}",
             f"  core:    {value.render()}",
             f"  support: {value.render(value.support)}"]
    if value.timex:
        lines.append(f"  timex:   {value.timex}" + (f" (mod {value.mod})" if value.mod else ""))
    elif value.mod:
        lines.append(f"  mod:     {value.mod}")
    lines += [f"  - {step}" for step in value.steps]
    return "\n".join(lines)


def dumps(data: object) -> str:
    """Deterministic JSON."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)


def read_phrase(phrase: str, *, reference: str | None, anchors: dict[str, str],
                context: str | None = None) -> Value:
    """`normalize`; a phrase it cannot place is refused naming the option that places it."""
    from claimdiff.normalization._context import NeedsReference

    try:
        return _normalize(phrase, reference=reference, anchors=anchors, context=context)
    except NeedsReference as err:
        # The reader names the Python way to place it; on the command line it is an option.
        said = str(err)
        if "anchors['previous']" in said:
            said = said.replace("as anchors['previous']", "with --anchor previous=PHRASE")
        elif reference is None and "without a reference date" in said:
            said += ": give --reference DATE"
        else:
            raise
        raise NormalizationError(said, text=phrase) from None


@click.command()
@click.argument("phrase")
@reference_option
@anchor_option
@format_option
@click.option("--context", "-c", metavar="SENTENCE", default=None,
              help="The sentence PHRASE comes from (or a tense: future, past): weekdays and "
                   "dates without a year look forward in a sentence about the future.")
def normalize(phrase: str, reference: str | None, anchors: dict[str, str], fmt: str,
              context: str | None) -> None:
    """Read PHRASE as a date, duration or quantity and show its core and support.

    A phrase that starts with '-' follows '--': claimdiff normalize -- "-5 km".
    """
    value = read_phrase(phrase, reference=reference, anchors=anchors, context=context)
    emit(dumps(value.to_dict()) if fmt == "json" else describe(value), None)
