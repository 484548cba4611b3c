from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any, Self

from pydantic import ConfigDict, Field, model_validator

from api.members.models import DeclarationKind, ItemStatus
from api.members.registry import DerivedEvidence
from api.schemas import IsoDate, PatchModel, RequestModel, ResponseModel


class MemberCreate(RequestModel):
    user_id: uuid.UUID = Field(
        description="A user with the member role; their agency is the agency they represent"
    )
    deputy: bool = Field(
        default=False,
        description="A deputy stands in for the agency's member and has no checklist of their own",
    )
    joined_on: IsoDate | None = Field(default=None, description="Defaults to today")


class MemberLeave(RequestModel):
    reason: str = Field(min_length=3, max_length=2000)
    left_on: IsoDate | None = Field(default=None, description="Defaults to today")


class MemberOut(ResponseModel):
    id: uuid.UUID
    review_id: uuid.UUID
    user_id: uuid.UUID
    name: str
    agency_id: uuid.UUID
    deputy: bool
    joined_on: date
    left_on: date | None
    left_reason: str | None
    active: bool
    checklist_template_version: int | None
    created_at: datetime
    updated_at: datetime


class DeclarableKind(enum.StrEnum):
    """What a member may declare now; ``DeclarationKind`` also names the kinds declared
    before (``parallel_proceedings``, kept as history since proceedings became records)."""

    confidentiality = "confidentiality"
    voice_of_the_child = "voice_of_the_child"
    performance_lead = "performance_lead"
    # No practitioners of the agency were involved in the terms-of-reference period.
    no_practitioners = "no_practitioners"


# The field each kind of declaration needs (any other kind needs none).
_NEEDS: dict[DeclarableKind, str] = {
    DeclarableKind.voice_of_the_child: "note",
    DeclarableKind.performance_lead: "lead_name",
}


class DeclarationCreate(RequestModel):
    """What a member declares for their agency; fields needed depend on ``kind``:
    ``voice_of_the_child`` needs ``note``; ``performance_lead`` needs ``lead_name`` (and may
    give ``lead_role``); ``confidentiality`` and ``no_practitioners`` (no practitioners of the
    agency involved: refused while the agency has active practitioners on the review, and
    superseded by a practitioner added later) need nothing. Parallel proceedings are recorded
    at ``/reviews/{id}/proceedings`` (or declared none at ``/no-proceedings``), no longer
    declared here."""

    # The schema says so too: for each kind, its field is required and not null.
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {
                    "if": {"properties": {"kind": {"const": kind.value}}, "required": ["kind"]},
                    "then": {"required": [field], "properties": {field: {"not": {"type": "null"}}}},
                }
                for kind, field in _NEEDS.items()
            ]
        }
    )

    kind: DeclarableKind
    note: str | None = Field(default=None, min_length=3, max_length=4000)
    lead_name: str | None = Field(default=None, min_length=2, max_length=200)
    lead_role: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _fields_for_kind(self) -> Self:
        needs = _NEEDS.get(self.kind)
        if needs is not None and getattr(self, needs) is None:
            raise ValueError(f"{needs} is required for a {self.kind.value} declaration")
        return self

    def payload(self) -> dict[str, Any]:
        match self.kind:
            case DeclarableKind.voice_of_the_child:
                return {"note": self.note}
            case DeclarableKind.performance_lead:
                return {"lead_name": self.lead_name, "lead_role": self.lead_role}
            case _:
                return {}


class DeclarationOut(ResponseModel):
    id: uuid.UUID
    member_id: uuid.UUID
    kind: DeclarationKind
    payload: dict[str, Any]
    declared_by_type: str
    declared_by_id: uuid.UUID
    declared_at: datetime


class Completion(ResponseModel):
    done: int = Field(description="Items done or not applicable")
    total: int


class ChecklistItemOut(ResponseModel):
    id: uuid.UUID
    duty: str
    title: str
    done_when: str
    status: ItemStatus
    derived: bool = Field(description="Computed from the data; cannot be set by hand")
    derivable_later: bool = Field(
        description="Set by hand for now; a later release derives "
        "it from data CSPR Hub does not hold yet"
    )
    evidence: DerivedEvidence | None = Field(
        description="What a derived status rests on, told apart by `kind` (one shape per "
        "derived duty); null for items set by hand, and for a declared duty not yet declared"
    )
    hand_set_status: ItemStatus | None = Field(
        description="For a derived duty: the status set by hand before the duty was derived "
        "from data, kept as history (its note and who set it are `note` and `updated_by_*`); "
        "null for items set by hand now, and for derived ones never set by hand"
    )
    note: str | None
    updated_by_type: str | None
    updated_by_id: uuid.UUID | None
    updated_at: datetime
    etag: str = Field(description="Send as If-Match to PATCH this item")


class ChecklistOut(ResponseModel):
    review_id: uuid.UUID
    member_id: uuid.UUID
    template_version: int | None
    completion: Completion
    items: list[ChecklistItemOut]


class ChecklistItemUpdate(PatchModel):
    nullable = frozenset({"note"})

    status: ItemStatus | None = Field(default=None, description="Manual items only")
    note: str | None = Field(
        default=None,
        max_length=4000,
        description="Required while the status is `not_applicable`: why the duty does not "
        "apply (422 `reason_required` otherwise)",
    )


class OutstandingItem(ResponseModel):
    duty: str
    title: str
    status: ItemStatus
    derived: bool


class TeamMemberOut(ResponseModel):
    member_id: uuid.UUID
    user_id: uuid.UUID
    name: str
    agency_id: uuid.UUID
    agency_name: str
    deputy: bool
    joined_on: date
    completion: Completion | None = Field(description="Null for deputies (no checklist)")
    can_view_checklist: bool = Field(
        description="Whether the caller may read this member's checklist and declarations"
    )
    outstanding: list[OutstandingItem]


class TeamOut(ResponseModel):
    review_id: uuid.UUID
    completion: Completion
    members: list[TeamMemberOut]
