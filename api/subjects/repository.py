"""Every query about subjects and alert confirmations goes through here, and through
``readable`` for scoping. Who may see or change what is decided in ``service``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.members.models import ReviewMember
from api.partnerships.models import Agency
from api.reviews import access  # noqa: F401  (registers the record rules)
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import readable
from api.subjects.models import AlertConfirmation, Subject, SubjectRecord


def agency_sits_on(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> bool:
    """Whether ``agency_id`` has (or had) a seat on ``review``."""
    statement = readable(select(ReviewMember.id), ReviewMember, principal).where(
        ReviewMember.review_id == review.id, ReviewMember.agency_id == agency_id
    )
    return session.scalars(statement.limit(1)).first() is not None


def known_agencies(session: Session, principal: Principal, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``ids`` that are agencies the caller reaches (their partnership's)."""
    return set(
        session.scalars(readable(select(Agency.id), Agency, principal).where(Agency.id.in_(ids)))
    )


def subjects_statement(principal: Principal, review: Review) -> Any:
    """The subjects of ``review`` the caller reaches."""
    return readable(select(Subject), Subject, principal).where(Subject.review_id == review.id)


def get_subject(
    session: Session, principal: Principal, review: Review, subject_id: uuid.UUID
) -> Subject:
    """A subject of ``review``; NotFound if it has none the caller reaches."""
    subject: Subject | None = session.scalars(
        subjects_statement(principal, review).where(Subject.id == subject_id)
    ).first()
    if subject is None:
        raise NotFound("subject")
    return subject


def records_by_subject(
    session: Session, principal: Principal, review: Review
) -> dict[uuid.UUID, list[SubjectRecord]]:
    """The agencies' record references of ``review``'s subjects, by subject."""
    statement = readable(select(SubjectRecord), SubjectRecord, principal).where(
        SubjectRecord.review_id == review.id
    )
    out: dict[uuid.UUID, list[SubjectRecord]] = {}
    for record in session.scalars(statement):
        out.setdefault(record.subject_id, []).append(record)
    return out


def records_of(session: Session, principal: Principal, subject: Subject) -> list[SubjectRecord]:
    """The agencies' record references of one subject."""
    return list(
        session.scalars(
            readable(select(SubjectRecord), SubjectRecord, principal).where(
                SubjectRecord.subject_id == subject.id
            )
        )
    )


def alerts_statement(principal: Principal, review: Review) -> Any:
    """The alert confirmations of ``review`` the caller reaches."""
    return readable(select(AlertConfirmation), AlertConfirmation, principal).where(
        AlertConfirmation.review_id == review.id
    )


def alert_of(
    session: Session,
    principal: Principal,
    review: Review,
    subject_id: uuid.UUID,
    agency_id: uuid.UUID,
) -> AlertConfirmation | None:
    """The agency's confirmation of the alert for the subject, if it has made one."""
    return session.scalars(
        alerts_statement(principal, review).where(
            AlertConfirmation.subject_id == subject_id, AlertConfirmation.agency_id == agency_id
        )
    ).first()
