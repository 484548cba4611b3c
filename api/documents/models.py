"""The paperwork a review's methodology asks of each agency (PRODUCT.md section 2,
"Document"): a request to one agency with a due date, the files the agency submits against it
(every version kept), and the lead reviewer's decision on each. The files themselves are in
the file store (``api.files``); ``StoredFile`` is what the database knows of one."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.reviews.models import ReviewChild


class DocumentKind(enum.StrEnum):
    chronology = "chronology"
    agency_report = "agency_report"
    other = "other"


class DocumentDecision(enum.StrEnum):
    """``accepted``: the lead reviewer takes the version as it is; ``returned``: the agency is
    asked for a new version (the comment says why)."""

    accepted = "accepted"
    returned = "returned"


class StoredFile(ReviewChild, IdMixin, Base):
    """A file in the file store: where it is (``store``, ``key``, never derived from anything
    the uploader sent), what it is (the type sniffed from its bytes, its size and SHA-256),
    and the name it was uploaded under, sealed (a file name often names a person) and kept as
    data only."""

    __tablename__ = "stored_files"

    store: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(200), unique=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(100))
    file_name_enc: Mapped[str] = mapped_column(Text)
    uploaded_by_type: Mapped[str] = mapped_column(String(16))
    uploaded_by_id: Mapped[uuid.UUID] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DocumentRequest(ReviewChild, IdMixin, TimestampMixin, Base):
    """A document asked of one agency on the review, due by a date. Withdrawn (no longer
    wanted), never deleted; its status follows from its latest version."""

    __tablename__ = "document_requests"
    __table_args__ = (
        Index("ix_document_requests_review", "review_id", "created_at", "id"),
        Index("ix_document_requests_agency", "review_id", "agency_id"),
    )

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    kind: Mapped[DocumentKind] = mapped_column(
        Enum(DocumentKind, native_enum=False, length=32, validate_strings=True)
    )
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    requested_by_type: Mapped[str] = mapped_column(String(16))
    requested_by_id: Mapped[uuid.UUID] = mapped_column()
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DocumentVersion(ReviewChild, IdMixin, Base):
    """One file an agency submitted against a request (numbered 1, 2, ... per request), and
    the decision on it. A later version supersedes the earlier ones; only the latest is
    decided, once."""

    __tablename__ = "document_versions"
    __table_args__ = (
        UniqueConstraint("document_id", "number"),
        Index("ix_document_versions_review", "review_id", "agency_id"),
    )

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("document_requests.id", ondelete="CASCADE")
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stored_files.id", ondelete="RESTRICT"))
    submitted_by_type: Mapped[str] = mapped_column(String(16))
    submitted_by_id: Mapped[uuid.UUID] = mapped_column()
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    decision: Mapped[DocumentDecision | None] = mapped_column(
        Enum(DocumentDecision, native_enum=False, length=16, validate_strings=True)
    )
    decision_comment: Mapped[str | None] = mapped_column(Text)
    decided_by_type: Mapped[str | None] = mapped_column(String(16))
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column()
    decided_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
