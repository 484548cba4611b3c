"""Reviews: one per serious incident notification, with its dates, status and history."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, query_expression, relationship

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.partnerships.models import Partnership
from api.security import scoping
from api.security.principal import Principal
from api.security.reach import Reach
from api.statutory import IncidentKind


class ReviewStatus(enum.StrEnum):
    """The lifecycle of PRODUCT.md section 5 (transitions in ``api.reviews.lifecycle``)."""

    notified = "notified"
    rapid_review = "rapid_review"
    awaiting_decision = "awaiting_decision"
    no_review = "no_review"
    national_review = "national_review"
    scoping = "scoping"
    in_review = "in_review"
    drafting = "drafting"
    publication = "publication"
    published = "published"
    not_published = "not_published"
    monitoring = "monitoring"
    closed = "closed"


class Decision(enum.StrEnum):
    """The partnership's decision after the Rapid Review (with the Panel's view)."""

    lcspr = "lcspr"
    no_review = "no_review"
    national_review = "national_review"


def _enum(kind: type[enum.Enum]) -> Enum:
    # Store the values ("care_leaver_death"), not the Python names, so the column reads well.
    return Enum(
        kind,
        native_enum=False,
        length=32,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class Review(IdMixin, TimestampMixin, Base):
    __tablename__ = "reviews"
    # Who reaches which review: ``api.reviews.access``.
    __scoping__ = Reach.rule
    __table_args__ = (
        UniqueConstraint("partnership_id", "reference"),
        # The list: keyset pagination by (updated_at, id) inside one partnership.
        Index("ix_reviews_partnership_updated", "partnership_id", "updated_at", "id"),
        Index("ix_reviews_partnership_status", "partnership_id", "status"),
        # "overdue" is next_deadline_on < today: an index range, not a computation per row.
        Index("ix_reviews_partnership_next_deadline", "partnership_id", "next_deadline_on"),
        Index("ix_reviews_lead_reviewer", "lead_reviewer_id", "updated_at"),
    )

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="RESTRICT")
    )
    # Never loaded behind the caller's back (lazy="raise"): a read that needs the
    # partnership's rule set joins it into the review's own query.
    partnership: Mapped[Partnership] = relationship(lazy="raise")
    reference: Mapped[str] = mapped_column(String(32))
    reference_year: Mapped[int] = mapped_column(Integer)
    reference_number: Mapped[int] = mapped_column(Integer)
    child_pseudonym: Mapped[str] = mapped_column(String(100))
    incident_kind: Mapped[IncidentKind] = mapped_column(_enum(IncidentKind))
    sin_reference: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[ReviewStatus] = mapped_column(_enum(ReviewStatus), default=ReviewStatus.notified)
    lead_reviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="RESTRICT")
    )
    # Not a column: the lead reviewer's name, filled in by a read that asks for it in the
    # review's own query (``repository.WITH_LEAD_REVIEWER_NAME``).
    lead_reviewer_name: Mapped[str | None] = query_expression()

    incident_on: Mapped[date] = mapped_column(Date)
    became_aware_on: Mapped[date] = mapped_column(Date)
    sin_sent_on: Mapped[date | None] = mapped_column(Date)
    rapid_review_meeting_on: Mapped[date | None] = mapped_column(Date)
    rapid_review_sent_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[Decision | None] = mapped_column(_enum(Decision))
    decision_on: Mapped[date | None] = mapped_column(Date)
    final_report_sent_on: Mapped[date | None] = mapped_column(Date)
    planned_publication_on: Mapped[date | None] = mapped_column(Date)
    published_on: Mapped[date | None] = mapped_column(Date)
    care_leaver_notified_on: Mapped[date | None] = mapped_column(Date)
    not_published_reasons: Mapped[str | None] = mapped_column(Text)
    improvements_published: Mapped[str | None] = mapped_column(Text)

    tor_period_start: Mapped[date | None] = mapped_column(Date)
    tor_period_end: Mapped[date | None] = mapped_column(Date)
    tor_key_lines_of_enquiry: Mapped[list[str]] = mapped_column(JSON, default=list)
    tor_methodology: Mapped[str | None] = mapped_column(Text)
    # Identifying details about the child's family, encrypted (``service.family_notes_of``)
    # and never loaded by the ordinary reads: only ``repository.WITH_FAMILY_NOTES`` loads it.
    family_involvement_notes_enc: Mapped[str | None] = mapped_column(
        Text, deferred=True, deferred_raiseload=True
    )

    # The earliest open statutory deadline, recomputed on every write (and when the
    # partnership's rule overrides change), so that "overdue" is an indexed comparison.
    next_deadline_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ReviewCounter(Base):
    """The last reference number issued per partnership and year (row-locked while used)."""

    __tablename__ = "review_counters"
    __scoping__ = Reach.not_read

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="RESTRICT"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class ReviewChild:
    """The base of every record that belongs to one review (put it first in the bases): its
    ``partnership_id`` and ``review_id``, first in the table, and its record rule, registered
    by the class itself. A child is reachable exactly when its review is, so a new kind of
    review record is scoped from its first line and nothing else needs to list it."""

    __scoping__: ClassVar[Reach] = Reach.rule
    # Most children index ``partnership_id``; one read only through its review may say not.
    partnership_indexed: ClassVar[bool] = True

    @declared_attr
    def partnership_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(
            ForeignKey("partnerships.id", ondelete="RESTRICT"),
            index=cls.partnership_indexed,
            sort_order=-2,
        )

    review_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("reviews.id", ondelete="CASCADE"), sort_order=-1
    )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__tablename__" in cls.__dict__:
            scoping.register(cls, _child_rule(cls))


def _child_rule(model: Any) -> scoping.Rule:
    def rule(statement: Select[Any], principal: Principal) -> Select[Any]:
        reachable = scoping.readable(select(Review.id), Review, principal)
        return statement.where(model.review_id.in_(reachable))

    return rule


class ReviewTransition(ReviewChild, IdMixin, Base):
    """One step of a review's lifecycle: who moved it, when, why, and what was overridden."""

    __tablename__ = "review_transitions"
    __table_args__ = (Index("ix_review_transitions_review", "review_id", "occurred_at", "id"),)

    from_status: Mapped[ReviewStatus] = mapped_column(_enum(ReviewStatus))
    to_status: Mapped[ReviewStatus] = mapped_column(_enum(ReviewStatus))
    reason: Mapped[str] = mapped_column(Text)
    overridden: Mapped[list[str]] = mapped_column(JSON, default=list)
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID] = mapped_column()
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
