"""HTTP for reviews: translate requests to the service and results to responses, nothing more."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api.clock import clock
from api.concurrency import check_if_match, set_etag
from api.deps import Admin, DbSession, ReviewsReader, ReviewsWriter
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.reviews import repository, service
from api.reviews.deadlines import deadlines_of, rule_set_for
from api.reviews.deps import ManagedReviewForUpdate, ReviewToRead
from api.reviews.models import ReviewStatus, ReviewTransition
from api.reviews.responses import json_body_response, json_response
from api.reviews.schemas import (
    DeadlineOut,
    DeadlinesOut,
    ReviewCreate,
    ReviewOut,
    ReviewSummary,
    ReviewUpdate,
    TransitionOut,
    TransitionRefused,
    TransitionRequest,
)

router = APIRouter(
    prefix="/api/v1/reviews", tags=["reviews"], responses=problem_responses(400, 401, 403, 422)
)


@router.get(
    "",
    response_model=Page[ReviewSummary],
    summary="List reviews",
    description="The reviews the caller reaches: all of the partnership's for "
    "administrators and viewers, those they lead for lead reviewers, those they sit or "
    "sat on for members, those their agency sits on for agency systems. Ordered by "
    "last change, oldest first, so `updated_since` and the cursor make a change feed.",
)
def list_reviews(
    session: DbSession,
    principal: ReviewsReader,
    page: Pagination,
    status: Annotated[list[ReviewStatus] | None, Query(description="Any of these")] = None,
    overdue: Annotated[
        bool | None,
        Query(description="Only reviews with (true) or without (false) an overdue deadline"),
    ] = None,
    lead_reviewer_id: uuid.UUID | None = None,
) -> Response:
    today = clock.today()
    rows, cursor = repository.list_reviews(
        session,
        principal,
        page,
        repository.ReviewFilters(status=status, overdue=overdue, lead_reviewer_id=lead_reviewer_id),
        today,
    )
    return json_body_response({"items": service.summary_items(rows, today), "next_cursor": cursor})


@router.post(
    "",
    response_model=ReviewOut,
    status_code=201,
    summary="Open a review from a serious incident notification",
    description="Gives the review its reference, `CODE-YYYY-NNN`, the next number of "
    "the partnership's year (unique and gapless under concurrent creation).",
    responses=problem_responses(409, 413, 415),
)
def create_review(
    request: Request, response: Response, session: DbSession, principal: Admin, body: ReviewCreate
) -> ReviewOut:
    review = service.create_review(session, principal, request, body)
    set_etag(response, review.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}"
    return service.out_after_change(session, review, principal)


@router.get(
    "/{review_id}", response_model=ReviewOut, summary="One review", responses=problem_responses(404)
)
def get_review(
    request: Request, session: DbSession, principal: ReviewsReader, review_id: uuid.UUID
) -> Response:
    review = repository.get_review(
        session, principal, review_id, request, options=[repository.WITH_LEAD_REVIEWER_NAME]
    )
    return json_response(
        service.out_of(review, principal, clock.today(), review.lead_reviewer_name),
        version=review.version,
    )


@router.patch(
    "/{review_id}",
    response_model=ReviewOut,
    summary="Change a review",
    description="Dates, decision, terms of reference, publication details. Only an "
    "administrator changes the lead reviewer. Status changes go through "
    "`POST /reviews/{id}/transitions`.",
    responses=problem_responses(404, 409, 412, 413, 415, 428),
)
def update_review(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReviewForUpdate,
    body: ReviewUpdate,
) -> ReviewOut:
    check_if_match(request, review.version)
    service.update_review(session, principal, request, review, body)
    set_etag(response, review.version)
    return service.out_after_change(session, review, principal)


@router.post(
    "/{review_id}/transitions",
    response_model=TransitionOut,
    status_code=201,
    summary="Move a review to its next status",
    description="Checked against the lifecycle: allowed from the current status, "
    "every precondition met (a 409 lists each unmet one with a machine `code`), and "
    "asked by an administrator or the review's lead reviewer. An administrator may "
    "waive the overridable preconditions with `override: true` and a reason.",
    responses=problem_responses(404, 409, 413, 415, models={409: TransitionRefused}),
)
def transition(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReviewForUpdate,
    body: TransitionRequest,
) -> TransitionOut:
    record = service.transition(session, principal, request, review, body)
    set_etag(response, review.version)
    return TransitionOut.model_validate(record)


@router.get(
    "/{review_id}/transitions",
    response_model=Page[TransitionOut],
    summary="A review's lifecycle history",
    responses=problem_responses(404),
)
def list_transitions(
    session: DbSession, principal: ReviewsReader, review: ReviewToRead, page: Pagination
) -> Page[TransitionOut]:
    rows, cursor = paginate(
        session,
        repository.transitions_statement(principal, review),
        page,
        [ReviewTransition.occurred_at, ReviewTransition.id],
        updated_column=ReviewTransition.occurred_at,
    )
    return Page(items=[TransitionOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.get(
    "/{review_id}/deadlines",
    response_model=DeadlinesOut,
    summary="A review's statutory deadlines",
    description="Every rule of the partnership's rule set (with its overrides), each "
    "with `status` met, due, overdue or not_applicable, `met_on` where met and "
    "`working_days_left` where due. A rule the review's status does not pursue (its "
    "`applies_in` in `GET /partnership/rules`) is met or not_applicable, never due.",
    responses=problem_responses(404),
)
def get_deadlines(
    request: Request, session: DbSession, principal: ReviewsReader, review_id: uuid.UUID
) -> Response:
    review = repository.get_review(
        session, principal, review_id, request, options=[repository.WITH_PARTNERSHIP]
    )
    rule_set = rule_set_for(review.partnership)
    today = clock.today()
    deadlines = DeadlinesOut(
        review_id=review.id,
        rule_set=rule_set.code,
        today=today,
        deadlines=[
            DeadlineOut(
                rule=d.rule,
                title=d.title,
                source=d.source,
                due_on=d.due_on,
                status=d.status.value,
                met_on=d.met_on,
                late=d.late,
                working_days_left=d.working_days_left,
            )
            for d in deadlines_of(review, rule_set, today)
        ],
    )
    return json_response(deadlines)
