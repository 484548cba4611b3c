"""Deriving checklist items from the data (PRODUCT.md section 4).

Everything a review's derivations need is loaded in a fixed number of queries
(``ReviewEvidence.load``), whatever the number of members, subjects or items, so a team view
costs the same for a team of 3 and a team of 30.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.members.duties import BY_CODE
from api.members.models import (
    ChecklistItem,
    DeclarationKind,
    ItemStatus,
    MemberDeclaration,
    ReviewMember,
)
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.subjects.models import AlertConfirmation, Subject


@dataclass
class ReviewEvidence:
    subjects: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    alerts: dict[tuple[uuid.UUID, uuid.UUID], date] = field(default_factory=dict)
    # (member_id, kind) -> latest declaration
    declarations: dict[tuple[uuid.UUID, str], MemberDeclaration] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        session: Session,
        principal: Principal,
        review: Review,
        member_ids: list[uuid.UUID] | None = None,
    ) -> ReviewEvidence:
        evidence = cls()
        # Subjects and their alert confirmations in one round trip.
        rows = session.execute(
            in_review(session, select(Subject), Subject, principal, review)
            .add_columns(AlertConfirmation)
            .outerjoin(AlertConfirmation, AlertConfirmation.subject_id == Subject.id)
            .order_by(Subject.created_at, Subject.id)
        )
        seen: set[uuid.UUID] = set()
        for subject, alert in rows:
            if subject.id not in seen:
                seen.add(subject.id)
                evidence.subjects.append((subject.id, subject.pseudonym))
            if alert is not None:
                evidence.alerts[(alert.subject_id, alert.agency_id)] = alert.confirmed_on
        statement = in_review(
            session, select(MemberDeclaration), MemberDeclaration, principal, review
        )
        if member_ids is not None:
            statement = statement.where(MemberDeclaration.member_id.in_(member_ids))
        for declaration in session.scalars(
            statement.order_by(MemberDeclaration.declared_at, MemberDeclaration.id)
        ):
            evidence.declarations[(declaration.member_id, declaration.kind.value)] = declaration
        return evidence


def _alerts(member: ReviewMember, evidence: ReviewEvidence) -> tuple[ItemStatus, dict[str, Any]]:
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
    kind: DeclarationKind, member: ReviewMember, evidence: ReviewEvidence
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
    item: ChecklistItem, member: ReviewMember, evidence: ReviewEvidence
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
