"""HTTP for a review's publication plan: requests to agencies, and their answers."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from api.concurrency import set_etag
from api.deps import ChecklistWriter, DbSession, ReviewsReader, ReviewsWriter
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.publication import repository, service
from api.publication.models import PlanItem, PublicationAnswer, PublicationRequest
from api.publication.schemas import (
    AnswerCreate,
    AnswerOut,
    RequestCreate,
    RequestOut,
    RequestsSent,
    RequestToAll,
    RequestWithdraw,
)
from api.reviews.deps import ManagedReview, ReviewForDuties, ReviewToRead
from api.reviews.models import Review

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}/publication-plan",
    tags=["publication planning"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

WHO_ASKS = (
    "The partnership's administrators (publication is the partnership's to plan; the lead "
    "reviewer reads the plan). "
)
WHO_ANSWERS = (
    "A member with a current seat (or deputy seat) on the review answers their own agency's "
    "requests; agency systems read them only. "
)


def _planned_review(principal: ReviewsWriter, review: ManagedReview) -> Review:
    """The review, for an administrator (403 for anyone else who manages it, before the
    body is looked at)."""
    service.ensure_admin(principal)
    return review


# A review whose publication the caller plans.
PlannedReview = Annotated[Review, Depends(_planned_review)]


@router.get(
    "/requests",
    response_model=Page[RequestOut],
    summary="A review's publication-plan requests, oldest first",
    description="Every agency's, each with the answer that counts (the latest), for everyone "
    "who reaches the review. " + WHO_ANSWERS,
)
def list_requests(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
    item: PlanItem | None = None,
    answered: bool | None = None,
    withdrawn: bool | None = None,
) -> Page[RequestOut]:
    statement = repository.requests_statement(session, principal, review)
    if agency_id is not None:
        statement = statement.where(PublicationRequest.agency_id == agency_id)
    if item is not None:
        statement = statement.where(PublicationRequest.item == item)
    if answered is not None:
        condition = repository.is_answered()
        statement = statement.where(condition if answered else ~condition)
    if withdrawn is not None:
        column = PublicationRequest.withdrawn_on
        statement = statement.where(column.is_not(None) if withdrawn else column.is_(None))
    rows, cursor = paginate(
        session,
        statement,
        page,
        [PublicationRequest.created_at, PublicationRequest.id],
        updated_column=PublicationRequest.updated_at,
    )
    latest = repository.latest_answers(session, principal, review, [r.id for r in rows])
    return Page(items=[service.shown(r, latest.get(r.id)) for r in rows], next_cursor=cursor)


@router.post(
    "/requests",
    response_model=RequestOut,
    status_code=201,
    summary="Ask one agency to confirm something before publication",
    description=WHO_ASKS + "The agency must have a current seat on the review (422). A "
    "`comms_lead`, `staff_briefed` or `family_informed` request is not sent twice to an agency "
    "while one is open (409); `other` needs its `question`.",
    responses=problem_responses(409, 413, 415),
)
def send_request(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: PlannedReview,
    body: RequestCreate,
) -> RequestOut:
    sent = service.send(session, principal, request, review, body)
    set_etag(response, sent.version)
    response.headers["Location"] = (
        f"/api/v1/reviews/{review.id}/publication-plan/requests/{sent.id}"
    )
    return service.shown(sent, None)


@router.post(
    "/requests-to-all-agencies",
    response_model=RequestsSent,
    status_code=201,
    summary="Ask every agency on the review the same thing",
    description=WHO_ASKS + "One request per agency with a current seat, skipping those with "
    "the same once-per-agency request open; 409 if that leaves none.",
    responses=problem_responses(409, 413, 415),
)
def send_to_all(
    request: Request,
    session: DbSession,
    principal: ReviewsWriter,
    review: PlannedReview,
    body: RequestToAll,
) -> RequestsSent:
    sent = service.send_to_all(session, principal, request, review, body)
    return RequestsSent(items=[service.shown(s, None) for s in sent])


@router.get(
    "/requests/{request_id}", response_model=RequestOut, summary="One publication-plan request"
)
def get_request(
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    request_id: uuid.UUID,
) -> RequestOut:
    sent = repository.get_request(session, principal, review, request_id)
    set_etag(response, sent.version)
    latest = repository.latest_answers(session, principal, review, [sent.id])
    return service.shown(sent, latest.get(sent.id))


@router.post(
    "/requests/{request_id}/withdraw",
    response_model=RequestOut,
    summary="Withdraw a publication-plan request",
    description=WHO_ASKS + "Kept, with its answers; no longer counted in the agency's "
    "publication-planning duty, and takes no more answers (409 once withdrawn).",
    responses=problem_responses(409, 413, 415),
)
def withdraw_request(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: PlannedReview,
    request_id: uuid.UUID,
    body: RequestWithdraw,
) -> RequestOut:
    sent = repository.get_request(session, principal, review, request_id, for_update=True)
    service.withdraw(session, principal, request, review, sent, body)
    set_etag(response, sent.version)
    latest = repository.latest_answers(session, principal, review, [sent.id])
    return service.shown(sent, latest.get(sent.id))


@router.get(
    "/requests/{request_id}/answers",
    response_model=Page[AnswerOut],
    summary="A request's answers, oldest first",
    description="Append-only; the latest counts.",
)
def list_answers(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    request_id: uuid.UUID,
    page: Pagination,
) -> Page[AnswerOut]:
    sent = repository.get_request(session, principal, review, request_id)
    statement = repository.answers_statement(session, principal, review).where(
        PublicationAnswer.request_id == sent.id
    )
    rows, cursor = paginate(
        session,
        statement,
        page,
        [PublicationAnswer.answered_at, PublicationAnswer.id],
        updated_column=PublicationAnswer.answered_at,
    )
    return Page(items=[AnswerOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.post(
    "/requests/{request_id}/answers",
    response_model=AnswerOut,
    status_code=201,
    summary="Answer a publication-plan request",
    description=WHO_ANSWERS + "By what it asks: `comms_lead` the name in `text`; "
    "`staff_briefed` the date in `done_on`; `family_informed` the date, or `not_applicable` "
    "with the reason in `text`; `other` the answer in `text` (422 naming the field). A "
    "withdrawn request takes none (409).",
    responses=problem_responses(409, 413, 415),
)
def answer_request(
    request: Request,
    session: DbSession,
    principal: ChecklistWriter,
    review: ReviewForDuties,
    request_id: uuid.UUID,
    body: AnswerCreate,
) -> AnswerOut:
    sent = repository.get_request(session, principal, review, request_id, for_update=True)
    return AnswerOut.model_validate(service.answer(session, principal, request, review, sent, body))
