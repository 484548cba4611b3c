"""The learning action plan (PRODUCT.md section 2, "Recommendation / Action", "Evidence"): the
review's recommendations, the SMART actions that answer them (each owned by one agency, with a
named lead), dated progress updates, and the evidence an agency offers that an action is done,
which the lead reviewer accepts or returns. An action's RAG status is derived from its dates
and status (``rag``), never typed in."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.reviews.models import ReviewChild


class ActionStatus(enum.StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    completed = "completed"
    signed_off = "signed_off"
    cancelled = "cancelled"


class EvidenceKind(enum.StrEnum):
    note = "note"
    link = "link"
    file = "file"


class EvidenceStatus(enum.StrEnum):
    submitted = "submitted"
    accepted = "accepted"
    returned = "returned"


class Recommendation(ReviewChild, IdMixin, TimestampMixin, Base):
    """A recommendation of the review's report, labelled (``R1``) and worded as published."""

    __tablename__ = "recommendations"
    __table_args__ = (
        UniqueConstraint("review_id", "label"),
        Index("ix_recommendations_review", "review_id", "created_at", "id"),
    )

    label: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Action(ReviewChild, IdMixin, TimestampMixin, Base):
    """A SMART action answering a recommendation, owned by one agency."""

    __tablename__ = "actions"
    __table_args__ = (
        Index("ix_actions_review", "review_id", "created_at", "id"),
        Index("ix_actions_partnership", "partnership_id", "created_at", "id"),
        Index("ix_actions_agency", "review_id", "agency_id"),
    )
    partnership_indexed = False  # ix_actions_partnership leads with it

    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendations.id", ondelete="RESTRICT")
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(300))
    lead_name: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    expected_outcome: Mapped[str] = mapped_column(Text)
    measure_of_success: Mapped[str] = mapped_column(Text)
    status: Mapped[ActionStatus] = mapped_column(
        Enum(ActionStatus, native_enum=False, length=16, validate_strings=True),
        default=ActionStatus.not_started,
    )
    last_update_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_reason: Mapped[str | None] = mapped_column(Text)
    closed_by_type: Mapped[str | None] = mapped_column(String(16))
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column()
    override_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ActionUpdate(ReviewChild, IdMixin, Base):
    """A dated progress note on an action (append-only), and the status it moved it to."""

    __tablename__ = "action_updates"
    __table_args__ = (Index("ix_action_updates_action", "action_id", "recorded_at", "id"),)
    partnership_indexed = False

    action_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[ActionStatus | None] = mapped_column(
        Enum(ActionStatus, native_enum=False, length=16, validate_strings=True)
    )
    recorded_by_type: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Evidence(ReviewChild, IdMixin, TimestampMixin, Base):
    """What an agency offers to show an action done: a note, a link or a file, submitted and
    then accepted or returned with a comment by the review's managers."""

    __tablename__ = "evidence"
    __table_args__ = (
        Index("ix_evidence_action", "action_id", "created_at", "id"),
        Index("ix_evidence_review", "review_id", "agency_id"),
    )
    partnership_indexed = False

    action_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    kind: Mapped[EvidenceKind] = mapped_column(
        Enum(EvidenceKind, native_enum=False, length=8, validate_strings=True)
    )
    note: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000))
    file_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stored_files.id", ondelete="RESTRICT")
    )
    status: Mapped[EvidenceStatus] = mapped_column(
        Enum(EvidenceStatus, native_enum=False, length=16, validate_strings=True),
        default=EvidenceStatus.submitted,
    )
    submitted_by_type: Mapped[str] = mapped_column(String(16))
    submitted_by_id: Mapped[uuid.UUID] = mapped_column()
    decision_comment: Mapped[str | None] = mapped_column(Text)
    decided_by_type: Mapped[str | None] = mapped_column(String(16))
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column()
    decided_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
