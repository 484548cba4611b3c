"""Every query about publication-plan requests and answers goes through here, and through
``in_review`` (the review's reach) for scoping. Who may do what is decided in ``service``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.members.models import ReviewMember
from api.publication.models import PublicationAnswer, PublicationRequest
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal


def requests_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The publication-plan requests of ``review`` the caller reaches."""
    return in_review(session, select(PublicationRequest), PublicationRequest, principal, review)


def is_answered() -> Any:
    """Whether a request has an answer (a condition on ``PublicationRequest``)."""
    return exists().where(PublicationAnswer.request_id == PublicationRequest.id)


def get_request(
    session: Session,
    principal: Principal,
    review: Review,
    request_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> PublicationRequest:
    """A request of ``review``; NotFound if it has none the caller reaches."""
    statement = requests_statement(session, principal, review).where(
        PublicationRequest.id == request_id
    )
    if for_update:
        statement = statement.with_for_update()
    found: PublicationRequest | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("publication-plan request")
    return found


def answers_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The answers on ``review`` the caller reaches."""
    return in_review(session, select(PublicationAnswer), PublicationAnswer, principal, review)


def latest_answers(
    session: Session, principal: Principal, review: Review, request_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, PublicationAnswer]:
    """The latest answer to each of ``request_ids`` that has one (one statement)."""
    if not request_ids:
        return {}
    rows = session.scalars(
        answers_statement(session, principal, review)
        .where(PublicationAnswer.request_id.in_(list(request_ids)))
        .order_by(PublicationAnswer.answered_at, PublicationAnswer.id)
    )
    return {answer.request_id: answer for answer in rows}


def seated_agencies(session: Session, principal: Principal, review: Review) -> list[uuid.UUID]:
    """The agencies with a current seat on ``review``, in the order they joined."""
    statement = (
        in_review(session, select(ReviewMember.agency_id), ReviewMember, principal, review)
        .where(ReviewMember.left_on.is_(None), ReviewMember.deputy.is_(False))
        .order_by(ReviewMember.joined_on, ReviewMember.created_at)
    )
    return list(dict.fromkeys(session.scalars(statement)))
