from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from api.schemas import IsoDate, PatchModel, RequestModel, ResponseModel
from api.subjects.models import SubjectRole


class RecordReferenceIn(RequestModel):
    agency_id: uuid.UUID
    reference: str = Field(
        min_length=1, max_length=100, description="The agency's own record number for this person"
    )


class SubjectCreate(RequestModel):
    role: SubjectRole
    pseudonym: str = Field(min_length=1, max_length=100, examples=["Child A", "Mother"])
    names: str | None = Field(default=None, min_length=1, max_length=300)
    date_of_birth: IsoDate | None = None
    record_references: list[RecordReferenceIn] = Field(default_factory=list, max_length=50)


class SubjectUpdate(PatchModel):
    nullable = frozenset({"names", "date_of_birth"})

    role: SubjectRole | None = None
    pseudonym: str | None = Field(default=None, min_length=1, max_length=100)
    names: str | None = Field(default=None, min_length=1, max_length=300)
    date_of_birth: IsoDate | None = None
    record_references: list[RecordReferenceIn] | None = Field(
        default=None, max_length=50, description="Replaces every agency's reference"
    )


class RecordReferenceOut(ResponseModel):
    agency_id: uuid.UUID
    reference: str


class IdentifyingDetails(ResponseModel):
    names: str | None
    date_of_birth: date | None


class SubjectOut(ResponseModel):
    id: uuid.UUID
    review_id: uuid.UUID
    role: SubjectRole
    pseudonym: str
    identifying: IdentifyingDetails | None = Field(
        description="Names and date of birth: only for the partnership's administrators, the "
        "review's lead reviewer, and members (on this review) of an agency holding a record "
        "for this person. Null for everyone else. Every read is audited."
    )
    record_references: list[RecordReferenceOut] = Field(
        description="Each agency's own record reference: all of them for administrators and "
        "the lead reviewer; only their own agency's for members and agency systems; none for "
        "viewers."
    )
    created_at: datetime
    updated_at: datetime


class AlertCreate(RequestModel):
    subject_id: uuid.UUID
    agency_id: uuid.UUID | None = Field(
        default=None,
        description="Members and agency systems confirm for their own agency "
        "(omit it, or send their own); administrators name the agency they record it for.",
    )
    confirmed_on: IsoDate = Field(description="When the alert was added to the agency's record")


class AlertOut(ResponseModel):
    id: uuid.UUID
    review_id: uuid.UUID
    subject_id: uuid.UUID
    agency_id: uuid.UUID
    confirmed_on: date
    confirmed_by_type: str
    confirmed_by_id: uuid.UUID
    created_at: datetime
