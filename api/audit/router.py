from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import Field
from sqlalchemy import select

from api.audit.models import AuditEvent, naming
from api.deps import AuditReader, DbSession
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.schemas import ResponseModel
from api.security.scoping import readable

router = APIRouter(
    prefix="/api/v1/audit", tags=["audit"], responses=problem_responses(400, 401, 403, 422)
)


class AuditEventOut(ResponseModel):
    id: uuid.UUID
    occurred_at: datetime
    actor_type: str
    actor_id: str | None
    action: str
    outcome: str
    record_type: str | None
    record_id: str | None
    review_id: uuid.UUID | None
    ip_address: str | None
    request_id: str | None
    details: dict[str, Any]
    seq: int | None = Field(
        description="the event's place in the partnership's audit chain, from 1; null for a "
        "read's event not yet chained (the partnership's next change chains it)"
    )
    hash: str | None = Field(
        description="SHA-256 over the event and the previous event's hash; the newest event's "
        "hash, kept elsewhere, later shows whether the chain up to it was changed; null while "
        "the event is not yet chained"
    )


@router.get(
    "",
    response_model=Page[AuditEventOut],
    summary="The partnership's audit trail",
    description="Newest first.",
)
def list_audit(
    session: DbSession,
    principal: AuditReader,
    page: Pagination,
    action: str | None = None,
    record_type: str | None = None,
    record_id: Annotated[
        str | None,
        Query(
            description="Events about this record: naming it alone, or among the records an "
            "answer carried (`details.records`, as on a page of practitioners read)"
        ),
    ] = None,
    review_id: uuid.UUID | None = None,
    outcome: str | None = None,
) -> Page[AuditEventOut]:
    statement = readable(select(AuditEvent), AuditEvent, principal)
    for column, value in (
        (AuditEvent.action, action),
        (AuditEvent.record_type, record_type),
        (AuditEvent.review_id, review_id),
        (AuditEvent.outcome, outcome),
    ):
        if value is not None:
            statement = statement.where(column == value)
    if record_id is not None:
        statement = statement.where(naming(record_id))
    rows, cursor = paginate(
        session,
        statement,
        page,
        [AuditEvent.occurred_at, AuditEvent.id],
        descending=True,
        updated_column=AuditEvent.occurred_at,
    )
    return Page(items=[AuditEventOut.model_validate(r) for r in rows], next_cursor=cursor)
