"""HTTP for a review's parallel proceedings and agencies' "none" declarations."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from api.concurrency import check_if_match, set_etag
from api.deps import ChecklistWriter, DbSession, ReviewsReader
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.proceedings import repository, service
from api.proceedings.models import (
    NoProceedingsDeclaration,
    ParallelProceeding,
    ProceedingKind,
    ProceedingStatus,
)
from api.proceedings.schemas import (
    NoProceedingsCreate,
    NoProceedingsOut,
    ProceedingCreate,
    ProceedingOut,
    ProceedingUpdate,
)
from api.reviews.deps import ReviewForProceedings, ReviewToRead

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}",
    tags=["proceedings"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

WHO_WRITES = (
    "A member with a current seat records their own agency's; administrators and the "
    "review's lead reviewer record for any agency on the review."
)


@router.get(
    "/proceedings",
    response_model=Page[ProceedingOut],
    summary="A review's parallel proceedings",
    description="Every agency's, for everyone who reaches the review.",
)
def list_proceedings(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
    kind: ProceedingKind | None = None,
    status: ProceedingStatus | None = None,
) -> Page[ProceedingOut]:
    statement = repository.proceedings_statement(session, principal, review)
    if agency_id is not None:
        statement = statement.where(ParallelProceeding.agency_id == agency_id)
    if kind is not None:
        statement = statement.where(ParallelProceeding.kind == kind)
    if status is not None:
        statement = statement.where(ParallelProceeding.status == status)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [ParallelProceeding.created_at, ParallelProceeding.id],
        updated_column=ParallelProceeding.updated_at,
    )
    return Page(items=[ProceedingOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.post(
    "/proceedings",
    response_model=ProceedingOut,
    status_code=201,
    summary="Record a parallel proceeding",
    description=WHO_WRITES + " One that holds publication keeps the review from "
    "publication until it is concluded or no longer holds it.",
    responses=problem_responses(413, 415),
)
def create_proceeding(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ChecklistWriter,
    review: ReviewForProceedings,
    body: ProceedingCreate,
) -> ProceedingOut:
    proceeding = service.create(session, principal, request, review, body)
    set_etag(response, proceeding.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/proceedings/{proceeding.id}"
    return ProceedingOut.model_validate(proceeding)


@router.get(
    "/no-proceedings",
    response_model=Page[NoProceedingsOut],
    summary='Agencies\' "no parallel proceedings" declarations, oldest first',
)
def list_none(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
) -> Page[NoProceedingsOut]:
    statement = repository.none_statement(session, principal, review)
    if agency_id is not None:
        statement = statement.where(NoProceedingsDeclaration.agency_id == agency_id)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [NoProceedingsDeclaration.created_at, NoProceedingsDeclaration.id],
        updated_column=NoProceedingsDeclaration.created_at,
    )
    return Page(items=[NoProceedingsOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.post(
    "/no-proceedings",
    response_model=NoProceedingsOut,
    status_code=201,
    summary="Declare that an agency knows of no parallel proceeding",
    description=WHO_WRITES + " Dated; the latest counts, and completes the agency's "
    "parallel-proceedings duty. Refused (409) once the agency has recorded a proceeding.",
    responses=problem_responses(409, 413, 415),
)
def declare_none(
    request: Request,
    session: DbSession,
    principal: ChecklistWriter,
    review: ReviewForProceedings,
    body: NoProceedingsCreate,
) -> NoProceedingsOut:
    return NoProceedingsOut.model_validate(
        service.declare_none(session, principal, request, review, body)
    )


@router.get(
    "/proceedings/{proceeding_id}", response_model=ProceedingOut, summary="One parallel proceeding"
)
def get_proceeding(
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    proceeding_id: uuid.UUID,
) -> ProceedingOut:
    proceeding = repository.get_proceeding(session, principal, review, proceeding_id)
    set_etag(response, proceeding.version)
    return ProceedingOut.model_validate(proceeding)


@router.patch(
    "/proceedings/{proceeding_id}",
    response_model=ProceedingOut,
    summary="Change a parallel proceeding, or end it",
    description=WHO_WRITES + " Ending one is `status: concluded` (dated); it is never deleted.",
    responses=problem_responses(412, 413, 415, 428),
)
def update_proceeding(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ChecklistWriter,
    review: ReviewForProceedings,
    proceeding_id: uuid.UUID,
    body: ProceedingUpdate,
) -> ProceedingOut:
    proceeding = repository.get_proceeding(
        session, principal, review, proceeding_id, for_update=True
    )
    # Who may change it is answered before whether If-Match is current (403 before 412).
    service.ensure_may_change(session, principal, review, proceeding)
    check_if_match(request, proceeding.version)
    service.update(session, principal, request, review, proceeding, body)
    set_etag(response, proceeding.version)
    return ProceedingOut.model_validate(proceeding)
