from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field

from api.learning.models import DisseminationMethod, LandedMethod, LandedOutcome
from api.schemas import IsoDate, PatchModel, RequestModel, ResponseModel

_REVIEW = "6f1c2b9a-7d41-4f3e-8a0b-1c2d3e4f5a6b"
_THEME = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
_ITEM = "5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a"
_DISSEMINATION = "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b"
_AGENCY = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"
_USER = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"


# --- Themes ----------------------------------------------------------------------------------


class ThemeCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Children missing education",
                    "description": "Children not in school, or on part-time timetables.",
                }
            ]
        }
    )

    name: str = Field(min_length=2, max_length=120, description="Unique in the partnership")
    description: str | None = Field(default=None, max_length=2000)


class ThemePatch(PatchModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"active": False}, {"name": "Safer sleep"}]}
    )
    nullable = frozenset({"description"})

    name: str | None = Field(default=None, min_length=2, max_length=120)
    description: str | None = Field(default=None, max_length=2000)
    active: bool | None = Field(
        default=None, description="A retired theme stays on its items; new items cannot use it"
    )


class ThemeOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _THEME,
                    "name": "Hearing the voice of the child",
                    "description": None,
                    "active": True,
                    "created_at": "2026-05-01T10:00:00Z",
                    "updated_at": "2026-05-01T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    name: str
    description: str | None
    active: bool
    created_at: datetime
    updated_at: datetime


# --- Learning items --------------------------------------------------------------------------


class LearningCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "theme_id": _THEME,
                    "title": "Home visits did not include time alone with the child",
                    "description": "Across three agencies, visits were arranged through the "
                    "parent and the child was not seen alone (fictional).",
                    "emerged_on": "2026-06-12",
                }
            ]
        }
    )

    theme_id: uuid.UUID = Field(description="An active theme of the partnership's list")
    title: str = Field(min_length=3, max_length=300)
    description: str = Field(min_length=3, max_length=8000)
    emerged_on: IsoDate | None = Field(
        default=None, description="When the learning emerged; defaults to today, not in the future"
    )


class LearningPatch(PatchModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"title": "Children were not seen alone at home visits"}]}
    )

    theme_id: uuid.UUID | None = None
    title: str | None = Field(default=None, min_length=3, max_length=300)
    description: str | None = Field(default=None, min_length=3, max_length=8000)
    emerged_on: IsoDate | None = None


class Withdrawal(RequestModel):
    reason: str = Field(
        min_length=3, max_length=2000, examples=["Recorded twice: see the item on safer sleep"]
    )


class AgencySharing(ResponseModel):
    """How far one agency has shared a learning item."""

    agency_id: uuid.UUID
    disseminations: int
    checked: int = Field(description="Of them, with a landed check recorded")
    landed: bool = Field(description="A check found it landed, fully or in part")


class LearningOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ITEM,
                    "review_id": _REVIEW,
                    "theme_id": _THEME,
                    "theme": "Hearing the voice of the child",
                    "title": "Home visits did not include time alone with the child",
                    "description": "Visits were arranged through the parent (fictional).",
                    "emerged_on": "2026-06-12",
                    "recorded_by_type": "user",
                    "recorded_by_id": _USER,
                    "withdrawn_on": None,
                    "withdrawn_reason": None,
                    "sharing": [
                        {"agency_id": _AGENCY, "disseminations": 1, "checked": 1, "landed": True}
                    ],
                    "created_at": "2026-06-12T10:00:00Z",
                    "updated_at": "2026-06-12T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    theme_id: uuid.UUID
    theme: str
    title: str
    description: str
    emerged_on: date
    recorded_by_type: str
    recorded_by_id: uuid.UUID
    withdrawn_on: date | None
    withdrawn_reason: str | None
    sharing: list[AgencySharing] = Field(
        description="Per agency that has shared it: how often, and whether it landed"
    )
    created_at: datetime
    updated_at: datetime


# --- Disseminations --------------------------------------------------------------------------


class DisseminationCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "method": "seven_minute_briefing",
                    "on": "2026-07-03",
                    "audience_size": 24,
                    "note": "Briefing to the locality social work teams.",
                }
            ]
        }
    )

    method: DisseminationMethod
    on: IsoDate = Field(description="When it was shared; not in the future")
    audience_size: int = Field(ge=1, le=100000, description="How many people it reached")
    note: str | None = Field(default=None, min_length=2, max_length=4000)


class LandedCheck(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "on": "2026-10-01",
                    "method": "case_audit",
                    "outcome": "landed",
                    "note": "Audit of 20 visit records: 18 record time alone with the child.",
                }
            ]
        }
    )

    on: IsoDate = Field(description="When it was checked; not before it was shared, not future")
    method: LandedMethod
    outcome: LandedOutcome = Field(
        description="`not_landed` leaves the agency to share the learning again"
    )
    note: str | None = Field(default=None, min_length=2, max_length=4000)


class DisseminationOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _DISSEMINATION,
                    "review_id": _REVIEW,
                    "learning_item_id": _ITEM,
                    "agency_id": _AGENCY,
                    "method": "seven_minute_briefing",
                    "on": "2026-07-03",
                    "audience_size": 24,
                    "note": "Briefing to the locality social work teams.",
                    "recorded_by_type": "user",
                    "recorded_by_id": _USER,
                    "landed_on": "2026-10-01",
                    "landed_method": "case_audit",
                    "landed_outcome": "landed",
                    "landed_note": "18 of 20 records show time alone with the child.",
                    "notes_withheld": False,
                    "created_at": "2026-07-03T10:00:00Z",
                    "updated_at": "2026-10-01T10:00:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    review_id: uuid.UUID
    learning_item_id: uuid.UUID
    agency_id: uuid.UUID
    method: DisseminationMethod
    on: date
    audience_size: int
    note: str | None = Field(description="Null for viewers")
    recorded_by_type: str
    recorded_by_id: uuid.UUID
    landed_on: date | None
    landed_method: LandedMethod | None
    landed_outcome: LandedOutcome | None
    landed_note: str | None = Field(description="Null for viewers")
    notes_withheld: bool = Field(description="True for viewers: free-text notes may name people")
    created_at: datetime
    updated_at: datetime
