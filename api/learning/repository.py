"""Every query about learning goes through here: themes through ``readable`` (the caller's
partnership), a review's items and disseminations through ``in_review`` (the review's
reach). Who may do what is decided in ``service``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.learning.models import Dissemination, LandedOutcome, LearningItem, LearningTheme
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import readable

ITEM_KEYS = [LearningItem.created_at, LearningItem.id]
DISSEMINATION_KEYS = [Dissemination.created_at, Dissemination.id]
LANDED = (LandedOutcome.landed.value, LandedOutcome.partly_landed.value)


def themes_statement(principal: Principal) -> Any:
    return readable(select(LearningTheme), LearningTheme, principal)


def find_theme(session: Session, principal: Principal, theme_id: uuid.UUID) -> LearningTheme | None:
    found: LearningTheme | None = session.scalars(
        themes_statement(principal).where(LearningTheme.id == theme_id)
    ).first()
    return found


def theme_names(
    session: Session, principal: Principal, theme_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, str]:
    ids = list(set(theme_ids))
    if not ids:
        return {}
    rows = session.execute(
        readable(select(LearningTheme.id, LearningTheme.name), LearningTheme, principal).where(
            LearningTheme.id.in_(ids)
        )
    )
    return {row[0]: row[1] for row in rows}


def items_statement(session: Session, principal: Principal, review: Review) -> Any:
    return in_review(session, select(LearningItem), LearningItem, principal, review)


def get_item(
    session: Session,
    principal: Principal,
    review: Review,
    item_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> LearningItem:
    statement = items_statement(session, principal, review).where(LearningItem.id == item_id)
    if for_update:
        statement = statement.with_for_update()
    found: LearningItem | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("learning item")
    return found


def sharing(
    session: Session, principal: Principal, review: Review, item_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, int, int, int]]]:
    """Per learning item, per agency that shared it: disseminations, those checked, and
    those found landed (in part or fully)."""
    ids = list(item_ids)
    if not ids:
        return {}
    checked = func.count(Dissemination.landed_on)
    landed = func.count(Dissemination.landed_outcome).filter(
        Dissemination.landed_outcome.in_(LANDED)
    )
    rows = session.execute(
        in_review(
            session,
            select(
                Dissemination.learning_item_id,
                Dissemination.agency_id,
                func.count(),
                checked,
                landed,
            ),
            Dissemination,
            principal,
            review,
        )
        .where(Dissemination.learning_item_id.in_(ids))
        .group_by(Dissemination.learning_item_id, Dissemination.agency_id)
        .order_by(Dissemination.learning_item_id, Dissemination.agency_id)
    )
    found: dict[uuid.UUID, list[tuple[uuid.UUID, int, int, int]]] = {}
    for item_id, agency_id, n, n_checked, n_landed in rows:
        found.setdefault(item_id, []).append((agency_id, int(n), int(n_checked), int(n_landed)))
    return found


def disseminations_statement(
    session: Session, principal: Principal, review: Review, item: LearningItem
) -> Any:
    return in_review(session, select(Dissemination), Dissemination, principal, review).where(
        Dissemination.learning_item_id == item.id
    )


def get_dissemination(
    session: Session,
    principal: Principal,
    review: Review,
    item: LearningItem,
    dissemination_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Dissemination:
    statement = disseminations_statement(session, principal, review, item).where(
        Dissemination.id == dissemination_id
    )
    if for_update:
        statement = statement.with_for_update()
    found: Dissemination | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("dissemination")
    return found
