"""report sign-off and publication planning: draft report versions and the team's responses,
publication-plan requests to agencies and their answers

Four new review children, nothing changed in the tables that exist. The two duties they
complete (``report_quality``, ``publication_planning``) become derived from them in the code;
a status a member set by hand before stays in ``checklist_items.status`` as history (derived
items ignore it on read, as ``identify_practitioners`` and ``parallel_proceedings`` do), so
no checklist row is rewritten here.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "publication_plan_requests",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column(
            "item",
            sa.Enum(
                "comms_lead",
                "staff_briefed",
                "family_informed",
                "other",
                name="planitem",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("requested_by_type", sa.String(length=16), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_publication_plan_requests_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_publication_plan_requests_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_publication_plan_requests_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication_plan_requests")),
    )
    with op.batch_alter_table("publication_plan_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_publication_plan_requests_agency", ["review_id", "agency_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_publication_plan_requests_partnership_id"),
            ["partnership_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_publication_plan_requests_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_publication_plan_requests_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "report_drafts",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("version_label", sa.String(length=50), nullable=False),
        sa.Column("circulated_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("circulated_by_type", sa.String(length=16), nullable=False),
        sa.Column("circulated_by_id", sa.Uuid(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_report_drafts_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_report_drafts_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_drafts")),
        sa.UniqueConstraint(
            "review_id", "version_label", name=op.f("uq_report_drafts_review_id_version_label")
        ),
    )
    with op.batch_alter_table("report_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_drafts_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_report_drafts_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_report_drafts_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "publication_plan_answers",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("answered_by_type", sa.String(length=16), nullable=False),
        sa.Column("answered_by_id", sa.Uuid(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_publication_plan_answers_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_publication_plan_answers_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["publication_plan_requests.id"],
            name=op.f("fk_publication_plan_answers_request_id_publication_plan_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_publication_plan_answers_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication_plan_answers")),
    )
    with op.batch_alter_table("publication_plan_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_publication_plan_answers_partnership_id"),
            ["partnership_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_publication_plan_answers_request", ["request_id", "answered_at", "id"], unique=False
        )

    op.create_table(
        "report_draft_responses",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("draft_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column(
            "response",
            sa.Enum(
                "signed_off", "comments", name="draftresponsekind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("responded_by_type", sa.String(length=16), nullable=False),
        sa.Column("responded_by_id", sa.Uuid(), nullable=False),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_report_draft_responses_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["draft_id"],
            ["report_drafts.id"],
            name=op.f("fk_report_draft_responses_draft_id_report_drafts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["review_members.id"],
            name=op.f("fk_report_draft_responses_member_id_review_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_report_draft_responses_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_report_draft_responses_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_draft_responses")),
    )
    with op.batch_alter_table("report_draft_responses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_report_draft_responses_draft", ["draft_id", "responded_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_report_draft_responses_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_report_draft_responses_review", ["review_id", "agency_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("report_draft_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_report_draft_responses_review")
        batch_op.drop_index(batch_op.f("ix_report_draft_responses_partnership_id"))
        batch_op.drop_index("ix_report_draft_responses_draft")

    op.drop_table("report_draft_responses")
    with op.batch_alter_table("publication_plan_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_publication_plan_answers_request")
        batch_op.drop_index(batch_op.f("ix_publication_plan_answers_partnership_id"))

    op.drop_table("publication_plan_answers")
    with op.batch_alter_table("report_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_drafts_updated_at"))
        batch_op.drop_index("ix_report_drafts_review")
        batch_op.drop_index(batch_op.f("ix_report_drafts_partnership_id"))

    op.drop_table("report_drafts")
    with op.batch_alter_table("publication_plan_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_plan_requests_updated_at"))
        batch_op.drop_index("ix_publication_plan_requests_review")
        batch_op.drop_index(batch_op.f("ix_publication_plan_requests_partnership_id"))
        batch_op.drop_index("ix_publication_plan_requests_agency")

    op.drop_table("publication_plan_requests")
