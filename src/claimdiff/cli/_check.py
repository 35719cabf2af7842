"""`claimdiff check`: check the curated claim sets of a repository, for CI."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from claimdiff.check._config import CHECK_NAMES
from claimdiff.cli._common import check_output, color_option, emit, use_color, write_atomic
from claimdiff.errors import ConfigError

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit", "html")


class PairedFormatCommand(click.Command):
    """A command that pairs each `--format` with the `--output` that follows it.

    Click gathers repeated options into separate lists; the parser's record of
    the order in which they came restores the pairing.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            _, _, order = self.make_parser(ctx).parse_args(args=list(args))
        except click.UsageError:
            order = []  # super() reports the error properly
        ctx.meta["claimdiff.format_order"] = [p.name for p in order
                                              if p.name in ("fmt", "output")]
        return super().parse_args(ctx, args)


def pair_outputs(order: list[str], formats: tuple[str, ...],
                 outputs: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """`(format, output or None for stdout)` pairs, each output following its format."""
    pairs: list[tuple[str, str | None]] = []
    fi = oi = 0
    for name in order:
        if name == "fmt":
            pairs.append((formats[fi], None))
            fi += 1
        else:
            if not pairs or pairs[-1][1] is not None:
                raise click.UsageError("each --output must follow the --format it is for "
                                       "(e.g. --format sarif --output claimdiff.sarif)")
            pairs[-1] = (pairs[-1][0], outputs[oi])
            oi += 1
    if not pairs:
        pairs = [("text", None)]
    if sum(1 for _, out in pairs if out in (None, "-")) > 1:
        raise click.UsageError("only one --format can go to stdout; give the others --output")
    return pairs


def render_check(name: str, report: Any, *, color: bool = False) -> str:
    """Render a `CheckReport` in format `name`, through the `REPORTERS` table."""
    from claimdiff.reporters import render

    return render(name, report, color=color)


def emit_all(report: Any, pairs: list[tuple[str, str | None]], color_mode: str) -> None:
    """Write every requested format; `github` also appends to `$GITHUB_STEP_SUMMARY`.

    Every output path is checked before any is written: a refused one writes none.
    """
    for _, output in pairs:
        if output not in (None, "-"):
            check_output(output)
    for fmt, output in pairs:
        color = fmt == "text" and output in (None, "-") and use_color(color_mode)
        text = render_check(fmt, report, color=color)
        if color:  # click strips ANSI codes from a non-terminal unless told otherwise
            click.echo(text, nl=False, color=True)
        else:
            emit(text, output)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if fmt == "github" and summary:
            from claimdiff.reporters._github import github_summary

            try:
                with open(summary, "a", encoding="utf-8") as handle:
                    handle.write(github_summary(report) + "\n")
            except OSError as err:
                raise ConfigError(f"cannot append the step summary: {err.strerror}",
                                  path=summary) from None


VERDICT_CHOICES = ("conflict", "compatible", "incomparable")


def _split(value: str, choices: tuple[str, ...], option: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    unknown = [n for n in names if n not in choices]
    if unknown == ["never"] and option == "--fail-on":
        raise click.BadParameter("'never' stands alone: no verdict fails the build",
                                 param_hint=option)
    if unknown:
        listed = ", ".join((*choices, "never") if option == "--fail-on" else choices)
        raise click.BadParameter(f"unknown {unknown[0]!r}; choose from {listed}",
                                 param_hint=option)
    return names


def _override(config: Any, checks: str | None, fail_on: str | None) -> Any:
    """The configuration with `--checks` / `--fail-on` applied."""
    changes: dict[str, tuple[str, ...]] = {}
    if checks is not None:
        changes["checks"] = _split(checks, CHECK_NAMES, "--checks")
    if fail_on is not None:
        never = fail_on.strip() == "never"
        changes["fail_on"] = () if never else _split(fail_on, VERDICT_CHOICES, "--fail-on")
    return replace(config, **changes) if changes else config


def _log(quiet: bool, message: str) -> None:
    if not quiet:
        click.echo(f"claimdiff: {message}", err=True)


@click.command(cls=PairedFormatCommand)
@click.argument("paths", nargs=-1, metavar="[FILE_OR_DIR]...")
@click.option("-c", "--config", "config_path", envvar="CLAIMDIFF_CONFIG",
              type=click.Path(dir_okay=False),
              help="Configuration file (pyproject.toml or claimdiff.toml); default: searched "
                   "upward from the working directory. Env: CLAIMDIFF_CONFIG.")
@click.option("-f", "--format", "fmt", multiple=True, type=click.Choice(FORMATS),
              help="Output format; repeat for several, each followed by its --output.")
@click.option("-o", "--output", multiple=True, metavar="FILE",
              help="Write the preceding --format to FILE (atomically); default stdout.")
@click.option("--baseline", "baseline", type=click.Path(dir_okay=False),
              help="Baseline file of accepted findings (overrides the configuration).")
@click.option("--no-baseline", is_flag=True, help="Ignore any baseline: every finding is new.")
@click.option("--write-baseline", "write_baseline", is_flag=False, flag_value="",
              default=None, metavar="[FILE]",
              help="Record the current findings as accepted in FILE (default: the configured "
                   "baseline, else claimdiff-baseline.json beside the configuration).")
@click.option("--checks", "checks", metavar="NAME[,NAME...]",
              help="Run only these checks (overrides the configuration): "
                   + ", ".join(CHECK_NAMES) + ".")
@click.option("--fail-on", "fail_on", metavar="VERDICT[,VERDICT...]",
              help="Verdicts that fail the build (overrides the configuration): "
                   "conflict, compatible, incomparable; 'never' for none.")
@click.option("-v", "--verbose", count=True, help="Say which configuration and files are used.")
@click.option("-q", "--quiet", is_flag=True,
              help="No default text report and no messages; only the exit status tells.")
@color_option
@click.pass_context
def check(ctx: click.Context, paths: tuple[str, ...], config_path: str | None,
          fmt: tuple[str, ...], output: tuple[str, ...], baseline: str | None,
          no_baseline: bool, write_baseline: str | None, checks: str | None,
          fail_on: str | None, verbose: int, quiet: bool, color: str) -> None:
    """Check curated claim sets: schema, provenance, consistency, conflicts, duplicates.

    Claim files come from `claimsets` in [tool.claimdiff] of pyproject.toml or
    in claimdiff.toml (found upward), or from FILE_OR_DIR arguments. Findings
    accepted in the baseline or on their claim (`accepted:`) do not fail.

    Exit 0 clean or only accepted findings, 1 new findings, 2 trouble.
    """
    from claimdiff.check import baseline_text, load_config, run_check
    from claimdiff.check._baseline import DEFAULT_BASELINE, read_baseline

    pairs = pair_outputs(ctx.meta.get("claimdiff.format_order", []), fmt, output)
    if quiet and not fmt:
        pairs = []
    config = _override(load_config(config_path), checks, fail_on)
    if verbose:
        _log(False, config.describe())
    if write_baseline is not None:
        target = Path(write_baseline or baseline or config.baseline
                      or Path(config.base) / DEFAULT_BASELINE)
        previous: dict[str, str] = {}
        if target.exists():
            previous = {a.fingerprint: a.reason for a in read_baseline(target, str(target))}
        report = run_check(config, paths=paths or None, use_baseline=False)
        write_atomic(target, baseline_text(report.findings, previous), may_be_input=True)
        kept = sum(1 for f in report.findings if f.fingerprint in previous)
        _log(quiet, f"wrote {target}: {len(report.new)} finding(s) accepted "
                    f"({kept} with their earlier reasons); give each a reason")
        report = run_check(config, paths=paths or None, baseline=str(target))
    else:
        report = run_check(config, paths=paths or None, baseline=baseline,
                           use_baseline=not no_baseline)
    if verbose:
        if report.baseline:
            _log(False, f"baseline {report.baseline}")
        _log(False, f"checks: {', '.join(report.checks)}; {len(report.files)} claim file(s)")
        if verbose > 1:
            for name in report.files:
                _log(False, f"  {name}")
    emit_all(report, pairs, color)
    ctx.exit(int(report.exit_code))
