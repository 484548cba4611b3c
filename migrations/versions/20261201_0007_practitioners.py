"""practitioners: an agency's practitioners on a review, and their contact log

Two new review children. Names and contact details are stored encrypted (``*_enc``, AES-GCM
bound to the row and field, as subjects' details). The "no practitioners involved"
declaration is a new value of ``member_declarations.kind``, a plain string column (no
native enum, no check constraint), so it needs no change here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "practitioners",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("external_ref", sa.String(length=100), nullable=True),
        sa.Column("name_enc", sa.Text(), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("team", sa.String(length=200), nullable=True),
        sa.Column("work_email_enc", sa.Text(), nullable=True),
        sa.Column("phone_enc", sa.Text(), nullable=True),
        sa.Column("line_manager_enc", sa.Text(), nullable=True),
        sa.Column("involvement_enc", sa.Text(), nullable=True),
        sa.Column("involved_from", sa.Date(), nullable=True),
        sa.Column("involved_to", sa.Date(), nullable=True),
        sa.Column("consent_to_contact", sa.Boolean(), nullable=False),
        sa.Column(
            "support_status",
            sa.Enum(
                "offered",
                "accepted",
                "declined",
                "not_needed",
                name="supportstatus",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_reason", sa.Text(), nullable=True),
        sa.Column("created_by_type", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_practitioners_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_practitioners_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_practitioners_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practitioners")),
        sa.UniqueConstraint(
            "review_id",
            "agency_id",
            "external_ref",
            name=op.f("uq_practitioners_review_id_agency_id_external_ref"),
        ),
    )
    with op.batch_alter_table("practitioners", schema=None) as batch_op:
        batch_op.create_index(
            "ix_practitioners_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_practitioners_review_agency",
            ["review_id", "agency_id", "withdrawn_on"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_practitioners_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "practitioner_contacts",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("practitioner_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "introduction",
                "update",
                "pre_event_briefing",
                "aftercare",
                "other",
                name="contactkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("corrects_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_type", sa.String(length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_practitioner_contacts_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["practitioner_contacts.id"],
            name=op.f("fk_practitioner_contacts_corrects_id_practitioner_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_practitioner_contacts_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioners.id"],
            name=op.f("fk_practitioner_contacts_practitioner_id_practitioners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_practitioner_contacts_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practitioner_contacts")),
    )
    with op.batch_alter_table("practitioner_contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_practitioner_contacts_practitioner",
            ["practitioner_id", "recorded_at", "id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("practitioner_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_practitioner_contacts_practitioner")

    op.drop_table("practitioner_contacts")
    with op.batch_alter_table("practitioners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practitioners_updated_at"))
        batch_op.drop_index("ix_practitioners_review_agency")
        batch_op.drop_index("ix_practitioners_review")

    op.drop_table("practitioners")
