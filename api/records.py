"""The cycle every administered record goes through (users, API clients, agencies): created
or changed, a clash with a unique rule refused as a conflict with the reason, an audit event
in the same transaction, and the version that the ETag names.

Two halves, used from two layers:

* services: ``create`` and ``change`` add or alter the record, flush it (the version moves on
  with any change: each of these models keeps ``version`` as SQLAlchemy's version column),
  turn a clash with a unique rule into ``Conflict(duplicate)`` and record the audit event.
  They raise domain errors only; nothing here knows an HTTP status.
* routers: ``for_change`` loads the record the caller reaches, locked, and refuses unless
  If-Match names its version (``check_version``, by ``api.concurrency.check_if_match``);
  ``answer`` sets the ETag (and Location, for a record just created) on the response.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from fastapi import Request, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.concurrency import check_if_match, set_etag
from api.domain_errors import Conflict, Invalid
from api.request_context import RequestContext
from api.security.principal import Principal
from api.security.scoping import get_readable


class Identified(Protocol):
    """A record with an id (what an audit event names)."""

    @property
    def id(self) -> uuid.UUID: ...


class Versioned(Identified, Protocol):
    """A record with an id and a version (what the ETag names)."""

    @property
    def version(self) -> int: ...


R = TypeVar("R", bound=Versioned)
# Made, never changed: an append-only entry (a sign-off, an answer) has no version.
N = TypeVar("N", bound=Identified)


def _flush(session: Session, duplicate: str | None) -> None:
    """Flush; a clash with a unique rule is ``Conflict(duplicate)`` when a reason is given."""
    if duplicate is None:
        session.flush()
        return
    try:
        session.flush()
    except IntegrityError as exc:
        # The request rolls back as it answers; nothing was changed and nothing audited.
        raise Conflict(duplicate) from exc


def add(session: Session, record: N, *, duplicate: str | None = None) -> N:
    """Add ``record`` and flush it, unaudited: for a record no one could be named as making
    (a new partnership's first administrator, made from the command line or a seed)."""
    session.add(record)
    _flush(session, duplicate)
    return record


def create(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    record: N,
    *,
    action: str,
    record_type: str,
    duplicate: str | None = None,
    details: Mapping[str, Any] | None = None,
    review_id: uuid.UUID | None = None,
) -> N:
    """Add ``record``; audit ``action`` once it has its id (filed under ``review_id`` for a
    review's record). ``duplicate`` is the reason a clash with a unique rule answers with
    (409); without it a clash is a fault."""
    add(session, record, duplicate=duplicate)
    audit.record(
        session,
        action,
        principal=principal,
        request=request,
        record_type=record_type,
        record_id=record.id,
        review_id=review_id,
        details=dict(details) if details is not None else None,
    )
    return record


def change(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    record: R,
    changes: Mapping[str, Any],
    *,
    action: str,
    record_type: str,
    duplicate: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> R:
    """Set ``changes`` on ``record`` and audit ``action``, naming the fields changed (never
    their values) unless ``details`` says otherwise."""
    for field, value in changes.items():
        setattr(record, field, value)
    _flush(session, duplicate)
    audit.record(
        session,
        action,
        principal=principal,
        request=request,
        record_type=record_type,
        record_id=record.id,
        details=dict(details) if details is not None else {"fields": sorted(changes)},
    )
    return record


def asked_changes(
    record: object, asked: Mapping[str, Any], required: tuple[str, ...]
) -> dict[str, Any]:
    """The fields of a PATCH body (``asked``, as set) that differ from ``record``; ``Invalid``
    naming the field when one of ``required`` is sent as null."""
    for field in required:
        if field in asked and asked[field] is None:
            raise Invalid.field(f"body.{field}", f"{field} cannot be removed.", "required")
    return {f: v for f, v in asked.items() if getattr(record, f) != v}


def touched(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    record: R,
    *,
    action: str,
    record_type: str,
) -> R:
    """Audit ``action`` on ``record`` after a change made by the service itself (a secret
    replaced, a second factor removed), once flushed so the version has moved on."""
    session.flush()
    audit.record(
        session,
        action,
        principal=principal,
        request=request,
        record_type=record_type,
        record_id=record.id,
    )
    return record


def for_change(
    session: Session, model: type[R], record_id: uuid.UUID, principal: Principal, request: Request
) -> R:
    """The record ``record_id`` of ``model`` the caller reaches (404 otherwise), locked for
    the change, once If-Match names its current version (428 without, 412 for another)."""
    record = get_readable(session, model, record_id, principal, request=request, for_update=True)
    check_version(request, record)
    return record


def check_version(request: Request, record: Versioned) -> None:
    """Refuse a change unless If-Match names ``record``'s current version (428 without it,
    412 naming another)."""
    check_if_match(request, record.version)


def answer(response: Response, record: Versioned, *, location: str | None = None) -> None:
    """Name the record's version in the ETag; a record just created also gets its Location."""
    set_etag(response, record.version)
    if location is not None:
        response.headers["Location"] = location
