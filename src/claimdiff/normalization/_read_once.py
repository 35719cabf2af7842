"""One phrase's parts read once each. The temporal readers try a phrase's parts, and their
parts, by many routes; without a memo a dozen words with one unknown among them were read
hundreds of times over (seconds). The memo lives for one `normalize` call (`one_reading`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from claimdiff.errors import NormalizationError
from claimdiff.normalization._context import Context
from claimdiff.normalization._value import Value

__all__ = ["one_reading", "read_once"]

_Memo = dict[tuple[str, int, int], tuple[Value | None, NormalizationError | None, Context]]
_MEMO: ContextVar[_Memo | None] = ContextVar("claimdiff_temporal_memo", default=None)


@contextmanager
def one_reading() -> Iterator[None]:
    """Share the memo over every reading made inside (one phrase's)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def read_once(read: Callable[[str, Context, int], Value | None],
              text: str, ctx: Context, depth: int) -> Value | None:
    """`read(text, ctx, depth)`, or what it gave (or raised) the first time in this reading.
    Keyed by the context's identity: each entry holds its context, so that no other one
    takes its id meanwhile."""
    memo = _MEMO.get()
    if memo is None:
        with one_reading():
            return read_once(read, text, ctx, depth)
    key = (text, id(ctx), depth)
    if key not in memo:
        try:
            memo[key] = (read(text, ctx, depth), None, ctx)
        except NormalizationError as refused:
            memo[key] = (None, refused, ctx)
    value, raised, _ = memo[key]
    if raised is not None:
        raise raised
    return value
