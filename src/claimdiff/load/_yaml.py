"""YAML read safely: every scalar a string, positions kept, traps refused.

PyYAML's resolvers turn `NO` into False, `1.10` into 1.1 and `2024-06-12`
into a date; claim files must arrive as written, so scalars are never
resolved here. Duplicate keys (which YAML silently collapses) are errors,
and alias expansion is budgeted so that a "billion laughs" file stops fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from claimdiff.errors import SchemaError

try:  # libyaml is ~3x faster; fall back to the pure-Python parser.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[Any, ...]
MAX_DEPTH = 100
ALIAS_BUDGET = 10_000
"""Extra nodes that alias expansion may add beyond the document's own nodes."""


@dataclass
class Positions:
    """Where each value (and each mapping key) of a document starts: 1-based."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of `path`, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))


def load_yaml(text: str, path: str) -> tuple[Any, Positions]:
    """Parse one YAML document into plain dicts, lists and strings, with positions."""
    try:
        return _Builder(path).build(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = err.problem or err.context or "syntax error"
        raise SchemaError(
            f"YAML syntax error: {problem}", path=path, line=line, column=col
        ) from None
    except yaml.reader.ReaderError as err:  # a control character, NUL included
        offset = max(0, min(int(err.position), len(text)))
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        char = err.character
        char = char if isinstance(char, int) else ord(str(char)[:1] or " ")
        raise SchemaError(f"YAML syntax error: control character U+{char:04X} is not allowed",
                          path=path, line=line, column=column) from None
    except yaml.YAMLError as err:
        raise SchemaError(f"YAML error: {' '.join(str(err).split())}", path=path) from None


class _Frame:
    __slots__ = ("container", "path", "key", "anchor", "size")

    def __init__(self, container: Any, path: Path_, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None
        self.anchor = anchor
        self.size = 1


class _Builder:
    """Builds values from parser events with an explicit stack.

    Events, not composed nodes: libyaml's composer recurses in C and crashes
    on very deep nesting; a stack of frames cannot.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.positions = Positions()
        self.budget = ALIAS_BUDGET
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0

    def _fail(self, message: str, mark: Any) -> SchemaError:
        return SchemaError(message, path=self.path, line=mark.line + 1, column=mark.column + 1)

    def build(self, events: Any) -> tuple[Any, Positions]:
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    raise self._fail(
                        "a claim file holds one YAML document, not several", event.start_mark
                    )
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                self._open(event)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = self.stack.pop()
                if frame.anchor:
                    self.anchors[frame.anchor] = (frame.container, frame.size)
                self._place(frame.container, frame.size, event)
            elif isinstance(event, yaml.ScalarEvent):
                self._scalar(event)
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in self.anchors:
                    raise self._fail(f"unknown alias *{event.anchor}", event.start_mark)
                value, size = self.anchors[event.anchor]
                self.budget -= size
                if self.budget < 0:
                    raise self._fail(
                        "too many YAML alias expansions (an alias bomb?)", event.start_mark
                    )
                self._place(value, size, event, record=True)
        if self.documents == 0 or self.root is None and not self.positions.values:
            raise SchemaError("the file holds no YAML document", path=self.path, line=1, column=1)
        return self.root, self.positions

    def _path_for_next(self) -> Path_:
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        return (*frame.path, frame.key)

    def _open(self, event: Any) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise self._fail(f"nesting deeper than {MAX_DEPTH} levels", event.start_mark)
        if self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is None:
            raise self._fail("mapping keys must be plain strings", event.start_mark)
        path = self._path_for_next()
        mark = event.start_mark
        self.positions.values[path] = (mark.line + 1, mark.column + 1)
        container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
        self.stack.append(_Frame(container, path, event.anchor))

    def _scalar(self, event: Any) -> None:
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.key is None:
            self._key(frame, event)
            return
        # A plain `~`/`null` or an empty value stands for "absent"; quoted text stays text.
        value = event.value
        if not event.style and value in ("", "~", "null", "Null", "NULL"):
            value = None
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._place(value, 1, event, record=True)

    def _key(self, frame: _Frame, event: Any) -> None:
        key = event.value
        if key == "<<" and not event.style:
            raise self._fail("YAML merge keys (<<) are not supported", event.start_mark)
        if key in frame.container:
            first = self.positions.keys[frame.path + (key,)]
            raise self._fail(
                f"duplicate key '{key}' (first at line {first[0]}); YAML would keep only the last",
                event.start_mark,
            )
        mark = event.start_mark
        self.positions.keys[frame.path + (key,)] = (mark.line + 1, mark.column + 1)
        frame.key = key

    def _place(self, value: Any, size: int, event: Any, *, record: bool = False) -> None:
        if record:
            mark = event.start_mark
            self.positions.values[self._path_for_next()] = (mark.line + 1, mark.column + 1)
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        frame.size += size
        if isinstance(frame.container, list):
            frame.container.append(value)
        else:
            if frame.key is None:
                raise self._fail("mapping keys must be plain strings", event.start_mark)
            frame.container[frame.key] = value
            frame.key = None
