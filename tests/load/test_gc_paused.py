"""`gc_paused`: the cyclic collector paused around bulk work and restored after it."""

from __future__ import annotations

import gc

import pytest

from claimdiff.load import gc_paused


class _Node:
    def __init__(self) -> None:
        self.me = self


def test_restores_the_collector_and_leaves_no_young_collection_pending() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        kept = [[i] for i in range(5_000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < 100  # survivors moved on, not traced by the next allocation
    assert gc.get_freeze_count() == 0
    assert len(kept) == 5_000


def test_restored_after_an_exception() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("bulk build failed")
    assert gc.isenabled()


def test_a_cycle_made_while_paused_is_still_collected() -> None:
    with gc_paused():
        _Node()
    gc.collect()
    assert not any(type(x) is _Node for x in gc.get_objects())


def test_a_callers_frozen_objects_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_paused():
            [[i] for i in range(100)]
        assert gc.get_freeze_count() >= frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_nested_pauses_restore_once() -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
