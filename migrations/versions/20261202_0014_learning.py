"""learning: the partnership's learning themes, a review's learning items and each agency's
disseminations with their landed checks

Three new tables, nothing changed in those that exist. Every existing partnership is given
the default theme list (a new one gets it when created). The downgrade refuses while any
learning item is recorded, since dropping the tables would lose it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 17:11:07
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# The themes as this revision first gave them (``api.learning.models.DEFAULT_THEMES`` may
# change later; a migration keeps what it did).
THEMES = (
    "Hearing the voice of the child",
    "Information sharing",
    "Multi-agency working",
    "Risk assessment and decision-making",
    "Professional curiosity",
    "Escalation and challenge",
    "Domestic abuse",
    "Parental mental health",
    "Parental substance misuse",
    "Neglect",
    "Safer sleep",
    "Non-accidental injury in babies",
    "Child sexual abuse",
    "Child exploitation",
    "Fathers and male carers",
    "Transitions between services",
)


revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "learning_themes",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_learning_themes_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_themes")),
        sa.UniqueConstraint(
            "partnership_id", "name", name=op.f("uq_learning_themes_partnership_id_name")
        ),
    )
    with op.batch_alter_table("learning_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_learning_themes_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_themes_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "learning_items",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("emerged_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_type", sa.String(length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_learning_items_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_learning_items_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["learning_themes.id"],
            name=op.f("fk_learning_items_theme_id_learning_themes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_items")),
    )
    with op.batch_alter_table("learning_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_learning_items_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_learning_items_theme", ["partnership_id", "theme_id", "emerged_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learning_items_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "disseminations",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("learning_item_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "seven_minute_briefing",
                "training",
                "team_meeting",
                "supervision",
                "newsletter",
                "other",
                name="disseminationmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("audience_size", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_type", sa.String(length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("landed_on", sa.Date(), nullable=True),
        sa.Column(
            "landed_method",
            sa.Enum(
                "case_audit",
                "practitioner_survey",
                "supervision",
                "observation",
                "feedback",
                "other",
                name="landedmethod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "landed_outcome",
            sa.Enum(
                "landed",
                "partly_landed",
                "not_landed",
                name="landedoutcome",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("landed_note", sa.Text(), nullable=True),
        sa.Column("landed_by_type", sa.String(length=16), nullable=True),
        sa.Column("landed_by_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_disseminations_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["learning_item_id"],
            ["learning_items.id"],
            name=op.f("fk_disseminations_learning_item_id_learning_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_disseminations_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_disseminations_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disseminations")),
    )
    with op.batch_alter_table("disseminations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_disseminations_item", ["learning_item_id", "created_at", "id"], unique=False
        )
        batch_op.create_index("ix_disseminations_review", ["review_id", "agency_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_disseminations_updated_at"), ["updated_at"], unique=False
        )

    _default_themes()


def _default_themes() -> None:
    themes = sa.table(
        "learning_themes",
        sa.column("id", sa.Uuid()),
        sa.column("partnership_id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("active", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    partnerships = sa.table("partnerships", sa.column("id", sa.Uuid()))
    connection = op.get_bind()
    now = datetime.now(UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "partnership_id": partnership_id,
            "name": name,
            "active": True,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for (partnership_id,) in connection.execute(sa.select(partnerships.c.id))
        for name in THEMES
    ]
    if rows:
        op.bulk_insert(themes, rows)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM learning_items LIMIT 1")).first() is not None:
        raise RuntimeError(
            "learning_items holds records: downgrading past 0014 would lose the review's "
            "learning. Export and remove it first."
        )
    with op.batch_alter_table("disseminations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disseminations_updated_at"))
        batch_op.drop_index("ix_disseminations_review")
        batch_op.drop_index("ix_disseminations_item")

    op.drop_table("disseminations")
    with op.batch_alter_table("learning_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_items_updated_at"))
        batch_op.drop_index("ix_learning_items_theme")
        batch_op.drop_index("ix_learning_items_review")

    op.drop_table("learning_items")
    with op.batch_alter_table("learning_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_themes_updated_at"))
        batch_op.drop_index(batch_op.f("ix_learning_themes_partnership_id"))

    op.drop_table("learning_themes")
