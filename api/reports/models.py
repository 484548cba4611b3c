"""Draft report versions and the review team's factual-accuracy responses to them
(PRODUCT.md section 4, "review of satisfactory quality"): the lead reviewer circulates a
version; each agency's member signs it off or returns comments. A draft is its title, version
label and date, and the file the team reads, kept in the file store (``api.files``)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.reviews.models import ReviewChild


class DraftResponseKind(enum.StrEnum):
    """``signed_off``: the agency confirms the draft's factual accuracy; ``comments``: it
    returns comments (the text is required)."""

    signed_off = "signed_off"
    comments = "comments"


class ReportDraft(ReviewChild, IdMixin, TimestampMixin, Base):
    """A version of the review's report as circulated to the team. The current draft is the
    latest circulated one not withdrawn; a draft is withdrawn (superseded), never deleted."""

    __tablename__ = "report_drafts"
    __table_args__ = (
        UniqueConstraint("review_id", "version_label"),
        Index("ix_report_drafts_review", "review_id", "created_at", "id"),
    )

    title: Mapped[str] = mapped_column(String(300))
    version_label: Mapped[str] = mapped_column(String(50))
    circulated_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    circulated_by_type: Mapped[str] = mapped_column(String(16))
    circulated_by_id: Mapped[uuid.UUID] = mapped_column()
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    # The report's file, attached once: another file is another version.
    file_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stored_files.id", ondelete="RESTRICT")
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DraftResponse(ReviewChild, IdMixin, Base):
    """One agency's response to a draft, recorded by a member with a seat for it
    (append-only: a later response of the same agency to the same draft supersedes it)."""

    __tablename__ = "report_draft_responses"
    __table_args__ = (
        Index("ix_report_draft_responses_draft", "draft_id", "responded_at", "id"),
        Index("ix_report_draft_responses_review", "review_id", "agency_id"),
    )

    draft_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report_drafts.id", ondelete="CASCADE"))
    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("review_members.id", ondelete="CASCADE")
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    response: Mapped[DraftResponseKind] = mapped_column(
        Enum(DraftResponseKind, native_enum=False, length=32, validate_strings=True)
    )
    comments: Mapped[str | None] = mapped_column(Text)
    responded_by_type: Mapped[str] = mapped_column(String(16))
    responded_by_id: Mapped[uuid.UUID] = mapped_column()
    responded_at: Mapped[datetime] = mapped_column(default=utcnow)
