"""Publication planning (PRODUCT.md section 4): the partnership's requests to the agencies on
a review for what each must confirm before the report is published (its comms lead, that
staff were briefed, that the family was informed, or a question of the partnership's own),
and the agencies' answers."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.reviews.models import ReviewChild


class PlanItem(enum.StrEnum):
    """What a request asks: ``comms_lead`` (a name), ``staff_briefed`` (a date),
    ``family_informed`` (a date, or not applicable with a reason), ``other`` (the request's
    own question, answered in text)."""

    comms_lead = "comms_lead"
    staff_briefed = "staff_briefed"
    family_informed = "family_informed"
    other = "other"


class PublicationRequest(ReviewChild, IdMixin, TimestampMixin, Base):
    """One thing one agency must confirm before publication. Withdrawn, never deleted."""

    __tablename__ = "publication_plan_requests"
    __table_args__ = (
        Index("ix_publication_plan_requests_review", "review_id", "created_at", "id"),
        Index("ix_publication_plan_requests_agency", "review_id", "agency_id"),
    )

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    item: Mapped[PlanItem] = mapped_column(
        Enum(PlanItem, native_enum=False, length=32, validate_strings=True)
    )
    question: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    requested_by_type: Mapped[str] = mapped_column(String(16))
    requested_by_id: Mapped[uuid.UUID] = mapped_column()
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PublicationAnswer(ReviewChild, IdMixin, Base):
    """An agency's answer to a request (append-only: the latest counts)."""

    __tablename__ = "publication_plan_answers"
    __table_args__ = (
        Index("ix_publication_plan_answers_request", "request_id", "answered_at", "id"),
    )

    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("publication_plan_requests.id", ondelete="CASCADE")
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    # The comms lead's name, the answer to an ``other`` question, or why a date does not
    # apply; the date the staff were (or will be) briefed, or the family informed.
    text: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[date | None] = mapped_column(Date)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_by_type: Mapped[str] = mapped_column(String(16))
    answered_by_id: Mapped[uuid.UUID] = mapped_column()
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
