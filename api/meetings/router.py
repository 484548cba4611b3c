"""HTTP for a review's meetings, their attendance, and the members' attendance rates."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from api.concurrency import check_if_match, set_etag
from api.deps import DbSession, ReviewsReader, ReviewsWriter
from api.errors import problem_responses
from api.meetings import repository, service
from api.meetings.models import Meeting, MeetingKind, MeetingStatus
from api.meetings.schemas import (
    AttendanceIn,
    AttendanceOut,
    AttendanceRatesOut,
    MeetingCancel,
    MeetingCreate,
    MeetingOut,
    MeetingUpdate,
)
from api.pagination import Page, Pagination, paginate
from api.reviews.deps import ManagedReview, ReviewToRead

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}",
    tags=["meetings"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

WHO_WRITES = "The review's lead reviewer or a partnership administrator."


@router.get(
    "/meetings",
    response_model=Page[MeetingOut],
    summary="A review's meetings, in the order they are held",
    description="For everyone who reaches the review.",
)
def list_meetings(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    kind: MeetingKind | None = None,
    status: MeetingStatus | None = None,
) -> Page[MeetingOut]:
    statement = repository.meetings_statement(session, principal, review)
    if kind is not None:
        statement = statement.where(Meeting.kind == kind)
    if status is not None:
        statement = statement.where(Meeting.status == status)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [Meeting.held_at, Meeting.id],
        updated_column=Meeting.updated_at,
    )
    return Page(items=[MeetingOut.model_validate(r) for r in rows], next_cursor=cursor)


@router.post(
    "/meetings",
    response_model=MeetingOut,
    status_code=201,
    summary="Schedule a meeting (or record one already held)",
    description=WHO_WRITES,
    responses=problem_responses(413, 415),
)
def create_meeting(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    body: MeetingCreate,
) -> MeetingOut:
    meeting = service.create(session, principal, request, review, body)
    set_etag(response, meeting.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/meetings/{meeting.id}"
    return MeetingOut.model_validate(meeting)


@router.get("/meetings/{meeting_id}", response_model=MeetingOut, summary="One meeting")
def get_meeting(
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    meeting_id: uuid.UUID,
) -> MeetingOut:
    meeting = repository.get_meeting(session, principal, review, meeting_id)
    set_etag(response, meeting.version)
    return MeetingOut.model_validate(meeting)


@router.patch(
    "/meetings/{meeting_id}",
    response_model=MeetingOut,
    summary="Change a meeting, or mark it held",
    description=WHO_WRITES + " Send `If-Match`. A cancelled meeting cannot change (409); a "
    "meeting in the future cannot be marked held (422).",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def update_meeting(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    meeting_id: uuid.UUID,
    body: MeetingUpdate,
) -> MeetingOut:
    meeting = repository.get_meeting(session, principal, review, meeting_id, for_update=True)
    check_if_match(request, meeting.version)
    service.update(session, principal, request, review, meeting, body)
    set_etag(response, meeting.version)
    return MeetingOut.model_validate(meeting)


@router.post(
    "/meetings/{meeting_id}/cancel",
    response_model=MeetingOut,
    summary="Cancel a meeting",
    description=WHO_WRITES + " Kept, with the reason; refused (409) once held or cancelled.",
    responses=problem_responses(409, 413, 415),
)
def cancel_meeting(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    meeting_id: uuid.UUID,
    body: MeetingCancel,
) -> MeetingOut:
    meeting = repository.get_meeting(session, principal, review, meeting_id, for_update=True)
    service.cancel(session, principal, request, review, meeting, body.reason)
    set_etag(response, meeting.version)
    return MeetingOut.model_validate(meeting)


@router.get(
    "/meetings/{meeting_id}/attendance",
    response_model=AttendanceOut,
    summary="A meeting's attendance",
    description="For everyone who reaches the review. A practitioner's name is shown only to "
    "those who may read the practitioner (administrators, the lead reviewer, the "
    "practitioner's own agency); others see ids and counts. The ETag is the meeting's.",
)
def get_attendance(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    meeting_id: uuid.UUID,
) -> AttendanceOut:
    meeting = repository.get_meeting(session, principal, review, meeting_id)
    set_etag(response, meeting.version)
    return service.attendance(session, principal, request, review, meeting)


@router.put(
    "/meetings/{meeting_id}/attendance",
    response_model=AttendanceOut,
    summary="Record a meeting's attendance, the whole table at once",
    description=WHO_WRITES + " Send `If-Match` with the meeting's ETag. Each seat active on "
    "the meeting's day: `attended`, `apologies`, `deputy_sent` or `absent`; each invited "
    "practitioner (active, of this review): `invited`, `attended` or `declined`. Anything "
    "else is refused (422, naming the row). Replaces what was recorded before.",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def put_attendance(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    meeting_id: uuid.UUID,
    body: AttendanceIn,
) -> AttendanceOut:
    meeting = repository.get_meeting(session, principal, review, meeting_id, for_update=True)
    check_if_match(request, meeting.version)
    service.record_attendance(session, principal, request, review, meeting, body)
    set_etag(response, meeting.version)
    return service.attendance(session, principal, request, review, meeting)


@router.get(
    "/attendance-rates",
    response_model=AttendanceRatesOut,
    summary="Active members' attendance at review team meetings",
    description="Per active seat: the review team meetings held since it joined, how many "
    "it attended (attending in person and sending a deputy both count as attending), the "
    "rate and the partnership's threshold. The lead reviewer and administrators see every "
    "seat; a member sees only their own; an agency's system its agency's seats; viewers "
    "are refused (403).",
)
def attendance_rates(
    session: DbSession, principal: ReviewsReader, review: ReviewToRead
) -> AttendanceRatesOut:
    return service.rates(session, principal, review)
