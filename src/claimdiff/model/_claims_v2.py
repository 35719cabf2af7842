"""Claim files, version 2: a claim carries several values, each a measurement with a role.

A version 2 claim keeps every key of version 1 except `value`, and adds:

* `values`: the measurements the claim states, each with its `role` (`amount`,
  `part`, `total`, `rate` per a unit, `score`, `ratio`, `ordinal`, `age`,
  `change` with a `direction` and a `base`), and per value, where it differs from
  the claim, `as_of`, `modality`, `attribution`, `relative_to`;
* `as_of`: the date a running figure is true at ("the toll stood at 17 on
  Sunday"), distinct from `when`, the time of the event;
* `modality`: `actual` (default), `conditional`, `forecast` or `target`.

A measurement is a measured thing (`measured`, else the claim's predicate), a
holder (the claim's subject), a dimension (read from the text), qualifiers
(period `as_of`, `attribution`, `role`, `modality`) and an event (the claim).
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from claimdiff.model._claims import (
    Claim,
    ClaimSet,
    Id,
    Normalized,
    Text,
    ValueSpec,
    _Frozen,
    string_or_mapping_schema,
)

ValueRef = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:/-]*(#[A-Za-z0-9][A-Za-z0-9_.:/-]*)?$",
        max_length=401,
        description="A claim id, or `claim-id#value-id` for one value of a claim.",
    ),
]


class Role(str, Enum):
    """What a value is within its claim."""

    AMOUNT = "amount"
    """A plain amount or level: "2,000 soldiers", "4.5 per cent"."""
    PART = "part"
    """A part of the claim's `total`: "eight" of "its 11 carriages"."""
    TOTAL = "total"
    """A whole or a running total: "11 carriages", "the toll stood at 17"."""
    RATE = "rate"
    """An amount per unit (`per`): "40 trains a day", "€25m a day"."""
    SCORE = "score"
    """A score or a vote split: "2-1", "five to two"."""
    RATIO = "ratio"
    """A proportion: "one in five", "a third of"."""
    ORDINAL = "ordinal"
    """A rank or position: "the 11th goal", "in the 87th minute"."""
    AGE = "age"
    """An age: "a 64-year-old"."""
    CHANGE = "change"
    """A change (`direction`, `base`): "up 18% from a year earlier"."""


class Modality(str, Enum):
    """Whether a value is a fact, or only conditional, forecast or aimed at."""

    ACTUAL = "actual"
    CONDITIONAL = "conditional"
    FORECAST = "forecast"
    TARGET = "target"


class Direction(str, Enum):
    """The direction of a change."""

    UP = "up"
    DOWN = "down"


class Measure(_Frozen):
    """One value of a version 2 claim, as the source wrote it, with its role and qualifiers.

    Written as a plain string (an `amount`) or as a mapping.
    """

    text: Text = Field(description="The phrase exactly as the source wrote it.")
    id: Id | None = Field(None, description="Names this value for `relative_to` elsewhere.")
    role: Role = Role.AMOUNT
    measured: str | None = Field(
        None, description='What is measured ("deaths", "carriages"), when not the predicate.')
    per: str | None = Field(
        None, description='For a `rate`: the unit it is per ("day", "train"), as written; '
        'without `role`, makes the value a rate.')
    direction: Direction | None = Field(
        None, description="For a `change`: `up` or `down`; without `role`, makes the value a "
        "change.")
    base: ValueSpec | None = Field(
        None, description='For a `change`: what it is measured against ("a year earlier"); '
        'without `role`, makes the value a change.')
    as_of: ValueSpec | None = Field(
        None, description="The date this value is true at, when it differs from the claim's.")
    relative_to: ValueRef | None = Field(
        None, description='The value this one is defined from ("half that sum").')
    factor: float | None = Field(
        None, gt=0, description="`relative_to` times `factor`, when the text gives no word.")
    modality: Modality | None = None
    attribution: str | None = Field(None, description="Who said this value, if not the claim's.")
    anchor: Id | None = Field(
        None, description="Id of the claim whose `when` a relative time phrase counts from.")
    normalized: Normalized | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"text": data}
        # a curator who gives `per` means a rate, `direction` or `base` a change: the role
        # goes without saying ("12 cents", per: share; "0.2 points", direction: down)
        if isinstance(data, dict) and data.get("role") is None:
            if data.get("per") is not None:
                return {**data, "role": Role.RATE.value}
            if data.get("direction") is not None or data.get("base") is not None:
                return {**data, "role": Role.CHANGE.value}
        return data

    @model_validator(mode="after")
    def _role_keys(self) -> Measure:
        if self.per is not None and self.role is not Role.RATE:
            raise ValueError("`per` belongs to a value with `role: rate`")
        if (self.direction is not None or self.base is not None) and self.role is not Role.CHANGE:
            raise ValueError("`direction` and `base` belong to a value with `role: change`")
        if self.factor is not None and self.relative_to is None:
            raise ValueError("`factor` needs `relative_to`")
        return self

    def spec(self) -> ValueSpec:
        """The value's phrase as a version 1 `ValueSpec` (text, anchor, explicit reading)."""
        # Every field is already validated: constructed without validating again.
        return ValueSpec.model_construct(text=self.text, anchor=self.anchor,
                                         normalized=self.normalized)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return string_or_mapping_schema(core_schema, handler, "Measure")


