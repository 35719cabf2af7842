"""The top-level click group, with lazily imported subcommands."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from claimdiff._version import __version__
from claimdiff.errors import ClaimdiffError
from claimdiff.exitcodes import ExitCode

# name -> (module, attribute, one-line help). The one table of subcommands.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "validate": ("claimdiff.cli._validate", "validate", "Validate claim files."),
    "schema": ("claimdiff.cli._schema", "schema", "Print a published JSON Schema."),
    "normalize": ("claimdiff.cli._normalize", "normalize", "Read a phrase as a fuzzy value."),
    "compare": ("claimdiff.cli._compare", "compare", "Compare two phrases."),
    "diff": ("claimdiff.cli._diff", "diff", "Compare two sources claim by claim."),
    "compare-all": ("claimdiff.cli._compare_all", "compare_all", "Compare N sources."),
    "corpus": ("claimdiff.cli._corpus", "corpus", "Compare a whole corpus (local or Dask)."),
    "extract": ("claimdiff.cli._extract", "extract", "Draft a claim file from an article."),
    "migrate": ("claimdiff.cli._migrate", "migrate", "Rewrite a version 1 claim file as "
                "version 2."),
    "check": ("claimdiff.cli._check", "check", "Check curated claim sets (for CI)."),
    "render": ("claimdiff.cli._render", "render", "Render a saved JSON report."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module = importlib.import_module(entry[0])
        command = getattr(module, entry[1])
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Help from the table: listing commands must not import them.
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        """Click's main, with usage errors on one line (`claimdiff: message`), exit 2."""
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as err:
            click.echo(f"claimdiff: {one_line(err)}", err=True)
            code = ExitCode.TROUBLE
        except click.Abort:
            click.echo("claimdiff: interrupted", err=True)
            code = ExitCode.TROUBLE
        code = int(code or 0)
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: click.Context) -> Any:
        reading = sys.modules.get("claimdiff.load._read")
        if reading is not None:  # a new run in this process: no file is an input yet
            reading.forget_inputs()
        try:
            return super().invoke(ctx)
        except ClaimdiffError as err:
            click.echo(f"claimdiff: {err}" if not _located(err) else str(err), err=True)
            ctx.exit(ExitCode.TROUBLE)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as err:
            # The file system said no somewhere we did not expect: a path to fix, not a bug.
            from claimdiff.load._read import os_message

            where = err.filename if isinstance(err.filename, str) else "claimdiff"
            click.echo(f"{where}: {os_message(err)}", err=True)
            ctx.exit(ExitCode.TROUBLE)
        except Exception as err:
            # A bug of ours: one line, exit 2; the traceback only on request.
            if os.environ.get("CLAIMDIFF_DEBUG"):
                raise
            click.echo(f"claimdiff: internal error: {type(err).__name__}: {err} "
                       "(set CLAIMDIFF_DEBUG=1 for the traceback, and please report it)", err=True)
            ctx.exit(ExitCode.TROUBLE)


def one_line(err: click.ClickException) -> str:
    """A click error as one line, with where to find help for a usage error."""
    message = " ".join(err.format_message().split())
    ctx = getattr(err, "ctx", None)
    if isinstance(err, click.UsageError) and ctx is not None:
        command = " ".join(["claimdiff", *ctx.command_path.split()[1:]])
        message += f" (see '{command} --help')"
    return message


def _located(err: ClaimdiffError) -> bool:
    return getattr(err, "path", None) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="claimdiff")
@click.option("--text-files-anywhere", is_flag=True,
              help="Let a claim file's text_file name files outside its repository or folder "
                   "(env CLAIMDIFF_TEXT_FILES_ANYWHERE=1).")
def cli(text_files_anywhere: bool) -> None:
    """Compare what different sources claim about the same events.

    Exit status, as GNU diff: 0 nothing to report, 1 findings, 2 trouble.
    """
    if text_files_anywhere:
        from claimdiff.load import _read

        _read.text_files_anywhere = True


def main(argv: list[str] | None = None) -> None:
    """Run the command line; exits with an `ExitCode`."""
    try:
        cli.main(args=argv, prog_name="claimdiff")
    except KeyboardInterrupt:
        click.echo("claimdiff: interrupted", err=True)
        sys.exit(ExitCode.TROUBLE)
