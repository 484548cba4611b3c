"""Every query about meetings and their attendance goes through here, and through
``in_review`` (the review's reach) for scoping. Who may change what is ``service``'s."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.meetings.models import (
    Meeting,
    MeetingKind,
    MeetingStatus,
    MemberAttendance,
    PractitionerAttendance,
)
from api.members.models import ReviewMember
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal


def meetings_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The meetings of ``review`` the caller reaches."""
    return in_review(session, select(Meeting), Meeting, principal, review)


def get_meeting(
    session: Session,
    principal: Principal,
    review: Review,
    meeting_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Meeting:
    """A meeting of ``review``; NotFound if it has none the caller reaches."""
    statement = meetings_statement(session, principal, review).where(Meeting.id == meeting_id)
    if for_update:
        statement = statement.with_for_update()
    found: Meeting | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("meeting")
    return found


def member_attendance(
    session: Session, principal: Principal, review: Review, meeting: Meeting
) -> list[MemberAttendance]:
    statement = in_review(
        session, select(MemberAttendance), MemberAttendance, principal, review
    ).where(MemberAttendance.meeting_id == meeting.id)
    return list(session.scalars(statement.order_by(MemberAttendance.id)))


def practitioner_attendance(
    session: Session, principal: Principal, review: Review, meeting: Meeting
) -> list[PractitionerAttendance]:
    statement = in_review(
        session, select(PractitionerAttendance), PractitionerAttendance, principal, review
    ).where(PractitionerAttendance.meeting_id == meeting.id)
    return list(session.scalars(statement.order_by(PractitionerAttendance.id)))


def seats(session: Session, principal: Principal, review: Review) -> list[ReviewMember]:
    """Every seat of ``review``, past and present, oldest first."""
    statement = in_review(session, select(ReviewMember), ReviewMember, principal, review)
    return list(session.scalars(statement.order_by(ReviewMember.created_at, ReviewMember.id)))


def held_team_meetings(
    session: Session, principal: Principal, review: Review
) -> list[tuple[Meeting, dict[uuid.UUID, str]]]:
    """The review's held review team meetings, each with its seats' attendance (seat id to
    status), in two statements."""
    meetings = list(
        session.scalars(
            meetings_statement(session, principal, review)
            .where(
                Meeting.kind == MeetingKind.review_team_meeting,
                Meeting.status == MeetingStatus.held,
            )
            .order_by(Meeting.held_at, Meeting.id)
        )
    )
    if not meetings:
        return []
    rows = session.execute(
        in_review(
            session,
            select(
                MemberAttendance.meeting_id, MemberAttendance.member_id, MemberAttendance.status
            ),
            MemberAttendance,
            principal,
            review,
        ).where(MemberAttendance.meeting_id.in_([m.id for m in meetings]))
    )
    by_meeting: dict[uuid.UUID, dict[uuid.UUID, str]] = {m.id: {} for m in meetings}
    for meeting_id, member_id, status in rows:
        by_meeting[meeting_id][member_id] = str(status)
    return [(m, by_meeting[m.id]) for m in meetings]
