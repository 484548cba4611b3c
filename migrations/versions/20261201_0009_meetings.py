"""meetings: a review's meetings and their attendance; the partnership's settings

Three new review children: ``meetings``, ``meeting_attendance`` (a seat's attendance at a
meeting) and ``meeting_practitioners`` (a practitioner invited to one, and whether they came).
``partnerships`` gains ``attendance_threshold_percent`` (default 80, 1..100) and
``contact_interval_days`` (default 28, 1..365), with server defaults so existing partnerships
get them; on SQLite the checks are added by batch (a table copy, foreign keys off in env.py).

The two duties these complete (attendance, practitioner contact) become derived: their
checklist items are not touched, so a status set by hand before is kept as it was (history),
and the API shows the derived one.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "review_team_meeting",
                "practitioner_learning_event",
                "family_meeting",
                "other",
                name="meetingkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled", "held", "cancelled", name="meetingstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=True),
        sa.Column("cancelled_reason", sa.Text(), nullable=True),
        sa.Column("created_by_type", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_meetings_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_meetings_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meetings_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index("ix_meetings_review", ["review_id", "held_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "meeting_attendance",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "attended",
                "apologies",
                "deputy_sent",
                "absent",
                name="memberattendancestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["review_members.id"],
            name=op.f("fk_meeting_attendance_member_id_review_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_meeting_attendance_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_meeting_attendance_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
        sa.UniqueConstraint(
            "meeting_id", "member_id", name=op.f("uq_meeting_attendance_meeting_id_member_id")
        ),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_attendance_member", ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "meeting_practitioners",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("practitioner_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "attended",
                "declined",
                name="practitionerattendancestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_meeting_practitioners_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_practitioners_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_meeting_practitioners_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioners.id"],
            name=op.f("fk_meeting_practitioners_practitioner_id_practitioners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_meeting_practitioners_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_practitioners")),
        sa.UniqueConstraint(
            "meeting_id",
            "practitioner_id",
            name=op.f("uq_meeting_practitioners_meeting_id_practitioner_id"),
        ),
    )
    with op.batch_alter_table("meeting_practitioners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_practitioners_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_meeting_practitioners_practitioner", ["practitioner_id"], unique=False
        )
        batch_op.create_index(
            "ix_meeting_practitioners_review_agency", ["review_id", "agency_id"], unique=False
        )

    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "attendance_threshold_percent", sa.Integer(), server_default="80", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("contact_interval_days", sa.Integer(), server_default="28", nullable=False)
        )
        batch_op.create_check_constraint(
            "attendance_threshold_range", "attendance_threshold_percent BETWEEN 1 AND 100"
        )
        batch_op.create_check_constraint(
            "contact_interval_range", "contact_interval_days BETWEEN 1 AND 365"
        )


def downgrade() -> None:
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_partnerships_contact_interval_range"), type_="check")
        batch_op.drop_constraint(op.f("ck_partnerships_attendance_threshold_range"), type_="check")
        batch_op.drop_column("contact_interval_days")
        batch_op.drop_column("attendance_threshold_percent")

    with op.batch_alter_table("meeting_practitioners", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_practitioners_review_agency")
        batch_op.drop_index("ix_meeting_practitioners_practitioner")
        batch_op.drop_index(batch_op.f("ix_meeting_practitioners_partnership_id"))

    op.drop_table("meeting_practitioners")
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_partnership_id"))
        batch_op.drop_index("ix_meeting_attendance_member")

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_updated_at"))
        batch_op.drop_index("ix_meetings_review")
        batch_op.drop_index(batch_op.f("ix_meetings_partnership_id"))

    op.drop_table("meetings")
