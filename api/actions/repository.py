"""Every query about recommendations, actions, their updates and evidence goes through here,
through ``in_review`` (a review's reach) or, for the partnership's action plan, ``readable``
(every action on a review the caller reaches). Who may do what is decided in ``service``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.actions.models import Action, ActionUpdate, Evidence, EvidenceStatus, Recommendation
from api.documents.models import StoredFile
from api.domain_errors import NotFound
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import readable

KEYS = [Action.created_at, Action.id]


def recommendations_statement(session: Session, principal: Principal, review: Review) -> Any:
    return in_review(session, select(Recommendation), Recommendation, principal, review)


def get_recommendation(
    session: Session,
    principal: Principal,
    review: Review,
    recommendation_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Recommendation:
    statement = recommendations_statement(session, principal, review).where(
        Recommendation.id == recommendation_id
    )
    if for_update:
        statement = statement.with_for_update()
    found: Recommendation | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("recommendation")
    return found


def actions_statement(session: Session, principal: Principal, review: Review) -> Any:
    return in_review(session, select(Action), Action, principal, review)


def plan_statement(principal: Principal) -> Any:
    """Every action, on every review the caller reaches: the partnership's action plan."""
    return readable(select(Action), Action, principal)


def get_action(
    session: Session,
    principal: Principal,
    review: Review,
    action_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Action:
    statement = actions_statement(session, principal, review).where(Action.id == action_id)
    if for_update:
        statement = statement.with_for_update()
    found: Action | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("action")
    return found


def evidence_counts(
    session: Session, principal: Principal, action_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, dict[str, int]]:
    """Per action, how many pieces of evidence stand at each status (the actions read for
    this caller already: evidence is reached through its action)."""
    ids = list(action_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Evidence.action_id, Evidence.status, func.count())
        .where(
            Evidence.action_id.in_(ids),
            Evidence.partnership_id == principal.partnership_id,
        )
        .group_by(Evidence.action_id, Evidence.status)
    )
    counts: dict[uuid.UUID, dict[str, int]] = {}
    for action_id, status, n in rows:
        counts.setdefault(action_id, {s.value: 0 for s in EvidenceStatus})[status.value] = int(n)
    return counts


def updates_statement(
    session: Session, principal: Principal, review: Review, action: Action
) -> Any:
    return in_review(session, select(ActionUpdate), ActionUpdate, principal, review).where(
        ActionUpdate.action_id == action.id
    )


def evidence_statement(
    session: Session, principal: Principal, review: Review, action: Action
) -> Any:
    return (
        in_review(session, select(Evidence, StoredFile), Evidence, principal, review)
        .outerjoin(StoredFile, StoredFile.id == Evidence.file_id)
        .where(Evidence.action_id == action.id)
    )


def get_evidence(
    session: Session,
    principal: Principal,
    review: Review,
    action: Action,
    evidence_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> tuple[Evidence, StoredFile | None]:
    statement = evidence_statement(session, principal, review, action).where(
        Evidence.id == evidence_id
    )
    if for_update:
        statement = statement.with_for_update(of=Evidence)
    found = session.execute(statement).first()
    if found is None:
        raise NotFound("evidence")
    return found[0], found[1]


def files_of(
    session: Session, principal: Principal, review: Review, file_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, StoredFile]:
    ids = [i for i in file_ids if i is not None]
    if not ids:
        return {}
    statement = in_review(session, select(StoredFile), StoredFile, principal, review).where(
        StoredFile.id.in_(ids)
    )
    return {f.id: f for f in session.scalars(statement)}
