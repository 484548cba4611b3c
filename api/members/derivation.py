"""Deriving checklist items from the data (PRODUCT.md section 4).

Everything a review's derivations need is read in one statement (``ReviewEvidence.load``, or
as part of a checklist's own statement), whatever the number of members, subjects or items,
so a team view costs the same for a team of 3 and a team of 30. The evidence comes as JSON
values built in the database (``api.wire.json_rows``): one value per kind of row, not a row
per record, which is what makes one statement of several kinds of row cheap.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from api.db import plain_rows
from api.members.duties import BY_CODE
from api.members.models import (
    ChecklistItem,
    DeclarationKind,
    ItemStatus,
    MemberDeclaration,
)
from api.pagination import AnySelect
from api.reviews.access import in_review_templated
from api.reviews.models import Review
from api.security.principal import Principal
from api.subjects.models import AlertConfirmation, Subject
from api.wire import json_rows, json_value, utc_from_text, uuid_text


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


class SeatView(Protocol):
    """What the checklist rules read of a seat: a ``ReviewMember``, or a ``SeatRow``."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def user_id(self) -> uuid.UUID: ...
    @property
    def agency_id(self) -> uuid.UUID: ...


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


# The columns of an ItemRow, in order.
ITEM_COLUMNS = tuple(getattr(ChecklistItem, name) for name in ItemRow._fields)


# Narrows a statement on a child model (ChecklistItem, Subject, MemberDeclaration) to the
# review's children the caller reaches (``api.reviews.access``).
Narrow = Callable[[AnySelect, Any], AnySelect]


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
    def of(cls, row: list[Any]) -> ItemWire:
        id_, duty, title, status, note, by_type, by_id, updated_at, version, _ = row
        return cls(
            id_,
            duty,
            title,
            ItemStatus(status),
            note,
            by_type,
            by_id,
            utc_from_text(updated_at),
            version,
        )


def item_rows(narrow: Narrow, member_id: Any) -> AnySelect:
    """A member's checklist items as one JSON value (``json_rows``): an ``ItemWire``'s
    fields, then the item's position (``ItemWire.of`` reads one; sort by the last)."""
    rows = select(
        json_rows(
            uuid_text(ChecklistItem.id),
            ChecklistItem.duty,
            ChecklistItem.title,
            ChecklistItem.status,
            ChecklistItem.note,
            ChecklistItem.updated_by_type,
            uuid_text(ChecklistItem.updated_by_id),
            ChecklistItem.updated_at,
            ChecklistItem.version,
            ChecklistItem.position,
        )
    ).where(ChecklistItem.member_id == member_id)
    return narrow(rows, ChecklistItem)


class DeclarationEvidence(NamedTuple):
    """What a derivation shows of a member's latest declaration of a kind (identifiers as
    the text the database gave)."""

    id: str
    member_id: str
    kind: str
    declared_at: datetime
    payload: dict[str, Any]


def subject_rows(narrow: Narrow, agency_id: Any = None) -> AnySelect:
    """The review's subjects with their alert confirmations, as one JSON value
    (``json_rows``: ``[id, pseudonym, created_at, confirming agency or null]``, a subject
    once per confirmation); only ``agency_id``'s confirmations when given."""
    confirmed = AlertConfirmation.subject_id == Subject.id
    if agency_id is not None:
        confirmed = confirmed & (AlertConfirmation.agency_id == agency_id)
    rows = select(
        json_rows(
            uuid_text(Subject.id),
            Subject.pseudonym,
            Subject.created_at,
            uuid_text(AlertConfirmation.agency_id),
        )
    ).select_from(Subject)
    return narrow(rows.outerjoin(AlertConfirmation, confirmed), Subject)


def declaration_rows(narrow: Narrow, member_id: Any = None) -> AnySelect:
    """The review's member declarations (only ``member_id``'s when given) as one JSON
    value: ``[id, member_id, kind, declared_at, payload]`` each."""
    rows = select(
        json_rows(
            uuid_text(MemberDeclaration.id),
            uuid_text(MemberDeclaration.member_id),
            MemberDeclaration.kind,
            MemberDeclaration.declared_at,
            json_value(MemberDeclaration.payload),
        )
    )
    if member_id is not None:
        rows = rows.where(MemberDeclaration.member_id == member_id)
    return narrow(rows, MemberDeclaration)


