"""People in a case, their restricted identifying details, and agencies' alert confirmations."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin
from api.reviews.models import ReviewChild


class SubjectRole(enum.StrEnum):
    child = "child"
    sibling = "sibling"
    parent = "parent"
    carer = "carer"
    other = "other"


class Subject(ReviewChild, IdMixin, TimestampMixin, Base):
    """A person in the case. The pseudonym is for everyone; names and date of birth are
    encrypted (AES-GCM, bound to this row's id) and returned only to those entitled."""

    __tablename__ = "subjects"
    __table_args__ = (Index("ix_subjects_review", "review_id", "created_at", "id"),)

    # partnership_id not indexed alone: subjects are read through their review, and an index
    # here led PostgreSQL to scan every subject of the partnership for one review's
    # (migration 0003).
    partnership_indexed = False

    role: Mapped[SubjectRole] = mapped_column(
        Enum(SubjectRole, native_enum=False, length=32, validate_strings=True)
    )
    pseudonym: Mapped[str] = mapped_column(String(100))
    names_enc: Mapped[str | None] = mapped_column(Text)
    date_of_birth_enc: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class SubjectRecord(ReviewChild, IdMixin, TimestampMixin, Base):
    """One agency's own record reference for a subject (encrypted, bound to this row)."""

    __tablename__ = "subject_records"
    __table_args__ = (
        UniqueConstraint("subject_id", "agency_id"),
        Index("ix_subject_records_review", "review_id", "agency_id"),
    )

    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id", ondelete="CASCADE"))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    reference_enc: Mapped[str] = mapped_column(Text)


class AlertConfirmation(ReviewChild, IdMixin, TimestampMixin, Base):
    """An agency's confirmation that the "subject to a Rapid Review" alert is on its record."""

    __tablename__ = "alert_confirmations"
    __table_args__ = (
        UniqueConstraint("subject_id", "agency_id"),
        Index("ix_alert_confirmations_review", "review_id", "created_at", "id"),
    )

    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id", ondelete="CASCADE"))
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    confirmed_on: Mapped[date] = mapped_column(Date)
    confirmed_by_type: Mapped[str] = mapped_column(String(16))  # user or client
    confirmed_by_id: Mapped[uuid.UUID] = mapped_column()
