from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Self

from pydantic import EmailStr, Field, model_validator

from api.practitioners.models import ContactKind, SupportStatus
from api.schemas import IsoDate, PatchModel, RequestModel, ResponseModel

_NAME = Field(min_length=2, max_length=200, examples=["Jo Example"])
_JOB = Field(min_length=2, max_length=200, examples=["Social worker"])
_TEAM = Field(default=None, max_length=200, examples=["Children's services, north team"])
_EMAIL = Field(default=None, max_length=254, examples=["jo.example@council.example"])
_PHONE = Field(default=None, min_length=3, max_length=40, examples=["01632 960123"])
_MANAGER = Field(default=None, min_length=2, max_length=200, examples=["Sam Manager"])
_INVOLVEMENT = Field(
    default=None,
    max_length=4000,
    description="What the practitioner did in the case, within the terms-of-reference period",
    examples=["Allocated social worker; three home visits"],
)
_FROM = Field(
    default=None,
    description="Start of their involvement; within the review's terms-of-reference period "
    "when the review holds one",
    examples=["2025-06-01"],
)
_TO = Field(default=None, description="End of their involvement", examples=["2025-11-30"])
_CONSENT = Field(default=False, description="The practitioner agreed to be contacted")
_SUPPORT = Field(default=None, description="Support offered to the practitioner, and their answer")


class PractitionerFields(RequestModel):
    """A practitioner as an agency (or its system) gives them."""

    name: str = _NAME
    job_title: str = _JOB
    team: str | None = _TEAM
    work_email: EmailStr | None = _EMAIL
    phone: str | None = _PHONE
    line_manager: str | None = _MANAGER
    involvement: str | None = _INVOLVEMENT
    involved_from: IsoDate | None = _FROM
    involved_to: IsoDate | None = _TO
    consent_to_contact: bool = _CONSENT
    support_status: SupportStatus | None = _SUPPORT

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.involved_from and self.involved_to and self.involved_to < self.involved_from:
            raise ValueError("involved_to cannot be before involved_from")
        return self


class PractitionerCreate(PractitionerFields):
    external_ref: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        description="The agency system's own id for the practitioner; unique per review and "
        "agency. Give it to push the same practitioner again with "
        "`PUT /practitioners/by-ref/{external_ref}`.",
        examples=["HR-004512"],
    )


class PractitionerReplace(PractitionerFields):
    """The whole practitioner, as the agency's system holds them (``PUT .../by-ref/{ref}``):
    fields left out are cleared."""


class PractitionerUpdate(PatchModel):
    nullable = frozenset(
        {
            "team",
            "work_email",
            "phone",
            "line_manager",
            "involvement",
            "involved_from",
            "involved_to",
            "support_status",
        }
    )

    name: str | None = Field(default=None, min_length=2, max_length=200, examples=["Jo Example"])
    job_title: str | None = Field(
        default=None, min_length=2, max_length=200, examples=["Senior social worker"]
    )
    team: str | None = _TEAM
    work_email: EmailStr | None = _EMAIL
    phone: str | None = _PHONE
    line_manager: str | None = _MANAGER
    involvement: str | None = _INVOLVEMENT
    involved_from: IsoDate | None = _FROM
    involved_to: IsoDate | None = _TO
    consent_to_contact: bool | None = Field(default=None, examples=[True])
    support_status: SupportStatus | None = Field(default=None, examples=["accepted"])


class PractitionerWithdraw(RequestModel):
    reason: str = Field(
        min_length=3, max_length=2000, examples=["Added in error: not involved in the period"]
    )
    withdrawn_on: IsoDate | None = Field(default=None, description="Defaults to today")


class PractitionerOut(ResponseModel):
    """A practitioner, with their personal details: only ever written to a caller entitled to
    them (the partnership's administrators, the review's lead reviewer, the agency's own
    seated members and deputies, and the agency's own system); every answer carrying them is
    audited (``practitioner.read_identifying``)."""

    id: uuid.UUID
    review_id: uuid.UUID
    agency_id: uuid.UUID
    external_ref: str | None = Field(examples=["HR-004512"])
    name: str = Field(examples=["Jo Example"])
    job_title: str = Field(examples=["Social worker"])
    team: str | None
    work_email: str | None = Field(examples=["jo.example@council.example"])
    phone: str | None
    line_manager: str | None
    involvement: str | None
    involved_from: date | None
    involved_to: date | None
    consent_to_contact: bool
    support_status: SupportStatus | None
    active: bool = Field(description="False once withdrawn")
    withdrawn_on: date | None
    withdrawn_reason: str | None
    created_at: datetime
    updated_at: datetime
    etag: str = Field(description="Send as If-Match to change the practitioner")


class AgencyCount(ResponseModel):
    agency_id: uuid.UUID
    active: int = Field(description="Practitioners not withdrawn", examples=[4])
    withdrawn: int = Field(examples=[1])


class PractitionerSummary(ResponseModel):
    """How many practitioners each agency on the review has: no personal details, for
    everyone who reaches the review."""

    review_id: uuid.UUID
    agencies: list[AgencyCount]
    active: int = Field(description="All agencies' active practitioners", examples=[9])


class ContactCreate(RequestModel):
    kind: ContactKind = Field(examples=["introduction"])
    contacted_on: IsoDate = Field(
        description="When the contact happened; not in the future", examples=["2026-02-20"]
    )
    note: str | None = Field(
        default=None, max_length=2000, examples=["Explained the review; agreed a call next week"]
    )
    corrects: uuid.UUID | None = Field(
        default=None,
        description="An earlier entry of this practitioner's log that this entry corrects "
        "(the log is append-only: entries are never changed)",
    )


class ContactOut(ResponseModel):
    id: uuid.UUID
    practitioner_id: uuid.UUID
    kind: ContactKind
    contacted_on: date
    note: str | None
    corrects: uuid.UUID | None = Field(validation_alias="corrects_id")
    recorded_by_type: str = Field(examples=["user"])
    recorded_by_id: uuid.UUID
    recorded_at: datetime