@dataclass
class ReviewEvidence:
    """Everything a review's derivations read. Identifiers are kept as the text the database
    gave: they are only compared, never written out as identifiers."""

    # (subject id, pseudonym), in the order the subjects were added
    subjects: list[tuple[str, str]] = field(default_factory=list)
    # (subject id, agency id) for each alert confirmation
    alerts: set[tuple[str, str]] = field(default_factory=set)
    # (member id, kind) -> that member's latest declaration of that kind
    declarations: dict[tuple[str, str], DeclarationEvidence] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, subjects: list[list[Any]], declarations: list[list[Any]]) -> ReviewEvidence:
        """Built from ``subject_rows`` and ``declaration_rows`` (in no particular order)."""
        evidence = cls()
        seen: set[str] = set()
        for subject_id, pseudonym, _added, alert_agency_id in sorted(
            subjects, key=lambda row: (utc_from_text(row[2]), row[0])
        ):
            if subject_id not in seen:
                seen.add(subject_id)
                evidence.subjects.append((subject_id, pseudonym))
            if alert_agency_id is not None:
                evidence.alerts.add((subject_id, alert_agency_id))
        shown = [
            DeclarationEvidence(id_, member_id, kind, utc_from_text(declared_at), payload)
            for id_, member_id, kind, declared_at, payload in declarations
        ]
        for declaration in sorted(shown, key=lambda d: (d.declared_at, d.id)):
            evidence.declarations[(declaration.member_id, declaration.kind)] = declaration
        return evidence

    @classmethod
    def load(
        cls,
        session: Session,
        principal: Principal,
        review: Review,
        member_id: uuid.UUID | None = None,
    ) -> ReviewEvidence:
        """The review's evidence (declarations: only ``member_id``'s when given) in one
        statement of two JSON values."""
        some = member_id is not None

        def build(narrow: Narrow) -> AnySelect:
            member: Any = bindparam("member_id") if some else None
            return select(
                subject_rows(narrow).scalar_subquery(),
                declaration_rows(narrow, member).scalar_subquery(),
            )

        statement, params = in_review_templated(
            session,
            principal,
            review,
            "evidence." + ("one" if some else "all"),
            build,
            member_id=member_id,
        )
        subjects, declarations = plain_rows(session, statement, params).one()
        return cls.from_rows(subjects, declarations)


def _alerts(member: SeatView, evidence: ReviewEvidence) -> tuple[ItemStatus, dict[str, Any]]:
    agency = str(member.agency_id)
    confirmed = [
        (sid, pseud) for sid, pseud in evidence.subjects if (sid, agency) in evidence.alerts
    ]
    missing = [pseud for sid, pseud in evidence.subjects if (sid, agency) not in evidence.alerts]
    details: dict[str, Any] = {
        "subjects": len(evidence.subjects),
        "confirmed": len(confirmed),
        "missing": missing,
    }
    if evidence.subjects and not missing:
        return ItemStatus.done, details
    return (ItemStatus.in_progress if confirmed else ItemStatus.not_started), details


def _declared(
    kind: DeclarationKind, member: SeatView, evidence: ReviewEvidence
) -> tuple[ItemStatus, dict[str, Any] | None]:
    declaration = evidence.declarations.get((str(member.id), kind.value))
    if declaration is None:
        return ItemStatus.not_started, None
    return ItemStatus.done, {
        "declaration_id": declaration.id,
        "declared_at": declaration.declared_at.isoformat(),
        **declaration.payload,
    }


def derive(
    item: ItemView, member: SeatView, evidence: ReviewEvidence
) -> tuple[ItemStatus, dict[str, Any] | None]:
    """The item's status and the evidence for it: computed for derived duties, as set by
    hand for the others (with no evidence)."""
    duty = BY_CODE.get(item.duty)
    if duty is None or duty.derived_from is None:
        return item.status, None
    if duty.derived_from == "alert_confirmations":
        return _alerts(member, evidence)
    kind = DeclarationKind(duty.derived_from.removeprefix("declaration:"))
    return _declared(kind, member, evidence)


def is_complete(status: ItemStatus) -> bool:
    return status in (ItemStatus.done, ItemStatus.not_applicable)
