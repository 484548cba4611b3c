"""Every query about parallel proceedings goes through here, and through ``in_review`` (the
review's reach) for scoping. Who may record or change what is decided in ``service``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.members.models import ReviewMember
from api.proceedings.models import NoProceedingsDeclaration, ParallelProceeding, ProceedingStatus
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal


def proceedings_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The proceedings of ``review`` the caller reaches."""
    return in_review(session, select(ParallelProceeding), ParallelProceeding, principal, review)


def get_proceeding(
    session: Session,
    principal: Principal,
    review: Review,
    proceeding_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> ParallelProceeding:
    """A proceeding of ``review``; NotFound if it has none the caller reaches."""
    statement = proceedings_statement(session, principal, review).where(
        ParallelProceeding.id == proceeding_id
    )
    if for_update:
        statement = statement.with_for_update()
    found: ParallelProceeding | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("proceeding")
    return found


def holding_publication(
    session: Session, principal: Principal, review: Review
) -> list[ParallelProceeding]:
    """The proceedings of ``review`` that hold its publication now: flagged, not concluded."""
    return list(
        session.scalars(
            proceedings_statement(session, principal, review)
            .where(
                ParallelProceeding.holds_publication.is_(True),
                ParallelProceeding.status != ProceedingStatus.concluded,
            )
            .order_by(ParallelProceeding.created_at, ParallelProceeding.id)
        )
    )


def agency_has_proceedings(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> bool:
    """Whether ``agency_id`` has recorded any proceeding on ``review``."""
    statement = proceedings_statement(session, principal, review).where(
        ParallelProceeding.agency_id == agency_id
    )
    return session.scalars(statement.limit(1)).first() is not None


def none_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The "no proceedings" declarations of ``review`` the caller reaches."""
    return in_review(
        session, select(NoProceedingsDeclaration), NoProceedingsDeclaration, principal, review
    )


def agency_on_review(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> bool:
    """Whether ``agency_id`` has, or had, a seat on ``review``."""
    statement = in_review(session, select(ReviewMember.id), ReviewMember, principal, review).where(
        ReviewMember.agency_id == agency_id
    )
    return session.scalars(statement.limit(1)).first() is not None
