"""Reading files: regular files only, size limits while reading, UTF-8 with a located error.

Every command reads its inputs here, so the rules hold everywhere: FIFOs,
devices and sockets are refused (they can hang or never end), the size limit
is enforced on the bytes actually read (a reported size can lie), and each
file read is remembered so an output path that names an input can be refused.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from claimdiff.errors import InputError, SchemaError

MAX_YAML_BYTES = int(os.environ.get("CLAIMDIFF_MAX_YAML_BYTES", 16 * 2**20))
"""YAML is for hand-curated files; bulk data belongs in JSON."""
MAX_BYTES = int(os.environ.get("CLAIMDIFF_MAX_BYTES", 2**30))

CLAIM_SUFFIXES = (".claims.yaml", ".claims.yml", ".claims.json")
YAML_SUFFIXES = (".yaml", ".yml")

_CHUNK = 2**20
_INPUTS: set[tuple[int, int]] = set()
"""(device, inode) of every file read since `forget_inputs()`: outputs must not be one."""


def forget_inputs() -> None:
    """Start a new run: forget the files read so far (and any run-wide permission)."""
    global text_files_anywhere
    _INPUTS.clear()
    text_files_anywhere = False


def is_input(st: os.stat_result) -> bool:
    """Whether the file with status `st` was read as an input in this run."""
    return (st.st_dev, st.st_ino) in _INPUTS


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def os_message(err: OSError) -> str:
    """A short lower-case reason for an `OSError`."""
    if err.errno == errno.ENOENT:
        return "no such file"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if err.errno == errno.EISDIR:
        return "is a directory"
    if err.errno == errno.ENOTDIR:
        return "a part of the path is not a directory"
    if err.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return (err.strerror or type(err).__name__).lower()


def read_bytes(path: str | Path, *, limit: int | None = None) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; `InputError` otherwise.

    Opened without blocking (a FIFO would wait for a writer forever), checked to be
    a regular file on the open descriptor (no race with a swapped path), and read
    in chunks with the limit counted on what arrives.
    """
    p = Path(path)
    limit = MAX_BYTES if limit is None else limit
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        if err.errno == errno.ENXIO:  # a socket, or a FIFO opened without blocking
            raise InputError("not a regular file (a socket or a device); refusing to read it",
                             path=p) from None
        raise InputError(os_message(err), path=p) from None
    except ValueError:  # a NUL in the path
        raise InputError("the file name contains a NUL character", path=p) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory, not a file", path=p)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"is {file_kind(st.st_mode)}, not a regular file; refusing to "
                             "read it", path=p)
        if st.st_size > limit:
            raise _too_large(p, st.st_size, limit)
        _INPUTS.add((st.st_dev, st.st_ino))
        return _read_bounded(fd, p, limit)
    except OSError as err:
        raise InputError(f"cannot read: {os_message(err)}", path=p) from None
    finally:
        os.close(fd)


def _read_bounded(fd: int, path: Path, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _too_large(path, None, limit)


def _too_large(path: Path, size: int | None, limit: int) -> InputError:
    shown = f" ({size / 2**20:.1f} MiB)" if size is not None else ""
    return InputError(f"file is too large{shown}; the limit for this kind of file is "
                      f"{_mib(limit)} (CLAIMDIFF_MAX_BYTES, CLAIMDIFF_MAX_YAML_BYTES)", path=path)


def _mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n} bytes"


def read_text(path: str | Path, *, limit: int | None = None) -> str:
    """The UTF-8 text of the regular file `path`; an `InputError` saying why it cannot be."""
    p = Path(path)
    return decode(read_bytes(p, limit=limit), p)


def read_stdin(*, limit: int | None = None) -> str:
    """Standard input (given as `-`) as UTF-8 text, at most `limit` bytes."""
    limit = MAX_BYTES if limit is None else limit
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise _too_large(Path("<stdin>"), None, limit)
    return decode(data, "<stdin>")


def decode(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (a BOM is dropped); a bad byte is reported at its line and column."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8", errors="replace")
        line = good.count("\n") + 1
        column = len(good) - (good.rfind("\n") + 1) + 1
        raise SchemaError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x})", path=path, line=line, column=column
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


