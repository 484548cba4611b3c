"""Base classes shared by every request and response schema."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple | set | frozenset):
        return any(_has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


# Secrets are taken exactly as typed: stripping them would store a password that the
# (unstripped) sign-in form could never match.
Secret = Annotated[str, StringConstraints(strip_whitespace=False)]


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}.*")


def _iso_date(value: Any) -> Any:
    # Pydantic's lax mode would read a number (0) or a number's text ("0") as Unix time.
    if type(value) is date or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise PydanticCustomError("iso_date", "Give the date as YYYY-MM-DD, e.g. 2026-01-31")


def _iso_datetime(value: Any) -> Any:
    if isinstance(value, datetime) or (isinstance(value, str) and _ISO_DATETIME.fullmatch(value)):
        return value
    raise PydanticCustomError(
        "iso_datetime", "Give the time in ISO 8601 form, e.g. 2026-01-31T09:00:00Z"
    )


# Every date and timestamp a request gives (body or query) is one of these: ISO 8601 text
# only, never a number (PRODUCT.md: dates YYYY-MM-DD, timestamps ISO 8601).
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
IsoDateTime = Annotated[datetime, BeforeValidator(_iso_datetime)]


class RequestModel(BaseModel):
    """Request bodies: unknown fields are refused (422), so nothing can be mass-assigned."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold NUL; refuse it as a field error, not a database error.
        if _has_nul(value):
            raise ValueError("must not contain NUL characters")
        return value


class ResponseModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


def _null_only_where_nullable(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """A patch's JSON schema offers ``null`` only for the fields that take it (``nullable``):
    the type a field is declared with (``X | None = None``, to tell it absent) is not what the
    API accepts for it."""
    nullable: frozenset[str] = getattr(model, "nullable", frozenset())
    for name, prop in schema.get("properties", {}).items():
        branches = prop.get("anyOf")
        if name in nullable or not branches or {"type": "null"} not in branches:
            continue
        rest = [branch for branch in branches if branch != {"type": "null"}]
        del prop["anyOf"]
        if len(rest) == 1:
            prop.update(rest[0])
        else:
            prop["anyOf"] = rest
        if "default" in prop and prop["default"] is None:
            del prop["default"]


class PatchModel(RequestModel):
    """A partial update (JSON merge patch): absent fields are left alone; ``null`` is allowed
    only for fields listed in ``nullable`` and clears them."""

    model_config = ConfigDict(json_schema_extra=_null_only_where_nullable)
    nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _no_null_for_required(self) -> Self:
        refused = sorted(
            name
            for name in self.model_fields_set
            if getattr(self, name) is None and name not in self.nullable
        )
        if refused:
            raise ValueError(f"{', '.join(refused)} cannot be null")
        return self

    def changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True)


# --- Problem documents (RFC 9457): the shape, here; the answering, in ``api.errors`` ---


class FieldError(BaseModel):
    field: str = Field(description="dotted path of the offending field, e.g. 'body.email'")
    message: str
    code: str = Field(description="machine-readable reason, e.g. 'missing', 'extra_forbidden'")


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(default="about:blank", examples=["/problems/validation"])
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    correlation_id: str | None = None
    errors: list[FieldError] | None = None
