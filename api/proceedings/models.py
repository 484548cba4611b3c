"""Parallel proceedings (PRODUCT.md section 2): criminal investigations and trials, inquests,
family court and disciplinary proceedings, other statutory reviews, each declared on a review
by the agency that knows of it; and an agency's dated declaration that it knows of none."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.reviews.models import ReviewChild


class ProceedingKind(enum.StrEnum):
    criminal_investigation = "criminal_investigation"
    criminal_trial = "criminal_trial"
    inquest = "inquest"
    family_court = "family_court"
    disciplinary = "disciplinary"
    domestic_homicide_review = "domestic_homicide_review"
    safeguarding_adult_review = "safeguarding_adult_review"
    other = "other"


class ProceedingStatus(enum.StrEnum):
    """``planned``: known to be coming (a trial listed, an inquest opened and adjourned);
    ``active``: under way; ``concluded``: over. Ending one is this change, never a delete."""

    planned = "planned"
    active = "active"
    concluded = "concluded"


def _enum(kind: type[enum.Enum]) -> Enum:
    return Enum(kind, native_enum=False, length=32, validate_strings=True)


class ParallelProceeding(ReviewChild, IdMixin, TimestampMixin, Base):
    """A proceeding running alongside the review, declared by one agency on it."""

    __tablename__ = "parallel_proceedings"
    __table_args__ = (
        Index("ix_parallel_proceedings_review", "review_id", "created_at", "id"),
        Index("ix_parallel_proceedings_agency", "review_id", "agency_id"),
    )

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    kind: Mapped[ProceedingKind] = mapped_column(_enum(ProceedingKind))
    status: Mapped[ProceedingStatus] = mapped_column(
        _enum(ProceedingStatus), default=ProceedingStatus.active
    )
    # Whom the review team asks about it (an officer in the case, the coroner's office): a
    # role or a team's address, not a person in the case.
    liaison_contact: Mapped[str | None] = mapped_column(Text)
    expected_end_on: Mapped[date | None] = mapped_column(Date)
    concluded_on: Mapped[date | None] = mapped_column(Date)
    holds_publication: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_type: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class NoProceedingsDeclaration(ReviewChild, IdMixin, Base):
    """An agency's dated declaration that it knows of no parallel proceeding (append-only; the
    latest counts). Recording a proceeding afterwards supersedes it."""

    __tablename__ = "no_proceedings_declarations"
    __table_args__ = (
        Index("ix_no_proceedings_declarations_review", "review_id", "agency_id", "created_at"),
    )

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    declared_on: Mapped[date] = mapped_column(Date)
    declared_by_type: Mapped[str] = mapped_column(String(16))
    declared_by_id: Mapped[uuid.UUID] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
