"""HTTP for a review's subjects and alert confirmations."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from api.concurrency import check_if_match, set_etag
from api.deps import AlertWriter, DbSession, ReviewsReader, ReviewsWriter
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.reviews.deps import ManagedReview, ReviewForAlerts, ReviewToRead
from api.subjects import repository, service
from api.subjects.models import AlertConfirmation, Subject
from api.subjects.schemas import AlertCreate, AlertOut, SubjectCreate, SubjectOut, SubjectUpdate

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}",
    tags=["subjects"],
    responses=problem_responses(400, 401, 403, 404, 422),
)


@router.get(
    "/subjects",
    response_model=Page[SubjectOut],
    summary="A review's subjects",
    description="Role and pseudonym for everyone who reaches the review; identifying "
    "details only for those entitled (see `SubjectOut`), and every such read audited.",
)
def list_subjects(
    request: Request,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
) -> Page[SubjectOut]:
    rows, cursor = paginate(
        session,
        repository.subjects_statement(principal, review),
        page,
        [Subject.created_at, Subject.id],
        updated_column=Subject.updated_at,
    )
    return Page(
        items=service.present(session, principal, request, review, rows), next_cursor=cursor
    )


@router.post(
    "/subjects",
    response_model=SubjectOut,
    status_code=201,
    summary="Add a person in the case",
    description="Administrators and the review's "
    "lead reviewer. Identifying details are encrypted at rest.",
    responses=problem_responses(413, 415),
)
def create_subject(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    body: SubjectCreate,
) -> SubjectOut:
    subject = service.create_subject(session, principal, request, review, body)
    set_etag(response, subject.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/subjects/{subject.id}"
    return service.present(session, principal, request, review, [subject])[0]


@router.get("/subjects/{subject_id}", response_model=SubjectOut, summary="One subject")
def get_subject(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    subject_id: uuid.UUID,
) -> SubjectOut:
    subject = repository.get_subject(session, principal, review, subject_id)
    set_etag(response, subject.version)
    return service.present(session, principal, request, review, [subject])[0]


@router.patch(
    "/subjects/{subject_id}",
    response_model=SubjectOut,
    summary="Change a subject",
    responses=problem_responses(412, 413, 415, 428),
)
def update_subject(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    subject_id: uuid.UUID,
    body: SubjectUpdate,
) -> SubjectOut:
    subject = repository.get_subject(session, principal, review, subject_id)
    check_if_match(request, subject.version)
    service.update_subject(session, principal, request, review, subject, body)
    set_etag(response, subject.version)
    return service.present(session, principal, request, review, [subject])[0]


@router.get("/alerts", response_model=Page[AlertOut], summary="Alert confirmations on a review")
def list_alerts(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    subject_id: uuid.UUID | None = None,
    agency_id: uuid.UUID | None = None,
) -> Page[AlertOut]:
    statement = repository.alerts_statement(principal, review)
    if subject_id is not None:
        statement = statement.where(AlertConfirmation.subject_id == subject_id)
    if agency_id is not None:
        statement = statement.where(AlertConfirmation.agency_id == agency_id)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [AlertConfirmation.created_at, AlertConfirmation.id],
        updated_column=AlertConfirmation.updated_at,
    )
    return Page(items=[AlertOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.post(
    "/alerts",
    response_model=AlertOut,
    status_code=201,
    summary='Confirm the "subject to a Rapid Review" alert is on a record',
    description="A member (with a current seat) or an agency's system confirms for "
    "its own agency; an administrator names the agency. One confirmation per subject "
    "per agency: the same confirmation again answers 200 with the first one; another "
    "date answers 409.",
    responses={
        200: {"description": "Already confirmed, with the same date", "model": AlertOut},
        **problem_responses(409, 413, 415),
    },
)
def confirm_alert(
    request: Request,
    response: Response,
    session: DbSession,
    principal: AlertWriter,
    review: ReviewForAlerts,
    body: AlertCreate,
) -> AlertOut:
    alert, created = service.confirm_alert(session, principal, request, review, body)
    response.status_code = 201 if created else 200
    response.headers["Location"] = (
        f"/api/v1/reviews/{review.id}/alerts?subject_id={alert.subject_id}"
    )
    return AlertOut.model_validate(alert)
