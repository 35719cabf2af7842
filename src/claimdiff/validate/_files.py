"""`validate_files`: every problem of the claim files named, with what was looked at."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimdiff.load import Problem, expand_paths, parse_claimset
from claimdiff.validate._checks import check_claimset


@dataclass(frozen=True)
class Validation:
    """What `validate_files` found: problems in file order, and how much was validated."""

    problems: tuple[Problem, ...]
    files: int
    claims: int
    """Claims of the files that loaded."""

    @property
    def valid(self) -> bool:
        """No problem at all."""
        return not self.problems

    def summary(self) -> str:
        """`3 files, 40 claims: valid` or `3 files, 40 claims: 2 problems`."""
        head = f"{_count(self.files, 'file')}, {_count(self.claims, 'claim')}"
        if self.valid:
            return f"{head}: valid"
        return f"{head}: {_count(len(self.problems), 'problem')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def validate_files(paths: Iterable[str]) -> Validation:
    """Validate the claim files named (directories expand to their claim files).

    Raises `InputError` for a path that cannot be read at all.
    """
    problems: list[Problem] = []
    files = claims = 0
    for path in expand_paths(list(paths)):
        files += 1
        loaded, found = parse_claimset(path)
        problems.extend(found)
        if loaded is not None:
            claims += len(loaded.claimset.claims)
            problems.extend(check_claimset(loaded))
    ordered = sorted(problems, key=lambda p: (p.path, p.line, p.column, p.code))
    return Validation(tuple(ordered), files, claims)


__all__ = ["Validation", "validate_files"]
