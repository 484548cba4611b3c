"""Learning and its dissemination (PRODUCT.md section 2, "Learning item", "Dissemination"):
learning recorded on a review as it emerges, each item under a theme from the partnership's
own list (so learning compares across reviews), and per agency the ways it was shared and,
later, the check that it landed."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin
from api.reviews.models import ReviewChild
from api.security.reach import Reach


class DisseminationMethod(enum.StrEnum):
    seven_minute_briefing = "seven_minute_briefing"
    training = "training"
    team_meeting = "team_meeting"
    supervision = "supervision"
    newsletter = "newsletter"
    other = "other"


class LandedMethod(enum.StrEnum):
    """How an agency checked that learning landed."""

    case_audit = "case_audit"
    practitioner_survey = "practitioner_survey"
    supervision = "supervision"
    observation = "observation"
    feedback = "feedback"
    other = "other"


class LandedOutcome(enum.StrEnum):
    """What the check found: ``not_landed`` leaves the learning to be shared again."""

    landed = "landed"
    partly_landed = "partly_landed"
    not_landed = "not_landed"


DEFAULT_THEMES: tuple[str, ...] = (
    "Hearing the voice of the child",
    "Information sharing",
    "Multi-agency working",
    "Risk assessment and decision-making",
    "Professional curiosity",
    "Escalation and challenge",
    "Domestic abuse",
    "Parental mental health",
    "Parental substance misuse",
    "Neglect",
    "Safer sleep",
    "Non-accidental injury in babies",
    "Child sexual abuse",
    "Child exploitation",
    "Fathers and male carers",
    "Transitions between services",
)
"""The themes a new partnership starts with (national review themes); its administrators
add, rename and retire them."""


class LearningTheme(IdMixin, TimestampMixin, Base):
    """A theme of the partnership's list; retired themes stay on the items that use them."""

    __tablename__ = "learning_themes"
    __scoping__ = Reach.partnership
    __table_args__ = (UniqueConstraint("partnership_id", "name"),)

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class LearningItem(ReviewChild, IdMixin, TimestampMixin, Base):
    """A piece of learning, recorded when it emerges; withdrawn (with the reason), never
    deleted."""

    __tablename__ = "learning_items"
    __table_args__ = (
        Index("ix_learning_items_review", "review_id", "created_at", "id"),
        Index("ix_learning_items_theme", "partnership_id", "theme_id", "emerged_on"),
    )
    partnership_indexed = False  # ix_learning_items_theme leads with it

    theme_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learning_themes.id", ondelete="RESTRICT")
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    emerged_on: Mapped[date] = mapped_column(Date)
    recorded_by_type: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column()
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Dissemination(ReviewChild, IdMixin, TimestampMixin, Base):
    """One agency sharing one learning item (how, when, with how many), and the check that
    it landed, recorded once, later."""

    __tablename__ = "disseminations"
    __table_args__ = (
        Index("ix_disseminations_item", "learning_item_id", "created_at", "id"),
        Index("ix_disseminations_review", "review_id", "agency_id"),
    )
    partnership_indexed = False

    learning_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learning_items.id", ondelete="CASCADE")
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    method: Mapped[DisseminationMethod] = mapped_column(
        Enum(DisseminationMethod, native_enum=False, length=32, validate_strings=True)
    )
    on: Mapped[date] = mapped_column(Date)
    audience_size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_type: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column()
    landed_on: Mapped[date | None] = mapped_column(Date)
    landed_method: Mapped[LandedMethod | None] = mapped_column(
        Enum(LandedMethod, native_enum=False, length=32, validate_strings=True)
    )
    landed_outcome: Mapped[LandedOutcome | None] = mapped_column(
        Enum(LandedOutcome, native_enum=False, length=16, validate_strings=True)
    )
    landed_note: Mapped[str | None] = mapped_column(Text)
    landed_by_type: Mapped[str | None] = mapped_column(String(16))
    landed_by_id: Mapped[uuid.UUID | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
