from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from api.audit import service as audit
from api.concurrency import check_if_match, set_etag
from api.deps import Admin, DbSession, ReviewsReader
from api.domain_errors import Conflict
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.partnerships.models import Agency, AgencyKind
from api.partnerships.schemas import AgencyCreate, AgencyOut, AgencyUpdate
from api.security.scoping import get_readable, readable

router = APIRouter(
    prefix="/api/v1/agencies", tags=["agencies"], responses=problem_responses(400, 401, 403, 422)
)


@router.get("", response_model=Page[AgencyOut], summary="List the partnership's agencies")
def list_agencies(
    session: DbSession,
    principal: ReviewsReader,
    page: Pagination,
    kind: AgencyKind | None = None,
    active: Annotated[bool | None, Query()] = None,
) -> Page[AgencyOut]:
    statement = readable(select(Agency), Agency, principal)
    if kind is not None:
        statement = statement.where(Agency.kind == kind)
    if active is not None:
        statement = statement.where(Agency.active == active)
    rows, cursor = paginate(
        session, statement, page, [Agency.name, Agency.id], updated_column=Agency.updated_at
    )
    return Page(items=[AgencyOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.post(
    "",
    response_model=AgencyOut,
    status_code=201,
    summary="Add an agency",
    responses=problem_responses(409, 413, 415),
)
def create_agency(
    request: Request, response: Response, session: DbSession, principal: Admin, body: AgencyCreate
) -> AgencyOut:
    agency = Agency(partnership_id=principal.partnership_id, name=body.name, kind=body.kind)
    session.add(agency)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("An agency with this name already exists.") from exc
    audit.record(
        session,
        "agency.create",
        principal=principal,
        request=request,
        record_type="agency",
        record_id=agency.id,
    )
    set_etag(response, agency.version)
    response.headers["Location"] = f"/api/v1/agencies/{agency.id}"
    return AgencyOut.model_validate(agency)


@router.get(
    "/{agency_id}", response_model=AgencyOut, summary="One agency", responses=problem_responses(404)
)
def get_agency(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    agency_id: uuid.UUID,
) -> AgencyOut:
    agency = get_readable(session, Agency, agency_id, principal, request=request)
    set_etag(response, agency.version)
    return AgencyOut.model_validate(agency)


@router.patch(
    "/{agency_id}",
    response_model=AgencyOut,
    summary="Change an agency",
    responses=problem_responses(404, 409, 412, 413, 415, 428),
)
def update_agency(
    request: Request,
    response: Response,
    session: DbSession,
    principal: Admin,
    agency_id: uuid.UUID,
    body: AgencyUpdate,
) -> AgencyOut:
    agency = get_readable(session, Agency, agency_id, principal, request=request, for_update=True)
    check_if_match(request, agency.version)
    changes = body.changes()
    for field, value in changes.items():
        setattr(agency, field, value)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("An agency with this name already exists.") from exc
    audit.record(
        session,
        "agency.update",
        principal=principal,
        request=request,
        record_type="agency",
        record_id=agency.id,
        details={"fields": sorted(changes)},
    )
    set_etag(response, agency.version)
    return AgencyOut.model_validate(agency)
