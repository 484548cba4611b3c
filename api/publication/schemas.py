from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field

from api.publication.models import PlanItem
from api.schemas import IsoDate, RequestModel, ResponseModel

_REVIEW = "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b"
_REQUEST = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a"
_USER = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
_AGENCY = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"

QUESTION = Field(
    default=None,
    min_length=2,
    max_length=2000,
    description="Required for `other` (the question itself); for the other items, an optional "
    "note to the agency",
)


class RequestToAll(RequestModel):
    """What every agency on the review is asked."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"item": "staff_briefed", "due_on": "2026-05-29"}]}
    )

    item: PlanItem
    question: str | None = QUESTION
    due_on: IsoDate | None = Field(default=None, description="When the answer is needed by")


class RequestCreate(RequestToAll):
    """What one agency on the review is asked."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"agency_id": _AGENCY, "item": "comms_lead", "due_on": "2026-05-15"},
                {
                    "agency_id": _AGENCY,
                    "item": "other",
                    "question": "Will your press office hold a statement on the day?",
                },
            ]
        }
    )

    agency_id: uuid.UUID = Field(description="An agency that sits on the review")


class RequestWithdraw(RequestModel):
    reason: str = Field(min_length=3, max_length=2000, examples=["Asked twice in error"])


class AnswerCreate(RequestModel):
    """An answer, by what the request asks: ``comms_lead`` the comms lead's name in
    ``text``; ``staff_briefed`` the date in ``done_on``; ``family_informed`` the date, or
    ``not_applicable`` with the reason in ``text``; ``other`` the answer in ``text``."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"text": "Robin Example, Communications Manager (fictional)"},
                {"done_on": "2026-05-20"},
                {"not_applicable": True, "text": "The family asked not to be contacted again."},
            ]
        }
    )

    text: str | None = Field(default=None, min_length=2, max_length=4000)
    done_on: IsoDate | None = Field(
        default=None, description="The date the staff were briefed, or the family informed"
    )
    not_applicable: bool = Field(
        default=False, description="`family_informed` only, with the reason in `text`"
    )


class AnswerOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f",
                    "review_id": _REVIEW,
                    "request_id": _REQUEST,
                    "agency_id": _AGENCY,
                    "text": "Robin Example, Communications Manager (fictional)",
                    "done_on": None,
                    "not_applicable": False,
                    "answered_by_type": "user",
                    "answered_by_id": _USER,
                    "answered_at": "2026-03-04T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    request_id: uuid.UUID
    agency_id: uuid.UUID
    text: str | None
    done_on: date | None
    not_applicable: bool
    answered_by_type: str
    answered_by_id: uuid.UUID
    answered_at: datetime


class RequestOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _REQUEST,
                    "review_id": _REVIEW,
                    "agency_id": _AGENCY,
                    "item": "comms_lead",
                    "question": None,
                    "due_on": "2026-05-15",
                    "answered": False,
                    "latest_answer": None,
                    "withdrawn_on": None,
                    "withdrawn_reason": None,
                    "requested_by_type": "user",
                    "requested_by_id": _USER,
                    "created_at": "2026-03-02T12:00:00Z",
                    "updated_at": "2026-03-02T12:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    agency_id: uuid.UUID
    item: PlanItem
    question: str | None
    due_on: date | None
    answered: bool
    latest_answer: AnswerOut | None = Field(description="The answer that counts: the latest")
    withdrawn_on: date | None
    withdrawn_reason: str | None
    requested_by_type: str
    requested_by_id: uuid.UUID
    created_at: datetime
    updated_at: datetime


class RequestsSent(ResponseModel):
    """The requests sent, one per agency on the review."""

    items: list[RequestOut]
