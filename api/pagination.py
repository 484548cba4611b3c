"""Keyset (cursor) pagination: the cost of a page never depends on how deep it is."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import Select, bindparam, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from api.errors import ProblemError
from api.schemas import FieldError, IsoDateTime

T = TypeVar("T")
# Any select, of entities or of columns.
AnySelect = Select[*tuple[Any, ...]]
MAX_LIMIT = 200
DEFAULT_LIMIT = 50


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    updated_since: datetime | None


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500, description="From `next_cursor`")] = None,
    updated_since: Annotated[
        IsoDateTime | None,
        Query(description="Only records changed at or after this instant (ISO 8601)"),
    ] = None,
) -> PageParams:
    # async: parsing parameters needs no worker thread.
    if updated_since is not None and updated_since.tzinfo is not None:
        try:
            updated_since.astimezone(UTC)
        except OverflowError as exc:  # e.g. 0001-01-01T00:00:00+01:00 is before year 1 in UTC
            raise ProblemError(
                422,
                "updated_since is out of range.",
                errors=[
                    FieldError(field="query.updated_since", message="out of range", code="range")
                ],
            ) from exc
    if updated_since is not None and updated_since.tzinfo is None:
        raise ProblemError(
            422,
            "updated_since needs a timezone (e.g. 2026-01-31T09:00:00Z).",
            errors=[
                FieldError(
                    field="query.updated_since", message="timezone required", code="timezone"
                )
            ],
        )
    return PageParams(limit, cursor, updated_since)


Pagination = Annotated[PageParams, Depends(page_params)]


def _encode(values: Sequence[Any]) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, datetime) else str(v) for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _bad_cursor() -> ProblemError:
    return ProblemError(400, "The cursor is not one this API issued.", slug="bad-cursor")


def _decode(cursor: str, columns: Sequence[InstrumentedAttribute[Any]]) -> list[Any]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError as exc:
        raise _bad_cursor() from exc
    if not isinstance(raw, list) or len(raw) != len(columns):
        raise _bad_cursor()
    values: list[Any] = []
    for column, value in zip(columns, raw, strict=True):
        python_type = column.type.python_type
        try:
            # Every value this API encodes is a string; NUL fits no database text column.
            if not isinstance(value, str) or "\x00" in value:
                raise ValueError
            if python_type is datetime:
                parsed = datetime.fromisoformat(value)
                if parsed.tzinfo is None:
                    raise ValueError
                parsed.astimezone(UTC)  # OverflowError near the ends of the calendar
                values.append(parsed)
            elif python_type is uuid.UUID:
                values.append(uuid.UUID(value))
            elif python_type is int:
                values.append(int(value))
            else:
                values.append(str(value))
        except (ValueError, TypeError, OverflowError) as exc:
            raise _bad_cursor() from exc
    return values


def paginate(
    session: Session,
    statement: AnySelect,
    params: PageParams,
    keys: Sequence[InstrumentedAttribute[Any]],
    *,
    descending: bool = False,
    updated_column: InstrumentedAttribute[Any] | None = None,
) -> tuple[list[Any], str | None]:
    """Run ``statement`` (of ORM objects) one page at a time, ordered by ``keys`` (the last
    must be unique).

    Fetches limit+1 rows to know whether a next page exists, and filters on the key values of
    the last row seen, so every page is one indexed range scan.
    """
    since = params.updated_since is not None and updated_column is not None
    values = page_values(params, keys, since=since)
    statement = bound_page(
        statement,
        keys,
        since_column=updated_column if since else None,
        with_cursor=bool(params.cursor),
        descending=descending,
    )
    found = list(session.scalars(statement, values))
    return page_and_cursor(found, params.limit, keys)


def page_and_cursor(
    found: list[Any], limit: int, keys: Sequence[InstrumentedAttribute[Any]]
) -> tuple[list[Any], str | None]:
    """The page (``limit`` of the ``limit + 1`` rows fetched) and the cursor to the next."""
    if len(found) <= limit:
        return found, None
    found = found[:limit]
    return found, _encode([getattr(found[-1], k.key) for k in keys])


_LIMIT, _SINCE, _CURSOR = "cspr_page_limit", "cspr_page_updated_since", "cspr_page_cursor_"


def bound_page(
    statement: AnySelect,
    keys: Sequence[InstrumentedAttribute[Any]],
    *,
    since_column: InstrumentedAttribute[Any] | None,
    with_cursor: bool,
    descending: bool = False,
) -> AnySelect:
    """One page of ``statement``, ordered by ``keys``, every value a bound parameter (so a
    statement built once can run many times; ``page_values`` gives the values)."""
    if since_column is not None:
        statement = statement.where(since_column >= bindparam(_SINCE))
    if with_cursor:
        # A row-value comparison, (k1, k2) > (v1, v2): the database seeks the index to the
        # cursor's position instead of scanning from the start and filtering, so a deep page
        # costs what page 1 costs. Each value is bound with its column's own type.
        position = tuple_(*keys)
        at = tuple_(*(bindparam(f"{_CURSOR}{i}", type_=k.type) for i, k in enumerate(keys)))
        statement = statement.where(position < at if descending else position > at)
    order = [k.desc() if descending else k.asc() for k in keys]
    return statement.order_by(*order).limit(bindparam(_LIMIT))


def page_values(
    params: PageParams, keys: Sequence[InstrumentedAttribute[Any]], *, since: bool
) -> dict[str, Any]:
    """The values for ``bound_page``'s parameters (a bad cursor answers 400)."""
    values: dict[str, Any] = {_LIMIT: params.limit + 1}
    if since:
        values[_SINCE] = params.updated_since
    if params.cursor:
        for i, value in enumerate(_decode(params.cursor, keys)):
            values[f"{_CURSOR}{i}"] = value
    return values
