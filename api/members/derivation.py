"""Deriving checklist items from the data (PRODUCT.md section 4).

Everything a review's derivations need is read in one statement (``ReviewEvidence.load``, or
as part of a checklist's own statement, ``checklist_columns``), whatever the number of
members, subjects or items, so a team view costs the same for a team of 3 and a team of 30.
Each derived duty's source, evidence and rule are registered in ``api.members.registry``;
the statement selects each source's value under the source's name, and it is read back by
that name. The values are JSON built in the database (``api.wire.json_objects``): one value
per kind of row, not a row per record, which is what makes one statement of several kinds of
row cheap.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from pydantic import BaseModel
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from api.db import plain_rows
from api.members.models import ChecklistItem, ItemStatus
from api.members.registry import DERIVED, Narrow, Scope, SeatView, sources
from api.pagination import AnySelect
from api.reviews.access import in_review_templated
from api.reviews.models import Review
from api.security.principal import Principal
from api.wire import json_objects, utc_from_text, uuid_text

__all__ = ["Narrow", "SeatView"]


class ItemView(Protocol):
    """What showing a checklist item reads: a ``ChecklistItem``, an ``ItemRow`` read as
    plain columns, or an ``ItemWire`` read as JSON (identifiers as text)."""

    @property
    def id(self) -> uuid.UUID | str: ...
    @property
    def duty(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def status(self) -> ItemStatus: ...
    @property
    def note(self) -> str | None: ...
    @property
    def updated_by_type(self) -> str | None: ...
    @property
    def updated_by_id(self) -> uuid.UUID | str | None: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def version(self) -> int: ...


class SeatRow(NamedTuple):
    id: uuid.UUID
    user_id: uuid.UUID
    agency_id: uuid.UUID
    checklist_template_version: int | None


class ItemRow(NamedTuple):
    id: uuid.UUID
    member_id: uuid.UUID
    duty: str
    title: str
    status: ItemStatus
    note: str | None
    updated_by_type: str | None
    updated_by_id: uuid.UUID | None
    updated_at: datetime
    version: int


# The columns of an ItemRow, each under its field's name (read as ``ItemRow(**row._mapping)``).
ITEM_COLUMNS = tuple(getattr(ChecklistItem, name) for name in ItemRow._fields)


class ItemWire(NamedTuple):
    """A checklist item as ``item_rows`` reads it: identifiers as text."""

    id: str
    duty: str
    title: str
    status: ItemStatus
    note: str | None
    updated_by_type: str | None
    updated_by_id: str | None
    updated_at: datetime
    version: int

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> ItemWire:
        """One of ``item_rows``'s rows."""
        return cls(
            id=row["id"],
            duty=row["duty"],
            title=row["title"],
            status=ItemStatus(row["status"]),
            note=row["note"],
            updated_by_type=row["updated_by_type"],
            updated_by_id=row["updated_by_id"],
            updated_at=utc_from_text(row["updated_at"]),
            version=row["version"],
        )


def item_rows(narrow: Narrow, member_id: Any) -> AnySelect:
    """A member's checklist items as one JSON value (``json_objects``): an ``ItemWire``'s
    fields, and the item's ``position`` to sort by."""
    rows = select(
        json_objects(
            id=uuid_text(ChecklistItem.id),
            duty=ChecklistItem.duty,
            title=ChecklistItem.title,
            status=ChecklistItem.status,
            note=ChecklistItem.note,
            updated_by_type=ChecklistItem.updated_by_type,
            updated_by_id=uuid_text(ChecklistItem.updated_by_id),
            updated_at=ChecklistItem.updated_at,
            version=ChecklistItem.version,
            position=ChecklistItem.position,
        )
    ).where(ChecklistItem.member_id == member_id)
    return narrow(rows, ChecklistItem)


@dataclass(frozen=True)
class ReviewEvidence:
    """What a review's derivations read: each registered source's value, by its name."""

    values: Mapping[str, Any]

    @staticmethod
    def columns(narrow: Narrow, scope: Scope) -> list[Any]:
        """Every source's sub-select, labelled with the source's name."""
        return [source.column(narrow, scope) for source in sources()]

    @classmethod
    def of(cls, row: Mapping[Any, Any]) -> ReviewEvidence:
        """Read, by name, from a row holding ``columns``."""
        return cls({source.name: source.read(row[source.name]) for source in sources()})

    @classmethod
    def load(
        cls,
        session: Session,
        principal: Principal,
        review: Review,
        member_id: uuid.UUID | None = None,
    ) -> ReviewEvidence:
        """The review's evidence (a seat's own sources, such as its declarations, only
        ``member_id``'s when given) in one statement."""
        some = member_id is not None

        def build(narrow: Narrow) -> AnySelect:
            scope = Scope(member_id=bindparam("member_id") if some else None)
            return select(*cls.columns(narrow, scope))

        statement, params = in_review_templated(
            session,
            principal,
            review,
            "evidence." + ("one" if some else "all"),
            build,
            member_id=member_id,
        )
        return cls.of(plain_rows(session, statement, params).mappings().one())


# The names ``checklist_columns`` selects besides the sources'.
SEAT_PREFIX = "seat_"
ITEMS = "items"


def checklist_columns(narrow: Narrow, seat: Any) -> list[Any]:
    """A checklist's columns for one seat (``seat``: an alias of ``ReviewMember``), each
    labelled with the name ``ChecklistRead.of`` reads it by: the seat's ``SeatRow`` columns,
    its items, and each source's value, narrowed to the seat and its agency."""
    return [
        *(getattr(seat, name).label(SEAT_PREFIX + name) for name in SeatRow._fields),
        item_rows(narrow, seat.id).scalar_subquery().label(ITEMS),
        *ReviewEvidence.columns(narrow, Scope(member_id=seat.id, agency_id=seat.agency_id)),
    ]


@dataclass(frozen=True)
class ChecklistRead:
    """A row of ``checklist_columns``, read by name: the seat (``None`` for no such seat),
    its items in checklist order, and the evidence."""

    seat: SeatRow | None
    items: list[ItemWire]
    evidence: ReviewEvidence

    @classmethod
    def of(cls, row: Mapping[Any, Any]) -> ChecklistRead:
        seat = SeatRow(**{name: row[SEAT_PREFIX + name] for name in SeatRow._fields})
        items = sorted(row[ITEMS] or [], key=lambda item: item["position"])
        return cls(
            seat=None if seat.id is None else seat,
            items=[ItemWire.of(item) for item in items],
            evidence=ReviewEvidence.of(row),
        )


def derive(
    item: ItemView, member: SeatView, evidence: ReviewEvidence
) -> tuple[ItemStatus, BaseModel | None]:
    """The item's status and the evidence for it: computed by the duty's registered rule for
    derived duties, as set by hand for the others (with no evidence)."""
    duty = DERIVED.get(item.duty)
    if duty is None:
        return item.status, None
    return duty.derive(member, evidence.values)


def is_complete(status: ItemStatus) -> bool:
    return status in (ItemStatus.done, ItemStatus.not_applicable)
