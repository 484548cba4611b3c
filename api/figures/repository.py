"""The annual figures' queries: each one GROUP BY in the database, over the caller's
partnership, so a year with thousands of reviews is counted without loading one.

The figures are aggregates of the whole partnership (``service`` decides who may read them),
not records: each query keeps to the caller's partnership, the one filter every reach rule
starts from (``scoping.rule_of``). Where a statutory calendar is needed (working days, calendar
months), the database groups by the dates involved and ``service`` judges each distinct pair
of dates once."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.actions.models import Action
from api.actions.rag import rag_sql
from api.learning.models import LearningItem, LearningTheme
from api.partnerships.models import Partnership
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import readable

DatePairs = list[tuple[date, date, int]]


def partnership(session: Session, principal: Principal) -> Partnership:
    found: Partnership = session.scalars(
        readable(select(Partnership), Partnership, principal)
    ).one()
    return found


def _reviews(principal: Principal, *columns: Any) -> Any:
    return select(*columns).where(Review.partnership_id == principal.partnership_id)


def _within(column: Any, start: date, end: date) -> Any:
    return column.between(start, end)


def notifications(session: Session, principal: Principal, start: date, end: date) -> dict[str, int]:
    """Notifications made in the period by incident kind: the SIN sent to the Panel, or for
    a care leaver's death the notice to the Secretary of State and Ofsted."""
    made_on = func.coalesce(Review.sin_sent_on, Review.care_leaver_notified_on)
    statement = (
        _reviews(principal, Review.incident_kind, func.count())
        .where(_within(made_on, start, end))
        .group_by(Review.incident_kind)
    )
    return {kind.value: int(n) for kind, n in session.execute(statement)}


def rapid_reviews(session: Session, principal: Principal, start: date, end: date) -> DatePairs:
    """Rapid Reviews sent in the period: (became aware, sent, how many)."""
    statement = (
        _reviews(principal, Review.became_aware_on, Review.rapid_review_sent_on, func.count())
        .where(_within(Review.rapid_review_sent_on, start, end))
        .group_by(Review.became_aware_on, Review.rapid_review_sent_on)
    )
    return [(a, b, int(n)) for a, b, n in session.execute(statement)]


def decisions(session: Session, principal: Principal, start: date, end: date) -> dict[str, int]:
    statement = (
        _reviews(principal, Review.decision, func.count())
        .where(Review.decision.is_not(None), _within(Review.decision_on, start, end))
        .group_by(Review.decision)
    )
    return {decision.value: int(n) for decision, n in session.execute(statement)}


def published(
    session: Session, principal: Principal, start: date, end: date
) -> tuple[int, DatePairs]:
    """Reviews published in the period: how many, and (decided, published, how many) for
    those with a decision date to count from."""
    statement = (
        _reviews(principal, Review.decision_on, Review.published_on, func.count())
        .where(_within(Review.published_on, start, end))
        .group_by(Review.decision_on, Review.published_on)
    )
    rows = [(a, b, int(n)) for a, b, n in session.execute(statement)]
    return sum(n for _, _, n in rows), [(a, b, n) for a, b, n in rows if a is not None]


def actions(session: Session, principal: Principal, today: date) -> list[tuple[str, str, int]]:
    """Every action of the partnership now: (status, RAG, how many)."""
    derived = (
        select(
            Action.status.label("status"),
            rag_sql(Action.status, Action.due_on, Action.last_update_on, today).label("rag"),
        )
        .where(Action.partnership_id == principal.partnership_id)
        .subquery()
    )
    # Grouped outside the CASE's own query: PostgreSQL would not see a CASE with bound dates
    # in the GROUP BY as the one selected.
    statement = select(derived.c.status, derived.c.rag, func.count()).group_by(
        derived.c.status, derived.c.rag
    )
    return [(str(status), str(rag), int(n)) for status, rag, n in session.execute(statement)]


def learning(
    session: Session, principal: Principal, start: date, end: date
) -> list[tuple[uuid.UUID, str, int]]:
    """Learning items that emerged in the period, not withdrawn, by theme, most first."""
    n = func.count(LearningItem.id)
    statement = (
        select(LearningTheme.id, LearningTheme.name, n)
        .join(LearningItem, LearningItem.theme_id == LearningTheme.id)
        .where(
            LearningItem.partnership_id == principal.partnership_id,
            LearningTheme.partnership_id == principal.partnership_id,
            LearningItem.withdrawn_on.is_(None),
            _within(LearningItem.emerged_on, start, end),
        )
        .group_by(LearningTheme.id, LearningTheme.name)
        .order_by(n.desc(), LearningTheme.name)
    )
    return [(theme_id, name, int(count)) for theme_id, name, count in session.execute(statement)]
