"""Every query about recommendations, actions, their updates and evidence goes through here,
through ``in_review`` (a review's reach) or, for the partnership's action plan, ``readable``
(every action on a review the caller reaches). Who may do what is decided in ``service``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Date, Row, String, bindparam, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from api.actions.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    Evidence,
    EvidenceStatus,
    Recommendation,
)
from api.actions.rag import Rag, rag_case, rag_dates
from api.clock import clock
from api.db import plain_rows
from api.documents.models import StoredFile
from api.documents.repository import files_of as files_of  # evidence files, as documents'
from api.domain_errors import NotFound
from api.pagination import AnySelect, PageParams, bound_page, page_and_cursor, page_values
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import caller_params, readable, templated
from api.wire import date_text, uuid_text

KEYS = [Action.created_at, Action.id]


def _evidence_count(status: EvidenceStatus) -> Any:
    return (
        select(func.count())
        .select_from(Evidence)
        .where(Evidence.action_id == Action.id, Evidence.status == literal_column(f"'{status}'"))
        .correlate(Action)
        .scalar_subquery()
    )


# The action's RAG status as of the day given by the three named dates (``rag.rag_dates``).
RAG = rag_case(
    Action.status,
    Action.due_on,
    Action.last_update_on,
    today=bindparam("actions_today", type_=Date()),
    soon=bindparam("actions_soon", type_=Date()),
    stale_before=bindparam("actions_stale_before", type_=Date()),
)
# A list page's columns in the form their JSON takes (``api.wire``), the evidence counted and
# the RAG status derived in the same statement: ``service.list_items`` lays them out as
# ``ActionOut`` (a test holds the lists' bodies to the single read's). ``id`` and
# ``created_at`` are the cursor's.
WIRE_COLUMNS = (
    uuid_text(Action.id).label("id"),
    uuid_text(Action.review_id).label("review_id"),
    uuid_text(Action.recommendation_id).label("recommendation_id"),
    uuid_text(Action.agency_id).label("agency_id"),
    Action.title,
    Action.lead_name,
    date_text(Action.due_on).label("due_on"),
    Action.expected_outcome,
    Action.measure_of_success,
    type_coerce(Action.status, String).label("status"),
    RAG.label("rag"),
    date_text(Action.last_update_on).label("last_update_on"),
    *(_evidence_count(s).label(f"evidence_{s.value}") for s in EvidenceStatus),
    date_text(Action.closed_on).label("closed_on"),
    Action.closed_reason,
    Action.override_reason,
    Action.created_at,
    Action.updated_at,
)


def list_page(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    review_id: uuid.UUID | None,
    agency_id: uuid.UUID | None,
    status: ActionStatus | None,
    rag: Rag | None,
) -> tuple[list[Row[Any]], str | None]:
    """One page of the actions the caller reaches (on one review, or on every review they
    reach), oldest first, every filter (``rag`` too) applied before the page is cut: rows of
    ``WIRE_COLUMNS``. Built once per shape with every value bound (``scoping.templated``)."""
    since = page.updated_since is not None

    def build(stand_in: Principal) -> AnySelect:
        statement = readable(select(*WIRE_COLUMNS), Action, stand_in)
        if review_id is not None:
            statement = statement.where(Action.review_id == bindparam("actions_review_id"))
        if agency_id is not None:
            statement = statement.where(Action.agency_id == bindparam("actions_agency_id"))
        if status is not None:
            statement = statement.where(
                Action.status == bindparam("actions_status", type_=Action.status.type)
            )
        if rag is not None:
            statement = statement.where(bindparam("actions_rag", type_=String()) == RAG)
        return bound_page(
            statement,
            KEYS,
            since_column=Action.updated_at if since else None,
            with_cursor=bool(page.cursor),
        )

    shape = (
        "actions.list",
        review_id is not None,
        agency_id is not None,
        status is not None,
        rag is not None,
        since,
        bool(page.cursor),
    )
    today, soon, stale_before = rag_dates(clock.today())
    params = caller_params(
        principal,
        actions_review_id=review_id,
        actions_agency_id=agency_id,
        actions_status=status,
        actions_rag=None if rag is None else rag.value,
        actions_today=today,
        actions_soon=soon,
        actions_stale_before=stale_before,
        **page_values(page, KEYS, since=since),
    )
    rows = plain_rows(session, templated(shape, principal, build), params).all()
    return page_and_cursor(list(rows), page.limit, KEYS)


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
