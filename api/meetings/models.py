"""Meetings of a review (PRODUCT.md section 2, "Meeting"): review team meetings, practitioner
learning events, family meetings and others, each with the attendance recorded for it.

Attendance is two tables: one row per seat (a member or deputy of an agency) and one row per
invited practitioner. Both are review children reached exactly when their review is: they
hold identifiers and statuses only, never a practitioner's name (that is read through the
practitioners' own rule, ``api.meetings.service``).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Boolean, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin
from api.reviews.models import ReviewChild


def _enum(kind: type[enum.Enum]) -> Enum:
    return Enum(kind, native_enum=False, length=32, validate_strings=True)


class MeetingKind(enum.StrEnum):
    review_team_meeting = "review_team_meeting"
    practitioner_learning_event = "practitioner_learning_event"
    family_meeting = "family_meeting"
    other = "other"


class MeetingStatus(enum.StrEnum):
    """``scheduled``: planned; ``held``: it took place (only held review team meetings count
    towards attendance rates); ``cancelled``: called off, kept, never deleted."""

    scheduled = "scheduled"
    held = "held"
    cancelled = "cancelled"


class MemberAttendanceStatus(enum.StrEnum):
    """A seat's attendance. ``deputy_sent`` counts as attending: the agency was there."""

    attended = "attended"
    apologies = "apologies"
    deputy_sent = "deputy_sent"
    absent = "absent"


class PractitionerAttendanceStatus(enum.StrEnum):
    invited = "invited"
    attended = "attended"
    declined = "declined"


class Meeting(ReviewChild, IdMixin, TimestampMixin, Base):
    """A meeting of the review: when, where (or online), and an agenda note."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_review", "review_id", "held_at", "id"),)

    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind))
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.scheduled
    )
    held_at: Mapped[datetime] = mapped_column()
    location: Mapped[str | None] = mapped_column(Text)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    agenda: Mapped[str | None] = mapped_column(Text)
    cancelled_reason: Mapped[str | None] = mapped_column(Text)
    created_by_type: Mapped[str] = mapped_column(String(16))
    created_by_id: Mapped[uuid.UUID] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MemberAttendance(ReviewChild, IdMixin, Base):
    """One seat's attendance at one meeting (the whole table is replaced at once)."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id"),
        Index("ix_meeting_attendance_member", "member_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("review_members.id", ondelete="CASCADE")
    )
    status: Mapped[MemberAttendanceStatus] = mapped_column(_enum(MemberAttendanceStatus))


class PractitionerAttendance(ReviewChild, IdMixin, Base):
    """One practitioner's invitation to, and attendance at, one meeting. ``agency_id`` is
    the practitioner's, kept so the contact duty reads an agency's without a join."""

    __tablename__ = "meeting_practitioners"
    __table_args__ = (
        UniqueConstraint("meeting_id", "practitioner_id"),
        Index("ix_meeting_practitioners_practitioner", "practitioner_id"),
        # The contact duty reads an agency's attendances on a review.
        Index("ix_meeting_practitioners_review_agency", "review_id", "agency_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    practitioner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("practitioners.id", ondelete="CASCADE")
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    status: Mapped[PractitionerAttendanceStatus] = mapped_column(
        _enum(PractitionerAttendanceStatus)
    )