TEXT_FILES_ANYWHERE = "CLAIMDIFF_TEXT_FILES_ANYWHERE"
"""Set to 1 to let `text_file:` name files outside the claim file's repository or folder."""


text_files_anywhere = False
"""Set by `claimdiff --text-files-anywhere` for one run."""


def text_root(claim_file: str | Path) -> Path:
    """Where a claim file's `text_file:` may point: its repository (a `.git` holder
    at or above its folder), else its folder."""
    folder = Path(os.path.realpath(Path(claim_file).parent))
    for directory in (folder, *folder.parents):
        if (directory / ".git").exists():
            return directory
    return folder


def text_file_path(claim_file: str | Path, text_file: str) -> Path:
    """The file a `text_file:` names, relative to the claim file's folder.

    A claim file under review must not make claimdiff read what the runner can
    read elsewhere: a path that resolves (through `..` and symlinks) outside
    `text_root(claim_file)` is an `InputError`, unless `CLAIMDIFF_TEXT_FILES_ANYWHERE=1`
    (`claimdiff --text-files-anywhere`).
    """
    path = Path(claim_file).parent / text_file
    if text_files_anywhere or os.environ.get(TEXT_FILES_ANYWHERE, "") not in ("", "0"):
        return path
    root = text_root(claim_file)
    real = Path(os.path.realpath(path))
    if real != root and root not in real.parents:
        raise InputError(f"text_file '{text_file}' is outside {root.name or root}, the claim "
                         "file's repository or folder (allow with --text-files-anywhere)",
                         path=claim_file)
    return path


MAX_INT_DIGITS = 100
"""No count, span or version needs more digits; huge integers are slow to convert."""


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"an integer of more than {MAX_INT_DIGITS} digits")
    return int(digits)


def load_json(text: str, path: str | Path, error: type[InputError] = InputError,
              what: str = "") -> Any:
    """Parse JSON text; every failure is a located `error`: syntax, nesting, huge integers.

    `what` names the document in messages (`"baseline is "`).
    """
    try:
        return json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as err:
        raise error(f"{what}not valid JSON: {err.msg}", path=path, line=err.lineno,
                    column=err.colno) from None
    except RecursionError:
        raise error(f"{what}not usable JSON: nested too deeply", path=path) from None
    except ValueError as err:
        raise error(f"{what}not usable JSON: {err}", path=path) from None


def is_yaml(path: str | Path) -> bool:
    """Whether `path` names a YAML file (by its suffix)."""
    return str(path).lower().endswith(YAML_SUFFIXES)


def is_dir(path: str | Path) -> bool:
    """Whether `path` is a directory; `False` for a path that cannot even be looked at
    (too long, a loop): reading it then says why."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; a directory stands for the claim files below it, sorted.

    Claim files are named `*.claims.yaml`, `*.claims.yml` or `*.claims.json`.
    Folders that cannot be listed and looping links raise `InputError`.
    """
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if is_dir(p):
            found = sorted(str(f) for f in _walk(p) if f.name.lower().endswith(CLAIM_SUFFIXES))
            if not found:
                raise InputError(
                    "directory holds no claim files (*.claims.yaml, *.claims.json)", path=p
                )
            out.extend(found)
        elif os.path.lexists(p) and not raw.lower().endswith((*YAML_SUFFIXES, ".json")):
            raise InputError("not a claim file (*.claims.yaml, *.claims.json); for an article, "
                             "draft one with `claimdiff extract`", path=p)
        else:
            out.append(raw)
    return out


def _walk(top: Path) -> list[Path]:
    """Regular files below `top`; symlinked folders are not followed (no loops)."""
    found: list[Path] = []

    def fail(err: OSError) -> None:
        raise InputError(f"cannot list folder: {os_message(err)}",
                         path=err.filename or top) from None

    for folder, _dirs, files in os.walk(top, onerror=fail):
        for name in files:
            f = Path(folder) / name
            try:
                if f.is_file():
                    found.append(f)
            except OSError:  # a looping link: not a claim file
                continue
    return found
