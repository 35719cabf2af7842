"""Positions of values in a JSON document, computed only when needed.

The fast path hands JSON straight to pydantic; this scanner runs afterwards,
on error or when a report needs the line of a claim, and maps each JSON path
to its 1-based line and column.
"""

from __future__ import annotations

import json
import re
from typing import Any

from claimdiff.load._yaml import Positions

_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_ATOM = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
_SPACE = re.compile(r"[ \t\r\n]*")


def json_positions(text: str) -> Positions:
    """Map every JSON path in `text` to where its value (and its key) starts.

    Stops quietly at the first syntax error: positions found so far stand.
    """
    positions = Positions()
    newlines = [m.start() for m in re.finditer("\n", text)]

    def where(offset: int) -> tuple[int, int]:
        lo, hi = 0, len(newlines)
        while lo < hi:
            mid = (lo + hi) // 2
            if newlines[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        line_start = newlines[lo - 1] + 1 if lo else 0
        return lo + 1, offset - line_start + 1

    # Explicit stack of (path, container kind, next index or pending key).
    stack: list[list[Any]] = []
    i = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    path: tuple[Any, ...] = ()
    try:
        while i < len(text):
            ch = text[i]
            if stack and stack[-1][1] == "obj" and stack[-1][2] is None and ch == '"':
                m = _STRING.match(text, i)
                if m is None:
                    break
                key = json.loads(m.group())
                positions.keys[tuple(stack[-1][0]) + (key,)] = where(i)
                stack[-1][2] = key
                i = _SPACE.match(text, m.end()).end()  # type: ignore[union-attr]
                if text[i] != ":":
                    break
                i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
                continue
            if ch in "]}":
                stack.pop()
                i = _after_value(text, i + 1, stack)
                continue
            if stack:
                top = stack[-1]
                path = (*top[0], top[2])
            else:
                path = ()
            positions.values[path] = where(i)
            if ch == "{":
                stack.append([path, "obj", None])
                i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
                continue
            if ch == "[":
                stack.append([path, "arr", 0])
                i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
                continue
            m = _STRING.match(text, i) if ch == '"' else _ATOM.match(text, i)
            if m is None:
                break
            i = _after_value(text, m.end(), stack)
    except (IndexError, ValueError):
        pass
    return positions


def _after_value(text: str, i: int, stack: list[list[Any]]) -> int:
    i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
    if stack:
        top = stack[-1]
        if top[1] == "arr":
            top[2] += 1
        else:
            top[2] = None
        if i < len(text) and text[i] == ",":
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
    return i
