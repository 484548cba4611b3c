"""The annual figures' answer: counts only, never a record or a person."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field

from api.schemas import ResponseModel


class Count(ResponseModel):
    """How many there are of one kind (an incident kind, a decision, a RAG status...)."""

    key: str
    count: int


class Notifications(ResponseModel):
    total: int
    by_incident_kind: list[Count] = Field(
        description="Every incident kind, in the order of the API's enum, zeros included"
    )


class RapidReviews(ResponseModel):
    sent: int = Field(description="Rapid Reviews sent to the Panel in the period")
    within_deadline: int = Field(
        description="Of those, sent no later than `working_days` working days after the "
        "partnership became aware (England's working-day calendar)"
    )
    late: int
    working_days: int = Field(description="The deadline in force (15 under WT2023)")
    rule: str = Field(description="The statutory rule the deadline comes from")


class Decisions(ResponseModel):
    total: int
    by_decision: list[Count] = Field(description="Every decision, zeros included")


class Lcsprs(ResponseModel):
    started: int = Field(description="Decisions in the period to hold a local review")
    published: int = Field(description="Local reviews published in the period")


class TimeToPublication(ResponseModel):
    unit: Literal["calendar_days"] = "calendar_days"
    published: int = Field(
        description="Reviews published in the period with a decision date to count from"
    )
    median_days: float | None = Field(description="None when nothing was published")
    max_days: int | None
    within_deadline: int = Field(
        description="Published no later than `months` calendar months after the decision"
    )
    months: int = Field(description="The publication deadline in force (6 under WT2023)")


class ActionFigures(ResponseModel):
    as_of: date = Field(description="RAG is derived as of this day (today)")
    total: int
    by_rag: list[Count] = Field(description="red, amber, green, closed; zeros included")
    by_status: list[Count] = Field(description="Every action status, zeros included")


class ThemeCount(ResponseModel):
    theme_id: uuid.UUID
    name: str
    count: int


class Learning(ResponseModel):
    total: int
    by_theme: list[ThemeCount] = Field(
        description="Themes with learning in the period, most first (withdrawn items left out)"
    )


class FiguresOut(ResponseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "period_from": "2025-04-01",
                    "period_to": "2026-03-31",
                    "notifications": {
                        "total": 7,
                        "by_incident_kind": [
                            {"key": "death", "count": 2},
                            {"key": "serious_harm", "count": 4},
                            {"key": "care_leaver_death", "count": 1},
                        ],
                    },
                    "rapid_reviews": {
                        "sent": 6,
                        "within_deadline": 5,
                        "late": 1,
                        "working_days": 15,
                        "rule": "rapid_review_to_panel",
                    },
                    "decisions": {
                        "total": 6,
                        "by_decision": [
                            {"key": "lcspr", "count": 2},
                            {"key": "no_review", "count": 3},
                            {"key": "national_review", "count": 1},
                        ],
                    },
                    "lcsprs": {"started": 2, "published": 1},
                    "time_to_publication": {
                        "unit": "calendar_days",
                        "published": 1,
                        "median_days": 190.0,
                        "max_days": 190,
                        "within_deadline": 0,
                        "months": 6,
                    },
                    "actions": {
                        "as_of": "2026-04-20",
                        "total": 12,
                        "by_rag": [
                            {"key": "red", "count": 2},
                            {"key": "amber", "count": 3},
                            {"key": "green", "count": 5},
                            {"key": "closed", "count": 2},
                        ],
                        "by_status": [
                            {"key": "not_started", "count": 3},
                            {"key": "in_progress", "count": 6},
                            {"key": "completed", "count": 1},
                            {"key": "signed_off", "count": 1},
                            {"key": "cancelled", "count": 1},
                        ],
                    },
                    "learning": {
                        "total": 4,
                        "by_theme": [
                            {
                                "theme_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
                                "name": "Information sharing",
                                "count": 3,
                            },
                            {
                                "theme_id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                                "name": "Hearing the voice of the child",
                                "count": 1,
                            },
                        ],
                    },
                }
            ]
        }
    )

    period_from: date
    period_to: date
    notifications: Notifications
    rapid_reviews: RapidReviews
    decisions: Decisions
    lcsprs: Lcsprs
    time_to_publication: TimeToPublication
    actions: ActionFigures
    learning: Learning
