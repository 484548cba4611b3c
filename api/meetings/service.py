"""Meetings and their attendance: who may see and change what.

* read (meetings and their attendance): everyone who reaches the review. A practitioner's
  name in the attendance is shown only to those who may read the practitioner (the
  practitioners' own rule: the partnership's administrators, the review's lead reviewer,
  members seated for the practitioner's agency and that agency's system), each read audited
  as ``practitioner.identifying_read``; everyone else sees ids and counts;
* schedule, change, cancel, record attendance: the review's managers (administrators and
  its lead reviewer) only (``api.reviews.deps.ManagedReview``);
* attendance rates: the managers see every seat's; a member sees their own seat's; an
  agency's system its agency's seats'; a viewer is refused (403: a rate is about a person).

A cancelled meeting is kept; it takes no attendance. Only held review team meetings count
towards attendance rates, attending in person or by a deputy sent.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.domain_errors import Conflict, Forbidden, Invalid, Invalidity
from api.meetings import repository, rules
from api.meetings.models import (
    Meeting,
    MeetingStatus,
    MemberAttendance,
    PractitionerAttendance,
    PractitionerAttendanceStatus,
)
from api.meetings.schemas import (
    AttendanceIn,
    AttendanceOut,
    AttendanceRate,
    AttendanceRatesOut,
    MeetingCreate,
    MeetingUpdate,
    MemberAttendanceOut,
    PractitionerAttendanceOut,
    PractitionerCounts,
)
from api.members.models import ReviewMember
from api.practitioners import repository as practitioners
from api.practitioners.models import Practitioner
from api.practitioners.service import audit_read, values_of
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import manages, own_agency
from api.reviews.service import partnership_of
from api.security.principal import Principal
from api.security.roles import Role


def _audit(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: str,
    meeting: Meeting,
    details: dict[str, Any],
) -> None:
    audit.record(
        session,
        action,
        principal=principal,
        request=request,
        record_type="meeting",
        record_id=meeting.id,
        review_id=review.id,
        details=details,
    )


def _not_future_if_held(status: str, meeting_held_at: Any) -> None:
    if status == MeetingStatus.held and meeting_held_at > clock.now():
        raise Invalid.field(
            "body.status", "A meeting in the future cannot have been held.", "future_meeting"
        )


def create(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: MeetingCreate,
) -> Meeting:
    _not_future_if_held(body.status, body.held_at)
    meeting = Meeting(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        kind=body.kind,
        status=MeetingStatus(body.status),
        held_at=body.held_at,
        location=body.location,
        online=body.online,
        agenda=body.agenda,
        created_by_type=principal.kind,
        created_by_id=principal.id,
    )
    session.add(meeting)
    session.flush()
    _audit(
        session,
        principal,
        request,
        review,
        "meeting.created",
        meeting,
        {"kind": meeting.kind.value, "status": meeting.status.value},
    )
    return meeting


def _ensure_open(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.cancelled:
        raise Conflict("The meeting was cancelled; it cannot be changed.", code="cancelled")


def update(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    meeting: Meeting,
    body: MeetingUpdate,
) -> Meeting:
    _ensure_open(meeting)
    changes = body.changes()
    if "status" in changes:
        changes["status"] = MeetingStatus(changes["status"])
    _not_future_if_held(
        changes.get("status", meeting.status), changes.get("held_at", meeting.held_at)
    )
    for field, value in changes.items():
        setattr(meeting, field, value)
    session.flush()
    details: dict[str, Any] = {"fields": sorted(changes)}
    if "status" in changes:
        details["status"] = meeting.status.value
    _audit(session, principal, request, review, "meeting.changed", meeting, details)
    return meeting


def cancel(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    meeting: Meeting,
    reason: str,
) -> Meeting:
    _ensure_open(meeting)
    if meeting.status == MeetingStatus.held:
        raise Conflict("The meeting was held; it cannot be cancelled.", code="held")
    meeting.status = MeetingStatus.cancelled
    meeting.cancelled_reason = reason
    session.flush()
    _audit(session, principal, request, review, "meeting.cancelled", meeting, {})
    return meeting


def _active_on_the_day(seat: ReviewMember, meeting: Meeting) -> bool:
    day = rules.meeting_day(meeting.held_at)
    return seat.joined_on <= day and (seat.left_on is None or seat.left_on >= day)


def record_attendance(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    meeting: Meeting,
    body: AttendanceIn,
) -> None:
    """Replace the meeting's attendance table with ``body``, refusing (every bad row named)
    seats not on the review or not active on the meeting's day, practitioners not of this
    review or withdrawn, and anyone listed twice."""
    _ensure_open(meeting)
    seats = {seat.id: seat for seat in repository.seats(session, principal, review)}
    found = (
        {
            p.id: p
            for p in session.scalars(
                practitioners.practitioners_statement(principal, review).where(
                    Practitioner.id.in_([row.practitioner_id for row in body.practitioners])
                )
            )
        }
        if body.practitioners
        else {}
    )
    bad: list[Invalidity] = []
    seen: set[uuid.UUID] = set()
    for n, row in enumerate(body.members):
        field = f"body.members.{n}.member_id"
        seat = seats.get(row.member_id)
        if row.member_id in seen:
            bad.append(Invalidity(field, "This seat is listed twice.", "duplicate"))
        elif seat is None:
            bad.append(Invalidity(field, "No such seat on this review.", "not_on_review"))
        elif not _active_on_the_day(seat, meeting):
            bad.append(
                Invalidity(field, "This seat was not active on the meeting's day.", "not_active")
            )
        seen.add(row.member_id)
    for n, prow in enumerate(body.practitioners):
        field = f"body.practitioners.{n}.practitioner_id"
        practitioner = found.get(prow.practitioner_id)
        if prow.practitioner_id in seen:
            bad.append(Invalidity(field, "This practitioner is listed twice.", "duplicate"))
        elif practitioner is None:
            bad.append(Invalidity(field, "No such practitioner on this review.", "not_on_review"))
        elif practitioner.withdrawn_on is not None:
            bad.append(Invalidity(field, "This practitioner was withdrawn.", "withdrawn"))
        seen.add(prow.practitioner_id)
    if bad:
        raise Invalid("Some of the attendance cannot be recorded.", bad)

    session.execute(delete(MemberAttendance).where(MemberAttendance.meeting_id == meeting.id))
    session.execute(
        delete(PractitionerAttendance).where(PractitionerAttendance.meeting_id == meeting.id)
    )
    session.add_all(
        MemberAttendance(
            partnership_id=review.partnership_id,
            review_id=review.id,
            meeting_id=meeting.id,
            member_id=row.member_id,
            status=row.status,
        )
        for row in body.members
    )
    session.add_all(
        PractitionerAttendance(
            partnership_id=review.partnership_id,
            review_id=review.id,
            meeting_id=meeting.id,
            practitioner_id=prow.practitioner_id,
            agency_id=found[prow.practitioner_id].agency_id,
            status=prow.status,
        )
        for prow in body.practitioners
    )
    # The meeting's version moves on, so the next table is sent against this one.
    meeting.updated_at = clock.now()
    session.flush()
    _audit(
        session,
        principal,
        request,
        review,
        "meeting.attendance_recorded",
        meeting,
        {
            "members": {str(r.member_id): r.status.value for r in body.members},
            "practitioners": {str(r.practitioner_id): r.status.value for r in body.practitioners},
        },
    )


def attendance(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    meeting: Meeting,
) -> AttendanceOut:
    """The meeting's attendance; practitioners' names only for those the caller may read
    (each such read audited)."""
    members = repository.member_attendance(session, principal, review, meeting)
    seats = {seat.id: seat for seat in repository.seats(session, principal, review)}
    invited = repository.practitioner_attendance(session, principal, review, meeting)
    readable = (
        {
            p.id: p
            for p in session.scalars(
                practitioners.practitioners_statement(principal, review).where(
                    Practitioner.id.in_([row.practitioner_id for row in invited])
                )
            )
        }
        if invited and principal.role != Role.viewer
        else {}
    )
    shown: list[PractitionerAttendanceOut] = []
    named: list[str] = []
    for row in invited:
        practitioner = readable.get(row.practitioner_id)
        name = None
        if practitioner is not None:
            name = values_of(practitioner)["name"]
            named.append(str(practitioner.id))
        shown.append(
            PractitionerAttendanceOut(
                practitioner_id=row.practitioner_id,
                agency_id=row.agency_id,
                status=row.status,
                name=name,
            )
        )
    audit_read(session, principal, request, review.id, named, {"name"})
    counts = {status.value: 0 for status in PractitionerAttendanceStatus}
    for row in invited:
        counts[row.status.value] += 1
    return AttendanceOut(
        meeting_id=meeting.id,
        members=[
            MemberAttendanceOut(
                member_id=row.member_id, agency_id=seats[row.member_id].agency_id, status=row.status
            )
            for row in members
        ],
        practitioners=shown,
        practitioner_counts=PractitionerCounts(**counts),
    )


def _rows_shown(principal: Principal, review: Review, seat: ReviewMember) -> bool:
    if manages(principal, review):
        return True
    if principal.is_agency_system:
        return own_agency(principal, seat.agency_id)
    return principal.kind == "user" and seat.user_id == principal.id


def rates(session: Session, principal: Principal, review: Review) -> AttendanceRatesOut:
    """Each active seat's attendance rate that the caller may see."""
    if principal.role == Role.viewer:
        raise Forbidden("Attendance rates are shown to the member and the review's managers.")
    threshold = partnership_of(session, principal).attendance_threshold_percent
    held = repository.held_team_meetings(session, principal, review)
    shown = []
    for seat in repository.seats(session, principal, review):
        if seat.left_on is not None or not _rows_shown(principal, review, seat):
            continue
        rate = rules.rate(
            seat.joined_on,
            seat.left_on,
            [(meeting.held_at, statuses.get(seat.id)) for meeting, statuses in held],
            threshold,
        )
        shown.append(
            AttendanceRate(
                member_id=seat.id,
                user_id=seat.user_id,
                agency_id=seat.agency_id,
                deputy=seat.deputy,
                meetings=rate.meetings,
                attended=rate.attended,
                rate_percent=rate.rate_percent,
                threshold_percent=threshold,
                at_or_above=rate.at_or_above,
            )
        )
    return AttendanceRatesOut(review_id=review.id, threshold_percent=threshold, members=shown)
