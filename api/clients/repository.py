"""Queries for API clients: the ones the caller reaches, nothing more."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.clients.models import ApiClient
from api.pagination import PageParams, paginate
from api.request_context import RequestContext
from api.security.principal import Principal
from api.security.scoping import get_readable, readable


def list_clients(
    session: Session, principal: Principal, page: PageParams, agency_id: uuid.UUID | None = None
) -> tuple[list[ApiClient], str | None]:
    """One page of the partnership's API clients, oldest first."""
    statement = readable(select(ApiClient), ApiClient, principal)
    if agency_id is not None:
        statement = statement.where(ApiClient.agency_id == agency_id)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [ApiClient.created_at, ApiClient.id],
        updated_column=ApiClient.updated_at,
    )
    return list(rows), cursor


def get_client(
    session: Session, principal: Principal, client_id: uuid.UUID, request: RequestContext | None
) -> ApiClient:
    """The API client, if the caller reaches it (404, audited, otherwise)."""
    return get_readable(session, ApiClient, client_id, principal, request=request)
