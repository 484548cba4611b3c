"""Request and response shapes of meetings, their attendance, the members' attendance rates
and the partnership's settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import ConfigDict, Field, JsonValue, field_validator

from api.meetings.models import (
    MeetingKind,
    MeetingStatus,
    MemberAttendanceStatus,
    PractitionerAttendanceStatus,
)
from api.schemas import IsoDateTime, PatchModel, RequestModel, ResponseModel

_EXAMPLE: dict[str, JsonValue] = {
    "kind": "review_team_meeting",
    "held_at": "2026-03-09T10:00:00Z",
    "location": "Room 2, Example House (fictional)",
    "online": False,
    "agenda": "Terms of reference; chronology; practitioners to invite.",
}

# Only a meeting's planning and its taking place are set here; cancelling is its own route.
OpenStatus = Literal["scheduled", "held"]


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise ValueError("held_at needs a timezone (e.g. 2026-03-09T10:00:00Z)")
    return value


class MeetingCreate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    kind: MeetingKind
    held_at: IsoDateTime = Field(description="When it is (or was) held, with a timezone")
    status: OpenStatus = Field(
        default="scheduled",
        description="`held` records a meeting that has already taken place (not in the future)",
    )
    location: str | None = Field(default=None, min_length=2, max_length=500)
    online: bool = Field(default=False, description="Held online (a location is then optional)")
    agenda: str | None = Field(default=None, max_length=4000, description="An agenda note")

    _held_at_aware = field_validator("held_at")(_aware)


class MeetingUpdate(PatchModel):
    """What may change; a meeting is marked as held with ``status: held``."""

    nullable = frozenset({"location", "agenda"})

    kind: MeetingKind | None = None
    held_at: IsoDateTime | None = None
    status: OpenStatus | None = Field(default=None, examples=["held"])
    location: str | None = Field(default=None, min_length=2, max_length=500)
    online: bool | None = None
    agenda: str | None = Field(default=None, max_length=4000)

    _held_at_aware = field_validator("held_at")(_aware)


class MeetingCancel(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Chair unwell"}]})

    reason: str = Field(min_length=2, max_length=2000)


class MeetingOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "5d2a9c1e-3b4f-4a6d-9e8f-0a1b2c3d4e5f",
                    "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
                    **_EXAMPLE,
                    "status": "scheduled",
                    "cancelled_reason": None,
                    "created_by_type": "user",
                    "created_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                    "created_at": "2026-03-02T12:00:00Z",
                    "updated_at": "2026-03-02T12:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    kind: MeetingKind
    status: MeetingStatus
    held_at: datetime
    location: str | None
    online: bool
    agenda: str | None
    cancelled_reason: str | None
    created_by_type: str
    created_by_id: uuid.UUID
    created_at: datetime
    updated_at: datetime


class MemberAttendanceIn(RequestModel):
    member_id: uuid.UUID = Field(description="A seat on the review, active on the meeting's day")
    status: MemberAttendanceStatus


class PractitionerAttendanceIn(RequestModel):
    practitioner_id: uuid.UUID = Field(description="An active practitioner of the review")
    status: PractitionerAttendanceStatus


class AttendanceIn(RequestModel):
    """The whole attendance table of a meeting: it replaces what was recorded before."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "members": [
                        {"member_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "status": "attended"}
                    ],
                    "practitioners": [
                        {
                            "practitioner_id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                            "status": "invited",
                        }
                    ],
                }
            ]
        }
    )

    members: list[MemberAttendanceIn] = Field(default_factory=list, max_length=200)
    practitioners: list[PractitionerAttendanceIn] = Field(default_factory=list, max_length=1000)


class MemberAttendanceOut(ResponseModel):
    member_id: uuid.UUID
    agency_id: uuid.UUID
    status: MemberAttendanceStatus


class PractitionerAttendanceOut(ResponseModel):
    practitioner_id: uuid.UUID
    agency_id: uuid.UUID
    status: PractitionerAttendanceStatus
    name: str | None = Field(
        description="Shown only to those who may read the practitioner (the partnership's "
        "administrators, the lead reviewer, members of the practitioner's agency); null "
        "for everyone else"
    )


class PractitionerCounts(ResponseModel):
    invited: int
    attended: int
    declined: int


class AttendanceOut(ResponseModel):
    meeting_id: uuid.UUID
    members: list[MemberAttendanceOut]
    practitioners: list[PractitionerAttendanceOut]
    practitioner_counts: PractitionerCounts


class AttendanceRate(ResponseModel):
    member_id: uuid.UUID
    user_id: uuid.UUID
    agency_id: uuid.UUID
    deputy: bool
    meetings: int = Field(
        description="Review team meetings held since the seat joined (and before it left)"
    )
    attended: int = Field(description="Of them, attended in person or by a deputy sent")
    rate_percent: int | None = Field(description="Rounded; null before any meeting was held")
    threshold_percent: int
    at_or_above: bool = Field(description="The rate is at or above the partnership's threshold")


class AttendanceRatesOut(ResponseModel):
    review_id: uuid.UUID
    threshold_percent: int
    members: list[AttendanceRate]


class PartnershipSettingsOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"attendance_threshold_percent": 80, "contact_interval_days": 28}]
        }
    )

    attendance_threshold_percent: int = Field(
        ge=1, le=100, description="Attendance at review team meetings that completes the duty"
    )
    contact_interval_days: int = Field(
        ge=1, le=365, description="Each practitioner is contacted at least this often"
    )


class PartnershipSettingsUpdate(PatchModel):
    attendance_threshold_percent: int | None = Field(default=None, ge=1, le=100, examples=[75])
    contact_interval_days: int | None = Field(default=None, ge=1, le=365)
