from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import ConfigDict, Field, HttpUrl

from api.actions.models import ActionStatus, EvidenceKind, EvidenceStatus
from api.actions.rag import Rag
from api.documents.schemas import FileOut
from api.schemas import IsoDate, RequestModel, ResponseModel

_REVIEW = "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b"
_RECOMMENDATION = "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e"
_ACTION = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b"
_EVIDENCE = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d"
_USER = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
_AGENCY = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"


class RecommendationCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "label": "R1",
                    "text": "Agencies should make sure that practitioners hear the voice of "
                    "the child directly at every home visit (fictional).",
                }
            ]
        }
    )

    label: str = Field(min_length=1, max_length=20, description="Unique on the review (`R1`)")
    text: str = Field(min_length=5, max_length=4000)


class RecommendationPatch(RequestModel):
    label: str | None = Field(default=None, min_length=1, max_length=20)
    text: str | None = Field(default=None, min_length=5, max_length=4000)


class RecommendationOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _RECOMMENDATION,
                    "review_id": _REVIEW,
                    "label": "R1",
                    "text": "Agencies should hear the voice of the child directly (fictional).",
                    "created_at": "2026-05-01T10:00:00Z",
                    "updated_at": "2026-05-01T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    label: str
    text: str
    created_at: datetime
    updated_at: datetime


class ActionCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "recommendation_id": _RECOMMENDATION,
                    "agency_id": _AGENCY,
                    "title": "Add the child's own words to the home-visit template",
                    "lead_name": "Jordan Example, Head of Practice",
                    "due_on": "2026-09-30",
                    "expected_outcome": "Every home-visit record quotes the child.",
                    "measure_of_success": "An audit of 20 records in October finds 18 or more "
                    "quoting the child.",
                }
            ]
        }
    )

    recommendation_id: uuid.UUID
    agency_id: uuid.UUID = Field(description="The agency that owns the action")
    title: str = Field(min_length=3, max_length=300)
    lead_name: str = Field(min_length=2, max_length=200, description="The named lead")
    due_on: IsoDate
    expected_outcome: str = Field(min_length=3, max_length=4000)
    measure_of_success: str = Field(min_length=3, max_length=4000)


class ActionPatch(RequestModel):
    title: str | None = Field(default=None, min_length=3, max_length=300)
    lead_name: str | None = Field(default=None, min_length=2, max_length=200)
    due_on: IsoDate | None = None
    expected_outcome: str | None = Field(default=None, min_length=3, max_length=4000)
    measure_of_success: str | None = Field(default=None, min_length=3, max_length=4000)


class EvidenceCounts(ResponseModel):
    submitted: int = Field(description="Awaiting the review's managers")
    accepted: int
    returned: int


class ActionOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ACTION,
                    "review_id": _REVIEW,
                    "recommendation_id": _RECOMMENDATION,
                    "agency_id": _AGENCY,
                    "title": "Add the child's own words to the home-visit template",
                    "lead_name": "Jordan Example, Head of Practice",
                    "lead_withheld": False,
                    "due_on": "2026-09-30",
                    "expected_outcome": "Every home-visit record quotes the child.",
                    "measure_of_success": "18 of 20 audited records quote the child.",
                    "status": "in_progress",
                    "rag": "amber",
                    "last_update_on": "2026-07-01",
                    "evidence": {"submitted": 1, "accepted": 0, "returned": 0},
                    "closed_on": None,
                    "closed_reason": None,
                    "override_reason": None,
                    "created_at": "2026-05-01T10:00:00Z",
                    "updated_at": "2026-07-01T09:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    recommendation_id: uuid.UUID
    agency_id: uuid.UUID
    title: str
    lead_name: str | None = Field(description="Null for viewers (a person's name)")
    lead_withheld: bool
    due_on: date
    expected_outcome: str
    measure_of_success: str
    status: ActionStatus
    rag: Rag = Field(
        description="Derived, never typed in: red when past due and not completed; amber "
        "when due within 28 days with no progress update in 28 days; closed when signed "
        "off or cancelled; green otherwise"
    )
    last_update_on: date | None
    evidence: EvidenceCounts
    closed_on: date | None = Field(description="When it was signed off or cancelled")
    closed_reason: str | None
    override_reason: str | None = Field(
        description="Why an administrator signed it off without accepted evidence"
    )
    created_at: datetime
    updated_at: datetime


class UpdateCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "note": "Template changed; training for team managers booked for June.",
                    "status": "in_progress",
                }
            ]
        }
    )

    on: IsoDate | None = Field(default=None, description="Defaults to today; not in the future")
    note: str = Field(min_length=3, max_length=4000)
    status: Literal["in_progress", "completed"] | None = Field(
        default=None, description="Move the action on (or back from completed)"
    )


class UpdateOut(ResponseModel):
    id: uuid.UUID
    action_id: uuid.UUID
    on: date
    note: str | None = Field(description="Null for viewers")
    status: ActionStatus | None
    recorded_by_type: str
    recorded_by_id: uuid.UUID
    recorded_at: datetime


class SignOff(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"reason": "The audit evidence shows the change has landed."},
                {
                    "reason": "Completed; evidence held by the agency's audit team.",
                    "override": True,
                },
            ]
        }
    )

    reason: str = Field(min_length=3, max_length=2000)
    override: bool = Field(
        default=False,
        description="An administrator signs off without accepted evidence (the reason says "
        "why); refused to anyone else",
    )


class CloseReason(RequestModel):
    reason: str = Field(min_length=3, max_length=2000, examples=["Superseded by action 4"])


class EvidenceCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"kind": "note", "note": "Audit of 20 records: 19 quote the child (fictional)."},
                {"kind": "link", "url": "https://intranet.example/audits/2026-10"},
            ]
        }
    )

    kind: Literal["note", "link"] = Field(
        description="A file is sent to `.../evidence/files` as the raw body"
    )
    note: str | None = Field(
        default=None, min_length=3, max_length=8000, description="Required for a note"
    )
    url: HttpUrl | None = Field(default=None, description="Required for a link (https)")


class EvidenceDecision(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"decision": "accepted"},
                {"decision": "returned", "comment": "Please include the audit's sample."},
            ]
        }
    )

    decision: Literal["accepted", "returned"]
    comment: str | None = Field(
        default=None, min_length=2, max_length=4000, description="Required when returning"
    )


class EvidenceOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _EVIDENCE,
                    "review_id": _REVIEW,
                    "action_id": _ACTION,
                    "agency_id": _AGENCY,
                    "kind": "note",
                    "note": "Audit of 20 records: 19 quote the child (fictional).",
                    "url": None,
                    "file": None,
                    "download": None,
                    "status": "submitted",
                    "submitted_by_type": "user",
                    "submitted_by_id": _USER,
                    "decision_comment": None,
                    "decided_by_type": None,
                    "decided_by_id": None,
                    "decided_at": None,
                    "details_withheld": False,
                    "created_at": "2026-10-10T09:00:00Z",
                    "updated_at": "2026-10-10T09:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    action_id: uuid.UUID
    agency_id: uuid.UUID
    kind: EvidenceKind
    note: str | None
    url: str | None
    file: FileOut | None
    download: str | None
    status: EvidenceStatus
    submitted_by_type: str
    submitted_by_id: uuid.UUID
    decision_comment: str | None
    decided_by_type: str | None
    decided_by_id: uuid.UUID | None
    decided_at: datetime | None
    details_withheld: bool = Field(
        description="True for callers who may not read its content (viewers, and agencies "
        "other than the owner)"
    )
    created_at: datetime
    updated_at: datetime
