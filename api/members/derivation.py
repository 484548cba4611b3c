"""Deriving checklist items from the data (PRODUCT.md section 4).

Everything a review's derivations need is loaded in a fixed number of queries
(``ReviewEvidence.load``), whatever the number of members, subjects or items, so a team view
costs the same for a team of 3 and a team of 30.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol

from sqlalchemy import BindParameter, bindparam, select
from sqlalchemy.orm import Session

from api.db import plain_rows
from api.members.duties import BY_CODE
from api.members.models import (
    ChecklistItem,
    DeclarationKind,
    ItemStatus,
    MemberDeclaration,
    ReviewMember,
)
from api.pagination import AnySelect
from api.reviews.access import in_review_templated
from api.reviews.models import Review
from api.security.principal import Principal
from api.subjects.models import AlertConfirmation, Subject


class ItemView(Protocol):
    """What showing a checklist item reads: a ``ChecklistItem``, or an ``ItemRow`` read as
    plain columns."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def member_id(self) -> uuid.UUID: ...
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
    def updated_by_id(self) -> uuid.UUID | None: ...
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


# The columns of a SeatRow, in order.
SEAT_COLUMNS = tuple(getattr(ReviewMember, name) for name in SeatRow._fields)


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


class DeclarationEvidence(NamedTuple):
    """What a derivation shows of a member's latest declaration of a kind."""

    id: uuid.UUID
    member_id: uuid.UUID
    kind: DeclarationKind
    declared_at: datetime
    payload: dict[str, Any]


@dataclass
class ReviewEvidence:
    subjects: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    alerts: dict[tuple[uuid.UUID, uuid.UUID], date] = field(default_factory=dict)
    # (member_id, kind) -> latest declaration
    declarations: dict[tuple[uuid.UUID, str], DeclarationEvidence] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        session: Session,
        principal: Principal,
        review: Review,
        member_ids: list[uuid.UUID] | None = None,
    ) -> ReviewEvidence:
        """Plain rows of the columns derivations read (no entities: nothing here is
        changed, and a checklist read is the commonest request a member makes)."""
        evidence = cls()
        # Subjects and their alert confirmations in one round trip.
        statement, params = in_review_templated(
            session,
            principal,
            review,
            "evidence.subjects",
            Subject,
            lambda narrow: narrow(_SUBJECTS_AND_ALERTS).order_by(Subject.created_at, Subject.id),
        )
        seen: set[uuid.UUID] = set()
        for subject_id, pseudonym, alert_agency_id, confirmed_on in plain_rows(
            session, statement, params
        ):
            if subject_id not in seen:
                seen.add(subject_id)
                evidence.subjects.append((subject_id, pseudonym))
            if alert_agency_id is not None:
                evidence.alerts[(subject_id, alert_agency_id)] = confirmed_on
        some = member_ids is not None

        def declarations(narrow: Callable[[AnySelect], AnySelect]) -> AnySelect:
            statement = narrow(_DECLARATIONS)
            if some:
                member_in: BindParameter[uuid.UUID] = bindparam("member_ids", expanding=True)
                statement = statement.where(MemberDeclaration.member_id.in_(member_in))
            return statement.order_by(MemberDeclaration.declared_at, MemberDeclaration.id)

        statement, params = in_review_templated(
            session,
            principal,
            review,
            "evidence.declarations." + ("some" if some else "all"),
            MemberDeclaration,
            declarations,
            member_ids=member_ids,
        )
        for row in plain_rows(session, statement, params):
            declaration = DeclarationEvidence(*row)
            evidence.declarations[(declaration.member_id, declaration.kind.value)] = declaration
        return evidence


_SUBJECTS_AND_ALERTS: AnySelect = select(
    Subject.id, Subject.pseudonym, AlertConfirmation.agency_id, AlertConfirmation.confirmed_on
).outerjoin(AlertConfirmation, AlertConfirmation.subject_id == Subject.id)
_DECLARATIONS: AnySelect = select(
    MemberDeclaration.id,
    MemberDeclaration.member_id,
    MemberDeclaration.kind,
    MemberDeclaration.declared_at,
    MemberDeclaration.payload,
)


def _alerts(member: SeatView, evidence: ReviewEvidence) -> tuple[ItemStatus, dict[str, Any]]:
    confirmed = [
        (sid, pseud)
        for sid, pseud in evidence.subjects
        if (sid, member.agency_id) in evidence.alerts
    ]
    missing = [
        pseud for sid, pseud in evidence.subjects if (sid, member.agency_id) not in evidence.alerts
    ]
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
    declaration = evidence.declarations.get((member.id, kind.value))
    if declaration is None:
        return ItemStatus.not_started, None
    return ItemStatus.done, {
        "declaration_id": str(declaration.id),
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
