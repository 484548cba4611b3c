"""Every query about draft reports and the responses to them goes through here, and through
``in_review`` (the review's reach) for scoping. Who may do what is decided in ``service``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.reports.models import DraftResponse, ReportDraft
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal

# The order that makes a draft current: the latest circulated, then the latest recorded.
CURRENT_ORDER = (
    ReportDraft.circulated_on.desc(),
    ReportDraft.created_at.desc(),
    ReportDraft.id.desc(),
)


def drafts_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The drafts of ``review`` the caller reaches."""
    return in_review(session, select(ReportDraft), ReportDraft, principal, review)


def get_draft(
    session: Session,
    principal: Principal,
    review: Review,
    draft_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> ReportDraft:
    """A draft of ``review``; NotFound if it has none the caller reaches."""
    statement = drafts_statement(session, principal, review).where(ReportDraft.id == draft_id)
    if for_update:
        statement = statement.with_for_update()
    found: ReportDraft | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("draft")
    return found


def current_draft(session: Session, principal: Principal, review: Review) -> ReportDraft | None:
    """The draft the team responds to now: the latest circulated one not withdrawn."""
    statement = (
        drafts_statement(session, principal, review)
        .where(ReportDraft.withdrawn_on.is_(None))
        .order_by(*CURRENT_ORDER)
        .limit(1)
    )
    found: ReportDraft | None = session.scalars(statement).first()
    return found


def current_draft_id(session: Session, principal: Principal, review: Review) -> uuid.UUID | None:
    draft = current_draft(session, principal, review)
    return None if draft is None else draft.id


def responses_statement(
    session: Session, principal: Principal, review: Review, draft: ReportDraft
) -> Any:
    """The responses to ``draft`` the caller reaches."""
    return in_review(session, select(DraftResponse), DraftResponse, principal, review).where(
        DraftResponse.draft_id == draft.id
    )


def latest_response_ids(
    session: Session, principal: Principal, review: Review, draft: ReportDraft
) -> set[uuid.UUID]:
    """Each agency's latest response to ``draft`` (the one that counts), by id."""
    ranked = (
        in_review(
            session,
            select(
                DraftResponse.id,
                func.row_number()
                .over(
                    partition_by=DraftResponse.agency_id,
                    order_by=(DraftResponse.responded_at.desc(), DraftResponse.id.desc()),
                )
                .label("rank"),
            ),
            DraftResponse,
            principal,
            review,
        )
        .where(DraftResponse.draft_id == draft.id)
        .subquery()
    )
    return set(session.scalars(select(ranked.c.id).where(ranked.c.rank == 1)))


def versions_taken(
    session: Session, principal: Principal, review: Review, labels: Iterable[str]
) -> bool:
    statement = drafts_statement(session, principal, review).where(
        ReportDraft.version_label.in_(list(labels))
    )
    return session.scalars(statement.limit(1)).first() is not None
