"""HTTP for the review team: seats, checklists, declarations and the team view."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api.concurrency import check_if_match, set_etag
from api.deps import ChecklistWriter, DbSession, ReviewsReader, ReviewsWriter
from api.errors import problem_responses
from api.members import repository, service
from api.members.models import MemberDeclaration, ReviewMember
from api.members.schemas import (
    ChecklistItemOut,
    ChecklistItemUpdate,
    ChecklistOut,
    DeclarationCreate,
    DeclarationOut,
    MemberCreate,
    MemberLeave,
    MemberOut,
    TeamOut,
)
from api.pagination import Page, Pagination, paginate
from api.reviews.deps import (
    ChecklistToRead,
    ChecklistToWrite,
    ManagedReview,
    ManagedSeat,
    ReviewToRead,
    SeatToRead,
)
from api.reviews.responses import json_body_response, json_response

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}",
    tags=["members"],
    responses=problem_responses(400, 401, 403, 404, 422),
)


@router.get(
    "/members",
    response_model=Page[MemberOut],
    summary="The review team's seats",
    description="Current and past seats (leaving is recorded, never deleted).",
)
def list_members(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    active: Annotated[bool | None, Query()] = None,
) -> Page[MemberOut]:
    statement = repository.members_statement(session, principal, review)
    if active is True:
        statement = statement.where(ReviewMember.left_on.is_(None))
    elif active is False:
        statement = statement.where(ReviewMember.left_on.is_not(None))
    rows, cursor = paginate(
        session,
        statement,
        page,
        [ReviewMember.created_at, ReviewMember.id],
        updated_column=ReviewMember.updated_at,
    )
    names = repository.names_of(session, {m.user_id for m in rows})
    return Page(
        items=[service.member_out(m, names.get(m.user_id, "")) for m in rows], next_cursor=cursor
    )


@router.post(
    "/members",
    response_model=MemberOut,
    status_code=201,
    summary="Seat a user as their agency's member (or a deputy)",
    description="Administrators and the review's lead reviewer. One active member per "
    "agency per review (409 otherwise); deputies do not count. A member's checklist "
    "is made from the partnership's current template.",
    responses=problem_responses(409, 413, 415),
)
def add_member(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    body: MemberCreate,
) -> MemberOut:
    member = service.add_member(session, principal, request, review, body)
    set_etag(response, member.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/members/{member.id}"
    return service.out_of(session, member)


@router.get("/members/{member_id}", response_model=MemberOut, summary="One seat")
def get_member(response: Response, session: DbSession, seat: SeatToRead) -> MemberOut:
    member = seat.member
    set_etag(response, member.version)
    return service.out_of(session, member)


@router.post(
    "/members/{member_id}/leave",
    response_model=MemberOut,
    summary="Record that a member left, and why",
    description="The seed document asks members to stay for the whole review, so a "
    "change is recorded with its reason; the seat and its checklist are kept.",
    responses=problem_responses(409, 413, 415),
)
def leave(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    seat: ManagedSeat,
    body: MemberLeave,
) -> MemberOut:
    member = seat.member
    service.leave(session, principal, request, seat.review, member, body)
    set_etag(response, member.version)
    return service.out_of(session, member)


@router.get(
    "/members/{member_id}/checklist",
    response_model=ChecklistOut,
    summary="A member's duty checklist",
    description="One item per duty of the seed document. Derived items (`derived: "
    "true`) are computed from the data with the `evidence` they rest on; the others "
    "are set by hand (`derivable_later: true` where a later release will derive them).",
)
def get_checklist(
    request: Request,
    session: DbSession,
    principal: ReviewsReader,
    review_id: uuid.UUID,
    member_id: uuid.UUID,
) -> Response:
    return json_body_response(service.checklist(session, principal, request, review_id, member_id))


@router.get(
    "/members/{member_id}/checklist/{duty}",
    response_model=ChecklistItemOut,
    summary="One checklist item",
)
def get_item(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    seat: ChecklistToRead,
    duty: str,
) -> ChecklistItemOut:
    review, member = seat.review, seat.member
    item = repository.get_item(session, principal, review, member, duty)
    set_etag(response, item.version)
    return service.item_out(session, principal, review, member, item)


@router.patch(
    "/members/{member_id}/checklist/{duty}",
    response_model=ChecklistItemOut,
    summary="Set a manual item's status, or a note",
    description="The member (or their agency's active deputy) sets status and note; "
    "an administrator may set the note. A derived item's status cannot be set (409).",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def update_item(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ChecklistWriter,
    seat: ChecklistToWrite,
    duty: str,
    body: ChecklistItemUpdate,
) -> ChecklistItemOut:
    review, member = seat.review, seat.member
    item = repository.get_item(session, principal, review, member, duty)
    check_if_match(request, item.version)
    service.update_item(session, principal, request, review, member, item, body)
    set_etag(response, item.version)
    return service.item_out(session, principal, review, member, item)


@router.get(
    "/members/{member_id}/declarations",
    response_model=Page[DeclarationOut],
    summary="A member's declarations, oldest first",
)
def list_declarations(
    session: DbSession,
    principal: ReviewsReader,
    seat: ChecklistToRead,
    page: Pagination,
) -> Page[DeclarationOut]:
    rows, cursor = paginate(
        session,
        repository.declarations_statement(session, principal, seat.review, seat.member),
        page,
        [MemberDeclaration.declared_at, MemberDeclaration.id],
        updated_column=MemberDeclaration.declared_at,
    )
    return Page(items=[DeclarationOut.model_validate(d) for d in rows], next_cursor=cursor)


@router.post(
    "/members/{member_id}/declarations",
    response_model=DeclarationOut,
    status_code=201,
    summary="Declare for the agency",
    description="Confidentiality acknowledged, voice-of-the-child attestation (with a "
    "note), the agency's performance/development lead, no practitioners involved (409 while "
    "the agency has active practitioners). The latest of each kind completes the matching "
    "checklist item. Parallel proceedings are records of their own: "
    "`/reviews/{review_id}/proceedings` (earlier proceedings declarations are listed here "
    "as history).",
    responses=problem_responses(409, 413, 415),
)
def declare(
    request: Request,
    session: DbSession,
    principal: ChecklistWriter,
    seat: ChecklistToWrite,
    body: DeclarationCreate,
) -> DeclarationOut:
    return DeclarationOut.model_validate(
        service.declare(session, principal, request, seat.review, seat.member, body)
    )


@router.get(
    "/team",
    response_model=TeamOut,
    summary="The whole team at a glance",
    description="Per active member: checklist completion and what is outstanding.",
)
def get_team(session: DbSession, principal: ReviewsReader, review: ReviewToRead) -> Response:
    return json_response(service.team(session, principal, review))
