"""reviews: lifecycle, reference counters, subjects and alerts, review team and checklists

Every table carries partnership_id. Partial unique indexes (SQLite and PostgreSQL alike)
enforce one active member per agency per review and one active seat per user per review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:35:41.701896
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("duties", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_checklist_templates_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint(
            "partnership_id", "version", name=op.f("uq_checklist_templates_partnership_id_version")
        ),
    )
    op.create_table(
        "review_counters",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_review_counters_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("partnership_id", "year", name=op.f("pk_review_counters")),
    )
    op.create_table(
        "reviews",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("reference_year", sa.Integer(), nullable=False),
        sa.Column("reference_number", sa.Integer(), nullable=False),
        sa.Column("child_pseudonym", sa.String(length=100), nullable=False),
        sa.Column(
            "incident_kind",
            sa.Enum(
                "death",
                "serious_harm",
                "care_leaver_death",
                name="incidentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sin_reference", sa.String(length=64), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "notified",
                "rapid_review",
                "awaiting_decision",
                "no_review",
                "national_review",
                "scoping",
                "in_review",
                "drafting",
                "publication",
                "published",
                "not_published",
                "monitoring",
                "closed",
                name="reviewstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("lead_reviewer_id", sa.Uuid(), nullable=True),
        sa.Column("incident_on", sa.Date(), nullable=False),
        sa.Column("became_aware_on", sa.Date(), nullable=False),
        sa.Column("sin_sent_on", sa.Date(), nullable=True),
        sa.Column("rapid_review_meeting_on", sa.Date(), nullable=True),
        sa.Column("rapid_review_sent_on", sa.Date(), nullable=True),
        sa.Column(
            "decision",
            sa.Enum(
                "lcspr",
                "no_review",
                "national_review",
                name="decision",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("final_report_sent_on", sa.Date(), nullable=True),
        sa.Column("planned_publication_on", sa.Date(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("care_leaver_notified_on", sa.Date(), nullable=True),
        sa.Column("not_published_reasons", sa.Text(), nullable=True),
        sa.Column("improvements_published", sa.Text(), nullable=True),
        sa.Column("tor_period_start", sa.Date(), nullable=True),
        sa.Column("tor_period_end", sa.Date(), nullable=True),
        sa.Column("tor_key_lines_of_enquiry", sa.JSON(), nullable=False),
        sa.Column("tor_methodology", sa.Text(), nullable=True),
        sa.Column("family_involvement_notes", sa.Text(), nullable=True),
        sa.Column("next_deadline_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_reviewer_id"],
            ["users.id"],
            name=op.f("fk_reviews_lead_reviewer_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_reviews_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint(
            "partnership_id", "reference", name=op.f("uq_reviews_partnership_id_reference")
        ),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reviews_lead_reviewer", ["lead_reviewer_id", "updated_at"], unique=False
        )
        batch_op.create_index(
            "ix_reviews_partnership_next_deadline",
            ["partnership_id", "next_deadline_on"],
            unique=False,
        )
        batch_op.create_index(
            "ix_reviews_partnership_status", ["partnership_id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_reviews_partnership_updated", ["partnership_id", "updated_at", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_reviews_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "review_members",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("deputy", sa.Boolean(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("left_reason", sa.Text(), nullable=True),
        sa.Column("checklist_template_version", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_review_members_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_review_members_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_members_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_review_members_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_members")),
    )
    with op.batch_alter_table("review_members", schema=None) as batch_op:
        batch_op.create_index("ix_review_members_agency", ["agency_id", "review_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_review_members_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_review_members_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_members_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index("ix_review_members_user", ["user_id", "review_id"], unique=False)
        batch_op.create_index(
            "uq_review_members_active_agency",
            ["review_id", "agency_id"],
            unique=True,
            sqlite_where=sa.text("left_on IS NULL AND NOT deputy"),
            postgresql_where=sa.text("left_on IS NULL AND NOT deputy"),
        )
        batch_op.create_index(
            "uq_review_members_active_user",
            ["review_id", "user_id"],
            unique=True,
            sqlite_where=sa.text("left_on IS NULL"),
            postgresql_where=sa.text("left_on IS NULL"),
        )

    op.create_table(
        "review_transitions",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "notified",
                "rapid_review",
                "awaiting_decision",
                "no_review",
                "national_review",
                "scoping",
                "in_review",
                "drafting",
                "publication",
                "published",
                "not_published",
                "monitoring",
                "closed",
                name="reviewstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "notified",
                "rapid_review",
                "awaiting_decision",
                "no_review",
                "national_review",
                "scoping",
                "in_review",
                "drafting",
                "publication",
                "published",
                "not_published",
                "monitoring",
                "closed",
                name="reviewstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("overridden", sa.JSON(), nullable=False),
        sa.Column("actor_type", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_review_transitions_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_transitions_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_transitions")),
    )
    with op.batch_alter_table("review_transitions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_transitions_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_review_transitions_review", ["review_id", "occurred_at", "id"], unique=False
        )

    op.create_table(
        "subjects",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "child",
                "sibling",
                "parent",
                "carer",
                "other",
                name="subjectrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("pseudonym", sa.String(length=100), nullable=False),
        sa.Column("names_enc", sa.Text(), nullable=True),
        sa.Column("date_of_birth_enc", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_subjects_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_subjects_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subjects")),
    )
    with op.batch_alter_table("subjects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subjects_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index("ix_subjects_review", ["review_id", "created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_subjects_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "alert_confirmations",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=False),
        sa.Column("confirmed_by_type", sa.String(length=16), nullable=False),
        sa.Column("confirmed_by_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_alert_confirmations_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_alert_confirmations_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_alert_confirmations_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_alert_confirmations_subject_id_subjects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_confirmations")),
        sa.UniqueConstraint(
            "subject_id", "agency_id", name=op.f("uq_alert_confirmations_subject_id_agency_id")
        ),
    )
    with op.batch_alter_table("alert_confirmations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alert_confirmations_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_alert_confirmations_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_alert_confirmations_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "checklist_items",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("duty", sa.String(length=48), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "not_applicable",
                name="itemstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_by_type", sa.String(length=16), nullable=True),
        sa.Column("updated_by_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["review_members.id"],
            name=op.f("fk_checklist_items_member_id_review_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_checklist_items_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_checklist_items_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
        sa.UniqueConstraint("member_id", "duty", name=op.f("uq_checklist_items_member_id_duty")),
    )
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_items_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_checklist_items_review", ["review_id", "member_id", "position"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checklist_items_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "member_declarations",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "confidentiality",
                "voice_of_the_child",
                "performance_lead",
                "parallel_proceedings",
                name="declarationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("declared_by_type", sa.String(length=16), nullable=False),
        sa.Column("declared_by_id", sa.Uuid(), nullable=False),
        sa.Column("declared_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["review_members.id"],
            name=op.f("fk_member_declarations_member_id_review_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_member_declarations_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_member_declarations_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_declarations")),
    )
    with op.batch_alter_table("member_declarations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_declarations_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_member_declarations_review", ["review_id", "member_id", "declared_at"], unique=False
        )

    op.create_table(
        "subject_records",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("reference_enc", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_subject_records_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_subject_records_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_subject_records_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_subject_records_subject_id_subjects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_records")),
        sa.UniqueConstraint(
            "subject_id", "agency_id", name=op.f("uq_subject_records_subject_id_agency_id")
        ),
    )
    with op.batch_alter_table("subject_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subject_records_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index("ix_subject_records_review", ["review_id", "agency_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_subject_records_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    # Children first; dropping a table drops its indexes on both databases.
    for table in (
        "subject_records",
        "member_declarations",
        "checklist_items",
        "alert_confirmations",
        "subjects",
        "review_transitions",
        "review_members",
        "reviews",
        "review_counters",
        "checklist_templates",
    ):
        op.drop_table(table)
