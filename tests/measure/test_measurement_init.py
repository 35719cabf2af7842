"""`Measurement` is built by an `__init__` writing its dict: the same as dataclass's, faster."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from claimdiff.measure import Measurement

_FIELDS = {f.name: f for f in dataclasses.fields(Measurement)}


def _plain() -> type:
    """The class as `dataclass` alone builds it, for its signature."""
    ns = {"__annotations__": dict(Measurement.__annotations__)}
    ns.update({n: f.default for n, f in _FIELDS.items() if f.default is not dataclasses.MISSING})
    return dataclasses.dataclass(frozen=True)(type("Plain", (), ns))


def test_same_parameters_order_and_defaults_as_dataclass() -> None:
    assert inspect.signature(Measurement) == inspect.signature(_plain())


def test_every_field_set_positionally_and_by_name() -> None:
    values = {name: f"v{k}" for k, name in enumerate(_FIELDS)}
    by_position = Measurement(*values.values())
    by_name = Measurement(**values)
    assert dataclasses.asdict(by_position) == dataclasses.asdict(by_name) == values


def test_defaults_stay_frozen_and_values_compare() -> None:
    m = Measurement("a", "c1", "value", "12 dead", "count", measured="dead",
                    context=frozenset({"flood"}))
    assert m.holder == () and m.labels == frozenset() and m.value is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.role = "forecast"  # type: ignore[misc]
    other = dataclasses.replace(m, role="forecast")
    assert other.role == "forecast" and m.role is None
    assert pickle.loads(pickle.dumps(m)) == m == copy.copy(m)
    assert hash(m) == hash(Measurement("a", "c1", "value", "12 dead", "count", measured="dead",
                                       context=frozenset({"flood"})))
    assert "measured='dead'" in repr(m)


def test_missing_and_unknown_arguments_raise() -> None:
    with pytest.raises(TypeError):
        Measurement("a", "c1", "value", "12 dead")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Measurement("a", "c1", "value", "12 dead", "count", colour="red")  # type: ignore[call-arg]
