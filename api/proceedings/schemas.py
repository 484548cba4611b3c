from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field, JsonValue

from api.proceedings.models import ProceedingKind, ProceedingStatus
from api.schemas import IsoDate, PatchModel, RequestModel, ResponseModel

_EXAMPLE: dict[str, JsonValue] = {
    "kind": "criminal_investigation",
    "status": "active",
    "liaison_contact": "Major Investigation Team, via the force's CSPR liaison inbox",
    "expected_end_on": "2026-09-30",
    "holds_publication": True,
    "note": "Charging decision expected in the summer (fictional).",
}

AGENCY_ID = Field(
    default=None,
    description="The agency that knows of it. Members record their own agency's (omit it, "
    "or send their own); administrators and the lead reviewer name an agency on the review.",
)


class ProceedingCreate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    agency_id: uuid.UUID | None = AGENCY_ID
    kind: ProceedingKind
    status: ProceedingStatus = ProceedingStatus.active
    liaison_contact: str | None = Field(
        default=None,
        min_length=2,
        max_length=500,
        description="Whom the review team contacts about it: a role, team or shared inbox",
    )
    expected_end_on: IsoDate | None = None
    holds_publication: bool = Field(
        default=False,
        description="While true and the proceeding is not concluded, the review cannot move "
        "to publication or be published (an administrator may override, with a reason)",
    )
    note: str | None = Field(default=None, max_length=4000)


class ProceedingUpdate(PatchModel):
    """What may change; ending a proceeding is ``status: concluded``."""

    nullable = frozenset({"liaison_contact", "expected_end_on", "note"})

    kind: ProceedingKind | None = None
    status: ProceedingStatus | None = Field(default=None, examples=["concluded"])
    liaison_contact: str | None = Field(default=None, min_length=2, max_length=500)
    expected_end_on: IsoDate | None = None
    holds_publication: bool | None = Field(default=None, examples=[False])
    note: str | None = Field(default=None, max_length=4000)


class ProceedingOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0b9f8f0e-2f5c-4c39-9a55-3f7c0f1d2a10",
                    "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
                    "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    **_EXAMPLE,
                    "concluded_on": None,
                    "recorded_by_type": "user",
                    "recorded_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                    "created_at": "2026-03-02T12:00:00Z",
                    "updated_at": "2026-03-02T12:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    agency_id: uuid.UUID
    kind: ProceedingKind
    status: ProceedingStatus
    liaison_contact: str | None
    expected_end_on: date | None
    concluded_on: date | None = Field(description="Set when the status became concluded")
    holds_publication: bool
    note: str | None
    recorded_by_type: str
    recorded_by_id: uuid.UUID
    created_at: datetime
    updated_at: datetime


class NoProceedingsCreate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"declared_on": "2026-03-02"}]})

    agency_id: uuid.UUID | None = AGENCY_ID
    declared_on: IsoDate | None = Field(
        default=None, description="As of when the agency knows of none; defaults to today"
    )


class NoProceedingsOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
                    "review_id": "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b",
                    "agency_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    "declared_on": "2026-03-02",
                    "declared_by_type": "user",
                    "declared_by_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                    "created_at": "2026-03-02T12:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    agency_id: uuid.UUID
    declared_on: date
    declared_by_type: str
    declared_by_id: uuid.UUID
    created_at: datetime
