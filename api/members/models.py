"""The review team: each agency's member, their duty checklist and their declarations."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.reviews.models import ReviewChild
from api.security.reach import Reach


class ReviewMember(ReviewChild, IdMixin, TimestampMixin, Base):
    """A user sitting on a review for their agency. Leaving is recorded, never deleted."""

    __tablename__ = "review_members"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    deputy: Mapped[bool] = mapped_column(default=False)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(Text)
    checklist_template_version: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


_active = text("left_on IS NULL")
_active_principal = text("left_on IS NULL AND NOT deputy")
# One active (non-deputy) member per agency per review, and a user sits once at a time.
Index(
    "uq_review_members_active_agency",
    ReviewMember.review_id,
    ReviewMember.agency_id,
    unique=True,
    sqlite_where=_active_principal,
    postgresql_where=_active_principal,
)
Index(
    "uq_review_members_active_user",
    ReviewMember.review_id,
    ReviewMember.user_id,
    unique=True,
    sqlite_where=_active,
    postgresql_where=_active,
)
# Record scoping asks "does this user / agency sit on this review?" for every review read.
Index("ix_review_members_user", ReviewMember.user_id, ReviewMember.review_id)
Index("ix_review_members_agency", ReviewMember.agency_id, ReviewMember.review_id)
Index("ix_review_members_review", ReviewMember.review_id, ReviewMember.created_at, ReviewMember.id)


class ChecklistTemplate(IdMixin, Base):
    """A partnership's versioned list of duties; a member's checklist is made from one."""

    __tablename__ = "checklist_templates"
    __scoping__ = Reach.partnership
    __table_args__ = (UniqueConstraint("partnership_id", "version"),)

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="RESTRICT")
    )
    version: Mapped[int] = mapped_column(Integer)
    # [{"duty": code, "title": text}], in display order.
    duties: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ItemStatus(enum.StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"
    not_applicable = "not_applicable"


class ChecklistItem(ReviewChild, IdMixin, TimestampMixin, Base):
    """One duty of one member. ``status`` is what was set by hand; derived duties ignore it
    and are computed from the data on every read (``api.members.derivation``)."""

    __tablename__ = "checklist_items"
    __table_args__ = (
        UniqueConstraint("member_id", "duty"),
        Index("ix_checklist_items_review", "review_id", "member_id", "position"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("review_members.id", ondelete="CASCADE")
    )
    duty: Mapped[str] = mapped_column(String(48))
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[ItemStatus] = mapped_column(
        Enum(ItemStatus, native_enum=False, length=32, validate_strings=True),
        default=ItemStatus.not_started,
    )
    note: Mapped[str | None] = mapped_column(Text)
    updated_by_type: Mapped[str | None] = mapped_column(String(16))
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DeclarationKind(enum.StrEnum):
    confidentiality = "confidentiality"
    voice_of_the_child = "voice_of_the_child"
    performance_lead = "performance_lead"
    parallel_proceedings = "parallel_proceedings"
    # "No practitioners involved": the agency had none in the terms-of-reference period.
    no_practitioners = "no_practitioners"


class MemberDeclaration(ReviewChild, IdMixin, Base):
    """Something a member declares for their agency (append-only; the latest of a kind
    counts): confidentiality acknowledged, voice of the child attested, the agency's
    performance/development lead named, parallel proceedings declared (or none), no
    practitioners involved."""

    __tablename__ = "member_declarations"
    __table_args__ = (
        Index("ix_member_declarations_review", "review_id", "member_id", "declared_at"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("review_members.id", ondelete="CASCADE")
    )
    kind: Mapped[DeclarationKind] = mapped_column(
        Enum(DeclarationKind, native_enum=False, length=32, validate_strings=True)
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    declared_by_type: Mapped[str] = mapped_column(String(16))
    declared_by_id: Mapped[uuid.UUID] = mapped_column()
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)