class ClaimV2(Claim):
    """A version 2 claim: several values with roles, `as_of` and `modality`."""

    as_of: ValueSpec | None = Field(
        None, description="The date the claim's figures are true at (a running toll).")
    modality: Modality | None = None
    measures: tuple[Measure, ...] = Field(
        (), alias="values", description="The values the claim states, each with its role.")

    @model_validator(mode="before")
    @classmethod
    def _no_value(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("value") is not None:
            raise ValueError("version 2 writes a claim's values as `values: [...]`, not `value`"
                             " (`claimdiff migrate` rewrites a version 1 file)")
        return data

    def values(self) -> dict[str, ValueSpec]:
        """`when`, and as `value` the claim's first amount or total (as in version 1)."""
        out = {} if self.when is None else {"when": self.when}
        main = next((m for m in self.measures if m.role in (Role.AMOUNT, Role.TOTAL)), None)
        if main is not None:
            out["value"] = main.spec()
        return out

    @model_validator(mode="after")
    def _unique_value_ids(self) -> ClaimV2:
        ids = [m.id for m in self.measures if m.id is not None]
        if len(ids) != len(set(ids)):
            raise ValueError("value ids must be unique within a claim")
        return self


class ClaimSetV2(ClaimSet):
    """The content of one version 2 claim file."""

    schema_version: Literal[2] = Field(  # type: ignore[assignment]
        description="The claim-file format version.")
    claims: tuple[ClaimV2, ...] = ()


def measures_of(claim: Claim) -> tuple[Measure, ...]:
    """A claim's values: a version 2 claim's `values`, a version 1 `value` as an `amount`."""
    if isinstance(claim, ClaimV2):
        return claim.measures
    if claim.value is None:
        return ()
    spec = claim.value
    # Built without validation: every field comes from a validated `ValueSpec`.
    return (Measure.model_construct(text=spec.text, anchor=spec.anchor,
                                    normalized=spec.normalized),)


def as_of_of(claim: Claim) -> ValueSpec | None:
    """The claim's `as_of` (version 1 claims have none)."""
    return claim.as_of if isinstance(claim, ClaimV2) else None


def modality_of(claim: Claim, measure: Measure | None = None) -> Modality:
    """The modality of a value: its own, else its claim's, else `actual`."""
    if measure is not None and measure.modality is not None:
        return measure.modality
    if isinstance(claim, ClaimV2) and claim.modality is not None:
        return claim.modality
    return Modality.ACTUAL


def stated_as_fact(claim: Claim) -> bool:
    """Whether the claim's `value` is stated as a fact (not a forecast, target or condition)."""
    if not isinstance(claim, ClaimV2):
        return True
    main = next((m for m in claim.measures if m.role in (Role.AMOUNT, Role.TOTAL)), None)
    return modality_of(claim, main) is Modality.ACTUAL
