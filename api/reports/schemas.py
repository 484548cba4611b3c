from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field

from api.documents.schemas import FileOut
from api.reports.models import DraftResponseKind
from api.schemas import IsoDate, RequestModel, ResponseModel

_REVIEW = "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b"
_DRAFT = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"
_USER = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
_AGENCY = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"


class DraftCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Child A: overview report (fictional)",
                    "version_label": "v0.3",
                    "circulated_on": "2026-03-02",
                    "note": "Sections 4 to 6 rewritten after the practitioner event.",
                }
            ]
        }
    )

    title: str = Field(min_length=2, max_length=300)
    version_label: str = Field(
        min_length=1,
        max_length=50,
        description="Unique on the review (`v0.3`, `Draft 2`)",
    )
    circulated_on: IsoDate | None = Field(
        default=None,
        description="Defaults to today; not in the future, nor before the current draft's",
    )
    note: str | None = Field(default=None, max_length=4000)


class DraftWithdraw(RequestModel):
    reason: str = Field(min_length=3, max_length=2000, examples=["Superseded: circulated in error"])


class DraftOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _DRAFT,
                    "review_id": _REVIEW,
                    "title": "Child A: overview report (fictional)",
                    "version_label": "v0.3",
                    "circulated_on": "2026-03-02",
                    "note": None,
                    "current": True,
                    "withdrawn_on": None,
                    "withdrawn_reason": None,
                    "circulated_by_type": "user",
                    "circulated_by_id": _USER,
                    "file": {
                        "file_name": "Child A overview report v0.3.docx",
                        "media_type": "application/vnd.openxmlformats-officedocument."
                        "wordprocessingml.document",
                        "size_bytes": 183204,
                        "sha256": "9f2c1d0e8b7a6f5e4d3c2b1a09f8e7d6"
                        "c5b4a39281706f5e4d3c2b1a0f9e8d7c",
                    },
                    "download": f"/api/v1/reviews/{_REVIEW}/drafts/{_DRAFT}/file",
                    "created_at": "2026-03-02T12:00:00Z",
                    "updated_at": "2026-03-02T12:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    title: str
    version_label: str
    circulated_on: date
    note: str | None
    current: bool = Field(
        description="The draft the team responds to now: the latest circulated, not withdrawn"
    )
    withdrawn_on: date | None
    withdrawn_reason: str | None
    circulated_by_type: str
    circulated_by_id: uuid.UUID
    file: FileOut | None = Field(
        default=None,
        description="The report's file, once attached (its name only for those who may open it)",
    )
    download: str | None = Field(
        default=None,
        description="Where to download the file, for the review's managers and its team's "
        "members; null for the rest, and before a file is attached",
    )
    created_at: datetime
    updated_at: datetime


class DraftResponseCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"response": "signed_off"},
                {
                    "response": "comments",
                    "comments": "Paragraph 4.2: the strategy meeting was on 3 March, not 5 March.",
                },
            ]
        }
    )

    response: DraftResponseKind
    comments: str | None = Field(
        default=None,
        min_length=2,
        max_length=20000,
        description="Required with `comments`; not taken with `signed_off`",
    )


class DraftResponseOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
                    "review_id": _REVIEW,
                    "draft_id": _DRAFT,
                    "member_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                    "agency_id": _AGENCY,
                    "response": "comments",
                    "comments": "Paragraph 4.2: the strategy meeting was on 3 March.",
                    "comments_withheld": False,
                    "superseded": False,
                    "responded_by_type": "user",
                    "responded_by_id": _USER,
                    "responded_at": "2026-03-04T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    draft_id: uuid.UUID
    member_id: uuid.UUID = Field(description="The seat it was recorded from")
    agency_id: uuid.UUID
    response: DraftResponseKind
    comments: str | None = Field(
        description="Shown to the review's managers and to the responding agency's own "
        "callers; null for everyone else (see `comments_withheld`)"
    )
    comments_withheld: bool = Field(
        description="True when there are comments the caller may not read"
    )
    superseded: bool = Field(
        description="A later response of the same agency to the same draft replaces it"
    )
    responded_by_type: str
    responded_by_id: uuid.UUID
    responded_at: datetime
