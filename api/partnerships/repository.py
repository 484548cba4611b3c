"""Queries for partnerships and their agencies: what the caller reaches, nothing more."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.pagination import PageParams, paginate
from api.partnerships.models import Agency, AgencyKind
from api.request_context import RequestContext
from api.security.principal import Principal
from api.security.scoping import get_readable, readable


def list_agencies(
    session: Session,
    principal: Principal,
    page: PageParams,
    kind: AgencyKind | None = None,
    active: bool | None = None,
) -> tuple[list[Agency], str | None]:
    """One page of the partnership's agencies, by name."""
    statement = readable(select(Agency), Agency, principal)
    if kind is not None:
        statement = statement.where(Agency.kind == kind)
    if active is not None:
        statement = statement.where(Agency.active == active)
    rows, cursor = paginate(
        session, statement, page, [Agency.name, Agency.id], updated_column=Agency.updated_at
    )
    return list(rows), cursor


def get_agency(
    session: Session, principal: Principal, agency_id: uuid.UUID, request: RequestContext | None
) -> Agency:
    """The agency, if the caller reaches it (404, audited, otherwise)."""
    return get_readable(session, Agency, agency_id, principal, request=request)


def find_agency(session: Session, principal: Principal, agency_id: uuid.UUID) -> Agency | None:
    """The agency if the caller reaches it, without refusing (for checking a body's id)."""
    found: Agency | None = session.scalars(
        readable(select(Agency), Agency, principal).where(Agency.id == agency_id)
    ).first()
    return found
