"""HTTP for a partnership's agencies: translate requests to the service and results to
responses, nothing more."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api import records
from api.deps import Admin, DbSession, ReviewsReader
from api.errors import problem_responses
from api.pagination import Page, Pagination
from api.partnerships import repository, service
from api.partnerships.models import Agency, AgencyKind
from api.partnerships.schemas import AgencyCreate, AgencyOut, AgencyUpdate

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
    rows, cursor = repository.list_agencies(session, principal, page, kind, active)
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
    agency = service.create_agency(session, principal, request, body)
    records.answer(response, agency, location=f"/api/v1/agencies/{agency.id}")
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
    agency = repository.get_agency(session, principal, agency_id, request)
    records.answer(response, agency)
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
    agency = records.for_change(session, Agency, agency_id, principal, request)
    agency = service.update_agency(session, principal, request, agency, body)
    records.answer(response, agency)
    return AgencyOut.model_validate(agency)
