"""The exceptions claimdiff raises. Findings are data; exceptions are failures."""

from __future__ import annotations

from pathlib import Path


class ClaimdiffError(Exception):
    """Base of every error claimdiff raises on purpose."""


class InputError(ClaimdiffError):
    """Bad input a user can fix: carries the file and the 1-based line and column.

    `str(err)` is the one-line `file:line:col: message` form the CLI prints.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = [self.path or "<input>"]
        if self.line is not None:
            where.append(str(self.line))
            if self.column is not None:
                where.append(str(self.column))
        return f"{':'.join(where)}: {self.message}"


class SchemaError(InputError):
    """A claim file that breaks the claim-file schema or its semantic rules."""


class ConfigError(InputError):
    """A configuration file or option that cannot be used."""


class NormalizationError(ClaimdiffError):
    """A phrase that claimdiff cannot read as a date, duration or quantity."""

    def __init__(self, message: str, *, text: str | None = None) -> None:
        super().__init__(message)
        self.text = text


class UnknownAnchor(NormalizationError):
    """A relative phrase whose anchor ("after Baku's reconquest") is neither named nor readable.

    `anchor` is the anchor's words; how to name it depends on the caller (`anchors=`
    in Python, `--anchor` for `normalize`, a claim's `anchor:` in a claim file).
    """

    def __init__(self, message: str, *, text: str | None = None, anchor: str = "") -> None:
        super().__init__(message, text=text)
        self.anchor = anchor
