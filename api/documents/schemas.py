from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import ConfigDict, Field

from api.documents.models import DocumentDecision, DocumentKind
from api.schemas import IsoDate, RequestModel, ResponseModel

_REVIEW = "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b"
_DOCUMENT = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
_VERSION = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a"
_USER = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
_AGENCY = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"
_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


class DocumentStatus(StrEnum):
    """Where a request stands, from its latest version: ``requested`` (nothing submitted),
    ``submitted`` (awaiting the lead reviewer), ``accepted``, ``returned`` (a new version is
    wanted), or ``withdrawn`` (no longer wanted)."""

    requested = "requested"
    submitted = "submitted"
    accepted = "accepted"
    returned = "returned"
    withdrawn = "withdrawn"


class DocumentToAll(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "chronology",
                    "title": "Chronology of involvement, 1 March 2025 to 14 February 2026",
                    "due_on": "2026-04-03",
                    "note": "Use the partnership's chronology template.",
                }
            ]
        }
    )

    kind: DocumentKind
    title: str = Field(min_length=2, max_length=300)
    due_on: IsoDate = Field(description="Not before today")
    note: str | None = Field(default=None, max_length=4000)


class DocumentCreate(DocumentToAll):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "agency_id": _AGENCY,
                    "kind": "agency_report",
                    "title": "Agency report (fictional)",
                    "due_on": "2026-04-17",
                    "note": None,
                }
            ]
        }
    )

    agency_id: uuid.UUID = Field(description="An agency with a current seat on the review")


class DocumentPatch(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"due_on": "2026-04-24", "note": "Extended by a week."}]}
    )

    title: str | None = Field(default=None, min_length=2, max_length=300)
    due_on: IsoDate | None = None
    note: str | None = Field(default=None, max_length=4000)


class DocumentWithdraw(RequestModel):
    reason: str = Field(min_length=3, max_length=2000, examples=["Asked of the wrong agency"])


class DecisionCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"decision": "accepted"},
                {
                    "decision": "returned",
                    "comment": "Entries for May 2025 are missing; please add them.",
                },
            ]
        }
    )

    decision: DocumentDecision
    comment: str | None = Field(
        default=None,
        min_length=2,
        max_length=4000,
        description="Required when returning a version: what the agency should change",
    )


class FileOut(ResponseModel):
    file_name: str | None = Field(
        description="The name it was uploaded under (data only); null for callers who may "
        "not open the file"
    )
    media_type: str = Field(description="The type found in the file's bytes")
    size_bytes: int
    sha256: str = Field(description="SHA-256 of the bytes as stored, in hex")


class VersionOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _VERSION,
                    "review_id": _REVIEW,
                    "document_id": _DOCUMENT,
                    "agency_id": _AGENCY,
                    "number": 2,
                    "file": {
                        "file_name": "chronology-v2.docx",
                        "media_type": "application/vnd.openxmlformats-officedocument"
                        ".wordprocessingml.document",
                        "size_bytes": 48213,
                        "sha256": _SHA,
                    },
                    "download": f"/api/v1/reviews/{_REVIEW}/documents/{_DOCUMENT}"
                    f"/versions/{_VERSION}/file",
                    "superseded": False,
                    "submitted_by_type": "user",
                    "submitted_by_id": _USER,
                    "submitted_at": "2026-03-30T09:12:00Z",
                    "decision": "returned",
                    "decision_comment": "Entries for May 2025 are missing.",
                    "decided_by_type": "user",
                    "decided_by_id": _USER,
                    "decided_at": "2026-03-31T15:00:00Z",
                    "details_withheld": False,
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    document_id: uuid.UUID
    agency_id: uuid.UUID
    number: int = Field(description="1 for the first file submitted against the request")
    file: FileOut
    download: str | None = Field(
        description="Where the file is downloaded; null for callers who may not open it"
    )
    superseded: bool = Field(description="A later version has been submitted")
    submitted_by_type: str
    submitted_by_id: uuid.UUID
    submitted_at: datetime
    decision: DocumentDecision | None
    decision_comment: str | None = Field(
        description="Shown to the review's managers and the submitting agency's own callers"
    )
    decided_by_type: str | None
    decided_by_id: uuid.UUID | None
    decided_at: datetime | None
    details_withheld: bool = Field(
        description="True when the file's name, the file and the comment are not the caller's "
        "to open (another agency's paperwork, or a viewer)"
    )


class DocumentOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _DOCUMENT,
                    "review_id": _REVIEW,
                    "agency_id": _AGENCY,
                    "kind": "chronology",
                    "title": "Chronology of involvement (fictional)",
                    "due_on": "2026-04-03",
                    "note": None,
                    "status": "requested",
                    "overdue": False,
                    "versions": 0,
                    "latest_version": None,
                    "requested_by_type": "user",
                    "requested_by_id": _USER,
                    "withdrawn_on": None,
                    "withdrawn_reason": None,
                    "created_at": "2026-03-06T10:00:00Z",
                    "updated_at": "2026-03-06T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    agency_id: uuid.UUID
    kind: DocumentKind
    title: str
    due_on: date
    note: str | None
    status: DocumentStatus
    overdue: bool = Field(
        description="Past its due date and neither submitted nor accepted (requested, or returned)"
    )
    versions: int = Field(description="How many files have been submitted against it")
    latest_version: VersionOut | None
    requested_by_type: str
    requested_by_id: uuid.UUID
    withdrawn_on: date | None
    withdrawn_reason: str | None
    created_at: datetime
    updated_at: datetime
