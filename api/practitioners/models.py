"""Practitioners of an agency involved in a review's case, and the dated log of contact with
them (PRODUCT.md section 2, "Practitioner").

A practitioner belongs to one agency on one review. Their name and contact details (work
e-mail, phone, line manager) and the free text of their involvement are personal data:
encrypted at rest (AES-GCM, each value bound to its row and field, as subjects' details are)
and returned only to those entitled (``api.practitioners.service``). Withdrawing a
practitioner is a dated state, never a delete; the contact log is append-only.

Both tables are review children with a finer rule of their own (``_own_agency_rule``, below):
their rows are reached only by the review's managers, the agency's own seated members and the
agency's own system.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Text,
    UniqueConstraint,
    false,
    literal,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin, utcnow
from api.members.models import ReviewMember
from api.reviews.models import Review, ReviewChild
from api.security import scoping
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scopes import AGENCY_SYSTEM


def _enum(kind: type[enum.Enum]) -> Enum:
    return Enum(kind, native_enum=False, length=32, validate_strings=True)


class SupportStatus(enum.StrEnum):
    """Support for the practitioner during the review."""

    offered = "offered"
    accepted = "accepted"
    declined = "declined"
    not_needed = "not_needed"


class Practitioner(ReviewChild, IdMixin, TimestampMixin, Base):
    """A practitioner of ``agency_id`` involved in the case. ``external_ref`` is the agency
    system's own id for them, unique per review and agency, so a sync never duplicates."""

    __tablename__ = "practitioners"
    __table_args__ = (
        UniqueConstraint("review_id", "agency_id", "external_ref"),
        Index("ix_practitioners_review", "review_id", "created_at", "id"),
        Index("ix_practitioners_review_agency", "review_id", "agency_id", "withdrawn_on"),
    )

    # Read through their review (and agency) only, as subjects are.
    partnership_indexed = False

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    external_ref: Mapped[str | None] = mapped_column(String(100))
    name_enc: Mapped[str] = mapped_column(Text)
    job_title: Mapped[str] = mapped_column(String(200))
    team: Mapped[str | None] = mapped_column(String(200))
    work_email_enc: Mapped[str | None] = mapped_column(Text)
    phone_enc: Mapped[str | None] = mapped_column(Text)
    line_manager_enc: Mapped[str | None] = mapped_column(Text)
    involvement_enc: Mapped[str | None] = mapped_column(Text)
    involved_from: Mapped[date | None] = mapped_column(Date)
    involved_to: Mapped[date | None] = mapped_column(Date)
    consent_to_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    support_status: Mapped[SupportStatus | None] = mapped_column(_enum(SupportStatus))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    created_by_type: Mapped[str] = mapped_column(String(16))
    created_by_id: Mapped[uuid.UUID] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ContactKind(enum.StrEnum):
    introduction = "introduction"
    update = "update"
    pre_event_briefing = "pre_event_briefing"
    aftercare = "aftercare"
    other = "other"


class PractitionerContact(ReviewChild, IdMixin, Base):
    """One dated contact with a practitioner. Append-only: a correction is a new entry that
    names the one it corrects (``corrects_id``)."""

    __tablename__ = "practitioner_contacts"
    __table_args__ = (
        Index("ix_practitioner_contacts_practitioner", "practitioner_id", "recorded_at", "id"),
    )

    partnership_indexed = False

    practitioner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("practitioners.id", ondelete="CASCADE")
    )
    # The practitioner's agency, kept on the entry so its record rule needs no join.
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    kind: Mapped[ContactKind] = mapped_column(_enum(ContactKind))
    contacted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    # NO ACTION (checked at the end of the statement): the log goes with its practitioner
    # in one delete, corrections and the entries they correct together.
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practitioner_contacts.id"))
    recorded_by_type: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Who reaches the rows ---------------------------------------------------------------------


def _own_agency_rule(model: type[Practitioner] | type[PractitionerContact]) -> scoping.Rule:
    """A review child's rule (its review is reached), narrowed by agency: the review's managers
    (partnership administrators, the lead reviewer of the review) reach every row; a member
    reaches their own agency's rows while seated on the review for it (as member or deputy,
    for the agency they belong to now); an agency's system reaches its agency's rows; viewers,
    and everyone else, reach none (they see counts: ``repository.counts_by_agency``)."""

    def rule(statement: Select[Any], principal: Principal) -> Select[Any]:
        reachable = scoping.readable(select(Review.id), Review, principal)
        statement = statement.where(model.review_id.in_(reachable))
        role = principal.role
        if role in (Role.partnership_admin, Role.lead_reviewer):
            return statement
        if principal.agency_id is None:
            return statement.where(false())
        if role == Role.member:
            seated = (
                select(literal(1))
                .where(
                    ReviewMember.review_id == model.review_id,
                    ReviewMember.user_id == principal.id,
                    ReviewMember.agency_id == principal.agency_id,
                    ReviewMember.left_on.is_(None),
                )
                .exists()
            )
            return statement.where(model.agency_id == principal.agency_id, seated)
        if role == AGENCY_SYSTEM:
            return statement.where(model.agency_id == principal.agency_id)
        return statement.where(false())

    return rule


scoping.register(Practitioner, _own_agency_rule(Practitioner))
scoping.register(PractitionerContact, _own_agency_rule(PractitionerContact))
