"""HTTP for a review's family involvement notes: a resource of their own, so that reading a
review never decrypts, returns or audits them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from api.concurrency import check_if_match, set_etag
from api.deps import DbSession, ReviewsReader, ReviewsWriter
from api.errors import problem_responses
from api.reviews import repository, service
from api.reviews.responses import json_response
from api.reviews.schemas import FamilyInvolvementOut, FamilyInvolvementUpdate

router = APIRouter(
    prefix="/api/v1/reviews",
    tags=["reviews"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

WHO = (
    "For the partnership's administrators and the review's lead reviewer only (403 for "
    "anyone else who reaches the review): the notes are identifying details, encrypted at "
    "rest."
)


@router.get(
    "/{review_id}/family-involvement",
    response_model=FamilyInvolvementOut,
    summary="A review's family involvement notes",
    description=f"{WHO} Every read that returns notes is audited "
    "(`review.family_notes_read`). The ETag is the review's.",
)
def get_family_involvement(
    request: Request, session: DbSession, principal: ReviewsReader, review_id: uuid.UUID
) -> Response:
    review = repository.get_review(
        session, principal, review_id, request, options=[repository.WITH_FAMILY_NOTES]
    )
    return json_response(
        service.family_notes_of(session, principal, request, review), version=review.version
    )


@router.put(
    "/{review_id}/family-involvement",
    response_model=FamilyInvolvementOut,
    summary="Replace a review's family involvement notes",
    description=f"{WHO} Needs `If-Match` with the review's ETag; answers the review's new one.",
    responses=problem_responses(412, 413, 415, 428),
)
def put_family_involvement(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review_id: uuid.UUID,
    body: FamilyInvolvementUpdate,
) -> FamilyInvolvementOut:
    review = repository.get_review(
        session,
        principal,
        review_id,
        request,
        for_update=True,
        options=[repository.WITH_FAMILY_NOTES],
    )
    service.ensure_family_notes_entitled(principal, review, request)  # 403 before 428/412
    check_if_match(request, review.version)
    result = service.replace_family_notes(session, principal, request, review, body.notes)
    set_etag(response, review.version)
    return result
