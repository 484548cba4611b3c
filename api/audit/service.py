"""Audit events: written in the request's own transaction, so a change and its record of who
made it commit or roll back together. Refusals are written in a transaction of their own,
because the request that was refused rolls back.

``record`` keeps an event with the session until it commits; the commit appends the session's
events to their hash chains (``api.audit.chain``), holding each chain's lock only from there
to the end of the commit. A rollback drops them.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from api.audit import chain
from api.audit.models import AuditEvent
from api.db import AUDIT_PENDING, get_sessionmaker, utcnow
from api.request_context import RequestContext
from api.security.principal import Principal

log = logging.getLogger("cspr.audit")


def _context(request: RequestContext | None) -> tuple[str | None, str | None]:
    if request is None:
        return None, None
    ip = getattr(request.state, "client_ip", None) or (
        request.client.host if request.client else None
    )
    return ip, getattr(request.state, "request_id", None)


def _event(
    *,
    action: str,
    outcome: str,
    principal: Principal | None,
    request: RequestContext | None,
    partnership_id: uuid.UUID | None,
    record_type: str | None,
    record_id: uuid.UUID | str | None,
    review_id: uuid.UUID | None,
    details: dict[str, Any] | None,
    actor: tuple[str, str | None] | None,
) -> AuditEvent:
    ip, request_id = _context(request)
    actor_type: str
    actor_id: str | None
    if principal is not None:
        actor_type, actor_id = principal.kind, str(principal.id)
        partnership_id = partnership_id or principal.partnership_id
    elif actor is not None:
        actor_type, actor_id = actor
    else:
        actor_type, actor_id = "anonymous", None
    # Every hashed column is set here: the chain's hash is computed before the insert.
    return AuditEvent(
        id=uuid.uuid4(),
        occurred_at=utcnow(),
        partnership_id=partnership_id,
        actor_type=actor_type,
        actor_id=actor_id,
        action=action,
        outcome=outcome,
        record_type=record_type,
        record_id=str(record_id) if record_id is not None else None,
        review_id=review_id,
        ip_address=ip,
        request_id=request_id,
        details=details or {},
    )


def record(
    session: Session,
    action: str,
    *,
    principal: Principal | None = None,
    request: RequestContext | None = None,
    outcome: str = "success",
    partnership_id: uuid.UUID | None = None,
    record_type: str | None = None,
    record_id: uuid.UUID | str | None = None,
    review_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    actor: tuple[str, str | None] | None = None,
) -> None:
    """Add an audit event to the caller's transaction. Never put personal data in details."""
    if not session.in_transaction():
        session.begin()  # no I/O yet; so that a rollback before any query drops the event
    session.info.setdefault(AUDIT_PENDING, []).append(
        _event(
            action=action,
            outcome=outcome,
            principal=principal,
            request=request,
            partnership_id=partnership_id,
            record_type=record_type,
            record_id=record_id,
            review_id=review_id,
            details=details,
            actor=actor,
        )
    )


def record_detached(
    action: str,
    *,
    principal: Principal | None = None,
    request: RequestContext | None = None,
    outcome: str = "denied",
    partnership_id: uuid.UUID | None = None,
    record_type: str | None = None,
    record_id: uuid.UUID | str | None = None,
    review_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    actor: tuple[str, str | None] | None = None,
) -> None:
    """Write an event that must survive the request's rollback (refusals, failed sign-ins)."""
    entry = _event(
        action=action,
        outcome=outcome,
        principal=principal,
        request=request,
        partnership_id=partnership_id,
        record_type=record_type,
        record_id=record_id,
        review_id=review_id,
        details=details,
        actor=actor,
    )
    with get_sessionmaker()() as session:
        session.info[AUDIT_PENDING] = [entry]
        session.commit()


@event.listens_for(Session, "before_commit")
def _append_pending(session: Session) -> None:
    events: list[AuditEvent] | None = session.info.pop(AUDIT_PENDING, None)
    if events:
        chain.append(session, events)


@event.listens_for(Session, "after_transaction_end")
def _drop_pending(session: Session, transaction: SessionTransaction) -> None:
    # The commit took the events already; a rollback (or a close) drops them with the rest.
    if transaction.parent is None:
        session.info.pop(AUDIT_PENDING, None)
