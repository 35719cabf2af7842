"""Sources, entities and claims, as immutable pydantic models.

A claim file (YAML or JSON) is one `ClaimSet`. Every value a source states is
kept as the phrase the source used (`ValueSpec.text`); normalization happens
later, so the raw text always travels beside the reading.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

Id = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:/-]*$",
        max_length=200,
        description="A stable identifier: letters, digits and `_ . : / -`.",
    ),
]
Text = Annotated[str, Field(min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class SourceKind(str, Enum):
    """What kind of outlet a source is."""

    WIRE = "wire"
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    MAGAZINE = "magazine"
    ONLINE = "online"
    GOVERNMENT = "government"
    STATEMENT = "statement"
    NGO = "ngo"
    REPORT = "report"
    SOCIAL = "social"
    OTHER = "other"


class Polarity(str, Enum):
    """Whether the source asserts the claim or denies it."""

    ASSERTED = "asserted"
    DENIED = "denied"


class Status(str, Enum):
    """Curation state: drafts come from `claimdiff extract`, a person curates them."""

    CURATED = "curated"
    DRAFT = "draft"


_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")


class Source(_Frozen):
    """A document that makes claims: an article, a statement, a report."""

    id: Id
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = Field(None, description="Publication date, ISO 8601.")
    retrieved: date | None = Field(None, description="When the text was retrieved, ISO 8601.")
    language: str | None = Field(None, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    kind: SourceKind | None = None
    text_file: str | None = Field(
        None, description="Path of the source's text, relative to the claim file."
    )
    text: str | None = Field(None, description="The source's text inline (instead of text_file).")

    @field_validator("published", "retrieved", mode="before")
    @classmethod
    def _a_day_that_exists(cls, v: Any) -> Any:
        """`2024-02-31` has the right form and names no day: say why, as `parse_date` does."""
        m = _ISO_DAY.match(v) if isinstance(v, str) else None
        if m is not None:
            year, month, day = (int(g) for g in m.groups())
            if not 1 <= month <= 12:
                raise ValueError(f"no such day: there is no month {month}")
            if year >= 1:
                longest = calendar.monthrange(year, month)[1]
                if not 1 <= day <= longest:
                    raise ValueError(f"no such day: {calendar.month_name[month]} {year} has "
                                     f"{longest} days")
        return v

    @model_validator(mode="after")
    def _one_text(self) -> Source:
        if self.text is not None and self.text_file is not None:
            raise ValueError("give either `text` or `text_file`, not both")
        return self


class Entity(_Frozen):
    """A person, place, organisation or event, with every spelling sources use."""

    id: Id
    name: Text
    aliases: tuple[Text, ...] = ()
    kind: str | None = None
    wikidata: str | None = Field(None, pattern=r"^Q[0-9]+$")

    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


class Normalized(_Frozen):
    """An explicit structured reading of a value, given by the curator."""

    kind: Literal["date", "duration", "quantity"]
    core: tuple[str, str] = Field(
        description="Inclusive bounds: ISO dates, ISO durations or numbers."
    )
    support: tuple[str, str] | None = None
    unit: str | None = None

    @field_validator("core", "support", mode="before")
    @classmethod
    def _as_text(cls, v: Any) -> Any:
        if isinstance(v, (list, tuple)):
            return tuple(str(x) for x in v)
        return v

    @model_validator(mode="after")
    def _ordered(self) -> Normalized:
        core, support = self.bounds()
        if core[0] > core[1]:
            raise ValueError(f"core runs backwards: {self.core[0]} > {self.core[1]}")
        if support[0] > support[1]:
            raise ValueError("support runs backwards")
        if not support[0] <= core[0] <= core[1] <= support[1]:
            raise ValueError("support must contain the core")
        return self

    def bounds(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """`(core, support)` as numbers: ordinal days for dates, days for durations.

        Raises `ValueError` for a bound that is not of the value's kind.
        """
        core = (_bound(self.kind, self.core[0]), _bound(self.kind, self.core[1]))
        support = core if self.support is None else (
            _bound(self.kind, self.support[0]), _bound(self.kind, self.support[1]))
        return core, support


_ISO_DURATION = re.compile(
    r"P(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<d>\d+(?:\.\d+)?)D)?"
)
_DAYS = {"y": 365.2425, "m": 30.436875, "w": 7.0, "d": 1.0}


def _bound(kind: str, text: str) -> float:
    """One bound of an explicit reading as a number (`ValueError` when it is not one)."""
    text = text.strip()
    if kind == "date":
        try:
            return float(date.fromisoformat(text).toordinal())
        except ValueError:
            raise ValueError(f"'{text}' is not an ISO date (YYYY-MM-DD)") from None
    if kind == "duration":
        m = _ISO_DURATION.fullmatch(text)
        if m is None or text == "P":
            raise ValueError(f"'{text}' is not an ISO 8601 duration (e.g. P9M, P44D)")
        days = sum(float(v) * _DAYS[k] for k, v in m.groupdict().items() if v)
        if not math.isfinite(days):
            raise ValueError(f"'{text[:40]}' is too long a duration")
        return days
    try:
        number = float(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise ValueError(f"'{text}' is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"'{text}' is not a finite number")
    return number


class ValueSpec(_Frozen):
    """A value as the source wrote it, e.g. "almost nine months after Baku's reconquest".

    Written in a claim file either as a plain string or as a mapping.
    """

    text: Text = Field(description="The phrase exactly as the source wrote it.")
    anchor: Id | None = Field(
        None, description="Id of the claim whose `when` a relative phrase counts from."
    )
    normalized: Normalized | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"text": data}
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return string_or_mapping_schema(core_schema, handler, "ValueSpec")



def string_or_mapping_schema(core_schema: CoreSchema, handler: GetJsonSchemaHandler,
                             title: str) -> JsonSchemaValue:
    """The JSON Schema of a value written as a string shorthand (`when: on Wednesday`,
    part of the format) or as its full mapping."""
    full = handler.resolve_ref_schema(handler(core_schema))
    return {
        "anyOf": [{"type": "string", "minLength": 1}, full],
        "title": title,
        "description": full.get("description", ""),
    }


class Acceptance(_Frozen):
    """A reviewed disagreement, accepted in the claim file itself."""

    finding: str = Field(min_length=6, description="Fingerprint (or its prefix) of the finding.")
    reason: Text


class Claim(_Frozen):
    """One atomic claim of one source: subject, predicate, object and qualifiers."""

    id: Id
    source: Id = Field(description="Id of the source that makes the claim.")
    subject: Text
    predicate: Text
    object: str | None = None
    when: ValueSpec | None = Field(None, description="The time the claim is about.")
    value: ValueSpec | None = Field(None, description="A quantity or duration the claim states.")
    where: str | None = None
    polarity: Polarity = Polarity.ASSERTED
    attribution: str | None = Field(
        None, description='Who the source says said it ("the Azerbaijani Ministry of Defense").'
    )
    quote: str | None = Field(None, description="The verbatim words of the source.")
    span: tuple[int, int] | None = Field(
        None, description="Character offsets [start, end) of the quote in the source text."
    )
    status: Status = Status.CURATED
    accepted: tuple[Acceptance, ...] = ()
    note: str | None = None

    @field_validator("span")
    @classmethod
    def _ordered(cls, v: tuple[int, int] | None) -> tuple[int, int] | None:
        if v is not None and not 0 <= v[0] <= v[1]:
            raise ValueError("span must be [start, end] with 0 <= start <= end")
        return v

    def values(self) -> dict[str, ValueSpec]:
        """The claim's value qualifiers by name (`when`, `value`)."""
        out = {}
        if self.when is not None:
            out["when"] = self.when
        if self.value is not None:
            out["value"] = self.value
        return out


class ClaimSet(_Frozen):
    """The content of one claim file: one or more sources, their entities and claims."""

    schema_version: Literal[1] = Field(description="The claim-file format version.")
    sources: tuple[Source, ...] = Field(min_length=1)
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()

    @field_validator("schema_version", mode="before")
    @classmethod
    def _version_text(cls, v: Any) -> Any:
        # YAML scalars arrive as strings: "1" is the version 1.
        return int(v) if isinstance(v, str) and v.strip().isdigit() else v

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if declared."""
        return next((s for s in self.sources if s.id == source_id), None)
